import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PointIndex } from './point-index.js';

/** The answer by looking at every point: the nearest centre within reach (lower index on a tie), then its own circle. */
function bruteForce(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  r: ArrayLike<number> | undefined,
  px: number,
  py: number,
  maxDistance: number,
): number {
  let maxR = 0;
  if (r) for (let i = 0; i < r.length; i++) maxR = Math.max(maxR, r[i]!);
  const reach = maxDistance + maxR;
  let best = -1;
  let bestD2 = reach * reach;
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]!) || !Number.isFinite(y[i]!)) continue;
    const d2 = (x[i]! - px) ** 2 + (y[i]! - py) ** 2;
    if (d2 < bestD2) ((bestD2 = d2), (best = i));
  }
  if (best < 0) return -1;
  return Math.sqrt(bestD2) <= maxDistance + (r ? r[best]! : 0) ? best : -1;
}

const coord = fc.oneof(
  fc.double({ min: -50, max: 900, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 800 }),
  fc.constantFrom(0, 10, 10.5, NaN, Infinity),
);
const points = fc.array(fc.tuple(coord, coord, fc.double({ min: 0, max: 8, noNaN: true })), { maxLength: 400 });

describe('PointIndex', () => {
  it('has the expected defaults: no points, nothing found', () => {
    const index = new PointIndex([], []);
    expect(index.size).toBe(0);
    expect(index.find(0, 0)).toBe(-1);
    expect(index.find(0, 0, Infinity)).toBe(-1);
  });

  it('finds the same point as a search through every point, for any points, radii and query', () => {
    fc.assert(
      fc.property(
        points,
        fc.boolean(),
        fc.array(
          fc.tuple(
            coord,
            coord,
            fc.oneof(fc.constantFrom(0, 6, 12, 1000), fc.double({ min: 0, max: 40, noNaN: true })),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        (pts, withRadius, queries) => {
          const x = Float64Array.from(pts, (p) => p[0]);
          const y = Float64Array.from(pts, (p) => p[1]);
          const r = withRadius ? Float64Array.from(pts, (p) => p[2]) : undefined;
          const index = new PointIndex(x, y, r);
          for (const [px, py, d] of queries) expect(index.find(px, py, d)).toBe(bruteForce(x, y, r, px, py, d));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds points in dense clusters and on the grid edges (32,844 points, as in the LSOA scatter)', () => {
    const n = 32_844;
    let seed = 7;
    const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const x = new Float32Array(n);
    const y = new Float32Array(n);
    const r = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = 40 + (i / n) * 740; // ordered by rank along x, as the scatter draws them
      y[i] = 20 + 300 * rand() ** 3; // most areas crowd near the bottom
      r[i] = 0.9 + 1.7 * rand();
    }
    const index = new PointIndex(x, y, r);
    for (let q = 0; q < 2000; q++) {
      const px = 30 + rand() * 760;
      const py = rand() * 340;
      expect(index.find(px, py, 6)).toBe(bruteForce(x, y, r, px, py, 6));
    }
    expect(index.find(x[0]!, y[0]!, 0)).toBe(0);
    expect(index.find(x[n - 1]!, y[n - 1]!, 0)).toBe(n - 1);
    expect(index.find(x[n - 1]! + 5, y[n - 1]!, 6)).toBe(n - 1); // past the grid's end, within reach
  });

  it('counts a pointer on the circle, not only near its centre', () => {
    const index = new PointIndex([100, 200], [100, 100], [20, 2]);
    expect(index.find(125, 100, 6)).toBe(0); // 25 px from the centre, 5 from the edge
    expect(index.find(127, 100, 6)).toBe(-1);
    expect(index.find(205, 100, 6)).toBe(1);
  });

  it('chooses the lower index of two points at the same distance, and skips points without a position', () => {
    expect(new PointIndex([10, 30], [0, 0]).find(20, 0, 12)).toBe(0);
    expect(new PointIndex([NaN, 5], [0, 0]).find(0, 0, 12)).toBe(1);
    expect(new PointIndex([5, 5], [0, 0]).find(5, 0, 1)).toBe(0);
    // as with d3-quadtree, a point must be strictly closer than the reach
    expect(new PointIndex([5], [0]).find(5, 0, 0)).toBe(-1);
  });

  it('finds a point on the far edge of a grid capped at 1,024 cells a side', () => {
    // found by the property above: the edge point is clamped into the last cell, and the query
    // square (reach 1.6e-162) starts in the cell past the end
    const tiny = 1.5717277847026288e-162;
    expect(new PointIndex([0, 0], [10.5, 0], [tiny, 0]).find(0, 10.5, 0)).toBe(0);
    expect(new PointIndex([10.5, 0], [0, 0], [tiny, 0]).find(10.5, 0, 0)).toBe(0);
  });

  it('finds nothing for a pointer far outside the points (the idle warm-up query)', () => {
    expect(new PointIndex([1, 2, 3], [1, 2, 3], [1, 1, 1]).find(-1e6, -1e6, 0)).toBe(-1);
  });
});
