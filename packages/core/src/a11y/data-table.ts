import { html, nothing, type TemplateResult } from 'lit';

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

export const cellText = (c: TableCell | undefined): string => (c === undefined ? '' : typeof c === 'string' ? c : c.text);
const cellSort = (c: TableCell | undefined): number | string => (c === undefined ? '' : typeof c === 'string' ? c : (c.sort ?? c.text));

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
 * Renders a real, sortable `<table>`: a caption, column headers with `scope="col"` and
 * `aria-sort`, row headers with `scope="row"`. Sorting buttons live inside the headers.
 */
export function renderDataTable(
  spec: DataTableSpec,
  sort: SortState | undefined,
  onSort: (key: string) => void,
  labels: { sortBy: (column: string) => string },
  id: string,
): TemplateResult {
  const rows = sortRows(spec, sort);
  return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${id}-caption">
      <table part="table" id="${id}">
        <caption id="${id}-caption">${spec.caption}</caption>
        <thead>
          <tr>
            ${spec.columns.map(
              (c) =>
                html`<th
                  scope="col"
                  class=${c.numeric ? 'num' : ''}
                  aria-sort=${sort?.key === c.key ? sort.direction : 'none'}
                >
                  <button type="button" class="sort" @click=${() => onSort(c.key)} aria-label=${labels.sortBy(c.label)}>
                    <span>${c.label}</span><span class="sort-icon" aria-hidden="true"
                      >${sort?.key === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span
                    >
                  </button>
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                ${spec.columns.map((c, i) =>
                  i === 0
                    ? html`<th scope="row">${cellText(row[c.key])}</th>`
                    : html`<td class=${c.numeric ? 'num' : ''}>${cellText(row[c.key])}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${spec.notes?.length ? html`<ul class="table-notes">${spec.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}`;
}
