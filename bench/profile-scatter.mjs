#!/usr/bin/env node
/**
 * Where does the send-insight scatter's first render spend its time? Bundles the CDN entry
 * unminified (so function names survive), opens the scatter bench page in headless Chromium,
 * records a CPU profile of `runBench('send-insight', N)` and prints self and total time by
 * function. A tool for finding work to cut, not a benchmark: `npm run bench` gives the ratios.
 *
 *   node bench/profile-scatter.mjs [points=32844] [runs=5] [charts=1]
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { launch, median, serve } from './lib/browser.mjs';
import { ROOT } from './lib/bundle.mjs';
import { profileTimes } from './lib/profile.mjs';

const n = Number(process.argv[2] ?? 32844);
const runs = Number(process.argv[3] ?? 5);
const charts = Number(process.argv[4] ?? 1);
const dir = join(ROOT, 'bench/out/profile');
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(join(ROOT, 'bench/pages'))) copyFileSync(join(ROOT, 'bench/pages', f), join(dir, f));
await esbuild.build({
  entryPoints: [join(ROOT, 'packages/send-insight/src/cdn.ts')],
  outfile: join(dir, 'send-insight-cdn.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['send-insight-source'],
  tsconfig: join(ROOT, 'tsconfig.base.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});

const server = await serve(dir);
const browser = await launch();
const page = await browser.newPage();
await page.setViewport({ width: 1000, height: 800 });
page.on('pageerror', (e) => console.error(String(e)));
await page.goto(`${server.url}/scatter.html`);
const naive = (await page.evaluate((k, r, c) => window.runBench('naive', k, { runs: r, charts: c }), n, runs, charts))
  .presented;
await page.evaluate((k, c) => window.runBench('send-insight', k, { runs: 1, charts: c }), n, charts);
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const ours = (
  await page.evaluate(
    (k, r, c) => window.runBench('send-insight', k, { runs: r, warmups: 0, charts: c }),
    n,
    runs,
    charts,
  )
).presented;
const { profile } = await cdp.send('Profiler.stop');
console.log(
  `points ${n}: naive ${median(naive).toFixed(1)} ms, send-insight ${median(ours).toFixed(1)} ms (${(median(ours) / median(naive)).toFixed(2)}×)`,
);

const { self, total } = profileTimes(profile);
const top = (m, title) => {
  console.log(`\n${title} (ms per run)`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30)))
    console.log(`${(v / runs).toFixed(2).padStart(8)}  ${k}`);
};
top(self, 'self time');
top(total, 'total time');
await browser.close();
await server.close();
