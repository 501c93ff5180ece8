import { formatCsv } from '@send-insight/data';

/**
 * The data table a chart offers as its accessible alternative and its CSV export, as plain data:
 * what a chart's view returns, so tables are tested in Node. `data-table.ts` renders it.
 */

/** A table cell: text, or text with a value to sort by. */
export type TableCell = string | { text: string; sort?: number | string };

/** The data table a chart offers as its accessible alternative and its CSV export. */
export interface DataTableSpec {
  caption: string;
  columns: { key: string; label: string; numeric?: boolean }[];
  /** Rows keyed by column key; the first column is the row header. */
  rows: Record<string, TableCell>[];
  /** Notes shown under the table (e.g. suppression). */
  notes?: string[];
}

export interface SortState {
  key: string;
  direction: 'ascending' | 'descending';
}

export const cellText = (c: TableCell | undefined): string =>
  c === undefined ? '' : typeof c === 'string' ? c : c.text;
const cellSort = (c: TableCell | undefined): number | string =>
  c === undefined ? '' : typeof c === 'string' ? c : (c.sort ?? c.text);

/** The sort after a click on column `key`: ascending first, then each click on the same column turns it. */
export function nextSort(current: SortState | undefined, key: string): SortState {
  const same = current?.key === key;
  return { key, direction: same && current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** Rows in the order a sort asks for (stable; blanks and text last for numeric columns). */
export function sortRows(spec: DataTableSpec, sort: SortState | undefined): Record<string, TableCell>[] {
  if (!sort) return spec.rows;
  const dir = sort.direction === 'ascending' ? 1 : -1;
  return spec.rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const x = cellSort(a.row[sort.key]);
      const y = cellSort(b.row[sort.key]);
      const xn = typeof x === 'number';
      const yn = typeof y === 'number';
      if (xn && yn) return ((x as number) - (y as number)) * dir || a.i - b.i;
      if (xn !== yn) return xn ? -1 : 1;
      return String(x).localeCompare(String(y), 'en-GB', { numeric: true }) * dir || a.i - b.i;
    })
    .map((x) => x.row);
}

/**
 * CSV of a chart's table: exactly the figures shown (suppression applied), with the table's headers.
 *
 * @example tableCsv({ caption: 'Counts', columns: [{ key: 'a', label: 'A' }], rows: [{ a: '1' }] }) // "A\r\n1\r\n"
 */
export function tableCsv(spec: DataTableSpec): string {
  return formatCsv(
    spec.columns.map((c) => c.label),
    spec.rows.map((r) => spec.columns.map((c) => cellText(r[c.key]))),
  );
}
