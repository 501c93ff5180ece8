/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The chart's data table as its table view shows it: display text, never the CSV download's
 * cells (those carry a spreadsheet formula guard, a leading `'` on text starting with = + - @).
 */
export interface StaticTable {
  caption: string;
  columns: { label: string; numeric: boolean }[];
  /** Cells as shown, in column order; the first is the row's header. */
  rows: string[][];
  /** Notes under the table (suppression, how totals are made). */
  notes: string[];
}

/** What a static page shows. */
export interface StaticFigure {
  heading: string;
  summary: string;
  /** The chart as a self-contained SVG (from the element's `await toSvg()`), or '' when it has none. */
  svg: string;
  /** The data table (from the element's table view), suppression already applied. */
  table?: StaticTable;
  source?: string;
  /** Width of the figure in CSS pixels. */
  width: number;
}

function renderTable(table: StaticTable): string {
  const num = (c: number) => (table.columns[c]?.numeric ? ' class="num"' : '');
  // as in the table view: a run of 30 or more characters with no space (a web address) may break
  // anywhere; unbroken, it widens its column past the screen, and past the edge of a printed page
  const cell = (c: number, text: string) =>
    /\S{30}/.test(text) ? ` class="${table.columns[c]?.numeric ? 'num ' : ''}long-word"` : num(c);
  const cells = (row: string[]) =>
    table.columns
      .map((_, c) =>
        c === 0
          ? `<th scope="row"${/\S{30}/.test(row[c] ?? '') ? ' class="long-word"' : ''}>${escapeHtml(row[c] ?? '')}</th>`
          : `<td${cell(c, row[c] ?? '')}>${escapeHtml(row[c] ?? '')}</td>`,
      )
      .join('');
  const notes = table.notes.length
    ? `\n<ul class="notes">${table.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`
    : '';
  // a table wider than the screen scrolls in its own box, which a keyboard can reach and a screen
  // reader names by the caption; the caption's words wrap to the screen, not to the table
  return `<div class="table${table.columns.length >= 10 ? ' wide' : ''}" role="region" tabindex="0" aria-labelledby="table-caption">
<table>
<caption id="table-caption"><span>${escapeHtml(table.caption)}</span></caption>
<thead><tr>${table.columns.map((col, c) => `<th scope="col"${num(c)}>${escapeHtml(col.label)}</th>`).join('')}</tr></thead>
<tbody>
${table.rows.map((r) => `<tr>${cells(r)}</tr>`).join('\n')}
</tbody>
</table>${notes}
</div>`;
}

/**
 * A self-contained HTML page with no script: the chart's SVG, its plain-English summary and the
 * data table with its notes. Prints on A4: the table takes the page's width, its header repeats
 * on each page, and a row never splits across pages.
 *
 * @param figure what to show
 * @returns the HTML document
 * @example staticHtml({ heading: 'Needs', summary: '…', svg: '<svg…>', width: 800,
 *   table: { caption: 'Needs', columns: [{ label: 'Need', numeric: false }, { label: 'Share', numeric: true }], rows: [['ASD', '22%']], notes: [] } })
 */
export function staticHtml(figure: StaticFigure): string {
  const table = figure.table?.columns.length ? renderTable(figure.table) : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(figure.heading || 'send-insight chart')}</title>
<style>
body { margin: 0; padding: 16px; font: 16px/1.4 Arial, Helvetica, sans-serif; color: #0b0c0c; background: #fff; }
figure { margin: 0; max-width: ${Math.round(figure.width)}px; }
figure svg { max-width: 100%; height: auto; display: block; }
h1 { font-size: 1.5rem; margin: 0 0 8px; }
p { margin: 8px 0; }
.table { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; margin-top: 16px; }
caption { text-align: left; font-weight: bold; padding-bottom: 4px; }
caption span { display: inline-block; position: sticky; left: 0; max-width: calc(100vw - 32px); }
.table:focus-visible { outline: 3px solid #ffdd00; box-shadow: 0 0 0 6px #0b0c0c; }
th, td { border-bottom: 1px solid #b1b4b6; padding: 6px 12px 6px 0; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #0b0c0c; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
.long-word { overflow-wrap: anywhere; }
th[scope="row"] { min-width: 9em; }
.notes { margin: 8px 0 0; padding-left: 20px; }
@media print {
  body { padding: 0; }
  .table { overflow: visible; }
  caption span { max-width: none; }
  table { width: 100%; }
  /* a page cannot scroll: a table of ten or more columns (the tracker's eleven) prints on landscape
     pages, where its longest words fit at full size; on a portrait page its last column was cut */
  .table.wide { page: wide; }
  .wide th, .wide td { padding: 6px 8px 6px 0; }
  .wide th[scope="row"] { min-width: 0; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
@page { size: A4; margin: 12mm; }
@page wide { size: A4 landscape; }
</style>
</head>
<body>
<figure>
${figure.svg ? '' : `<h1>${escapeHtml(figure.heading)}</h1>`}
${figure.svg}
<figcaption><p>${escapeHtml(figure.summary)}</p>${figure.source && !figure.svg ? `<p>Source: ${escapeHtml(figure.source)}</p>` : ''}</figcaption>
</figure>
${table}
</body>
</html>
`;
}
