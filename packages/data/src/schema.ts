import type { DataIssue } from './issues.js';
import type { Missing, MissingKind } from './missing.js';

/** How a column's cells are read and checked. */
export type ColumnType =
  /** a whole number ≥ 0 (people, pupils, plans); symbols allowed */
  | 'count'
  /** any finite number; symbols allowed */
  | 'number'
  /** a whole number, usually with min/max (IMD decile 1–10) */
  | 'integer'
  /** a percentage 0–100; `36.3%` and `36.3` both read as 36.3 */
  | 'percent'
  /** one of a fixed list of codes (need, status); case-insensitive, with aliases */
  | 'code'
  /** free text */
  | 'text'
  /** a calendar date: ISO `2025-03-31` or en-GB `31/03/2025`, stored as ISO text */
  | 'date'
  /** a web address; only http and https links are ever rendered as links */
  | 'url';

/** One column of a data contract. */
export interface ColumnSpec {
  /** Contract (snake_case) name. */
  name: string;
  type: ColumnType;
  /**
   * What the column holds, for docs and error messages. The charts' contracts give it for their
   * required columns (the missing-column message names it); the rest of their documentation is in
   * `CONTRACT_DOCS`, which `documented(contract)` adds, so the browser does not load it.
   */
  description?: string;
  required?: boolean;
  /** Smallest allowed value (numbers), inclusive. */
  min?: number;
  /** Largest allowed value (numbers), inclusive. */
  max?: number;
  /** Allowed codes for `code` columns, in their canonical spelling. */
  values?: readonly string[];
  /** Other spellings accepted for codes, mapped to the canonical code (lower-case keys). */
  valueAliases?: Readonly<Record<string, string>>;
  /** Whether published symbols (c, x, z…) may stand in for a value. Default: true for counts and numbers. */
  allowSymbols?: boolean;
  /** Other header names accepted for this column without a mapping (lower-case). */
  aliases?: readonly string[];
  /** An example value for templates (for the charts' contracts, in `CONTRACT_DOCS`). */
  example?: string;
}

/** A dataset's schema: its columns, key and cross-column checks. */
export interface Contract {
  /** Machine name: `deprivation`, `needs`, `outcomes`, `actions`. */
  name: string;
  /** Plain-English name for messages. */
  title: string;
  columns: readonly ColumnSpec[];
  /** Columns that together identify a row; repeated keys are errors. */
  key?: readonly string[];
  /** Symbols and their meanings for this contract's source (defaults to GSS/EES). */
  symbols?: Readonly<Record<string, MissingKind>>;
  /** Cross-column checks (e.g. a part may not exceed its whole), run by `validate` after every column is read. */
  checks?: readonly ContractCheck[];
}

/** What a {@link ContractCheck} sees: the typed columns read so far (absent optional columns are missing from the map). */
export interface CheckInput {
  numRows: number;
  /** Typed cells by contract column name; cells that failed their own check are `undefined`. */
  columns: ReadonlyMap<string, readonly (number | Missing | string | undefined)[]>;
  /** Spreadsheet row number of each row, for issues. */
  rowNumbers: ArrayLike<number>;
  /** The source header each contract column was read from, for issues. */
  sourceNames: ReadonlyMap<string, string>;
}

/** A cross-column check: returns the issues it finds (none when its columns are absent). */
export type ContractCheck = (data: CheckInput) => DataIssue[];
