#!/usr/bin/env node
/**
 * The hover bench alone (the part of `npm run bench` that times hovers): the bare hover, the element
 * and Chart.js in one browser with ordinary frame scheduling, at the sizes given, printing each
 * case's median (min–max) and the element's ratio to the bare hover in the same run. A tool for
 * trying a change to the hover path; `npm run bench` writes the published table.
 *
 *   node bench/hover.mjs [points=32844 ...] [--runs=7] [--subject=send-insight]
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, median, serve } from './lib/browser.mjs';
import { bundle, OUT, PEERS, ROOT } from './lib/bundle.mjs';
import { formatLoad, sampleMachine } from './lib/machine.mjs';

const sizes = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number);
const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const runs = Number(arg('runs', 7));
const subjects = arg('subject', 'bare,send-insight,chart.js').split(',');
mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(join(ROOT, 'bench/pages'))) copyFileSync(join(ROOT, 'bench/pages', f), join(OUT, f));
await bundle('send-insight-cdn', join(ROOT, 'packages/send-insight/src/cdn.ts'), { split: true });
await bundle('chart.js', PEERS.find((p) => p.name === 'chart.js').entry);
const before = sampleMachine();
const server = await serve(OUT);
const browser = await launch(['--enable-precise-memory-info']);
const page = await browser.newPage();
await page.setViewport({ width: 1000, height: 800 });
page.on('pageerror', (e) => console.error(String(e)));
page.on('console', (m) => m.type() === 'error' && console.error(m.text()));
await page.goto(`${server.url}/scatter.html`);
await page.waitForFunction('window.ready === true && typeof window.runHover === "function"', { timeout: 120000 });
const fmt = (v) => (Number.isFinite(v) ? v.toFixed(2) : 'n/a');
const cell = (list, key) => {
  const v = (list ?? []).map((h) => h[key]).filter((t) => t !== undefined);
  const never = (list ?? []).length - v.length;
  return v.length
    ? `${fmt(median(v))} (${fmt(Math.min(...v))}–${fmt(Math.max(...v))})${never ? ` ${never} never` : ''}`
    : 'n/a';
};
for (const n of sizes.length ? sizes : [32844]) {
  const all = {};
  for (const subject of subjects)
    all[subject] = await page.evaluate((k, o) => window.runHover(k, o), n, { runs, warmups: 3, later: 30, subject });
  console.log(`\n${n.toLocaleString('en-GB')} points (ms, median (min–max))`);
  for (const key of ['atFirstFrame', 'afterIdle', 'later', 'spaced']) {
    const ours = all['send-insight']?.[key];
    const bare = all.bare?.[key];
    const ratio = (l) => median(l.map((h) => h.tooltip).filter((t) => t !== undefined));
    console.log(
      `${key.padEnd(13)} ${subjects.map((s) => `${s} tooltip ${cell(all[s]?.[key], 'tooltip')}`).join(' | ')}` +
        (ours ? ` | send-insight live ${cell(ours, 'live')}` : '') +
        (ours && bare ? ` | ÷ bare ${(ratio(ours) / ratio(bare)).toFixed(2)}×` : ''),
    );
  }
  if (all['send-insight']) console.log('edges (px past the plot):', JSON.stringify(all['send-insight'].edges));
}
console.log(`\nload average before ${formatLoad(before.load)}, after ${formatLoad(sampleMachine().load)}`);
await browser.close();
await server.close();
