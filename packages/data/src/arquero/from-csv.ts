import type { ColumnTable } from 'arquero';
import { fromCsvText } from '../input.js';
import { buildTable } from './build-table.js';
import { keepIssues } from './issues-of.js';
import type { Loaded, LoadOptions } from './options.js';

/** CSV loader options: the common ones plus the delimiter. */
export interface CsvLoadOptions extends LoadOptions {
  /** Field delimiter; default `'auto'` (comma, or tab/semicolon/pipe when the header has no comma). */
  delimiter?: string;
}

/**
 * Loads CSV text, keeping the warnings: see {@link fromCSV}.
 * @param text the CSV text
 * @param options column mapping, contract, symbols, delimiter
 * @returns `{table, issues}`
 * @example readCSV('imd_decile,pupils,sen_support,ehcp\n1,500,90,20', { contract: deprivationContract }).table.columnNames()
 * // ['imd_decile', 'pupils', 'sen_support', 'ehc_plan']
 */
export function readCSV(text: string, options: CsvLoadOptions = {}): Loaded {
  return buildTable(fromCsvText(text, { delimiter: options.delimiter, source: options.source }), options);
}

/**
 * Loads CSV text into an arquero Table with typed columns, using the project's CSP-safe parser
 * (not arquero's `fromCSV`, and not d3-dsv). It reads files as published: a byte-order mark, CRLF,
 * quoted fields (`"Bristol, City of"`), thousands separators (`"29,199"`), percentages (`36.3%`),
 * trailing blank lines, and the GSS/EES symbols, which load as {@link Missing} values that keep
 * their meaning (never 0, never NaN). Bad input throws a {@link SendDataError} naming row and column.
 *
 * @param text the CSV text
 * @param options column mapping, contract, symbols, delimiter
 * @returns an arquero Table: every arquero verb works on it
 * @example
 * import { op } from 'arquero';
 * const t = fromCSV('la_name,ehc_plans\r\nWolverhampton,"3,148"\r\nRutland,x\r\n');
 * t.get('ehc_plans', 0); // 3148
 * t.get('ehc_plans', 1).label; // 'not available'
 * missingToNull(t).rollup({ total: op.sum('ehc_plans') }).get('total'); // 3148
 */
export function fromCSV(text: string, options: CsvLoadOptions = {}): ColumnTable {
  return keepIssues(readCSV(text, options));
}
