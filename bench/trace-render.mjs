#!/usr/bin/env node
/**
 * Where a page of charts spends its main thread before the frame that shows them: records a
 * Chromium trace of timed runs of the scatter bench page (`runBench(lib, points, charts)`) and
 * prints the renderer main thread's time by kind of work (script, style, layout, paint, GC, …),
 * as self time on the thread (thread time where the trace has it, so a busy machine's waits for a
 * core are left out), counting only what falls between the page's `bench:start` and `bench:end`
 * marks (the timed part: the garbage collection before each run is not), and the forced style
 * and layout updates with the script function that forced them. A tool for one question, not a
 * benchmark: `npm run bench` gives the ratios.
 *
 *   node bench/trace-render.mjs [lib=send-insight] [points=1000] [charts=50] [runs=1]
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, UNLIMITED_FRAMES } from './lib/browser.mjs';
import { bundle, OUT, PEERS, ROOT } from './lib/bundle.mjs';
import { kindOf } from './lib/profile.mjs';

const lib = process.argv[2] ?? 'send-insight';
const n = Number(process.argv[3] ?? 1000);
const charts = Number(process.argv[4] ?? 50);
const runs = Number(process.argv[5] ?? 1);
mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(join(ROOT, 'bench/pages'))) copyFileSync(join(ROOT, 'bench/pages', f), join(OUT, f));
await bundle('send-insight-cdn', join(ROOT, 'packages/send-insight/src/cdn.ts'), { split: true });
await bundle('chart.js', PEERS.find((p) => p.name === 'chart.js').entry);
const server = await serve(OUT);
const browser = await launch(UNLIMITED_FRAMES);
const page = await browser.newPage();
await page.setViewport({ width: 1000, height: 800 });
page.on('pageerror', (e) => console.error(String(e)));
await page.goto(`${server.url}/scatter.html`);
await page.waitForFunction('window.ready === true', { timeout: 120000 });
await page.evaluate((l, k, c) => window.runBench(l, k, { runs: 1, warmups: 3, charts: c }), lib, n, charts);
await page.tracing.start({
  categories: [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'disabled-by-default-devtools.timeline.stack',
    'v8',
    'blink',
    'blink.user_timing',
  ],
});
const r = await page.evaluate(
  (l, k, c, t) => window.runBench(l, k, { runs: t, warmups: 0, charts: c }),
  lib,
  n,
  charts,
  runs,
);
const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
console.log(
  `${lib}, ${charts} × ${n}: presented after ${r.presented.map((t) => t.toFixed(1)).join(', ')} ms${runs > 1 ? `; main thread per run:` : ''}`,
);
const names = new Map();
for (const e of trace) if (e.name === 'thread_name') names.set(`${e.pid}.${e.tid}`, e.args.name);
// the timed windows: from each run's bench:start mark to its bench:end
const marks = (name) =>
  trace
    .filter((e) => e.name === name)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
const starts = marks('bench:start');
const ends = marks('bench:end');
/** The share of `e` inside a timed window (an event that began before the mark, such as the task that set it, counts from the mark). */
const inside = (e) => {
  for (let i = 0; i < starts.length; i++) {
    const from = Math.max(starts[i], e.ts);
    const to = Math.min(ends[i] ?? Infinity, e.ts + e.dur);
    if (to > from) return e.dur ? (to - from) / e.dur : 1;
  }
  return 0;
};
const main = trace
  .filter((e) => e.ph === 'X' && names.get(`${e.pid}.${e.tid}`) === 'CrRendererMain' && (e.share = inside(e)) > 0)
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
// self time of each classified event: its duration less its classified children's
const stack = [];
const self = new Map();
const forced = [];
for (const e of main) {
  while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
  if (e.name === 'Blink.ForcedStyleAndLayout.UpdateTime') forced.push(e);
  const kind = kindOf(e.name);
  if (!kind) continue;
  const parent = stack.at(-1);
  // thread time where the trace has it (what the thread ran, not time it waited for a core)
  const spent = ((e.tdur ?? e.dur) * e.share) / 1000;
  if (parent) self.set(parent.kind, (self.get(parent.kind) ?? 0) - spent);
  self.set(kind, (self.get(kind) ?? 0) + spent);
  stack.push({ ...e, kind });
}
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]))
  console.log(`${(v / runs).toFixed(1).padStart(8)} ms  ${k}`);
console.log(`${([...self.values()].reduce((a, b) => a + b, 0) / runs).toFixed(1).padStart(8)} ms  in all`);
const spent = (list) => list.reduce((s, e) => s + (e.tdur ?? e.dur), 0) / 1000 / runs;
console.log(`forced style and layout: ${forced.length / runs} times per run, ${spent(forced).toFixed(1)} ms`);
// what forced them: the script function at the top of the stack of each style or layout update run
// from script (names are the bundle's, minified; bench/profile-scatter.mjs keeps them)
const by = new Map();
for (const e of main) {
  const frames = e.args?.beginData?.stackTrace;
  if (!frames?.length || !/^(UpdateLayoutTree|Layout)$/.test(e.name)) continue;
  const where = `${e.name} from ${frames
    .slice(0, 3)
    .map((f) => `${f.functionName || '(anon)'}:${f.lineNumber}`)
    .join(' < ')}`;
  by.set(where, [...(by.get(where) ?? []), e]);
}
for (const [where, list] of [...by].sort((a, b) => spent(b[1]) - spent(a[1])))
  console.log(`${spent(list).toFixed(1).padStart(8)} ms  ${where}`);
await browser.close();
await server.close();
