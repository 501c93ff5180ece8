import { formatCsv } from '@send-insight/data';
import { cellText, type DataTableSpec } from '../a11y/data-table.js';
import { downloadBlob, fileNameFor } from './download.js';
import { exportSvg } from './svg-export.js';

/** What an export of a chart needs: where its plot is drawn, and its heading and source note. */
export interface ChartExportSource {
  /** The element's render root (its shadow root). */
  root: ParentNode;
  /** The host element (for its background colour). */
  host: Element;
  heading: string;
  /** The source note with its prefix ("Source: …"), if any. */
  source?: string;
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

/** A self-contained SVG of the chart as drawn (styles inlined, heading and source included), or '' before it is drawn. */
export function chartSvg({ root, host, heading, source }: ChartExportSource): string {
  // the chart's own <svg class="chart">, not the first icon that happens to come before it
  const svg = root.querySelector<SVGSVGElement>('.plot svg.chart') ?? root.querySelector<SVGSVGElement>('.plot svg');
  if (!svg) return '';
  return exportSvg(svg, {
    heading,
    source,
    canvases: Array.from(root.querySelectorAll<HTMLCanvasElement>('.plot canvas')),
    background: getComputedStyle(host).backgroundColor || '#ffffff',
  });
}

/**
 * A PNG of the chart area as it is on screen: its SVG and canvases, and its HTML (legends, lists,
 * badges, progress bars) painted from the browser's layout; controls stay out. Drawn without
 * loading any image or putting HTML into an image, so it works under a strict CSP. The painter is
 * loaded on first use (in the CDN build, a file beside send-insight.js).
 */
export async function chartPng({ root, heading, source }: ChartExportSource, scale = 2): Promise<Blob | undefined> {
  const plot = root.querySelector<HTMLElement>('.plot');
  if (!plot) return undefined;
  const { canvasToPng, paintPlot } = await import('./png-export.js');
  return canvasToPng(paintPlot(plot, { heading, source, scale, background: paintedBackground(plot) }));
}

/** The first background colour that is not transparent, from the plot out to the page (a dark theme exports dark). */
function paintedBackground(from: Element): string {
  for (let node: Element | null = from; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

/**
 * Offers the chart as a file: its CSV (with a byte-order mark, so Excel reads UTF-8), SVG or PNG,
 * named after the chart (`name`: its heading or its own name), else `fallback` (its tag).
 */
export async function downloadChart(kind: 'png' | 'svg' | 'csv', source: ChartExportSource, csv: () => string, name: string, fallback: string): Promise<void> {
  name = fileNameFor(name, fallback);
  if (kind === 'csv') downloadBlob(new Blob(['\uFEFF' + csv()], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  else if (kind === 'svg') downloadBlob(new Blob([chartSvg(source)], { type: 'image/svg+xml' }), `${name}.svg`);
  else {
    const png = await chartPng(source);
    if (png) downloadBlob(png, `${name}.png`);
  }
}
