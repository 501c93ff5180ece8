import type { ColumnTable } from 'arquero';
import type { DataIssue } from '../issues.js';
import type { Loaded } from './options.js';

const registry = new WeakMap<object, readonly DataIssue[]>();

/**
 * The warnings found while a `from*` loader built this Table (errors throw instead). A Table made by
 * an arquero verb from it is a new Table and has none: read them straight after loading.
 *
 * @param table a Table returned by {@link fromCSV}, {@link fromURL} or another `from*` loader
 * @returns the warnings, or an empty list
 * @example
 * const table = fromCSV('imd_decile,pupils,sen_support,ehc_plan,ehcp_note\n1,500,90,20,x', { contract: deprivationContract });
 * issuesOf(table).map((i) => i.code) // []
 */
export function issuesOf(table: ColumnTable): readonly DataIssue[] {
  return registry.get(table) ?? [];
}

/** @internal records a read result's warnings on its Table and returns the Table */
export function keepIssues(loaded: Loaded): ColumnTable {
  registry.set(loaded.table, Object.freeze(loaded.issues.slice()));
  return loaded.table;
}
