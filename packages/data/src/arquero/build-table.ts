import { table as aqTable } from './arquero.js';
import type { RawData } from '../input.js';
import { hasErrors, issue, SendDataError, type DataIssue } from '../issues.js';
import { DEFAULT_SYMBOLS, isMissing, missing, type Missing, type MissingKind, symbolToMissing } from '../missing.js';
import { suggest } from '../suggest.js';
import { validate } from '../validate.js';
import { parseNumberDetailed } from '../values.js';
import type { Loaded, LoadOptions } from './options.js';

type Symbols = Readonly<Record<string, MissingKind>>;

/**
 * Turns normalised input into an arquero Table with typed columns. With a contract the data is
 * validated (errors throw, warnings are returned) and contract columns come first under their
 * contract names, followed by the source's other columns; without one every column is typed by
 * {@link typeColumn}. Only `table()` is used, so nothing here compiles code.
 *
 * @param raw input normalised by `toRawData` (or a preset)
 * @param options mapping, contract and symbols
 * @returns the Table and its warnings
 */
export function buildTable(raw: RawData, options: LoadOptions = {}): Loaded {
  const symbols = options.symbols ?? options.contract?.symbols ?? DEFAULT_SYMBOLS;
  const data: Record<string, ArrayLike<unknown>> = {};
  const issues: DataIssue[] = [];

  if (options.contract) {
    const checked = validate(raw, options.contract, { columns: options.columns, maxIssues: options.maxIssues });
    if (hasErrors(checked.issues)) throw new SendDataError(checked.issues);
    issues.push(...checked.issues);
    for (const [name, cells] of checked.columns) data[name] = packCells(cells);
    const used = new Set(checked.sourceNames.values());
    for (const name of raw.columns) {
      if (used.has(name) || name in data) continue;
      data[name] = typeColumn(raw.values.get(name)!, raw.numRows, name, raw.rowNumbers, symbols);
    }
  } else {
    const rename = renaming(raw, options.columns ?? {});
    for (const name of raw.columns) {
      data[rename.get(name) ?? name] = typeColumn(raw.values.get(name)!, raw.numRows, name, raw.rowNumbers, symbols);
    }
  }
  return { table: aqTable(data), issues, source: raw.source ?? options.source };
}

/** Source name → contract name, checking that every mapped source column exists. */
function renaming(raw: RawData, mapping: Readonly<Record<string, string>>): Map<string, string> {
  const out = new Map<string, string>();
  const problems: DataIssue[] = [];
  for (const [target, source] of Object.entries(mapping)) {
    if (!raw.values.has(source)) {
      const hint = suggest(source, raw.columns);
      problems.push(
        issue(
          'missing-column',
          1,
          source,
          '',
          `the column mapping reads "${target}" from "${source}", but the data has no column "${source}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
        ),
      );
    } else out.set(source, target);
  }
  if (problems.length) throw new SendDataError(problems);
  return out;
}

/** Validated cells as a column: a Float64Array when every cell is a number, else an array (missing optional cells → null). */
function packCells(cells: readonly (number | Missing | string | undefined)[]): ArrayLike<unknown> {
  let numeric = cells.length > 0;
  for (let i = 0; i < cells.length && numeric; i++) numeric = typeof cells[i] === 'number';
  if (numeric) return Float64Array.from(cells as number[]);
  const out = new Array<unknown>(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = cells[i] === undefined ? null : cells[i];
  return out;
}

const LEADING_ZERO = /^[+-]?0\d/;

/**
 * Types one column without a contract. A column is numeric when every non-empty cell is a number
 * (`1,284`, `36.3%`, `2.5`) or a published symbol, and at least one is a number: its numbers become
 * numbers and its symbols and blanks {@link Missing} values (a Float64Array when none is missing).
 * Codes with a leading zero (`0123`) keep the column as text. A column of symbols only reads as
 * missing values; any other column keeps its cells as they are (blanks → `null`).
 * NaN or Infinity in row or JSON input throws: they are never passed on.
 *
 * @param cells the column's cells (text from CSV, values from JSON, rows or a Table)
 * @param n number of rows
 * @param name the column's name, for messages
 * @param rowNumbers spreadsheet row numbers, for messages
 * @param symbols symbol meanings
 * @returns the typed column
 * @example typeColumn(['1,284', 'c', ''], 3, 'pupils', [2, 3, 4], DEFAULT_SYMBOLS) // [1284, Missing c, Missing blank]
 */
export function typeColumn(
  cells: ArrayLike<unknown>,
  n: number,
  name: string,
  rowNumbers: ArrayLike<number>,
  symbols: Symbols = DEFAULT_SYMBOLS,
): ArrayLike<unknown> {
  const typed = new Array<unknown>(n);
  let numbers = 0;
  let symbolsMet = 0;
  let other = false;
  for (let r = 0; r < n; r++) {
    const v = cells[r];
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) {
        throw new SendDataError([
          issue(
            'not-finite',
            rowNumbers[r] ?? r + 2,
            name,
            String(v),
            `column "${name}", row ${rowNumbers[r] ?? r + 2} holds ${String(v)}, which is not a number a chart can show; use a published symbol such as "x" (not available) instead`,
          ),
        ]);
      }
      typed[r] = v;
      numbers++;
    } else if (v === null || v === undefined) {
      typed[r] = missing('blank');
    } else if (isMissing(v)) {
      typed[r] = v;
      symbolsMet++;
    } else if (typeof v === 'string') {
      const t = v.trim();
      if (!t) {
        typed[r] = missing('blank');
        continue;
      }
      const m = symbolToMissing(t, symbols);
      if (m) {
        typed[r] = m;
        symbolsMet++;
        continue;
      }
      const parsed = LEADING_ZERO.test(t) && !t.includes('.') ? undefined : parseNumberDetailed(t);
      if (parsed) {
        typed[r] = parsed.value;
        numbers++;
      } else other = true;
    } else other = true;
  }
  if (!other && (numbers > 0 || symbolsMet > 0)) {
    if (symbolsMet === 0 && numbers === n) return Float64Array.from(typed as number[]);
    return typed;
  }
  // text (or mixed) column: keep cells as given; blanks are null
  const out = new Array<unknown>(n);
  for (let r = 0; r < n; r++) {
    const v = cells[r];
    out[r] = v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : v;
  }
  return out;
}
