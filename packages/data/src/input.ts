import { parseCsv, type ParseCsvOptions } from './csv.js';
import { issue, SendDataError } from './issues.js';

/** What arquero Tables (and anything shaped like them) offer; components read Tables only through this. */
export interface ColumnarTable {
  columnNames(): string[];
  numRows(): number;
  array(name: string): ArrayLike<unknown>;
}

/** Input data normalised to columns, before validation. Cells are text (from CSV) or JSON/JS values. */
export interface RawData {
  /** Column names in source order. */
  columns: string[];
  /** Cells of a column, one per row. */
  values: Map<string, ArrayLike<unknown>>;
  numRows: number;
  /** Spreadsheet row number of each row (header = row 1), for messages. */
  rowNumbers: ArrayLike<number>;
  /** Where the data came from (file name or URL), for messages. */
  source?: string;
}

/** Anything a component's `data` property, a child script or a fetched file can give. */
export type DataInput = readonly object[] | ColumnarTable | RawData | string;

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

function isRawData(value: unknown): value is RawData {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as RawData).values instanceof Map &&
    Array.isArray((value as RawData).columns)
  );
}

function sequence(n: number, offset = 2): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i + offset;
  return out;
}

/**
 * Reads CSV text into {@link RawData} with the CSP-safe parser.
 * @example fromCsvText('imd_decile,pupils\n1,500').numRows // 1
 */
export function fromCsvText(text: string, options: ParseCsvOptions = {}): RawData {
  const { header, rows, rowNumbers } = parseCsv(text, options);
  const values = new Map<string, ArrayLike<unknown>>();
  header.forEach((name, c) => {
    const col = new Array<string>(rows.length);
    for (let r = 0; r < rows.length; r++) col[r] = rows[r]![c]!;
    values.set(name, col);
  });
  return { columns: header, values, numRows: rows.length, rowNumbers, source: options.source };
}

/**
 * Reads JSON text: an array of row objects, or an object of equal-length column arrays.
 * Rejects (with a {@link SendDataError}) invalid JSON, arrays of non-objects and nested values.
 */
export function fromJsonText(text: string, source?: string): RawData {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new SendDataError([
      issue(
        'invalid-json',
        0,
        '',
        '',
        `the JSON could not be read (${detail}); NaN, Infinity, comments and trailing commas are not allowed in JSON`,
      ),
    ]);
  }
  return fromJsonValue(parsed, source);
}

/** Reads a parsed JSON value (see {@link fromJsonText}). */
export function fromJsonValue(parsed: unknown, source?: string): RawData {
  if (Array.isArray(parsed)) return fromRows(parsed as object[], source);
  if (parsed && typeof parsed === 'object') {
    const obj = parsed as Record<string, unknown>;
    if (Array.isArray(obj.data)) return fromRows(obj.data as object[], source);
    const columns = Object.keys(obj);
    if (columns.length && columns.every((k) => Array.isArray(obj[k]))) {
      const numRows = (obj[columns[0]!] as unknown[]).length;
      const bad = columns.find((k) => (obj[k] as unknown[]).length !== numRows);
      if (bad) {
        throw new SendDataError([
          issue(
            'column-length',
            0,
            bad,
            '',
            `column "${bad}" has ${(obj[bad] as unknown[]).length} values but "${columns[0]}" has ${numRows}`,
          ),
        ]);
      }
      const values = new Map<string, ArrayLike<unknown>>(columns.map((k) => [k, obj[k] as unknown[]]));
      checkScalars(columns, values, numRows);
      return { columns, values, numRows, rowNumbers: sequence(numRows), source };
    }
  }
  throw new SendDataError([
    issue(
      'json-shape',
      0,
      '',
      typeof parsed,
      'the JSON must be an array of row objects, like [{"imd_decile": 1, "pupils": 520}], or an object of column arrays',
    ),
  ]);
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

function checkScalars(columns: string[], values: Map<string, ArrayLike<unknown>>, numRows: number): void {
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
 * Normalises any accepted input to {@link RawData}. Text is read as JSON when it starts with `[` or `{`, otherwise as CSV.
 */
export function toRawData(input: DataInput, source?: string): RawData {
  if (typeof input === 'string') {
    const head = input.replace(/^\uFEFF/, '').trimStart()[0];
    return head === '[' || head === '{' ? fromJsonText(input, source) : fromCsvText(input, { source });
  }
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
