import * as d3 from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleBand } from './scale-band.js';

const end = fc.oneof(
  fc.integer({ min: -2000, max: 2000 }),
  fc.double({ min: -1e5, max: 1e5, noNaN: true, noDefaultInfinity: true }),
);
const padding = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.1, 0.2, 0.22, 0.35, 1, 1.5));
const RUNS = { numRuns: 2000 };

function same(ours: unknown, theirs: unknown): void {
  expect(Object.is(ours, theirs), `${String(ours)} vs ${String(theirs)}`).toBe(true);
}

describe('scaleBand', () => {
  it('has the expected defaults', () => {
    const s = scaleBand<string>();
    expect(s.domain()).toEqual([]);
    expect(s.range()).toEqual([0, 1]);
    expect(s.paddingInner()).toBe(0);
    expect(s.paddingOuter()).toBe(0);
    expect(s.bandwidth()).toBe(1);
    expect(s.step()).toBe(1);
    expect(s('a')).toBeUndefined();
  });

  it('places bands as d3-scale does, for any categories, range and padding', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom('a', 'b', 'SEMH', '2025-03-31')), {
          maxLength: 14,
        }),
        fc.tuple(end, end),
        padding,
        padding,
        (domain, range, inner, outer) => {
          const ours = scaleBand<number | string>().domain(domain).range(range).paddingInner(inner).paddingOuter(outer);
          const theirs = d3
            .scaleBand<number | string>()
            .domain(domain)
            .range(range)
            .paddingInner(inner)
            .paddingOuter(outer);
          expect(ours.domain()).toEqual(theirs.domain());
          same(ours.bandwidth(), theirs.bandwidth());
          same(ours.step(), theirs.step());
          same(ours.paddingInner(), theirs.paddingInner());
          for (const d of [...domain, 99, 'missing']) same(ours(d), theirs(d));
        },
      ),
      RUNS,
    );
  });

  it('gives the same answer whichever order the settings come in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.tuple(end, end), padding, padding, (n, range, inner, outer) => {
        const domain = Array.from({ length: n }, (_, i) => i + 1);
        const ours = scaleBand<number>().paddingOuter(outer).paddingInner(inner).range(range).domain(domain);
        const theirs = d3.scaleBand<number>().domain(domain).range(range).paddingInner(inner).paddingOuter(outer);
        same(ours.bandwidth(), theirs.bandwidth());
        for (const d of domain) same(ours(d), theirs(d));
      }),
      RUNS,
    );
  });

  it('puts the first category at the end of a descending range', () => {
    const s = scaleBand<string>().domain(['a', 'b']).range([100, 0]);
    expect(s('a')).toBe(50);
    expect(s('b')).toBe(0);
  });

  it('lays out the ten deciles as the deprivation chart asks', () => {
    const band = scaleBand<number>()
      .domain([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
      .range([40, 640])
      .paddingInner(0.22)
      .paddingOuter(0.1);
    expect(band.step()).toBeCloseTo(600 / (10 - 0.22 + 0.2), 12);
    expect(band(1)).toBeCloseTo(40 + band.step() * 0.1 + (600 - band.step() * (10 - 0.22 + 0.2)) / 2, 9);
    expect(band(11)).toBeUndefined();
  });
});
