import { parseCsv } from '@send-insight/data';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** What a static page shows. */
export interface StaticFigure {
  heading: string;
  summary: string;
  /** The chart as a self-contained SVG (from the element's `await toSvg()`), or '' when it has none. */
  svg: string;
  /** The data table as CSV (from the element's `toCsv()`), suppression already applied. */
  csv: string;
  source?: string;
  /** Width of the figure in CSS pixels. */
  width: number;
}

/**
 * A self-contained HTML page with no script: the chart's SVG, its plain-English summary and the
 * data table; no script. Prints on A4.
 *
 * @param figure what to show
 * @returns the HTML document
 * @example staticHtml({ heading: 'Needs', summary: '…', svg: '<svg…>', csv: 'Need,Share\nASD,22%', width: 800 })
 */
export function staticHtml(figure: StaticFigure): string {
  const { header, rows } = figure.csv ? parseCsv(figure.csv) : { header: [] as string[], rows: [] as string[][] };
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((r) => /^[-+]?[\d,.]+%?$|^$|^suppressed$/i.test((r[c] ?? '').trim())));
  const table = header.length
    ? `<table>
<caption>Data table: ${escapeHtml(figure.heading || 'chart data')}</caption>
<thead><tr>${header.map((h, c) => `<th scope="col"${numeric[c] ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr>${header.map((_, c) => `<td${numeric[c] ? ' class="num"' : ''}>${escapeHtml(r[c] ?? '')}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>`
    : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(figure.heading || 'send-insight chart')}</title>
<style>
body { margin: 0; padding: 16px; font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; background: #fff; }
figure { margin: 0; max-width: ${Math.round(figure.width)}px; }
figure svg { max-width: 100%; height: auto; display: block; }
h1 { font-size: 1.5rem; margin: 0 0 8px; }
p { line-height: 1.4; }
table { border-collapse: collapse; margin-top: 16px; font-size: 0.875rem; break-inside: auto; }
caption { text-align: left; font-weight: bold; padding-bottom: 4px; }
th, td { border-bottom: 1px solid #b1b4b6; padding: 4px 8px; text-align: left; vertical-align: top; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
@page { margin: 12mm; }
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
