import type { ColumnTable } from 'arquero';
import { fromJsonText } from '../input.js';
import { buildTable } from './build-table.js';
import { keepIssues } from './issues-of.js';
import type { Loaded, LoadOptions } from './options.js';

/**
 * Loads JSON text, keeping the warnings: see {@link fromJSON}.
 * @param text JSON: an array of row objects, `{"data": [...]}`, or an object of column arrays
 * @param options column mapping, contract, symbols
 * @returns `{table, issues}`
 * @example readJSON('[{"need":"ASD","pupils":686}]').table.numRows() // 1
 */
export function readJSON(text: string, options: LoadOptions = {}): Loaded {
  return buildTable(fromJsonText(text, options.source), options);
}

/**
 * Loads JSON text into an arquero Table with typed columns. Accepts an array of row objects,
 * `{"data": [...]}` or an object of equal-length column arrays. Invalid JSON (including NaN and
 * Infinity), nested values and arrays of non-objects throw a {@link SendDataError}. String cells
 * are read like CSV cells (`"1,284"` → 1284, `"c"` → suppressed).
 *
 * @param text the JSON text
 * @param options column mapping, contract, symbols
 * @returns an arquero Table: every arquero verb works on it
 * @example
 * const t = fromJSON('{"need": ["ASD", "SLCN"], "pupils": [686, 715]}');
 * t.orderby('pupils').array('need'); // ['ASD', 'SLCN']
 */
export function fromJSON(text: string, options: LoadOptions = {}): ColumnTable {
  return keepIssues(readJSON(text, options));
}
