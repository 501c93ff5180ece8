/**
 * `npm run bench:data`: times decile aggregation of pupil-level rows (100,000 and 1,000,000 pupils)
 * three ways in one run, and prints each time as a ratio to the same-run hand-written loop:
 *
 *  - kernel:  `aggregateDeciles` from @send-insight/data (what the components run; CSP-safe)
 *  - loop:    a hand-written typed-array loop (the baseline: the least work possible)
 *  - arquero: `table.groupby('imd_decile').rollup({...})` (arquero's compiled verbs)
 *
 * Rows are generated from a fixed seed; all three answers are checked to agree before timing.
 * Runs are interleaved (kernel, loop, arquero, then rotated) and the median is reported, so load
 * from other processes affects all three alike. Target (issue 4): kernel ≤ 1.5 × loop and faster
 * than arquero.
 *
 * Then the deprivation chart's disclosure control (`protectDeprivation`, both levels) over
 * neighbourhood counts like England's (80–230 pupils, SEN support about 8–17 %, a few EHC plans
 * each, so most neighbourhoods' EHC plan counts are small), for one authority's 640 neighbourhoods,
 * 1,000, and all of England's 32,844, as a ratio to one-level suppression in the same run
 * (`protectCounts` of each measure's neighbourhoods within their deciles, the rule the chart ran
 * before the two levels were protected together: linear work over the same data). Targets (issue
 * 24): 1,000 in ≤ 100 ms and 32,844 in ≤ 300 ms on a quiet machine. Not a test: it prints, it does
 * not assert timings.
 */
import { op, table } from 'arquero';
import { aggregateDeciles, isValue, protectCounts } from '@send-insight/data';
import { protectDeprivation, type DeprivationCounts } from '../packages/data/src/deprivation/protect.js';

type Columns = { imd_decile: Int32Array; sen_support: Int32Array; ehc_plan: Int32Array };

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/** Pupils with a home-area decile; SEN support and EHC plan rates fall with deprivation, like the seed's. */
function pupils(n: number, seed: number): Columns {
  const next = seeded(seed);
  const imd_decile = new Int32Array(n);
  const sen_support = new Int32Array(n);
  const ehc_plan = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const d = 1 + Math.floor(next() * 10);
    imd_decile[i] = d;
    const u = next();
    const senRate = 0.18 - 0.009 * (d - 1);
    const ehcRate = 0.045 - 0.001 * (d - 1);
    if (u < ehcRate) ehc_plan[i] = 1;
    else if (u < ehcRate + senRate) sen_support[i] = 1;
  }
  return { imd_decile, sen_support, ehc_plan };
}

type Totals = { pupils: number[]; sen_support: number[]; ehc_plan: number[] };

function viaKernel(c: Columns): Totals {
  const g = aggregateDeciles(c).groups[0]!;
  const num = (xs: unknown[]) => xs.map((x) => (isValue(x) ? x : NaN));
  return { pupils: num(g.pupils), sen_support: num(g.sen_support), ehc_plan: num(g.ehc_plan) };
}

function viaLoop(c: Columns): Totals {
  const n = c.imd_decile.length;
  const count = new Float64Array(10);
  const sen = new Float64Array(10);
  const ehc = new Float64Array(10);
  const dec = c.imd_decile;
  const s = c.sen_support;
  const e = c.ehc_plan;
  for (let i = 0; i < n; i++) {
    const d = dec[i]! - 1;
    if (d < 0 || d > 9) continue;
    count[d]++;
    sen[d] += s[i]!;
    ehc[d] += e[i]!;
  }
  return { pupils: Array.from(count), sen_support: Array.from(sen), ehc_plan: Array.from(ehc) };
}

function viaArquero(t: ReturnType<typeof table>): Totals {
  const out = t
    .groupby('imd_decile')
    .rollup({ pupils: op.count(), sen_support: op.sum('sen_support'), ehc_plan: op.sum('ehc_plan') })
    .orderby('imd_decile');
  return {
    pupils: Array.from(out.array('pupils') as ArrayLike<number>),
    sen_support: Array.from(out.array('sen_support') as ArrayLike<number>),
    ehc_plan: Array.from(out.array('ehc_plan') as ArrayLike<number>),
  };
}

function same(a: Totals, b: Totals, label: string): void {
  for (const k of ['pupils', 'sen_support', 'ehc_plan'] as const) {
    if (a[k].length !== b[k].length || a[k].some((v, i) => v !== b[k][i])) {
      throw new Error(`${label}: ${k} differs: ${a[k].join(',')} vs ${b[k].join(',')}`);
    }
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function bench(n: number, runs: number): { n: number; kernel: number; loop: number; arquero: number } {
  const cols = pupils(n, 20240101 + n);
  const t = table(cols);
  const reference = viaLoop(cols);
  same(viaKernel(cols), reference, `kernel, ${n} rows`);
  same(viaArquero(t), reference, `arquero, ${n} rows`);
  const fns: [keyof Omit<ReturnType<typeof bench>, 'n'>, () => unknown][] = [
    ['kernel', () => viaKernel(cols)],
    ['loop', () => viaLoop(cols)],
    ['arquero', () => viaArquero(t)],
  ];
  for (let w = 0; w < 3; w++) for (const [, fn] of fns) fn();
  const times: Record<string, number[]> = { kernel: [], loop: [], arquero: [] };
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < fns.length; k++) {
      const [name, fn] = fns[(k + r) % fns.length]!;
      const t0 = performance.now();
      const result = fn() as Totals;
      times[name]!.push(performance.now() - t0);
      sink += result.pupils[0]!;
    }
  }
  if (sink < 0) console.log(sink);
  return { n, kernel: median(times.kernel!), loop: median(times.loop!), arquero: median(times.arquero!) };
}

const fmt = (x: number) => x.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const rows = [bench(100_000, 25), bench(1_000_000, 11)];
console.log('Decile aggregation of pupil-level rows (median ms; ratio to the hand-written loop in the same run)');
console.log(`node ${process.version}, ${new Date().toISOString()}`);
console.log('');
console.log('| pupils    | loop ms | kernel ms | kernel ÷ loop | arquero ms | arquero ÷ loop | arquero ÷ kernel |');
console.log('|-----------|--------:|----------:|--------------:|-----------:|---------------:|-----------------:|');
for (const r of rows) {
  console.log(
    `| ${r.n.toLocaleString('en-GB').padEnd(9)} | ${fmt(r.loop).padStart(7)} | ${fmt(r.kernel).padStart(9)} | ${fmt(r.kernel / r.loop).padStart(12)}× | ${fmt(r.arquero).padStart(10)} | ${fmt(r.arquero / r.loop).padStart(13)}× | ${fmt(r.arquero / r.kernel).padStart(15)}× |`,
  );
}
console.log('');
const worst = Math.max(...rows.map((r) => r.kernel / r.loop));
const beatsArquero = rows.every((r) => r.kernel < r.arquero);
console.log(
  `target: kernel within 1.5× the loop (${worst <= 1.5 ? 'met' : 'not met'}: worst ${fmt(worst)}×); faster than arquero (${beatsArquero ? 'met' : 'not met'})`,
);

// ---- disclosure control over neighbourhoods -------------------------------------------------------

type Neighbourhoods = DeprivationCounts & {
  decile: number[];
  pupils: number[];
  sen_support: number[];
  ehc_plan: number[];
};

/** `n` neighbourhoods, a tenth in each decile, counts like England's (the seed fixes them). */
function neighbourhoods(n: number, seed: number): Neighbourhoods {
  const next = seeded(seed);
  const out: Neighbourhoods = { decile: [], pupils: [], sen_support: [], ehc_plan: [] };
  for (let i = 0; i < n; i++) {
    const d = 1 + Math.floor((i * 10) / n);
    const p = 80 + Math.floor(next() * 150);
    out.decile.push(d);
    out.pupils.push(p);
    out.sen_support.push(Math.floor(p * (0.08 + 0.01 * (10 - d)) * (0.5 + next())));
    out.ehc_plan.push(Math.floor(p * 0.03 * (0.3 + next())));
  }
  return out;
}

/** The deciles' counts: the neighbourhoods added up. */
function decileSums(l: Neighbourhoods): DeprivationCounts {
  const pupils = new Array<number>(10).fill(0);
  const sen_support = new Array<number>(10).fill(0);
  const ehc_plan = new Array<number>(10).fill(0);
  for (let i = 0; i < l.decile.length; i++) {
    const d = l.decile[i]! - 1;
    pupils[d] += l.pupils[i]!;
    sen_support[d] += l.sen_support[i]!;
    ehc_plan[d] += l.ehc_plan[i]!;
  }
  return { pupils, sen_support, ehc_plan };
}

/** The baseline: each measure's neighbourhoods protected one level at a time, within their deciles. */
function oneLevel(l: Neighbourhoods): number {
  let hidden = 0;
  for (const k of ['pupils', 'sen_support', 'ehc_plan'] as const)
    hidden += protectCounts(l[k], l.decile, { minCount: 10 }).counts.primary;
  return hidden;
}

function benchProtect(n: number, runs: number): { n: number; sums: number; protect: number; hidden: number } {
  const l = neighbourhoods(n, 19 + n);
  const deciles = decileSums(l);
  const once = protectDeprivation(deciles, 10, l);
  const hidden = Object.values(once.lsoas!).reduce((s, m) => s + m.reasons.filter(Boolean).length, 0);
  const fns: ['sums' | 'protect', () => unknown][] = [
    ['sums', () => oneLevel(l)],
    ['protect', () => protectDeprivation(deciles, 10, l)],
  ];
  for (let w = 0; w < 2; w++) for (const [, fn] of fns) fn();
  const times: Record<string, number[]> = { sums: [], protect: [] };
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < fns.length; k++) {
      const [name, fn] = fns[(k + r) % fns.length]!;
      const t0 = performance.now();
      fn();
      times[name]!.push(performance.now() - t0);
    }
  }
  return { n, sums: median(times.sums!), protect: median(times.protect!), hidden };
}

const quickRun = process.argv.includes('--quick');
const protectRows = [
  benchProtect(640, quickRun ? 3 : 9),
  benchProtect(1_000, quickRun ? 3 : 9),
  benchProtect(32_844, quickRun ? 3 : 7),
];
console.log('');
console.log(
  'Disclosure control of the deprivation chart, both levels, threshold 10 (median ms; ratio to one-level protectCounts, same run)',
);
console.log('');
console.log('| neighbourhoods | one level ms | protectDeprivation ms | ratio | neighbourhood cells hidden |');
console.log('|---------------:|-------------:|----------------------:|------:|---------------------------:|');
for (const r of protectRows) {
  console.log(
    `| ${r.n.toLocaleString('en-GB').padStart(14)} | ${fmt(r.sums).padStart(12)} | ${fmt(r.protect).padStart(21)} | ${fmt(r.protect / r.sums).padStart(4)}× | ${r.hidden.toLocaleString('en-GB').padStart(26)} |`,
  );
}
const [, thousand, england] = protectRows;
console.log('');
console.log(
  `targets on a quiet machine: 1,000 neighbourhoods ≤ 100 ms (${fmt(thousand!.protect)} ms), 32,844 ≤ 300 ms (${fmt(england!.protect)} ms)`,
);
