/** One problem found in input data. `row` is the spreadsheet row (the header is row 1), or 0 for the file as a whole. */
export interface DataIssue {
  /** Spreadsheet-style row number: the header is row 1, the first data row is row 2; 0 when the issue is about the whole file or a column. */
  row: number;
  /** The column the issue is about (as named in the source), or '' when none. */
  column: string;
  /** The offending value as text ('' when there is none). */
  value: string;
  /** A sentence saying what is wrong and how to fix it. */
  message: string;
  /** Errors stop a chart from drawing; warnings are shown beside it. */
  severity: 'error' | 'warning';
  /** A short machine-readable code, e.g. `unknown-column`, `out-of-range`. */
  code: string;
}

/** Thrown (and fired as `send-data-error`) when input data cannot be drawn correctly. */
export class SendDataError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[], summary?: string) {
    super(summary ?? describeIssues(issues));
    this.name = 'SendDataError';
    this.issues = issues;
  }
}

/** Builds an issue; the message is prefixed with where it happened. */
export function issue(
  code: string,
  row: number,
  column: string,
  value: unknown,
  message: string,
  severity: DataIssue['severity'] = 'error',
): DataIssue {
  return { row, column, value: value === undefined || value === null ? '' : String(value), message, severity, code };
}

/** "column "imd_decile", row 14: expected 1–10, got "eleven"" */
export function formatIssue(i: DataIssue): string {
  const where = [i.column ? `column "${i.column}"` : '', i.row > 0 ? `row ${i.row}` : ''].filter(Boolean).join(', ');
  return where ? `${where}: ${i.message}` : i.message;
}

/** A one-paragraph description of the first few issues. */
export function describeIssues(issues: readonly DataIssue[], max = 3): string {
  const errors = issues.filter((i) => i.severity === 'error');
  const list = (errors.length ? errors : issues).slice(0, max).map(formatIssue);
  const more = (errors.length || issues.length) - list.length;
  return list.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

/** Whether any issue is an error (not just a warning). */
export function hasErrors(issues: readonly DataIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
