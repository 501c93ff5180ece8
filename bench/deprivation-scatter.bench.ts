/**
 * The deprivation area view at 1k, 10k and 32,844 LSOAs, in headless Chromium, against the naive
 * canvas loop (`beginPath`/`arc`/`fill` per point, alpha 0.6, 800 × 500) measured in the same run.
 * Prints ratios; a script, not a test (nothing passes or fails on a timing).
 *
 *   node --conditions=send-insight-source --import tsx bench/deprivation-scatter.bench.ts [--quick]
 *
 * Rows: "naive" draws precomputed positions; "batched draw" is what the element does at draw time
 * (one path per measure from the layout's typed arrays, same circles); "layout" is
 * `layoutDeprivationScatter`; "model" is `buildDeprivationModel` (aggregation, disclosure
 * control, smoothing); "element" is the whole `<send-deprivation-chart view="area">` from the
 * `data` property to `send-render` with its canvas rasterised. Hover: the first hit test after the
 * element has been idle for 0.6 s (it builds its quadtree when idle after drawing), later hit
 * tests, and a pointer move until the element has re-rendered its highlight and tooltip.
 */
import * as esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
// @ts-expect-error bench/lib is plain JavaScript without type declarations
import { launch, median, serve } from './lib/browser.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/out/deprivation-scatter');
const quick = process.argv.includes('--quick');
const SIZES = quick ? [1000, 10_000] : [1000, 10_000, 32_844];
const RUNS = quick ? 3 : 9;

const PAGE = String.raw`
import '@send-insight/components';
import { buildDeprivationModel, deprivationContract, toRawData, validate } from '@send-insight/data';
import { illustrativeEnglandLsoaRows } from '@send-insight/data/demo';
import { drawCircles, prepareCanvas } from '@send-insight/core';
import { layoutDeprivationScatter } from './packages/components/src/deprivation-chart/deprivation-scatter.layout.ts';
import { drawPoints } from './packages/components/src/deprivation-chart/deprivation-canvas.ts';

const W = 800, H = 500;
const stage = document.getElementById('stage');
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const settle = (canvas) => canvas.getContext('2d').getImageData(0, 0, 1, 1);
const cache = new Map();
function prepared(n) {
  if (cache.has(n)) return cache.get(n);
  const rows = illustrativeEnglandLsoaRows(n);
  const validated = validate(toRawData(rows), deprivationContract);
  const model = buildDeprivationModel(validated);
  const layout = layoutDeprivationScatter(model, { width: W, height: H }, { measure: 'sen_support' });
  const out = { rows, validated, model, layout };
  cache.set(n, out);
  return out;
}
function canvas() {
  const c = document.createElement('canvas');
  stage.replaceChildren(c);
  return c;
}
const runs = {
  naive(n) {
    const { layout } = prepared(n);
    const s = layout.sets[0];
    const c = canvas();
    const t0 = performance.now();
    const ctx = prepareCanvas(c, W, H);
    ctx.globalAlpha = 0.6;
    ctx.fillStyle = '#12436D';
    for (let i = 0; i < s.x.length; i++) {
      ctx.beginPath();
      ctx.arc(s.x[i], s.y[i], s.r[i], 0, Math.PI * 2);
      ctx.fill();
    }
    settle(c);
    return performance.now() - t0;
  },
  batched(n) {
    const { layout } = prepared(n);
    const s = layout.sets[0];
    const c = canvas();
    const t0 = performance.now();
    const ctx = prepareCanvas(c, W, H);
    drawCircles(ctx, s.x, s.y, s.r, { fill: '#12436D', alpha: 0.6 });
    settle(c);
    return performance.now() - t0;
  },
  sprites(n) {
    const { layout } = prepared(n);
    const s = layout.sets[0];
    const c = canvas();
    const t0 = performance.now();
    const ctx = prepareCanvas(c, W, H);
    drawPoints(ctx, s.x, s.y, s.r, '#12436D', 0.6, devicePixelRatio || 1, true);
    settle(c);
    return performance.now() - t0;
  },
  layout(n) {
    const { model } = prepared(n);
    const t0 = performance.now();
    layoutDeprivationScatter(model, { width: W, height: H }, { measure: 'sen_support' });
    return performance.now() - t0;
  },
  model(n) {
    const { validated } = prepared(n);
    const t0 = performance.now();
    buildDeprivationModel(validated);
    return performance.now() - t0;
  },
  validate(n) {
    const { rows } = prepared(n);
    const t0 = performance.now();
    validate(toRawData(rows), deprivationContract);
    return performance.now() - t0;
  },
  async element(n) {
    const { rows } = prepared(n);
    const el = document.createElement('send-deprivation-chart');
    el.setAttribute('view', 'area');
    el.setAttribute('measure', 'sen_support');
    el.setAttribute('heading', 'SEN support by IMD rank');
    el.style.width = W + 'px';
    const done = new Promise((r) => el.addEventListener('send-render', r, { once: true }));
    const t0 = performance.now();
    el.data = rows;
    stage.replaceChildren(el);
    await done;
    await el.updateComplete;
    const c = el.shadowRoot.querySelector('canvas.points');
    if (!c || c.dataset.drawn !== '1') throw new Error('canvas not drawn');
    settle(c);
    const t = performance.now() - t0;
    window.lastElement = el;
    return t;
  },
};
window.measure = async (kind, n, count) => {
  await runs[kind](n); // warm-up
  await frames();
  const times = [];
  for (let i = 0; i < count; i++) {
    globalThis.gc?.();
    await frames();
    times.push(await runs[kind](n));
  }
  return times;
};
window.hover = async (n) => {
  await runs.element(n);
  const el = window.lastElement;
  // the element builds its index when idle after drawing; give it that idle time, as a user would
  await new Promise((r) => setTimeout(r, 600));
  const { layout } = prepared(n);
  const s = layout.sets[0];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const t0 = performance.now();
  el.hitTest(s.x[0], s.y[0]);
  const first = performance.now() - t0;
  const K = 2000;
  let hits = 0;
  const t1 = performance.now();
  for (let i = 0; i < K; i++) {
    const k = Math.floor(rnd() * s.x.length);
    if (el.hitTest(s.x[k] + 0.5, s.y[k] - 0.5) !== undefined) hits++;
  }
  const later = (performance.now() - t1) / K;
  // a pointer move over a point until the element has re-rendered its highlight and tooltip
  const wrap = el.shadowRoot.querySelector('.area-wrap');
  const box = wrap.getBoundingClientRect();
  const moves = [];
  for (let i = 0; i < 30; i++) {
    const k = Math.floor(rnd() * s.x.length);
    const t = performance.now();
    wrap.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + s.x[k], clientY: box.top + s.y[k], bubbles: true, composed: true }));
    await el.updateComplete;
    moves.push(performance.now() - t);
  }
  moves.sort((a, b) => a - b);
  return { first, later, hits: hits / K, move: moves[moves.length >> 1] };
};
window.ready = true;
`;

mkdirSync(OUT, { recursive: true });
await esbuild.build({
  stdin: { contents: PAGE, resolveDir: ROOT, loader: 'ts', sourcefile: 'deprivation-scatter.page.ts' },
  outfile: join(OUT, 'page.js'),
  bundle: true,
  minify: !process.env.BENCH_NO_MINIFY,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['send-insight-source'],
  tsconfig: join(ROOT, 'tsconfig.base.json'),
  logLevel: 'error',
});
writeFileSync(
  join(OUT, 'index.html'),
  '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>deprivation scatter bench</title></head><body><div id="stage"></div><script type="module" src="page.js"></script></body></html>',
);

const server = await serve(OUT);
const browser = await launch();
const page = await browser.newPage();
await page.setViewport({ width: 1000, height: 800 });
const errors: string[] = [];
page.on('pageerror', (e: unknown) => errors.push(String(e)));
await page.goto(`${server.url}/index.html`);
await page.waitForFunction('window.ready === true');

const ms = (v: number) => `${v.toFixed(v < 1 ? 3 : 1)} ms`;
const ratio = (v: number, base: number) => `${(v / base).toFixed(2)}×`;
console.log(
  `# Deprivation area view (800 × 500, median of ${RUNS} after a warm-up; ratios to the naive loop in this run)\n`,
);
console.log(
  '| LSOAs | naive loop | one path (core drawCircles) | element draw (arcs below 2,000 points, masks above) | layout | model | validation | whole element | first hit test | later hit test | pointer move → re-rendered |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const n of SIZES) {
  const m: Record<string, number> = {};
  for (const kind of ['naive', 'batched', 'sprites', 'layout', 'model', 'validate', 'element']) {
    m[kind] = median(
      (await page.evaluate(
        (k: string, size: number, count: number) => (window as any).measure(k, size, count),
        kind,
        n,
        RUNS,
      )) as number[],
    );
  }
  const h = (await page.evaluate((size: number) => (window as any).hover(size), n)) as {
    first: number;
    later: number;
    hits: number;
    move: number;
  };
  const b = m.naive!;
  console.log(
    `| ${n.toLocaleString('en-GB')} | ${ms(b)} | ${ms(m.batched!)} (${ratio(m.batched!, b)}) | ${ms(m.sprites!)} (${ratio(m.sprites!, b)}) | ${ms(m.layout!)} | ${ms(m.model!)} | ${ms(m.validate!)} | ${ms(m.element!)} (${ratio(m.element!, b)}) | ${ms(h.first)} | ${ms(h.later)} (hit ${(h.hits * 100).toFixed(0)}%) | ${ms(h.move)} |`,
  );
}
if (errors.length) console.log(`\nErrors: ${errors.slice(0, 5).join('; ')}`);
await browser.close();
await server.close();
