#!/usr/bin/env node
/**
 * `npm run bench`: sizes and timings of send-insight against what users would pick instead,
 * every figure measured in this run, as ratios to a baseline measured in the same run.
 * Writes bench/results.md. Not a test: nothing here passes or fails on a timing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { launch, median, serve } from './lib/browser.mjs';
import { bundle, elementEntries, OUT, PEERS, ROOT } from './lib/bundle.mjs';

const quick = process.argv.includes('--quick');
const SIZES_N = quick ? [1000, 10000] : [1000, 10000, 32844];
const RUNS = quick ? 3 : 7;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const x = (n) => `${n.toFixed(2)}×`;
const lines = [];
const out = (s = '') => {
  console.log(s);
  lines.push(s);
};

mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(join(ROOT, 'bench/pages'))) copyFileSync(join(ROOT, 'bench/pages', f), join(OUT, f));

// ---- sizes -----------------------------------------------------------------------------------
const ours = [{ name: 'send-insight-cdn', label: 'send-insight CDN file (all elements)', entry: join(ROOT, 'packages/send-insight/src/cdn.ts') }, ...elementEntries().map((e) => ({ ...e, label: `${e.name} entry` }))];
const sizes = [];
for (const e of [...ours, ...PEERS.map((p) => ({ ...p, label: p.name }))]) {
  // ours as the CDN build makes them: the presets in a file of their own, loaded only when used
  const r = await bundle(e.name.replace(/[^a-z0-9.-]+/gi, '_'), e.entry, { split: ours.includes(e) });
  sizes.push({ label: e.label, ...r });
}
await bundle('demo', join(ROOT, 'bench/entries/demo.js'));
const chartjsSize = sizes.find((s) => s.label === 'chart.js').gzip;
out(`# send-insight benchmarks`);
out();
out(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}. Browser: Debian Chromium, headless, software rendering.`);
out();
out('## Bundle size (esbuild, minified, gzip -9; each built the same way in this run)');
out();
out('| bundle | minified | gzip | gzip vs Chart.js |');
out('|---|---:|---:|---:|');
for (const s of sizes) out(`| ${s.label} | ${kb(s.minified)} | ${kb(s.gzip)} | ${x(s.gzip / chartjsSize)} |`);
out();
out('Peers are minimal bundles: Chart.js with only the scatter, bar and radar controllers; Plot with dot, bar, line, rule and text marks; Vega-Lite with vega and vega-embed; ECharts core with scatter, bar, radar and the canvas renderer.');

// ---- browser timings -------------------------------------------------------------------------
const server = await serve(OUT);
const browser = await launch(['--enable-precise-memory-info']);
const page = await browser.newPage();
await page.setViewport({ width: 1000, height: 800 });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} for ${r.url()}`));
await page.goto(`${server.url}/scatter.html`);

const libs = ['naive', 'send-insight', 'chart.js', 'observable-plot', 'vega-lite', 'echarts'];
out();
out(`## First render of the deprivation scatter (800 × 500, until drawn; median of ${RUNS} after a warm-up)`);
out();
out(`| points | ${libs.join(' | ')} |`);
out(`|---:|${libs.map(() => '---:').join('|')}|`);
for (const n of SIZES_N) {
  const row = {};
  for (const lib of libs) {
    try {
      const times = await page.evaluate((l, k, r) => window.runBench(l, k, r), lib, n, RUNS);
      row[lib] = median(times);
    } catch (e) {
      row[lib] = NaN;
      errors.push(`${lib} @ ${n}: ${String(e).slice(0, 200)}`);
    }
  }
  const base = row.naive;
  out(`| ${n.toLocaleString('en-GB')} | ${libs.map((l) => (Number.isFinite(row[l]) ? (l === 'naive' ? ms(row[l]) : `${ms(row[l])} (${x(row[l] / base)})`) : 'n/a')).join(' | ')} |`);
}
out();
out('"naive" is the baseline: a canvas loop of `beginPath`/`arc`/`fill` per point at alpha 0.6. "Until drawn" ends when the stage has been laid out and every canvas rasterised (reading one pixel), the same for all. send-insight is the whole `<send-deprivation-chart view="area">` element: data validation, disclosure control, layout and drawing, until `send-render`.');

await page.goto(`${server.url}/many.html`);
const kinds = await page.evaluate(() => window.kinds());
const many = [];
for (let i = 0; i < (quick ? 2 : 5); i++) many.push(await page.evaluate(() => window.manyCharts(50)));
const upd = await page.evaluate((n) => window.updates(n), 200);
out();
out('## Pages and updates');
out();
out(`| measure | result |`);
out(`|---|---:|`);
out(`| 50 charts on one page (${kinds.length} kinds), until every send-render (median) | ${ms(median(many))} |`);
out(`| 200 data updates to one chart: time per update | ${ms(upd.perUpdate)} |`);
out(`| heap before → after 200 updates (after GC) | ${kb(upd.before)} → ${kb(upd.after)} (${upd.after >= upd.before ? '+' : ''}${kb(upd.after - upd.before)}) |`);

await browser.close();
await server.close();

// ---- data layer ------------------------------------------------------------------------------
out();
out('## Data layer');
out();
const data = spawnSync(process.execPath, ['--conditions=send-insight-source', '--import', 'tsx', 'bench/data.bench.ts', ...(quick ? ['--quick'] : [])], { cwd: ROOT, encoding: 'utf8' });
out(data.status === 0 ? data.stdout.trim() : `bench/data.bench.ts failed: ${data.stderr.slice(0, 500)}`);

if (errors.length) {
  out();
  out('## Errors met while measuring');
  out();
  for (const e of errors.slice(0, 20)) out(`- ${e}`);
}
writeFileSync(join(ROOT, 'bench/results.md'), lines.join('\n') + '\n');
console.log('\nwritten bench/results.md');
