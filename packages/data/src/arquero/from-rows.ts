import type { ColumnTable } from 'arquero';
import { fromRows as rowsToRaw } from '../input.js';
import { buildTable } from './build-table.js';
import { keepIssues } from './issues-of.js';
import type { Loaded, LoadOptions } from './options.js';

/**
 * Loads an array of row objects, keeping the warnings: see {@link fromRows}.
 * @param rows row objects; column names are the union of their keys
 * @param options column mapping, contract, symbols
 * @returns `{table, issues}`: the Table and any warnings
 * @example readRows([{ imd_decile: 1, pupils: 500, sen_support: 'c', ehc_plan: 20 }], { contract: deprivationContract }).issues // []
 */
export function readRows(rows: readonly Record<string, unknown>[], options: LoadOptions = {}): Loaded {
  return buildTable(rowsToRaw(rows, options.source), options);
}

/**
 * Loads an array of row objects into an arquero Table with typed columns: numeric text (`"1,284"`,
 * `"36.3%"`) becomes numbers, published symbols (`c`, `x`, `z`, `[c]`…) become {@link Missing}
 * values, never 0 or NaN. With `contract`, the rows are validated and a {@link SendDataError}
 * lists every problem; warnings are kept for {@link issuesOf}.
 *
 * @param rows row objects
 * @param options column mapping, contract, symbols
 * @returns an arquero Table: every arquero verb works on it
 * @example
 * import { op } from 'arquero';
 * const t = fromRows([
 *   { need: 'ASD', pupils: '686' },
 *   { need: 'SLCN', pupils: '715' },
 *   { need: 'MSI', pupils: 'c' },
 * ]);
 * t.array('pupils'); // [686, 715, Missing { kind: 'suppressed', symbol: 'c' }]
 * // analysts keep full arquero: replace missing values with null first so aggregates skip them
 * missingToNull(t).filter((d) => d.pupils > 700).objects(); // [{ need: 'SLCN', pupils: 715 }]
 */
export function fromRows(rows: readonly Record<string, unknown>[], options: LoadOptions = {}): ColumnTable {
  return keepIssues(readRows(rows, options));
}
