import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataIssue } from '@send-insight/data';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import type { ComponentInfo } from './components.js';
import { staticHtml, type StaticTable } from './static-html.js';

/** Output formats, chosen by the `--out` file's extension. */
export type RenderFormat = 'svg' | 'png' | 'pdf' | 'html';

/** What to render. */
export interface RenderOptions {
  component: ComponentInfo;
  /** The data file's text (CSV or JSON). */
  data: string;
  /** Output path; its extension picks the format. */
  out: string;
  /** Element attributes (`heading`, `theme`, `preset`, `area`, `min-count`, `view`…). */
  attributes: Record<string, string>;
  /** Width of the chart in CSS pixels. Default 800; a PDF's at most 702 (an A4 page's width at 1:1). */
  width?: number;
  /** PNG pixel ratio. Default 2. */
  scale?: number;
  /** Path of the CDN bundle to load; default the one shipped in this package. */
  bundle?: string;
  /** Chromium executable; default found on the system. */
  chromium?: string;
  /** Milliseconds to wait for the chart. Default 20 000. */
  timeout?: number;
}

/** What came out. */
export interface RenderResult {
  format: RenderFormat;
  out: string;
  bytes: number;
  /** The chart's state when it was captured. */
  state: string;
  /** The plain-English summary. */
  summary: string;
}

/** The chart could not be drawn from the data: the element's own `send-data-error` issues. */
export class RenderDataError extends Error {
  override name = 'RenderDataError';
  constructor(readonly issues: DataIssue[]) {
    super(`the data cannot be drawn (${issues.length} problem${issues.length === 1 ? '' : 's'})`);
  }
}

/** The made-up origin the render page and the bundle's folder are served from (never on the network). */
const BUNDLE_ORIGIN = 'http://send-insight.invalid';

/** The ES-module CDN bundle shipped with this package (`dist/cdn/send-insight.js`). */
export function defaultBundle(): string {
  return fileURLToPath(new URL('../cdn/send-insight.js', import.meta.url));
}

/**
 * Picks the format from a file name.
 * @param out output path
 * @returns the format
 * @example formatOf('chart.PNG') // 'png'
 */
export function formatOf(out: string): RenderFormat {
  const ext = extname(out).slice(1).toLowerCase();
  if (ext === 'svg' || ext === 'png' || ext === 'pdf' || ext === 'html') return ext;
  if (ext === 'htm') return 'html';
  throw new Error(`--out must end in .svg, .png, .pdf or .html, got "${out}"`);
}

interface Captured {
  state: string;
  summary: string;
  issues: DataIssue[];
  svg: string;
  table?: StaticTable;
  png: string;
  heading: string;
  source: string;
  width: number;
}

/** The widest chart an A4 PDF page holds at 1:1: 210 mm less two 12 mm margins, in CSS px. */
const PDF_CHART_WIDTH = 702;

/**
 * Renders one chart in headless Chromium from the CDN bundle (the same elements and layout code
 * a web page uses) and writes SVG, PNG, PDF or a script-free HTML page.
 *
 * @param options component, data, output path, attributes
 * @returns what was written
 * @example await renderChart({ component: findComponent('need-breakdown')!, data: csv, out: 'needs.svg', attributes: { heading: 'Needs' } })
 */
export async function renderChart(options: RenderOptions): Promise<RenderResult> {
  const format = formatOf(options.out);
  const bundle = options.bundle ?? defaultBundle();
  if (!existsSync(bundle))
    throw new Error(`the CDN bundle was not found at ${bundle}: run "npm run build" first (or pass --bundle).`);
  // a PDF's chart is drawn no wider than the A4 page holds at 1:1 (210 mm less the 12 mm margins,
  // 702 CSS px), so its text prints at its own size rather than a wide drawing scaled down to fit
  const asked = Math.max(200, Math.min(4000, Math.round(options.width ?? 800)));
  const width = format === 'pdf' ? Math.min(asked, PDF_CHART_WIDTH) : asked;
  const scale = options.scale ?? 2;
  let puppeteer: typeof import('puppeteer-core');
  try {
    puppeteer = await import('puppeteer-core');
  } catch {
    throw new Error('send-insight render needs puppeteer-core: npm install puppeteer-core');
  }
  const browser = await puppeteer.launch({
    executablePath: findChromium(options.chromium),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: width + 32, height: 800, deviceScaleFactor: 1 });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e instanceof Error ? e.message : String(e)));
    // the page and the bundle's folder (the bundle loads its presets file from beside itself)
    // are answered from here under a made-up origin; nothing else is fetched
    const folder = dirname(bundle);
    const pageHtml = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>body{margin:0;padding:16px;background:#fff;color:#0b0c0c;font-family:Arial,Helvetica,sans-serif}#wrap{width:${width}px}</style></head><body><div id="wrap"></div></body></html>`;
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== BUNDLE_ORIGIN) return void request.abort();
      if (url.pathname === '/')
        return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: pageHtml });
      const file = join(folder, decodeURIComponent(url.pathname));
      const rel = relative(folder, file);
      const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
      if (!inside || !existsSync(file))
        return void request.respond({ status: 404, contentType: 'text/plain', body: 'not found' });
      request.respond({
        status: 200,
        contentType: file.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8',
        body: readFileSync(file),
      });
    });
    await page.goto(`${BUNDLE_ORIGIN}/`);
    const tag = options.component.tag;
    // the loader (send-insight.js) defines an element when asked; a bundle with every element
    // inside (send-insight-all.js) has already defined it when its import settles
    const bundleUrl = `${BUNDLE_ORIGIN}/${encodeURIComponent(basename(bundle))}`;
    await page
      .evaluate(
        async (url: string, t: string) => {
          const mod = (await import(url)) as { define?: (...tags: string[]) => Promise<unknown> };
          await mod.define?.(t);
        },
        bundleUrl,
        tag,
      )
      .catch((e: unknown) => pageErrors.push(e instanceof Error ? e.message : String(e)));
    await page
      .waitForFunction((t: string) => !!customElements.get(t), { timeout: 10_000 }, tag)
      .catch(() => {
        throw new Error(
          `<${tag}> is not in the bundle ${bundle}${pageErrors.length ? ` (${pageErrors.join('; ')})` : ''}`,
        );
      });
    const captured = (await page.evaluate(
      async (
        t: string,
        attrs: Record<string, string>,
        data: string,
        timeout: number,
        wantPng: boolean,
        pngScale: number,
        wantTable: boolean,
      ) => {
        type Chart = HTMLElement & {
          data?: unknown;
          summary: string;
          state: string;
          updateComplete: Promise<boolean>;
          toSvg(): Promise<string>;
          toPng(s?: number): Promise<Blob | undefined>;
          heading: string;
          source?: string;
        };
        const el = document.createElement(t) as Chart;
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        el.setAttribute('loading-delay', '0');
        const outcome = new Promise<{ issues: unknown[] }>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`the chart did not draw within ${timeout} ms`)), timeout);
          el.addEventListener('send-render', () => (clearTimeout(timer), resolve({ issues: [] })), { once: true });
          el.addEventListener(
            'send-data-error',
            (e) => (clearTimeout(timer), resolve({ issues: (e as CustomEvent).detail as unknown[] })),
            { once: true },
          );
        });
        el.data = data;
        document.getElementById('wrap')!.append(el);
        const { issues } = await outcome;
        const settle = async () => {
          for (let i = 0; i < 3; i++) {
            await new Promise((r) => requestAnimationFrame(() => r(undefined)));
            await el.updateComplete;
          }
        };
        // let the size observer settle, then draw at the final width
        await settle();
        let png = '';
        if (wantPng && el.state === 'ready') {
          const blob = await el.toPng(pngScale);
          if (blob) {
            const bytes = new Uint8Array(await blob.arrayBuffer());
            let bin = '';
            for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
            png = btoa(bin);
          }
        }
        const svg = el.state === 'ready' ? await el.toSvg() : '';
        // the table as the table view shows it (display text: the CSV download's cells carry a
        // spreadsheet formula guard that must not reach a page), read after the chart is captured
        let table: StaticTable | undefined;
        if (wantTable && el.state === 'ready') {
          el.setAttribute('view', 'table');
          await settle();
          const shown = el.shadowRoot?.querySelector<HTMLTableElement>('table[part~="table"]');
          // what a reader is told: text outside aria-hidden parts (the sort arrows)
          const said = (node: Node): string =>
            node.nodeType === Node.TEXT_NODE
              ? (node as Text).data
              : node instanceof Element && node.getAttribute('aria-hidden') === 'true'
                ? ''
                : Array.from(node.childNodes).map(said).join('');
          const clean = (node: Node) => said(node).replace(/\s+/g, ' ').trim();
          if (shown) {
            table = {
              caption: shown.caption ? clean(shown.caption) : '',
              columns: Array.from(shown.querySelectorAll('thead th')).map((th) => ({
                label: clean(th),
                numeric: th.classList.contains('num'),
              })),
              rows: Array.from(shown.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map(clean)),
              notes: Array.from(el.shadowRoot!.querySelectorAll('.table-notes li')).map(clean),
            };
          }
        }
        return {
          state: el.state,
          summary: el.summary,
          issues,
          svg,
          table,
          png,
          heading: el.heading,
          source: el.source ?? '',
          width: el.getBoundingClientRect().width,
        };
      },
      tag,
      options.attributes,
      options.data,
      options.timeout ?? 20_000,
      format === 'png',
      scale,
      format === 'html' || format === 'pdf',
    )) as Captured;
    if (captured.issues.length) throw new RenderDataError(captured.issues);
    if (captured.state !== 'ready') {
      throw new Error(
        `nothing to draw: the chart is ${captured.state}${captured.summary ? ` (${captured.summary})` : ''}`,
      );
    }
    let bytes: Uint8Array;
    if (format === 'svg') {
      if (!captured.svg) throw new Error(`<${tag}> has no SVG form in this view; write .png, .pdf or .html instead`);
      bytes = new TextEncoder().encode(
        captured.svg.startsWith('<?xml') ? captured.svg : `<?xml version="1.0" encoding="UTF-8"?>\n${captured.svg}`,
      );
    } else if (format === 'png') {
      if (!captured.png) throw new Error(`<${tag}> could not be drawn as PNG`);
      bytes = Buffer.from(captured.png, 'base64');
    } else {
      const html = staticHtml({
        heading: captured.heading,
        summary: captured.summary,
        svg: captured.svg,
        table: captured.table,
        source: captured.source,
        width: captured.width || width,
      });
      if (format === 'html') bytes = new TextEncoder().encode(html);
      else {
        const printPage = await browser.newPage();
        await printPage.setContent(html, { waitUntil: 'load' });
        // the page's CSS sizes its pages: A4, and landscape A4 for a table too wide for portrait
        bytes = await printPage.pdf({
          format: 'A4',
          preferCSSPageSize: true,
          printBackground: true,
          margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
        });
      }
    }
    await writeFile(options.out, bytes);
    return { format, out: options.out, bytes: bytes.length, state: captured.state, summary: captured.summary };
  } finally {
    await browser.close();
  }
}
