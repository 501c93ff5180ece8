#!/usr/bin/env node
/**
 * Loading real published files in headless Chromium, as the elements do (`src` + `preset`):
 *
 * - DfE "EHC plans by need" (`sen_needs_all_plans.csv`, 3 MB, 13,939 rows × 39 columns):
 *   parse (`fromCsvText`, CSP-safe) → `applyPreset('ees-ehc-plans-by-need', {area})` → `validate`
 *   against the needs contract (→ `buildNeedsModel`, the chart's view model, as a further step).
 * - MHCLG IoD2019 File 1 (`imd2019_lsoa_file1.csv`, 32,844 LSOAs): parse → `applyPreset('iod2019-lsoa')`
 *   for one district and for all of England.
 *
 * Each is timed against a bare CSV split of the same text in the same page and run,
 * `text.split('\n').map((l) => l.split(','))` (which reads quoted commas wrongly and types nothing):
 * the ratio is what the correct, typed, checked load costs over the least work that touches every
 * byte. Medians of RUNS runs after WARMUP, tasks interleaved so drift hits all alike. Not a test.
 *
 *   node bench/real-data.bench.mjs [--runs N] [path/to/shared/data/real]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, median, serve } from './lib/browser.mjs';
import { bundle, OUT, ROOT } from './lib/bundle.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 15;
const WARMUP = 3;
const dirArg = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs')[0];
const REAL = resolve(dirArg ?? join(ROOT, '../shared/data/real'));
const FILES = { ehc: 'ehcp2025_sen_needs_all_plans.csv', iod: 'imd2019_lsoa_file1.csv' };
for (const f of Object.values(FILES)) {
  if (!existsSync(join(REAL, f))) {
    console.error(
      `${join(REAL, f)} is missing: pass the folder with the real published files (see /work/shared/data/real/SOURCES.md).`,
    );
    process.exit(1);
  }
}

await bundle('real-data', join(ROOT, 'bench/entries/real-data.js'));
writeFileSync(
  join(OUT, 'real-data.html'),
  '<!doctype html><meta charset="utf-8"><title>real data bench</title><script type="module" src="./real-data.js"></script>',
);

const server = await serve(OUT, { csp: "script-src 'self'" });
const browser = await launch();
const page = await browser.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on(
  'console',
  (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()),
);
page.on(
  'response',
  (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`),
);
await page.goto(`${server.url}/real-data.html`);
await page.waitForFunction(() => window.ready === true, { timeout: 30_000 });

// the files go into the page once, as the text a fetch would give; only the work on them is timed
const texts = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, readFileSync(join(REAL, f), 'utf8')]));
await page.evaluate((t) => (window.texts = t), texts);

// the tasks live in bench/entries/real-data.js (no eval: the page runs under script-src 'self')
const TASKS = await page.evaluate(() => Object.keys(window.tasks));

const times = Object.fromEntries(TASKS.map((k) => [k, []]));
const checks = {};
for (let run = 0; run < WARMUP + RUNS; run++) {
  const order = [...TASKS];
  if (run % 2) order.reverse();
  for (const name of order) {
    const { ms, check } = await page.evaluate((name) => {
      window.gc?.(); // start each task with a clean heap (launch() passes --expose-gc)
      const t0 = performance.now();
      const check = window.tasks[name](window.texts);
      return { ms: performance.now() - t0, check };
    }, name);
    if (run >= WARMUP) times[name].push(ms);
    checks[name] = check;
  }
}
await browser.close();
await server.close();
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}

const mb = (s) => `${(Buffer.byteLength(s) / 1e6).toFixed(1)} MB`;
console.log(`# Loading real published files in Chromium`);
console.log();
console.log(
  `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; headless Debian Chromium; page under CSP script-src 'self'. Median (and fastest) of ${RUNS} runs after ${WARMUP} warm-up runs, tasks interleaved, garbage collected before each. Ratios are to the bare split of the same file, measured in this run.`,
);
console.log();
console.log(`Files: ${FILES.ehc} (${mb(texts.ehc)}), ${FILES.iod} (${mb(texts.iod)}).`);
console.log();
console.log(
  `Load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ', ',
    )} on ${cpus().length} CPUs. On a busy machine the medians spread widely; the fastest runs are the less disturbed estimate.`,
);
console.log();
console.log('| task | median | fastest | × bare split (medians) | × bare split (fastest) | result |');
console.log('|---|---:|---:|---:|---:|---|');
for (const name of TASKS) {
  const baseTimes = times[name.startsWith('ehc') ? 'ehc: bare split (baseline)' : 'iod: bare split (baseline)'];
  const m = median(times[name]);
  const fast = Math.min(...times[name]);
  console.log(
    `| ${name} | ${m.toFixed(1)} ms | ${fast.toFixed(1)} ms | ${(m / median(baseTimes)).toFixed(2)}× | ${(fast / Math.min(...baseTimes)).toFixed(2)}× | ${checks[name]} |`,
  );
}
