import type { ColumnTable } from 'arquero';
import { table as aqTable } from './arquero.js';
import { isMissing } from '../missing.js';

/**
 * Replaces {@link Missing} cells with `null`, which arquero's aggregates (`op.sum`, `op.mean`…) skip.
 * Loaders keep missing values typed so their meaning survives; call this just before arquero
 * arithmetic, which cannot tell a `Missing` object from a value. Other cells are unchanged, and
 * nothing here compiles code.
 *
 * @param table a Table from a loader
 * @param names the columns to convert (default: all)
 * @returns a new Table
 * @example
 * import { op } from 'arquero';
 * const t = fromCSV('need,pupils\nASD,686\nMSI,c');
 * missingToNull(t).rollup({ total: op.sum('pupils'), shown: op.valid('pupils') }).objects(); // [{ total: 686, shown: 1 }]
 */
export function missingToNull(table: ColumnTable, names: readonly string[] = table.columnNames()): ColumnTable {
  const data: Record<string, ArrayLike<unknown>> = {};
  const convert = new Set(names);
  for (const name of table.columnNames()) {
    const values = table.array(name);
    if (!convert.has(name) || !Array.isArray(values)) {
      data[name] = values;
      continue;
    }
    const out = new Array<unknown>(values.length);
    for (let i = 0; i < values.length; i++) out[i] = isMissing(values[i]) ? null : values[i];
    data[name] = out;
  }
  return aqTable(data);
}
