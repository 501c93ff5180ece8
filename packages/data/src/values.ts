import { DEFAULT_SYMBOLS, type Missing, type MissingKind, symbolToMissing } from './missing.js';

/**
 * Reads a number as councils write it: `1,284`, ` 36.3% `, `-2.5`, `+3`, `1.2e3`.
 * Returns `undefined` for anything else (including symbols and empty text): never NaN.
 * A percentage keeps its figure (`36.3%` → 36.3); {@link ParsedNumber} says it was one.
 */
export function parseNumber(text: string): number | undefined {
  const parsed = parseNumberDetailed(text);
  return parsed?.value;
}

export interface ParsedNumber {
  value: number;
  percent: boolean;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Like {@link parseNumber}, also saying whether the text ended in `%`. */
export function parseNumberDetailed(text: string): ParsedNumber | undefined {
  let t = text.trim();
  if (!t) return undefined;
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  if (!NUMBER.test(t) || !/\d/.test(t)) return undefined;
  const value = Number(t.replace(/,/g, ''));
  return Number.isFinite(value) ? { value, percent } : undefined;
}

/** A cell read from text: a number, a typed missing value, or the text itself. */
export type Cell = number | Missing | string;

/**
 * Reads one text cell: a published symbol becomes a {@link Missing}, a number a number, anything else stays text.
 * @example parseCell('"29,199"'.slice(1, -1)) // 29199
 */
export function parseCell(text: string, symbols: Readonly<Record<string, MissingKind>> = DEFAULT_SYMBOLS): Cell {
  const m = symbolToMissing(text, symbols);
  if (m) return m;
  const n = parseNumber(text);
  return n === undefined ? text : n;
}
