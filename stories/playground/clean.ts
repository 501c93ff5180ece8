import { formatCsv, isMissing, type ValidatedData } from '@send-insight/data';

/** Validated data written back out in the contract's own column names and spellings. */
export interface CleanedData {
  header: string[];
  /** Cells as text: numbers without thousands separators, codes in canonical spelling, ISO dates, published symbols kept. */
  rows: Record<string, string>[];
  /** CSV for the embed: cells exactly as read (quoted only where CSV needs it), LF line ends. */
  csv: string;
  /** CSV for download: as `csv`, but spreadsheet-safe (cells starting with = + - @ get a leading ') with CRLF line ends. */
  downloadCsv: string;
}

/** Quotes a CSV cell only when it must (comma, quote or line break); the text is otherwise unchanged. */
function exactCell(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (isMissing(value)) return value.symbol;
  if (typeof value === 'number') return String(value);
  return String(value);
}

/**
 * The cleaned CSV: contract columns only (in the contract's order), one row per input row,
 * with every cell as validation read it. Reading it again gives the same validated data.
 *
 * @param data the output of `validate()` (with no errors)
 * @returns header, rows of text cells and the CSV text
 * @example cleanData(validate(fromCsvText('Decile,pupils,sen_support,ehc_plan\n1,"1,200",30,c'), deprivationContract, { columns: { imd_decile: 'Decile' } })).csv
 * // 'imd_decile,pupils,sen_support,ehc_plan\n1,1200,30,c\n'
 */
export function cleanData(data: ValidatedData): CleanedData {
  const header = data.contract.columns.map((c) => c.name).filter((name) => data.columns.has(name));
  const rows: Record<string, string>[] = [];
  for (let r = 0; r < data.numRows; r++) {
    const row: Record<string, string> = {};
    for (const name of header) row[name] = cellText(data.columns.get(name)![r]);
    rows.push(row);
  }
  const csv =
    [header, ...rows.map((row) => header.map((name) => row[name]!))]
      .map((cells) => cells.map(exactCell).join(','))
      .join('\n') + '\n';
  const downloadCsv = formatCsv(
    header,
    rows.map((row) => header.map((name) => row[name])),
  );
  return { header, rows, csv, downloadCsv };
}
