import type { ColumnarTable, DataInput, RawData } from './input.js';
import { issue, SendDataError } from './issues.js';

/*
 * Reading data given as values (rows, a Table, RawData), apart from reading text (input.ts), so
 * that a page which passes rows never loads the CSV parser.
 */

/** Whether a value looks like an arquero Table (duck type: no arquero import). */
export function isColumnarTable(value: unknown): value is ColumnarTable {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ColumnarTable).columnNames === 'function' &&
    typeof (value as ColumnarTable).numRows === 'function' &&
    typeof (value as ColumnarTable).array === 'function'
  );
}

/** Whether a value is already {@link RawData}. */
function isRawData(value: unknown): value is RawData {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as RawData).values instanceof Map &&
    Array.isArray((value as RawData).columns)
  );
}

/** Spreadsheet row numbers from `offset` (the header is row 1). */
export function sequence(n: number, offset = 2): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i + offset;
  return out;
}

/** Reads an array of row objects. Column names are the union of the rows' keys, in first-seen order. */
export function fromRows(rows: readonly object[], source?: string): RawData {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new SendDataError([
        issue(
          'row-shape',
          r + 2,
          '',
          JSON.stringify(row)?.slice(0, 60) ?? String(row),
          `row ${r + 2} is ${Array.isArray(row) ? 'an array' : typeof row === 'string' ? 'a string' : String(row)}, not an object with named columns`,
        ),
      ]);
    }
    for (const key in row) if (!seen.has(key)) (seen.add(key), columns.push(key));
  }
  const values = new Map<string, ArrayLike<unknown>>();
  for (const name of columns) {
    const col = new Array<unknown>(rows.length);
    for (let r = 0; r < rows.length; r++) col[r] = (rows[r] as Record<string, unknown>)[name];
    values.set(name, col);
  }
  checkScalars(columns, values, rows.length);
  return { columns, values, numRows: rows.length, rowNumbers: sequence(rows.length), source };
}

/** Reads an arquero Table (or anything with `columnNames`, `numRows` and `array`) without importing arquero. */
export function fromColumnarTable(table: ColumnarTable, source?: string): RawData {
  const columns = table.columnNames();
  const numRows = table.numRows();
  const values = new Map<string, ArrayLike<unknown>>(columns.map((c) => [c, table.array(c)]));
  return { columns, values, numRows, rowNumbers: sequence(numRows), source };
}

export function checkScalars(columns: string[], values: Map<string, ArrayLike<unknown>>, numRows: number): void {
  for (const name of columns) {
    const col = values.get(name)!;
    for (let r = 0; r < numRows; r++) {
      const v = col[r];
      if (
        v !== null &&
        typeof v === 'object' &&
        !(v instanceof Date) &&
        typeof (v as { kind?: unknown }).kind !== 'string'
      ) {
        throw new SendDataError([
          issue(
            'nested-value',
            r + 2,
            name,
            JSON.stringify(v)?.slice(0, 60) ?? '',
            `column "${name}", row ${r + 2} holds a nested ${Array.isArray(v) ? 'list' : 'object'}; each cell must be a number or text`,
          ),
        ]);
      }
    }
  }
}

/**
 * Normalises rows, an arquero Table (or anything shaped like one) or {@link RawData} to
 * {@link RawData}: what `toRawData` does with anything but text, without the CSV parser (text goes
 * to `toRawData`, `fromCsvText` or `fromJsonText`).
 * @example fromObjects([{ imd_decile: 1, pupils: 500 }]).numRows // 1
 */
export function fromObjects(input: Exclude<DataInput, string>, source?: string): RawData {
  if (isRawData(input)) return input;
  if (isColumnarTable(input)) return fromColumnarTable(input, source);
  if (Array.isArray(input)) return fromRows(input, source);
  throw new SendDataError([
    issue(
      'input-type',
      0,
      '',
      typeof input,
      'data must be an array of row objects, an arquero Table, or CSV or JSON text',
    ),
  ]);
}
