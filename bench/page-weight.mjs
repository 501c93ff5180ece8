#!/usr/bin/env node
/**
 * What a page really transfers (issue 23): the script bytes Chromium receives, gzip-encoded, for a
 * page that shows one element through the CDN loader (and one with all five), each beside a
 * minimal Chart.js page drawing the same kind of chart, both served the same way in this run.
 * Bytes are the encoded lengths the DevTools protocol reports (`Network.loadingFinished`) for
 * every script response, so a file loaded later (the presets, a lazy view) counts only if the page
 * asked for it. Data (CSV) and the HTML page are not counted. The budgets are printed beside.
 *
 * As part of `npm run bench` (bench/run.mjs), or on its own: `node bench/page-weight.mjs`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { buildCdn } from '../packages/send-insight/scripts/build-cdn.mjs';
import { launch } from './lib/browser.mjs';
import { buildOptions, OUT, ROOT } from './lib/bundle.mjs';
import { securityData } from '../test/security/csv-by-tag.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json',
};
const ELEMENTS = [
  'send-need-breakdown',
  'send-deprivation-chart',
  'send-outcomes-radar',
  'send-priority-tracker',
  'send-indicator',
];

/** The Chart.js parts a minimal page registers to draw the same kind of chart as each element. */
const CHARTJS = {
  'send-need-breakdown': {
    parts: ['BarController', 'BarElement', 'CategoryScale', 'LinearScale', 'Tooltip', 'Legend'],
    config: `{ type: 'bar', data: { labels: ['SLCN', 'ASD', 'SEMH', 'MLD'], datasets: [{ label: 'Local', data: [25.1, 30.2, 20.4, 10.3] }, { label: 'England', data: [22.9, 32.7, 19.9, 8.1] }] }, options: { indexAxis: 'y', animation: false } }`,
  },
  'send-deprivation-chart': {
    parts: [
      'BarController',
      'LineController',
      'BarElement',
      'LineElement',
      'PointElement',
      'CategoryScale',
      'LinearScale',
      'Tooltip',
      'Legend',
    ],
    config: `{ type: 'bar', data: { labels: ['1','2','3','4','5','6','7','8','9','10'], datasets: [{ label: 'SEN support', data: [16,15,14,14,13,12,12,11,10,9] }, { type: 'line', label: 'England', data: [15,14,14,13,13,12,12,11,11,10] }] }, options: { animation: false } }`,
  },
  'send-outcomes-radar': {
    parts: ['RadarController', 'RadialLinearScale', 'LineElement', 'PointElement', 'Filler', 'Tooltip', 'Legend'],
    config: `{ type: 'radar', data: { labels: ['Voice heard','Healthy','Happy','Supported','Safe','Included','Able to learn','In control'], datasets: [{ label: '2024', data: [62,70,58,66,74,61,69,55], fill: true }, { label: '2023', data: [60,68,57,63,71,60,66,52] }] }, options: { animation: false } }`,
  },
  'send-priority-tracker': {
    parts: ['BarController', 'BarElement', 'CategoryScale', 'LinearScale', 'Tooltip', 'Legend'],
    config: `{ type: 'bar', data: { labels: ['Priority 1','Priority 2','Priority 3','Priority 4','Priority 5'], datasets: [{ label: 'Complete', data: [4,2,3,1,2] }, { label: 'On track', data: [3,4,2,3,3] }, { label: 'Overdue', data: [1,0,2,1,0] }] }, options: { indexAxis: 'y', animation: false, scales: { x: { stacked: true }, y: { stacked: true } } } }`,
  },
  'send-indicator': {
    parts: ['LineController', 'LineElement', 'PointElement', 'CategoryScale', 'LinearScale', 'Tooltip', 'Legend'],
    config: `{ type: 'line', data: { labels: ['2019','2020','2021','2022','2023'], datasets: [{ label: 'Local', data: [60,58,31,26,45] }, { label: 'England', data: [60,58,60,49,50] }] }, options: { animation: false } }`,
  },
};

/** Serves a folder with gzip (as a web server would), no caching. */
async function serveGzip(root) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    let file = resolve(join(base, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file.startsWith(base)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end('not found');
    const body = readFileSync(file);
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gzipSync(body, { level: 9 }) : body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const page = (title, head, body) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

/**
 * Loads a page in a fresh tab and sums the encoded bytes of its script responses once `done` holds.
 * @returns {{ bytes: number, files: string[] }}
 */
async function transfer(browser, url, done) {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const scripts = new Map();
  const sizes = new Map();
  cdp.on('Network.responseReceived', (e) => e.type === 'Script' && scripts.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(done, { timeout: 30_000, polling: 50 });
  // files asked for while drawing have finished arriving
  await new Promise((r) => setTimeout(r, 300));
  await tab.close();
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  const files = [...scripts].map(([id, u]) => ({
    file: new URL(u).pathname.split('/').pop(),
    bytes: sizes.get(id) ?? 0,
  }));
  return { bytes: files.reduce((sum, f) => sum + f.bytes, 0), files: files.map((f) => f.file) };
}

/**
 * Measures every page; returns the markdown lines of its table.
 * @param {{ budgets?: object }} [options]
 */
export async function pageWeight() {
  const dir = join(OUT, 'pages');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await buildCdn(join(dir, 'cdn'));
  const data = await securityData();
  const budgets = JSON.parse(readFileSync(join(ROOT, 'size-budgets.json'), 'utf8'));
  const rows = [...ELEMENTS.map((tag) => ({ name: tag, tags: [tag] })), { name: 'all', tags: ELEMENTS }];
  for (const row of rows) {
    const body = row.tags.map((tag) => {
      const attrs = Object.entries(data.attributes[tag])
        .map(([k, v]) => ` ${k}="${escape(v)}"`)
        .join('');
      return `<${tag} heading="${tag}" loading-delay="0"${attrs}><script type="text/csv">\n${escape(data.csv[tag])}</script></${tag}>`;
    });
    writeFileSync(
      join(dir, `ours-${row.name}.html`),
      page(row.name, '<script type="module" src="cdn/send-insight.js"></script>', body.join('\n')),
    );
    // the minimal Chart.js page: the parts its charts need, and the charts
    const parts = [...new Set(row.tags.flatMap((tag) => CHARTJS[tag].parts))];
    const entry = `import { Chart, ${parts.join(', ')} } from 'chart.js';\nChart.register(${parts.join(', ')});\n${row.tags
      .map(
        (tag) =>
          `{ const c = document.createElement('canvas'); c.width = 800; c.height = 400; document.body.append(c); new Chart(c, ${CHARTJS[tag].config}); }`,
      )
      .join('\n')}\nwindow.drawn = true;\n`;
    await esbuild.build({
      ...buildOptions(),
      stdin: { contents: entry, resolveDir: ROOT, sourcefile: `chartjs-${row.name}.js` },
      outfile: join(dir, `chartjs-${row.name}.js`),
    });
    writeFileSync(
      join(dir, `chartjs-${row.name}.html`),
      page(row.name, `<script type="module" src="chartjs-${row.name}.js"></script>`, ''),
    );
  }
  const server = await serveGzip(dir);
  const browser = await launch();
  const lines = [];
  try {
    lines.push('| page | send-insight (loader) | files | Chart.js, same charts | ÷ Chart.js | budget |');
    lines.push('|---|---:|---:|---:|---:|---:|');
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    const ready = `Array.from(document.querySelectorAll('*')).filter((el) => el.localName.startsWith('send-')).every((el) => el.state === 'ready')`;
    const loader = await transfer(browser, `${server.url}/ours-${rows[0].name}.html`, ready);
    for (const row of rows) {
      const ours = await transfer(browser, `${server.url}/ours-${row.name}.html`, ready);
      const peer = await transfer(browser, `${server.url}/chartjs-${row.name}.html`, 'window.drawn === true');
      const budget = budgets.pages?.[row.name];
      const label =
        row.name === 'all'
          ? 'all five elements'
          : `<${row.name}>${row.name === 'send-deprivation-chart' ? ' (decile view)' : ''}`;
      const toGo = budget ? ours.bytes / 1024 - budget.target : NaN;
      const judged = budget ? `${budget.target} KB${toGo > 0 ? ` (${toGo.toFixed(1)} KB to go)` : ' (met)'}` : '';
      lines.push(
        `| ${label} | ${kb(ours.bytes)} | ${ours.files.length} | ${kb(peer.bytes)} | ${(ours.bytes / peer.bytes).toFixed(2)}× | ${judged} |`,
      );
    }
    const loaderBytes = readFileSync(join(dir, 'cdn/send-insight.js'));
    lines.push('');
    lines.push(
      `The loader alone: ${kb(gzipSync(loaderBytes, { level: 9 }).length)} gzip (budget ${budgets.loader?.target} KB). The first page above requested: ${loader.files.join(', ')}.`,
    );
    lines.push('');
    lines.push(
      'Script bytes as received (gzip, level 9, from a local server, cache off), from the DevTools protocol; the data and the HTML are not counted. Each Chart.js page registers only the controllers, elements and scales its charts need, bundled by esbuild (minified), and draws the same kind of chart with a few values.',
    );
  } finally {
    await browser.close();
    await server.close();
  }
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const line of await pageWeight()) console.log(line);
}
