import { html, nothing, type TemplateResult } from 'lit';
import { breakable } from './breakable.js';
import { cellText, sortRows, type DataTableSpec, type SortState } from './table-spec.js';

export { cellText, sortRows, type DataTableSpec, type SortState, type TableCell } from './table-spec.js';

/** A cell's class: `num` for figures; `long-word` for a run of 30 or more characters with no space (a web address), which may break anywhere. */
const cellClass = (numeric: boolean | undefined, text: string): string =>
  [numeric ? 'num' : '', /\S{30}/.test(text) ? 'long-word' : ''].filter(Boolean).join(' ');

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
        <caption id="${id}-caption">${breakable(spec.caption)}</caption>
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
                    ? html`<th scope="row">${breakable(cellText(row[c.key]))}</th>`
                    : html`<td class=${cellClass(c.numeric, cellText(row[c.key]))}>${breakable(cellText(row[c.key]))}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${spec.notes?.length ? html`<ul class="table-notes">${spec.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}`;
}
