#!/usr/bin/env node
/**
 * `npm run bench`: sizes and timings of send-insight against what users would pick instead,
 * every figure measured in this run, timings as ratios to a baseline measured in the same run.
 * Writes bench/results.md, with its method and the machine's load before and after. Not a test:
 * nothing here passes or fails on a timing. `--quick` (fewer sizes and runs) is for trying the
 * bench out, never for publishing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { launch, median, serve, UNLIMITED_FRAMES } from './lib/browser.mjs';
import { bundle, elementEntries, OUT, PEERS, ROOT, OPTIONAL_PEERS } from './lib/bundle.mjs';
import { busyLoad, formatLoad, othersShare, sampleMachine } from './lib/machine.mjs';
import { METHOD } from './lib/method.mjs';
import { pageWeight } from './page-weight.mjs';

const quick = process.argv.includes('--quick');
const SIZES_N = quick ? [1000, 10000] : [1000, 10000, 32844];
const RUNS = quick ? 3 : 7;
const WARMUPS = quick ? 1 : 3;
const PAGE_CHARTS = 50;
const PAGE_POINTS = 1000;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 2 : 1)} ms` : 'n/a');
const x = (n) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : 'n/a');
const count = (n) => (Number.isFinite(n) ? n.toLocaleString('en-GB') : 'n/a');
const spread = (v) => `${ms(median(v))} (${ms(Math.min(...v))}–${ms(Math.max(...v))})`;
const lines = [];
const out = (s = '') => {
  if (s !== WARNINGS) console.log(s);
  lines.push(s);
};
const WARNINGS = '<!-- warnings -->';
const warnings = [];

const before = sampleMachine();
if (busyLoad(before.load)) {
  const w = `the machine was busy when the bench started (load average ${formatLoad(before.load)}): these figures are provisional; run it again on a quiet machine before quoting them`;
  warnings.push(w);
  console.warn(`WARNING: ${w}`);
}

mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(join(ROOT, 'bench/pages'))) copyFileSync(join(ROOT, 'bench/pages', f), join(OUT, f));

// ---- sizes -----------------------------------------------------------------------------------
const ours = [
  {
    name: 'send-insight-cdn',
    label: 'send-insight CDN file (all elements)',
    entry: join(ROOT, 'packages/send-insight/src/cdn.ts'),
  },
  ...elementEntries().map((e) => ({ ...e, label: `${e.name} entry` })),
];
const peers = [...PEERS, ...OPTIONAL_PEERS.filter((p) => p.installed())];
const sizes = [];
for (const e of [...ours, ...peers.map((p) => ({ ...p, label: p.name }))]) {
  // ours as the CDN build makes them: the presets in a file of their own, loaded only when used
  const r = await bundle(e.file ?? e.name.replace(/[^a-z0-9.-]+/gi, '_'), e.entry, { split: ours.includes(e) });
  sizes.push({ label: e.label, ...r });
}
await bundle('demo', join(ROOT, 'bench/entries/demo.js'));
const chartjsSize = sizes.find((s) => s.label === 'chart.js').gzip;

out('# send-insight benchmarks');
out();
out(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.${quick ? ' **Quick run (`--quick`): fewer sizes and runs; not for quoting.**' : ''}`,
);
out();
out(WARNINGS);
out();
out('## Bundle size (esbuild, minified, gzip -9; each built the same way in this run)');
out();
out('| bundle | minified | gzip | gzip vs Chart.js |');
out('|---|---:|---:|---:|');
for (const s of sizes) out(`| ${s.label} | ${kb(s.minified)} | ${kb(s.gzip)} | ${x(s.gzip / chartjsSize)} |`);
out();
out(
  `Peers are minimal bundles: Chart.js with only the scatter, bubble, bar and radar controllers; Plot with dot, bar, line, rule and text marks; Vega-Lite with vega and vega-embed; ECharts core with scatter, bar, radar and the canvas renderer${peers.some((p) => p.name.startsWith('highcharts')) ? '; Highcharts with highcharts-more and boost' : ''}.`,
);

// ---- browser timings -------------------------------------------------------------------------
const server = await serve(OUT);
// frames begin as soon as the last one is drawn, raster included: the timing boundary (two animation
// frames) waits for no vsync and comes after the frame that shows the chart was drawn
const browser = await launch(['--enable-precise-memory-info', ...UNLIMITED_FRAMES]);
const browserVersion = await browser.version();
const errors = [];
/** A page of `b` at 1000 × 800 on `file`, its errors listed. */
async function open(b, file) {
  const p = await b.newPage();
  await p.setViewport({ width: 1000, height: 800 });
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  p.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} for ${r.url()}`));
  await p.goto(`${server.url}/${file}`);
  return p;
}
const page = await open(browser, 'scatter.html');
await page.waitForFunction('window.ready === true && typeof window.runHover === "function"');

// an optional peer is asked for only when installed, so its absence is not a 404 among the run's errors
const LIBS = ['naive', 'send-insight', 'chart.js', 'observable-plot', 'vega-lite', 'echarts'];
if (peers.some((p) => p.file === 'highcharts')) LIBS.push('highcharts');
const libs = [];
for (const lib of LIBS) if (await page.evaluate((l) => window.available(l), lib)) libs.push(lib);

/** Runs one library on the scatter page; NaN times (and the error listed) if it fails. */
async function measure(lib, n, charts) {
  try {
    return await page.evaluate((l, k, o) => window.runBench(l, k, o), lib, n, { runs: RUNS, warmups: WARMUPS, charts });
  } catch (e) {
    errors.push(`${lib}, ${charts} × ${n}: ${String(e).slice(0, 300)}`);
    return { presented: [NaN], readback: [NaN], drawn: NaN, rows: n * charts, canvases: 0 };
  }
}

/** One table: each library's time until presented, its ratio to the naive loop's, and the readback. */
function table(results) {
  const base = median(results.naive.presented);
  out('| library | points drawn | until presented: median (min–max) | ÷ naive | then pixel readback: median |');
  out('|---|---:|---:|---:|---:|');
  for (const [lib, r] of Object.entries(results)) {
    const drawn = r.drawn === r.rows ? count(r.drawn) : `**${count(r.drawn)} of ${count(r.rows)}**`;
    const name = lib === 'naive' ? 'naive canvas loop (baseline)' : r.note ? `${lib} (${r.note})` : lib;
    out(
      `| ${name} | ${drawn} | ${spread(r.presented)} | ${lib === 'naive' ? '1.00×' : x(median(r.presented) / base)} | ${r.canvases ? ms(median(r.readback)) : 'no canvas'} |`,
    );
  }
}

const scatter = {};
out();
out(`## First render of the LSOA scatter (800 × 500; ${WARMUPS} warm-ups, then ${RUNS} timed runs)`);
for (const n of SIZES_N) {
  scatter[n] = {};
  for (const lib of libs) scatter[n][lib] = await measure(lib, n, 1);
  out();
  out(`### ${count(n)} points`);
  out();
  table(scatter[n]);
}

const pageLibs = libs.filter((l) => ['naive', 'send-insight', 'chart.js'].includes(l));
const manyScatter = {};
for (const lib of pageLibs) manyScatter[lib] = await measure(lib, PAGE_POINTS, PAGE_CHARTS);
out();
out(
  `## A page of ${PAGE_CHARTS} scatters of ${count(PAGE_POINTS)} points (${WARMUPS} warm-ups, then ${RUNS} timed runs)`,
);
out();
out(
  `All ${PAGE_CHARTS} charts are started one after another, then the clock stops when the frame that shows them has been drawn.`,
);
out();
table(manyScatter);

// ---- pages of the four kinds and updates -----------------------------------------------------
// each twice: with the demo data as it is (the disclosure control may reuse a result it has made
// for the same figures) and with fresh figures for every chart and update (it solves each)
await page.goto(`${server.url}/many.html`);
const kinds = await page.evaluate(() => window.kinds());
const updated = await page.evaluate(() => window.updatedKind());
const many = {};
const upd = {};
// the same and fresh pages take turns, so neither always runs first on a warmer or colder browser
const FRESH = [false, true];
for (let i = 0; i < WARMUPS; i++)
  for (const fresh of FRESH) await page.evaluate((f) => window.manyCharts(50, { fresh: f }), fresh);
for (const fresh of FRESH) many[fresh] = [];
for (let i = 0; i < RUNS; i++)
  for (const fresh of FRESH) many[fresh].push(await page.evaluate((f) => window.manyCharts(50, { fresh: f }), fresh));
for (const fresh of FRESH) upd[fresh] = await page.evaluate((n, f) => window.updates(n, { fresh: f }), 200, fresh);
out();
out('## Pages of the four kinds, and updates');
out();
out(
  `The need breakdowns and deprivation charts protect their counts with linear programmes, and keep the result for figures they have protected before. "Same figures": the demo data as it is (every chart of a kind shows one table; the updates give the same two tables in turn), so most of them reuse a result. "Fresh figures": one large count raised by a number not used before, in every chart and update, so each solves its own.`,
);
out();
out('| measure | same figures | fresh figures |');
out('|---|---:|---:|');
out(
  `| 50 charts on one page (${kinds.length} kinds, demo data), until every send-render and the frame after: median (min–max) | ${spread(many[false])} | ${spread(many[true])} |`,
);
out(
  `| 200 data updates to one chart (${updated}): time per update | ${ms(upd[false].perUpdate)} | ${ms(upd[true].perUpdate)} |`,
);
out(
  `| heap before → after 200 updates (after GC) | ${kb(upd[false].before)} → ${kb(upd[false].after)} (${upd[false].after >= upd[false].before ? '+' : ''}${kb(upd[false].after - upd[false].before)}) | |`,
);

// the browser's processes are counted as the bench's own while they run; their time may not
// reach this process's children count once they have exited, so the closing is left out
const closings = [];
/** Closes a browser, its closing left out of the machine's accounting. */
async function close(b) {
  closings.push(sampleMachine());
  await b.close();
  closings.push(sampleMachine());
}
await close(browser);

// ---- hover -----------------------------------------------------------------------------------
// in a browser of its own with ordinary frame scheduling (see UNLIMITED_FRAMES): a hover's clock
// stops at the DOM (the tooltip's text, the live region's), which needs no frame, and a pointer
// after a pause must not wait for a core behind a compositor drawing unchanged frames
const hoverSizes = quick ? [10000] : [1000, 32844];
/** Timed in the same browser, one after another at each size: the baseline, the element, Chart.js. */
const HOVER_SUBJECTS = ['bare', 'send-insight', 'chart.js'];
const hoverAll = {};
const hoverBrowser = await launch(['--enable-precise-memory-info']);
const hoverPage = await open(hoverBrowser, 'scatter.html');
await hoverPage.waitForFunction('window.ready === true && typeof window.runHover === "function"');
for (const n of hoverSizes) {
  hoverAll[n] = {};
  for (const subject of HOVER_SUBJECTS) {
    try {
      hoverAll[n][subject] = await hoverPage.evaluate((k, o) => window.runHover(k, o), n, {
        runs: RUNS,
        warmups: WARMUPS,
        later: 30,
        subject,
      });
    } catch (e) {
      errors.push(`hover of ${subject} at ${n}: ${String(e).slice(0, 300)}`);
    }
  }
}
await close(hoverBrowser);
await server.close();
const hovers = Object.fromEntries(
  Object.entries(hoverAll)
    .filter(([, h]) => h['send-insight'])
    .map(([n, h]) => [n, h['send-insight']]),
);
const timesOf = (list, key) => list.map((h) => h[key]);
const hoverCell = (list, key) => {
  if (!list) return 'n/a';
  const v = timesOf(list, key);
  const missing = v.filter((t) => t === undefined).length;
  if (missing === v.length) return `never (within 500 ms)`;
  const seen = v.filter((t) => t !== undefined);
  return `${spread(seen)}${missing ? `; ${missing} of ${v.length} never` : ''}`;
};
const medianOf = (list, key) => {
  const v = (list ?? []).map((h) => h[key]).filter((t) => t !== undefined);
  return v.length ? median(v) : NaN;
};
const CASES = [
  ['atFirstFrame', "first hover, as soon as the chart's frame is drawn"],
  ['afterIdle', 'first hover after 1 s idle'],
  ['later', 'later hovers on the same chart, one after another (the live region throttled)'],
  ['spaced', "later hovers spaced 400 ms apart (more than the live region's 300 ms gap)"],
];
out();
out(
  `## Hover on the element's scatter (pointer event → tooltip text, and → live region changed; median (min–max)), against a bare hover and Chart.js in the same run`,
);
out();
out(
  "| points | case | hovers | bare hover (baseline) → tooltip | send-insight → tooltip | ÷ bare | send-insight → live region | Chart.js → tooltip drawn | tooltip past the plot's edge |",
);
out('|---:|---|---:|---:|---:|---:|---:|---:|---|');
for (const [n, h] of Object.entries(hoverAll)) {
  const ours = h['send-insight'];
  const over = (list) => Math.max(0, ...list.map((r) => r.overflow ?? 0));
  for (const [key, label] of CASES) {
    const list = ours?.[key];
    const ratio = medianOf(list, 'tooltip') / medianOf(h.bare?.[key], 'tooltip');
    out(
      `| ${count(Number(n))} | ${label} | ${list?.length ?? 0} | ${hoverCell(h.bare?.[key], 'tooltip')} | ${hoverCell(list, 'tooltip')} | ${x(ratio)} | ${hoverCell(list, 'live')} | ${hoverCell(h['chart.js']?.[key], 'tooltip')} | ${list ? `${over(list).toFixed(0)} px at most` : 'n/a'} |`,
    );
  }
  if (ours)
    out(
      `| ${count(Number(n))} | leftmost, rightmost, topmost, lowest point | 4 | | | | | | ${Object.entries(ours.edges)
        .map(([edge, o]) => `${edge} ${o === undefined ? 'no tooltip' : `${o.toFixed(0)} px`}`)
        .join(', ')} |`,
    );
}

// ---- data layer ------------------------------------------------------------------------------
out();
out('## Data layer');
out();
const data = spawnSync(
  process.execPath,
  ['--conditions=send-insight-source', '--import', 'tsx', 'bench/data.bench.ts', ...(quick ? ['--quick'] : [])],
  { cwd: ROOT, encoding: 'utf8' },
);
out(data.status === 0 ? data.stdout.trim() : `bench/data.bench.ts failed: ${data.stderr.slice(0, 500)}`);

// ---- what a page transfers (issue 23) ----------------------------------------------------------
out();
out('## What a page transfers, through the CDN loader, beside Chart.js (issue 23)');
out();
try {
  for (const line of await pageWeight()) out(line);
} catch (e) {
  out(`bench/page-weight.mjs failed: ${String(e).slice(0, 500)}`);
}

// ---- targets of issue #24, judged on this run --------------------------------------------------
const ratio = (a, b) => median(a.presented) / median(b.presented);
const judged = [];
const small = scatter[1000];
if (small?.['send-insight'] && small['chart.js']) {
  const r = ratio(small['send-insight'], small['chart.js']);
  judged.push(
    `- 1,000 points: the element takes ${x(r)} Chart.js's time (target: under 1×): ${r < 1 ? 'met' : 'not met'}.`,
  );
}
if (manyScatter['send-insight'] && manyScatter['chart.js']) {
  const r = ratio(manyScatter['send-insight'], manyScatter['chart.js']);
  judged.push(
    `- ${PAGE_CHARTS} charts of ${count(PAGE_POINTS)} points: the element takes ${x(r)} Chart.js's time (target: under 1×): ${r < 1 ? 'met' : 'not met'}.`,
  );
}
const big = hovers[32844];
if (big) {
  const all = [...big.atFirstFrame, ...big.afterIdle, ...big.later, ...big.spaced];
  // the live region is judged on the hovers it is meant to say at once: the first, and those more than its 300 ms gap apart
  const announced = [...big.atFirstFrame, ...big.afterIdle, ...big.spaced];
  const worst = (list, key) =>
    list.some((h) => h[key] === undefined) ? Infinity : Math.max(...list.map((h) => h[key]));
  const edges = Object.values(big.edges);
  const [tip, live] = [worst(all, 'tooltip'), worst(announced, 'live')];
  judged.push(
    `- Every hover at 32,844 points within 2 ms: tooltip at worst ${ms(tip)} (every hover); live region at worst ${live === Infinity ? 'never' : ms(live)} (first hovers and hovers more than 300 ms apart; back to back it is throttled to one announcement per 300 ms by design): ${tip <= 2 && live <= 2 ? 'met' : 'not met'}.`,
  );
  const bareBig = hoverAll[32844]?.bare;
  if (bareBig) {
    const bareAll = [...bareBig.atFirstFrame, ...bareBig.afterIdle, ...bareBig.later, ...bareBig.spaced];
    judged.push(
      `- For comparison, the bare hover (a handler that sets the tooltip's text itself, no framework) at worst ${ms(worst(bareAll, 'tooltip'))} in the same run; the median after 1 s idle ${ms(medianOf(bareBig.afterIdle, 'tooltip'))} against the element's ${ms(medianOf(big.afterIdle, 'tooltip'))}: time the bare hover takes too is the browser's and the machine's, not the element's.`,
    );
  }
  judged.push(
    `- The tooltip stays inside the plot: ${
      edges.every((o) => o !== undefined && o < 0.5)
        ? 'met'
        : `not met (${Object.entries(big.edges)
            .map(([e, o]) => `${e} ${o === undefined ? 'no tooltip' : `${o.toFixed(1)} px out`}`)
            .join(', ')})`
    }.`,
  );
}
out();
out('## Targets of issue #24, judged on this run');
out();
for (const j of judged) out(j);

// ---- method and machine ------------------------------------------------------------------------
const after = sampleMachine();
const share = othersShare(before, after, closings);
// the load average counts the bench's own browser and Node too, so a rise alone says nothing of
// other work; it is a warning only when the other processes' share could not be read
if (share === undefined && busyLoad(after.load) && !busyLoad(before.load))
  warnings.push(`the load average rose to ${formatLoad(after.load)} during the run`);
if (share !== undefined && share > 0.1) {
  warnings.push(
    `other processes used ${(share * 100).toFixed(0)}% of the machine's CPU time during the run: timings are provisional`,
  );
}
out();
out(METHOD({ runs: RUNS, warmups: WARMUPS, browserVersion }));
out();
out('## Machine load');
out();
out(`- Load average before: ${formatLoad(before.load)}; after: ${formatLoad(after.load)}.`);
if (share !== undefined)
  out(
    `- Other processes' share of all cores' time during the run: ${(share * 100).toFixed(1)}% (the bench's own processes excluded).`,
  );
out(`- Run took ${((after.at - before.at) / 1000).toFixed(0)} s.`);

if (errors.length) {
  out();
  out('## Errors met while measuring');
  out();
  for (const e of errors.slice(0, 20)) out(`- ${e}`);
}
const warningText = warnings.length
  ? warnings.map((w) => `**Warning: ${w}.**`).join('\n\n')
  : `The machine was quiet: load average ${formatLoad(before.load)} before the run${share === undefined ? '' : `, and other processes used ${(share * 100).toFixed(1)}% of its CPU during it`}.`;
for (const w of warnings) console.warn(`WARNING: ${w}`);
writeFileSync(join(ROOT, 'bench/results.md'), lines.join('\n').replace(WARNINGS, warningText) + '\n');
console.log('\nwritten bench/results.md');
