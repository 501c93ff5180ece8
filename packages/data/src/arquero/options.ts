import type { ColumnTable } from 'arquero';
import type { DataIssue } from '../issues.js';
import type { MissingKind } from '../missing.js';
import type { Contract } from '../schema.js';

/** Options every loader takes. */
export interface LoadOptions {
  /**
   * Column mapping, contract name → source header (`{"ehc_plan": "ehcplans"}`). With a contract the
   * mapped columns are validated; without one they are simply renamed.
   */
  columns?: Readonly<Record<string, string>>;
  /** When given, the data is validated against it: errors throw a {@link SendDataError} listing every issue. */
  contract?: Contract;
  /** Symbol meanings for columns outside a contract (defaults to {@link DEFAULT_SYMBOLS}). */
  symbols?: Readonly<Record<string, MissingKind>>;
  /** Name of the file or URL, used in messages. */
  source?: string;
  /** Stop collecting issues after this many. Default 200. */
  maxIssues?: number;
}

/** What the `read*` loaders return: the Table and the warnings found while loading it (errors throw). */
export interface Loaded {
  /** An arquero Table with typed columns: numbers as numbers, published symbols as {@link Missing}. */
  table: ColumnTable;
  /** Warnings only (e.g. an unused, misspelt header; a file that is not UTF-8). Errors are thrown instead. */
  issues: DataIssue[];
  /** File name or URL, when known. */
  source?: string;
}
