#!/usr/bin/env node
/**
 * The two timing targets of issue #24 that a change to the element moves, measured on their own
 * and repeated, for trying a change out between full runs: the 1,000-point scatter and the page
 * of 50 of them (send-insight against Chart.js and the naive loop, in the same browser and
 * round), and the hover at 32,844 points (first hover at the first frame, after idle, later
 * hovers), with the bare hand-written hover of the bench's hover page beside it. The same
 * pages, bundles and browser flags as `npm run bench`; each round prints its ratios, and the end
 * the medians over rounds. Not for quoting: `npm run bench` on a quiet
 * machine gives the figures.
 *
 *   node bench/targets.mjs [rounds=3] [--no-hover] [--no-render]
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, median, serve, UNLIMITED_FRAMES } from './lib/browser.mjs';
import { bundle, OUT, PEERS, ROOT } from './lib/bundle.mjs';
import { formatLoad, sampleMachine } from './lib/machine.mjs';

const rounds = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3);
const render = !process.argv.includes('--no-render');
const hover = !process.argv.includes('--no-hover');
const RUNS = 7;
const WARMUPS = 3;

mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(join(ROOT, 'bench/pages'))) copyFileSync(join(ROOT, 'bench/pages', f), join(OUT, f));
await bundle('send-insight-cdn', join(ROOT, 'packages/send-insight/src/cdn.ts'), { split: true });
await bundle('chart.js', PEERS.find((p) => p.name === 'chart.js').entry);

const server = await serve(OUT);
/**
 * A page on the bench's scatter in a fresh browser: with frames unlimited for the render timings'
 * boundary, without for hovers (see UNLIMITED_FRAMES: that browser keeps the cores busy, and a
 * pointer after a pause would wait for one). One browser at a time, closed after its measures.
 */
async function open(flags) {
  const browser = await launch(['--enable-precise-memory-info', ...flags]);
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  page.on('pageerror', (e) => console.error(String(e)));
  await page.goto(`${server.url}/scatter.html`);
  await page.waitForFunction('window.ready === true && typeof window.runHover === "function"');
  return { browser, page };
}
const f = (v) => (v === undefined ? 'never' : `${v.toFixed(v < 10 ? 2 : 1)} ms`);
const time = async (page, lib, n, charts) =>
  median(
    (await page.evaluate((l, k, o) => window.runBench(l, k, o), lib, n, { runs: RUNS, warmups: WARMUPS, charts }))
      .presented,
  );
const before = sampleMachine();
const results = { one: [], page: [], first: [], idle: [], later: [], liveSpaced: [] };
for (let r = 1; r <= rounds; r++) {
  const line = [`round ${r}:`];
  if (render) {
    const { browser, page } = await open(UNLIMITED_FRAMES);
    const [naive, ours, chart] = [
      await time(page, 'naive', 1000, 1),
      await time(page, 'send-insight', 1000, 1),
      await time(page, 'chart.js', 1000, 1),
    ];
    const [pNaive, pOurs, pChart] = [
      await time(page, 'naive', 1000, 50),
      await time(page, 'send-insight', 1000, 50),
      await time(page, 'chart.js', 1000, 50),
    ];
    await browser.close();
    results.one.push(ours / chart);
    results.page.push(pOurs / pChart);
    line.push(
      `1,000 points: naive ${f(naive)}, send-insight ${f(ours)}, chart.js ${f(chart)} (${(ours / chart).toFixed(2)}× Chart.js);`,
      `50 charts: naive ${f(pNaive)}, send-insight ${f(pOurs)}, chart.js ${f(pChart)} (${(pOurs / pChart).toFixed(2)}× Chart.js)`,
    );
  }
  if (hover) {
    const { browser, page } = await open([]);
    const h = await page.evaluate((k) => window.runHover(k, { runs: 7, warmups: 3, later: 30 }), 32844);
    // the bare hand-written hover in the same browser: what the machine takes around a handler
    const b = await page.evaluate(
      (k) => window.runHover(k, { runs: 7, warmups: 3, later: 30, subject: 'bare' }),
      32844,
    );
    await browser.close();
    const worst = (list, key) =>
      list.some((x) => x[key] === undefined) ? undefined : Math.max(...list.map((x) => x[key]));
    const med = (list, key) => median(list.map((x) => x[key] ?? Infinity));
    results.first.push(worst(h.atFirstFrame, 'tooltip'));
    results.idle.push(worst(h.afterIdle, 'tooltip'));
    results.later.push(worst(h.later, 'tooltip'));
    if (h.spaced) results.liveSpaced.push(worst(h.spaced, 'live'));
    line.push(
      `\n  hover at 32,844, tooltip median / worst: first frame ${f(med(h.atFirstFrame, 'tooltip'))} / ${f(worst(h.atFirstFrame, 'tooltip'))}, after idle ${f(med(h.afterIdle, 'tooltip'))} / ${f(worst(h.afterIdle, 'tooltip'))}, later ${f(med(h.later, 'tooltip'))} / ${f(worst(h.later, 'tooltip'))};` +
        ` live region after idle ${f(med(h.afterIdle, 'live'))} / ${f(worst(h.afterIdle, 'live'))}` +
        (h.spaced ? `, spaced > 300 ms ${f(med(h.spaced, 'live'))} / ${f(worst(h.spaced, 'live'))}` : '') +
        `; bare hover after idle ${f(med(b.afterIdle, 'tooltip'))} / ${f(worst(b.afterIdle, 'tooltip'))}, spaced ${f(med(b.spaced, 'tooltip'))} / ${f(worst(b.spaced, 'tooltip'))}`,
    );
  }
  console.log(line.join(' '));
}
const after = sampleMachine();
if (render)
  console.log(
    `median over ${rounds} rounds: 1,000 points ${median(results.one).toFixed(2)}× Chart.js, 50 charts ${median(results.page).toFixed(2)}× Chart.js`,
  );
console.log(`load average before ${formatLoad(before.load)}, after ${formatLoad(after.load)}`);
await server.close();
