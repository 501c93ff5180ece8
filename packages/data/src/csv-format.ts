/*
 * Writing CSV (the downloads' and toCsv()'s), apart from reading it (csv.ts), so that a page which
 * only writes CSV does not load the parser.
 */

/**
 * Quotes a cell for CSV output when it needs it. With `formulaGuard` (the default, for files
 * people open in a spreadsheet) cells starting with = + - @ are prefixed with ' so spreadsheets
 * do not run them as formulas; the guard belongs to downloads only, never to text shown on a page.
 */
export function csvCell(value: unknown, formulaGuard = true): string {
  let text = value === undefined || value === null ? '' : String(value);
  // only a whole negative number is left alone: "-2+3+cmd|' /C calc'!A0" starts with a digit too
  if (formulaGuard && /^[=+\-@\t\r]/.test(text) && !/^-\d[\d,]*(\.\d+)?(e[-+]?\d+)?%?$/i.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** How `formatCsv` writes. */
export interface FormatCsvOptions {
  /**
   * Guard cells against spreadsheet formulas (see `csvCell`). Default true, for downloads; false
   * for data files that are read back as data (examples, the playground), whose text must not change.
   */
  formulaGuard?: boolean;
}

/**
 * Writes rows as CSV (CRLF line ends, header first).
 * @example formatCsv(['change'], [['+0.9 pts']]) // "change\r\n'+0.9 pts\r\n"
 * @example formatCsv(['change'], [['+0.9 pts']], { formulaGuard: false }) // "change\r\n+0.9 pts\r\n"
 */
export function formatCsv(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
  options: FormatCsvOptions = {},
): string {
  const guard = options.formulaGuard ?? true;
  return [header, ...rows].map((row) => row.map((cell) => csvCell(cell, guard)).join(',')).join('\r\n') + '\r\n';
}
