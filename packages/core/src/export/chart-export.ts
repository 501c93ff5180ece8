import { downloadBlob, fileNameFor } from './download.js';
import { canvasToPng, paintPlot } from './png-export.js';
import { exportSvg } from './svg-export.js';

/*
 * A chart's exports as files: SVG, PNG and the downloads. Loaded on first use (in the CDN build a
 * file beside send-insight.js, like the presets): a page that never exports never downloads it.
 * It imports nothing from the data package, so loading it on demand splits nothing else off.
 */

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
 * loading any image or putting HTML into an image, so it works under a strict CSP. While it is
 * painted (synchronously, so no frame shows it) the plot has the class `exporting`, so a chart's
 * styles can take out of the layout what only the page needs (a disclosure's chevron, the space
 * of a button that is not painted).
 */
export async function chartPng({ root, heading, source }: ChartExportSource, scale = 2): Promise<Blob | undefined> {
  const plot = root.querySelector<HTMLElement>('.plot');
  if (!plot) return undefined;
  plot.classList.add('exporting');
  try {
    return canvasToPng(paintPlot(plot, { heading, source, scale, background: paintedBackground(plot) }));
  } finally {
    plot.classList.remove('exporting');
  }
}

/** The first background colour that is not transparent, from the plot out to the page (a dark theme exports dark). */
function paintedBackground(from: Element): string {
  for (
    let node: Element | null = from;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
  ) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

/**
 * Offers the chart as a file: its CSV (with a byte-order mark, so Excel reads UTF-8), SVG or PNG,
 * named after the chart (`name`: its heading or its own name), else `fallback` (its tag).
 */
export async function downloadChart(
  kind: 'png' | 'svg' | 'csv',
  source: ChartExportSource,
  csv: () => string,
  name: string,
  fallback: string,
): Promise<void> {
  name = fileNameFor(name, fallback);
  if (kind === 'csv') downloadBlob(new Blob(['\uFEFF' + csv()], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  else if (kind === 'svg') downloadBlob(new Blob([chartSvg(source)], { type: 'image/svg+xml' }), `${name}.svg`);
  else {
    const png = await chartPng(source);
    if (png) downloadBlob(png, `${name}.png`);
  }
}
