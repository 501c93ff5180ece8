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
 * than arquero. Not a test: it prints, it does not assert timings.
 */
import { op, table } from 'arquero';
import { aggregateDeciles, isValue } from '@send-insight/data';

type Columns = { imd_decile: Int32Array; sen_support: Int32Array; ehc_plan: Int32Array };

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
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
console.log(`target: kernel within 1.5× the loop (${worst <= 1.5 ? 'met' : 'not met'}: worst ${fmt(worst)}×); faster than arquero (${beatsArquero ? 'met' : 'not met'})`);
