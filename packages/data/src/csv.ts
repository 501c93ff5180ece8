import { issue, SendDataError, type DataIssue } from './issues.js';

/** What {@link parseCsv} returns: header names and rows of text cells, with spreadsheet row numbers. */
export interface ParsedCsv {
  header: string[];
  /** Data rows: each has exactly `header.length` cells. */
  rows: string[][];
  /** The spreadsheet row number of each data row (header = row 1; a quoted line break does not start a row). */
  rowNumbers: number[];
  /** The delimiter found or given. */
  delimiter: string;
}

export interface ParseCsvOptions {
  /** Field delimiter. Default `'auto'`: comma unless the header line has none and has tabs, semicolons or pipes. */
  delimiter?: string | 'auto';
  /** Largest input accepted, in characters. Default 100,000,000. */
  maxLength?: number;
  /** Name of the file, used in messages. */
  source?: string;
}

const CANDIDATES = [',', '\t', ';', '|'];

/** Most header and row problems listed; further ones are counted in a final `more-issues` entry. */
const MAX_ISSUES = 50;

/**
 * Parses RFC 4180 CSV without compiling code (safe under a strict Content-Security-Policy,
 * unlike d3-dsv's `csvParse`). Handles a byte-order mark, CRLF or LF line ends, quoted fields
 * with delimiters, quotes and line breaks, and trailing blank lines. Throws a
 * {@link SendDataError} for binary data, an unterminated quote, duplicate or empty headers and
 * rows with the wrong number of fields, each naming the row.
 *
 * @param text the file's text
 * @returns header, rows and their spreadsheet row numbers
 * @example parseCsv('need,pupils\r\nSLCN,"1,284"\r\n').rows // [['SLCN', '1,284']]
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): ParsedCsv {
  const maxLength = options.maxLength ?? 100_000_000;
  if (text.length > maxLength) {
    throw new SendDataError([
      issue(
        'too-large',
        0,
        '',
        '',
        `the file is ${text.length.toLocaleString('en-GB')} characters long, more than the limit of ${maxLength.toLocaleString('en-GB')}`,
      ),
    ]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  checkNotBinary(text);

  const delimiter = options.delimiter && options.delimiter !== 'auto' ? options.delimiter : detectDelimiter(text);
  const d = delimiter.charCodeAt(0);
  const records: string[][] = [];
  const starts: number[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let record: string[] = [];
  let recordLine = 1;

  while (i <= n) {
    if (i === n) {
      // end of input: close the last record unless the file ended with a line break
      if (record.length) (records.push(record), starts.push(recordLine));
      break;
    }
    let c = text.charCodeAt(i);
    let field: string;
    if (c === 34 /* " */) {
      const fieldLine = line;
      let j = i + 1;
      let parts = '';
      let from = j;
      for (;;) {
        if (j >= n) {
          throw new SendDataError([
            issue(
              'unterminated-quote',
              fieldLine,
              '',
              '',
              `a quoted field that starts on line ${fieldLine} never ends: a closing " is missing (the file may be truncated)`,
            ),
          ]);
        }
        const q = text.charCodeAt(j);
        if (q === 34) {
          if (text.charCodeAt(j + 1) === 34) {
            parts += text.slice(from, j + 1);
            j += 2;
            from = j;
            continue;
          }
          break;
        }
        if (q === 10) line++;
        j++;
      }
      field = parts + text.slice(from, j);
      i = j + 1;
      c = text.charCodeAt(i);
      if (i < n && c !== d && c !== 10 && c !== 13) {
        // text after a closing quote: keep it, as spreadsheets do, but it is almost always a stray quote
        let k = i;
        while (k < n && text.charCodeAt(k) !== d && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
        field += text.slice(i, k);
        i = k;
        c = text.charCodeAt(i);
      }
    } else {
      let j = i;
      while (j < n) {
        const q = text.charCodeAt(j);
        if (q === d || q === 10 || q === 13) break;
        j++;
      }
      field = text.slice(i, j);
      i = j;
      c = text.charCodeAt(i);
    }
    record.push(field);
    if (i >= n) continue;
    if (c === d) {
      i++;
      if (i === n) record.push('');
      continue;
    }
    // line end
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    i++;
    records.push(record);
    starts.push(recordLine);
    line++;
    record = [];
    recordLine = line;
  }

  // drop blank lines (a single empty field), wherever they are
  const kept: string[][] = [];
  const keptLines: number[] = [];
  for (let r = 0; r < records.length; r++) {
    const rec = records[r]!;
    if (rec.length === 1 && rec[0]!.trim() === '') continue;
    kept.push(rec);
    keptLines.push(starts[r]!);
  }
  if (!kept.length) {
    throw new SendDataError([
      issue('empty-file', 0, '', '', 'the file is empty: it needs a header row and at least one data row'),
    ]);
  }

  const header = kept[0]!.map((h) => h.trim());
  const issues: DataIssue[] = [];
  // at most MAX_ISSUES are listed (a garbage line can hold half a million "headers"); the rest are counted
  let dropped = 0;
  const seen = new Map<string, number>();
  header.forEach((name, index) => {
    if (issues.length >= MAX_ISSUES && (!name || seen.has(name))) {
      dropped++;
    } else if (!name) {
      issues.push(
        issue('empty-header', 1, `column ${index + 1}`, '', `column ${index + 1} has no name in the header row`),
      );
    } else if (seen.has(name)) {
      issues.push(
        issue(
          'duplicate-header',
          1,
          name,
          name,
          `the header "${name}" appears twice (columns ${seen.get(name)! + 1} and ${index + 1}); rename one`,
        ),
      );
    } else {
      seen.set(name, index);
    }
  });
  if (header.length === 1 && delimiter === ',' && /[;\t|]/.test(header[0]!)) {
    issues.push(
      issue(
        'delimiter',
        1,
        '',
        header[0]!.slice(0, 60),
        'the header row has no commas: is the file separated by another character? Save it as comma-separated (CSV UTF-8)',
      ),
    );
  }

  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let r = 1; r < kept.length; r++) {
    const rec = kept[r]!;
    const rowNumber = r + 1;
    if (rec.length !== header.length) {
      // a row with extra trailing empty fields is harmless (spreadsheet exports add them)
      const extraEmpty = rec.length > header.length && rec.slice(header.length).every((v) => v.trim() === '');
      if (!extraEmpty) {
        if (issues.length < MAX_ISSUES) {
          // name where the row goes wrong: the first column it lacks, or the last column it overruns
          const short = rec.length < header.length;
          const column = short ? header[rec.length]! : header[header.length - 1]!;
          const where = short
            ? `: it stops before "${column}" (was it cut short, or a cell deleted?)`
            : `: ${rec.length - header.length} more after "${column}" (an unquoted comma in a text cell shifts every column after it)`;
          issues.push(
            issue(
              'field-count',
              rowNumber,
              column,
              rec.join(delimiter).slice(0, 80),
              `row ${rowNumber} (line ${keptLines[r]}) has ${rec.length} fields but the header has ${header.length}${where}`,
            ),
          );
        } else dropped++;
        continue;
      }
      rec.length = header.length;
    }
    rows.push(rec);
    rowNumbers.push(rowNumber);
  }
  if (dropped)
    issues.push(issue('more-issues', 0, '', '', `and ${dropped.toLocaleString('en-GB')} more problems like these`));
  if (issues.length) throw new SendDataError(issues);
  return { header, rows, rowNumbers, delimiter };
}

function detectDelimiter(text: string): string {
  const end = text.search(/\r?\n/);
  const first = end < 0 ? text : text.slice(0, end);
  if (first.includes(',')) return ',';
  let best = ',';
  let bestCount = 0;
  for (const c of CANDIDATES) {
    const count = first.split(c).length - 1;
    if (count > bestCount) ((best = c), (bestCount = count));
  }
  return best;
}

function checkNotBinary(text: string): void {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) {
      throw new SendDataError([
        issue(
          'binary',
          0,
          '',
          '',
          'this is not a text file (it contains NUL bytes): is it an Excel or zip file? Save it as CSV UTF-8',
        ),
      ]);
    }
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    throw new SendDataError([
      issue(
        'binary',
        0,
        '',
        '',
        'this does not look like CSV text (too many control or unreadable characters): save it as CSV UTF-8',
      ),
    ]);
  }
}

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
