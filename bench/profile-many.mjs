#!/usr/bin/env node
/**
 * Where the page of many charts (`bench/pages/many.js`) spends its time. Bundles the CDN entry
 * unminified (function names survive), opens the page in headless Chromium with the bench's
 * unlimited frames, and for each kind of chart alone and for the four together times
 * `manyCharts(count)` with the same and with fresh figures; then records one CPU profile and one
 * trace of the configuration named on the command line and prints the main thread's time by kind
 * of work (script, style, layout, paint, GC) and the script's self and total time by function and
 * by source file. A tool for finding work to cut, not a benchmark: `npm run bench` gives the ratios.
 *
 *   node bench/profile-many.mjs [kind=all|<tag>] [fresh=0|1] [charts=50] [runs=3]
 *   TOP=40 to print more functions; TIMES=0 to skip the per-kind timings.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { launch, median, serve, UNLIMITED_FRAMES } from './lib/browser.mjs';
import { ROOT } from './lib/bundle.mjs';
import { kindOf, profileTimes } from './lib/profile.mjs';

const kind = process.argv[2] && process.argv[2] !== 'all' ? process.argv[2] : undefined;
const fresh = process.argv[3] === '1';
const charts = Number(process.argv[4] ?? 50);
const runs = Number(process.argv[5] ?? 3);
const dir = join(ROOT, 'bench/out/profile-many');
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(join(ROOT, 'bench/pages'))) copyFileSync(join(ROOT, 'bench/pages', f), join(dir, f));
const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['send-insight-source'],
  tsconfig: join(ROOT, 'tsconfig.base.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
};
await esbuild.build({
  ...common,
  entryPoints: { 'send-insight-cdn': join(ROOT, 'packages/send-insight/src/cdn.ts') },
  outdir: dir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
await esbuild.build({ ...common, entryPoints: [join(ROOT, 'bench/entries/demo.js')], outfile: join(dir, 'demo.js') });

const server = await serve(dir);
const browser = await launch(UNLIMITED_FRAMES);
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });
page.on('pageerror', (e) => console.error(String(e)));
await page.goto(`${server.url}/many.html`);
await page.waitForFunction('typeof window.manyCharts === "function"');
const kinds = await page.evaluate(() => window.kinds());
const time = (o) => page.evaluate((c, opts) => window.manyCharts(c, opts), charts, o);
const spread = (v) => `${median(v).toFixed(0)} ms (${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)})`;

if (process.env.TIMES !== '0') {
  console.log(`${charts} charts, median (min–max) of ${runs} runs after one warm-up`);
  for (const only of [...kinds, undefined])
    for (const f of [false, true]) {
      await time({ fresh: f, only });
      const t = [];
      for (let i = 0; i < runs; i++) t.push(await time({ fresh: f, only }));
      console.log(`  ${(only ?? 'the four kinds').padEnd(24)} ${f ? 'fresh' : 'same '} ${spread(t)}`);
    }
}

// a trace of one run: the main thread's time by kind of work
const opts = { fresh, only: kind };
await time(opts);
await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'] });
const traced = await time(opts);
const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
const names = new Map();
for (const e of trace) if (e.name === 'thread_name') names.set(`${e.pid}.${e.tid}`, e.args.name);
const main = trace
  .filter((e) => e.ph === 'X' && names.get(`${e.pid}.${e.tid}`) === 'CrRendererMain')
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const stack = [];
const selfKind = new Map();
let forced = 0;
let forcedMs = 0;
for (const e of main) {
  while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
  if (e.name === 'Blink.ForcedStyleAndLayout.UpdateTime') (forced++, (forcedMs += (e.tdur ?? e.dur) / 1000));
  const k = kindOf(e.name);
  if (!k) continue;
  const spent = (e.tdur ?? e.dur) / 1000;
  const parent = stack.at(-1);
  if (parent) selfKind.set(parent.kind, (selfKind.get(parent.kind) ?? 0) - spent);
  selfKind.set(k, (selfKind.get(k) ?? 0) + spent);
  stack.push({ ...e, kind: k });
}
console.log(
  `\ntraced run (${kind ?? 'the four kinds'}, ${fresh ? 'fresh' : 'same'} figures): ${traced.toFixed(0)} ms wall; main thread by kind of work:`,
);
for (const [k, v] of [...selfKind].sort((a, b) => b[1] - a[1])) console.log(`${v.toFixed(1).padStart(9)} ms  ${k}`);
console.log(`forced style and layout: ${forced} times, ${forcedMs.toFixed(1)} ms`);

// a CPU profile of one run: script by function and by file
await time(opts);
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const profiled = await time(opts);
const { profile } = await cdp.send('Profiler.stop');
console.log(`\nprofiled run: ${profiled.toFixed(0)} ms wall`);
const { self, total } = profileTimes(profile);
const top = (m, title) => {
  console.log(`\n${title} (ms)`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30)))
    console.log(`${v.toFixed(1).padStart(9)}  ${k}`);
};
top(self, 'self time');
top(total, 'total time');
await browser.close();
await server.close();
