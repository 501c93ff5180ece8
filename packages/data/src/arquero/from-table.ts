import type { ColumnTable } from 'arquero';
import { fromColumnarTable, type ColumnarTable } from '../input.js';
import { buildTable } from './build-table.js';
import { keepIssues } from './issues-of.js';
import type { Loaded, LoadOptions } from './options.js';

/**
 * Checks or re-types an existing Table, keeping the warnings: see {@link fromTable}.
 * @param table an arquero Table (or anything with `columnNames`, `numRows` and `array`)
 * @param options column mapping, contract, symbols
 * @returns `{table, issues}`
 * @example readTable(aq.table({ imd_decile: [1], pupils: [500], sen_support: [90], ehc_plan: [20] }), { contract: deprivationContract }).issues // []
 */
export function readTable(table: ColumnarTable, options: LoadOptions = {}): Loaded {
  if (!options.contract && !options.columns && isArqueroTable(table)) {
    return { table, issues: [], source: options.source };
  }
  return buildTable(fromColumnarTable(table, options.source), options);
}

/**
 * Passes an arquero Table through, or validates it. With neither `contract` nor `columns` the same
 * Table is returned untouched. With `contract` it is checked (errors throw a {@link SendDataError})
 * and a new Table with typed contract columns is returned; with `columns` only, columns are renamed.
 *
 * @param table an arquero Table, or any table with `columnNames`, `numRows` and `array`
 * @param options column mapping, contract, symbols
 * @returns an arquero Table
 * @example
 * const checked = fromTable(aq.table({ decile: [1, 2], pupils: [500, 480], sen_support: [90, 70], ehc_plan: [20, 18] }), {
 *   contract: deprivationContract,
 * });
 * checked.columnNames(); // ['imd_decile', 'pupils', 'sen_support', 'ehc_plan']
 */
export function fromTable(table: ColumnarTable, options: LoadOptions = {}): ColumnTable {
  return keepIssues(readTable(table, options));
}

function isArqueroTable(value: ColumnarTable): value is ColumnTable {
  return (
    typeof (value as Partial<ColumnTable>).groupby === 'function' &&
    typeof (value as Partial<ColumnTable>).rollup === 'function'
  );
}
