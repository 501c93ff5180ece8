/**
 * Hit-testing at 32,844 points (every LSOA in England, as the deprivation scatter draws them):
 * core's PointIndex (a uniform grid) against a d3-quadtree answering the same question (what
 * PointIndex was before). Prints the time to build each, the time per pointer query, and checks
 * that both find the same point. Run: `node --conditions=send-insight-source --import tsx bench/point-index.bench.ts`.
 * Not a test: it prints, it does not assert timings.
 */
import { quadtree } from 'd3-quadtree';
import { PointIndex } from '../packages/core/src/canvas/point-index.js';

const N = 32_844;
const QUERIES = 20_000;
const RUNS = 9;

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

// the scatter's shape in an 800 × 500 plot: x by IMD rank, rates crowding near the bottom
const rand = seeded(12);
const x = new Float32Array(N);
const y = new Float32Array(N);
const r = new Float32Array(N);
for (let i = 0; i < N; i++) {
  x[i] = 40 + ((i + rand()) / N) * 750;
  y[i] = 470 - 430 * rand() ** 2.5;
  r[i] = 0.9 + 1.7 * Math.sqrt(rand());
}
const qx = Float64Array.from({ length: QUERIES }, () => 30 + rand() * 770);
const qy = Float64Array.from({ length: QUERIES }, () => 20 + rand() * 470);

/** The previous PointIndex: nearest centre from a d3-quadtree, then the circle check. */
function quadtreeIndex() {
  let maxR = 0;
  for (let i = 0; i < N; i++) maxR = Math.max(maxR, r[i]!);
  const tree = quadtree<number>()
    .x((i) => x[i]!)
    .y((i) => y[i]!)
    .addAll(Array.from({ length: N }, (_, i) => i));
  return (px: number, py: number, d: number) => {
    const found = tree.find(px, py, d + maxR);
    if (found === undefined) return -1;
    return Math.hypot(x[found]! - px, y[found]! - py) <= d + r[found]! ? found : -1;
  };
}
function gridIndex() {
  const index = new PointIndex(x, y, r);
  index.find(-1e6, -1e6, 0); // builds it
  return (px: number, py: number, d: number) => index.find(px, py, d);
}

const median = (a: number[]) => [...a].sort((p, q) => p - q)[a.length >> 1]!;
const results: Record<string, { build: number[]; query: number[] }> = {
  grid: { build: [], query: [] },
  quadtree: { build: [], query: [] },
};
const makers = { grid: gridIndex, quadtree: quadtreeIndex };
let checked = false;
for (let run = 0; run < RUNS + 1; run++) {
  const answers: Record<string, Int32Array> = {};
  for (const name of run % 2 ? (['quadtree', 'grid'] as const) : (['grid', 'quadtree'] as const)) {
    let t = performance.now();
    const find = makers[name]();
    const build = performance.now() - t;
    const out = new Int32Array(QUERIES);
    t = performance.now();
    for (let q = 0; q < QUERIES; q++) out[q] = find(qx[q]!, qy[q]!, 6);
    const query = performance.now() - t;
    answers[name] = out;
    if (run > 0) (results[name]!.build.push(build), results[name]!.query.push(query));
  }
  if (!checked) {
    // the same point, or one exactly as near (the quadtree breaks ties in its own order)
    let differ = 0;
    for (let q = 0; q < QUERIES; q++) {
      const a = answers.grid![q]!;
      const b = answers.quadtree![q]!;
      if (a === b) continue;
      const da = a < 0 ? -1 : Math.hypot(x[a]! - qx[q]!, y[a]! - qy[q]!);
      const db = b < 0 ? -1 : Math.hypot(x[b]! - qx[q]!, y[b]! - qy[q]!);
      if (da !== db) differ++;
    }
    console.log(
      differ ? `${differ} of ${QUERIES} answers differ` : `all ${QUERIES.toLocaleString('en-GB')} answers agree`,
    );
    checked = true;
  }
}
const hits = (() => {
  const find = gridIndex();
  let n = 0;
  for (let q = 0; q < QUERIES; q++) if (find(qx[q]!, qy[q]!, 6) >= 0) n++;
  return n;
})();
console.log(
  `${N.toLocaleString('en-GB')} points, ${QUERIES.toLocaleString('en-GB')} pointer queries (${hits.toLocaleString('en-GB')} hit a point), median of ${RUNS}:`,
);
for (const [name, { build, query }] of Object.entries(results)) {
  console.log(
    `  ${name.padEnd(9)} build ${median(build).toFixed(2)} ms, query ${((median(query) / QUERIES) * 1000).toFixed(2)} µs each`,
  );
}
const g = results.grid!;
const q = results.quadtree!;
console.log(
  `  grid / quadtree: build ${(median(g.build) / median(q.build)).toFixed(2)}×, query ${(median(g.query) / median(q.query)).toFixed(2)}×`,
);
