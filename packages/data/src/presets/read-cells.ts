import type { RawData } from '../input.js';
import { issue, SendDataError, type DataIssue } from '../issues.js';
import {
  DEFAULT_SYMBOLS,
  isMissing,
  isValue,
  missing,
  type Missing,
  type MissingKind,
  symbolToMissing,
} from '../missing.js';
import { suggest } from '../suggest.js';
import { parseNumber } from '../values.js';

export { closeAreas, findArea, uniqueAreas } from './areas.js';

/** A column's cells, throwing when a required column is absent (see {@link requireColumns}). */
export function column(raw: RawData, name: string): ArrayLike<unknown> {
  const col = raw.values.get(name);
  if (!col) throw new SendDataError([issue('missing-column', 1, name, '', `the column "${name}" is missing`)]);
  return col;
}

/**
 * Throws one {@link SendDataError} naming every required column the file lacks, each with a
 * did-you-mean hint, so a wrong file or a changed release is reported clearly.
 */
export function requireColumns(raw: RawData, names: readonly string[], preset: string): void {
  const problems = names
    .filter((name) => !raw.values.has(name))
    .map((name) => {
      const hint = suggest(name, raw.columns);
      return issue(
        'missing-column',
        1,
        name,
        '',
        `the preset "${preset}" needs the column "${name}", which the file does not have${hint ? ` (did you mean "${hint}"?)` : ''}: is this the right file?`,
      );
    });
  if (problems.length) throw new SendDataError(problems);
}

/** A cell as trimmed text ('' for empty or missing cells). */
export function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value).trim();
}

/** A count cell: a number, or a typed missing value for a symbol or an empty cell; `undefined` when it is neither. */
export function count(
  value: unknown,
  symbols: Readonly<Record<string, MissingKind>> = DEFAULT_SYMBOLS,
  structuralZeros: readonly string[] = [],
): number | Missing | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value === undefined || value === null) return missing('blank');
  if (isMissing(value))
    return structuralZeros.includes(value.symbol) && !value.zero ? missing(value.kind, value.symbol, true) : value;
  const t = String(value).trim();
  if (!t) return missing('blank');
  return symbolToMissing(t, symbols, structuralZeros) ?? parseNumber(t);
}

/** Problems met while reading a file: listed up to a limit, then counted. */
export class ReadProblems {
  readonly list: DataIssue[] = [];
  private more = 0;
  constructor(private readonly max = 50) {}

  add(problem: DataIssue): void {
    if (this.list.length < this.max) this.list.push(problem);
    else this.more++;
  }

  /** Throws one {@link SendDataError} with every problem (and how many more there were), if any. */
  throwIfAny(): void {
    if (!this.list.length) return;
    const all = this.more
      ? [
          ...this.list,
          issue('more-issues', 0, '', '', `and ${this.more.toLocaleString('en-GB')} more problems like these`),
        ]
      : this.list;
    throw new SendDataError(all);
  }
}

/**
 * A measure cell of a published statistics file: a number, or a typed missing value for one of
 * the file's symbols. Published files have a number or a symbol in every measure cell, so an empty
 * cell or other text (a letter in a count, a shifted column) is a problem naming the published
 * column and the row; `undefined` is returned for it.
 *
 * @param value the cell as read (text, or a number from a typed table)
 * @param row spreadsheet row number, for the problem
 * @param column the published column name
 * @param problems where problems go
 * @param options `whole`: the cell is a count (a whole number of 0 or more); `symbols`: the file's symbols; `structuralZeros`: those its publication defines as zero
 */
export function readMeasure(
  value: unknown,
  row: number,
  column: string,
  problems: ReadProblems,
  options: {
    whole?: boolean;
    symbols?: Readonly<Record<string, MissingKind>>;
    structuralZeros?: readonly string[];
  } = {},
): number | Missing | undefined {
  const symbols = options.symbols ?? DEFAULT_SYMBOLS;
  const v = count(value, symbols, options.structuralZeros);
  const shown = text(value);
  if (v === undefined) {
    problems.add(
      issue(
        'invalid-value',
        row,
        column,
        shown,
        `expected ${options.whole ? 'a count' : 'a number'} or a published symbol (${symbolList(symbols)}), got "${shown}"`,
      ),
    );
    return undefined;
  }
  if (isMissing(v)) {
    if (v.kind !== 'blank') return v;
    problems.add(
      issue(
        'invalid-value',
        row,
        column,
        '',
        `the cell is empty, but the published file has a number or a symbol (${symbolList(symbols)}) in every cell of this column: was the file cut short or edited?`,
      ),
    );
    return undefined;
  }
  if (options.whole && (v < 0 || !Number.isInteger(v))) {
    problems.add(
      issue('invalid-value', row, column, shown, `expected a count (a whole number of 0 or more), got "${shown}"`),
    );
    return undefined;
  }
  return v;
}

const SYMBOL_ORDER = ['c', 'x', 'z', 'low', 'u', 'k', '..', ':'];

function symbolList(symbols: Readonly<Record<string, MissingKind>>): string {
  const known = SYMBOL_ORDER.filter((s) => s in symbols);
  const others = Object.keys(symbols).filter((s) => s && !s.startsWith('[') && !SYMBOL_ORDER.includes(s));
  return [...known, ...others].join(', ');
}

/** Published percentages are rounded to one decimal place: a recomputed share may differ by half of that. */
export const HALF_POINT = 0.05 + 1e-9;

/**
 * Whether a percentage published beside two counts disagrees with them at one decimal place. When
 * the counts are themselves rounded (national and regional figures rounded to the nearest 10),
 * `roundedTo` widens the check to every share the unrounded counts could give. A published `low`
 * symbol (rounds to 0 but is not 0) is checked too.
 *
 * @param part the count
 * @param whole the denominator
 * @param published the percentage cell as published (number, text or a missing value)
 * @param roundedTo the base the counts are rounded to (1: not rounded)
 * @returns the recomputed share in per cent when it disagrees, else undefined (also when it cannot be checked)
 * @example shareDisagrees(3, 10, '33.3') // 30
 */
export function shareDisagrees(part: unknown, whole: unknown, published: unknown, roundedTo = 1): number | undefined {
  if (!isValue(part) || !isValue(whole) || whole <= 0) return undefined;
  const share = (part / whole) * 100;
  const half = roundedTo > 1 ? roundedTo / 2 : 0;
  const lowest = (Math.max(0, part - half) / (whole + half)) * 100;
  const highest = half ? ((part + half) / Math.max(whole - half, 1e-9)) * 100 : share;
  if (isMissing(published)) {
    // "low": rounds to 0.0 but is not 0
    if (published.kind !== 'low') return undefined;
    return lowest < 0.05 && highest > 0 ? undefined : share;
  }
  const p = typeof published === 'number' ? published : parseNumber(text(published));
  if (p === undefined) return undefined;
  return p + HALF_POINT >= lowest && p - HALF_POINT <= highest ? undefined : share;
}

/**
 * An EES `time_period` as a label: `202425` → `2024/25` (academic and financial years), other codes unchanged.
 * @example periodLabel('202425') // '2024/25'
 */
export function periodLabel(value: unknown): string {
  const t = text(value);
  const m = /^(\d{4})(\d{2})$/.exec(t);
  if (m && (Number(m[1]) + 1) % 100 === Number(m[2])) return `${m[1]}/${m[2]}`;
  return t;
}

/** Whether a period cell matches the `period` option (as published or as a label). */
export function periodMatches(value: unknown, wanted: string): boolean {
  const w = wanted.trim();
  return text(value) === w || periodLabel(value) === w;
}

/** Throws when `period` matches none of the file's periods, listing those it has. */
export function checkPeriod(periods: ArrayLike<unknown>, wanted: string | undefined, n: number): void {
  if (!wanted) return;
  const seen = new Set<string>();
  for (let r = 0; r < n; r++) {
    if (periodMatches(periods[r], wanted)) return;
    seen.add(periodLabel(periods[r]));
  }
  throw new SendDataError([
    issue(
      'unknown-period',
      0,
      'period',
      wanted,
      `the file has no period "${wanted}"; it has ${[...seen].sort().join(', ')}`,
    ),
  ]);
}

/** Builds RawData from columns in order. */
export function rawFrom(columns: Record<string, unknown[]>, rowNumbers: number[], source?: string): RawData {
  const names = Object.keys(columns);
  return {
    columns: names,
    values: new Map(names.map((n) => [n, columns[n]!])),
    numRows: rowNumbers.length,
    rowNumbers,
    source,
  };
}
