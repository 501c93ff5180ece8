import type { ColumnTable } from 'arquero';
import { fromArrow as aqFromArrow } from './arquero.js';
import { issue, SendDataError } from '../issues.js';
import { keepIssues } from './issues-of.js';
import type { Loaded, LoadOptions } from './options.js';
import { readTable } from './from-table.js';

/**
 * Loads Apache Arrow IPC bytes, keeping the warnings: see {@link fromArrow}.
 * @param bytes Arrow IPC file or stream bytes
 * @param options column mapping, contract, symbols
 * @returns `{table, issues}`
 * @example readArrow(toArrowIPC(aq.table({ need: ['ASD'], pupils: [686] }))).table.numRows() // 1
 */
export function readArrow(bytes: ArrayBuffer | Uint8Array, options: LoadOptions = {}): Loaded {
  let table: ColumnTable;
  try {
    table = aqFromArrow(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new SendDataError([
      issue(
        'invalid-arrow',
        0,
        '',
        '',
        `the Apache Arrow data could not be read (${detail}); is it an Arrow IPC file or stream?`,
      ),
    ]);
  }
  return readTable(table, options);
}

/**
 * Loads Apache Arrow IPC bytes (file or stream format) with arquero's `fromArrow`, which in arquero 8
 * decodes with `@uwdata/flechette` (no `apache-arrow` package needed). Arrow columns are already
 * typed; with `contract` the Table is validated like any other input (nulls in count columns become
 * blank {@link Missing} values).
 *
 * @param bytes Arrow IPC bytes, e.g. from `await file.arrayBuffer()` or arquero's `toArrowIPC`
 * @param options column mapping, contract, symbols
 * @returns an arquero Table
 * @example
 * const bytes = toArrowIPC(aq.table({ imd_decile: [1, 2], pupils: [500, 480], sen_support: [90, 70], ehc_plan: [20, 18] }));
 * fromArrow(bytes, { contract: deprivationContract }).groupby('imd_decile').count().numRows(); // 2
 */
export function fromArrow(bytes: ArrayBuffer | Uint8Array, options: LoadOptions = {}): ColumnTable {
  return keepIssues(readArrow(bytes, options));
}
