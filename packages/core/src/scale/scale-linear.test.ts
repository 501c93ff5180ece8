import * as d3 from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleSqrt } from './scale-linear.js';

/** Numbers the charts meet: counts, rates, shares, pixel positions, and awkward ones (0, tiny, huge, negative). */
const value = fc.oneof(
  fc.integer({ min: -1000, max: 50_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1, max: 1, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1, 0.1, 0.3, 100, 32_844, 1e-12, 1e12),
);
const pair = fc.tuple(value, value);
const count = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom(2.5, 7.3, -1));
const RUNS = { numRuns: 2000 };

/** What a call gives, or the kind of error it throws (d3-array's ticks throw on denormal domains). */
function attempt(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    return `throws ${(e as Error).name}`;
  }
}

/** Every output of ours and d3-scale's, compared bit for bit (Object.is: 0 and −0 differ, NaN equals NaN). */
function same(ours: unknown, theirs: unknown): void {
  if (Array.isArray(theirs)) {
    expect(Array.isArray(ours)).toBe(true);
    expect((ours as unknown[]).length).toBe(theirs.length);
    theirs.forEach((t, i) => same((ours as unknown[])[i], t));
  } else expect(Object.is(ours, theirs), `${String(ours)} vs ${String(theirs)}`).toBe(true);
}

describe('scaleLinear', () => {
  it('has the expected defaults', () => {
    const s = scaleLinear();
    expect(s.domain()).toEqual([0, 1]);
    expect(s.range()).toEqual([0, 1]);
    expect(s.clamp()).toBe(false);
    expect(s(0.5)).toBe(0.5);
    expect(s(2)).toBe(2);
  });

  it('maps values as d3-scale does, for any domain and range (ascending, descending, zero-width)', () => {
    fc.assert(
      fc.property(pair, pair, fc.array(value, { maxLength: 8 }), (domain, range, xs) => {
        const ours = scaleLinear().domain(domain).range(range);
        const theirs = d3.scaleLinear().domain(domain).range(range);
        for (const x of [...xs, ...domain, (domain[0] + domain[1]) / 2]) same(ours(x), theirs(x));
      }),
      RUNS,
    );
  });

  it('clamps as d3-scale does', () => {
    fc.assert(
      fc.property(pair, pair, fc.array(value, { maxLength: 8 }), (domain, range, xs) => {
        const ours = scaleLinear().domain(domain).range(range).clamp(true);
        const theirs = d3.scaleLinear().domain(domain).range(range).clamp(true);
        expect(ours.clamp()).toBe(true);
        for (const x of xs) same(ours(x), theirs(x));
      }),
      RUNS,
    );
  });

  it('makes the same nice domain and the same ticks as d3-scale, with and without a count', () => {
    fc.assert(
      fc.property(
        pair,
        fc.option(count, { nil: undefined }),
        fc.option(count, { nil: undefined }),
        (domain, niceCount, tickCount) => {
          const ours = scaleLinear().domain(domain).nice(niceCount);
          const theirs = d3.scaleLinear().domain(domain).nice(niceCount);
          same(ours.domain(), theirs.domain());
          same(
            attempt(() => ours.ticks(tickCount)),
            attempt(() => theirs.ticks(tickCount)),
          );
        },
      ),
      RUNS,
    );
  });

  it('agrees with d3-scale when the domain is set again after a range (as the charts re-nice for the plot size)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        pair,
        fc.integer({ min: 2, max: 12 }),
        (max, range, n) => {
          const ours = scaleLinear()
            .domain([0, Math.max(1, max)])
            .nice();
          const theirs = d3
            .scaleLinear()
            .domain([0, Math.max(1, max)])
            .nice();
          ours.range(range);
          theirs.range(range);
          same(ours(0), theirs(0));
          ours.domain([0, Math.max(1, max)]).nice(n);
          theirs.domain([0, Math.max(1, max)]).nice(n);
          same(
            ours.ticks(n).map((t) => ours(t)),
            theirs.ticks(n).map((t) => theirs(t)),
          );
        },
      ),
      RUNS,
    );
  });

  it('returns undefined for missing and non-numeric input, as d3-scale does', () => {
    const s = scaleLinear().domain([0, 10]).range([0, 100]);
    for (const x of [NaN, null, undefined]) expect(s(x as number)).toBeUndefined();
    expect(s('5' as unknown as number)).toBe(50);
  });

  it('examples from the charts', () => {
    expect(scaleLinear().domain([0, 37]).nice().range([300, 20]).ticks(5)).toEqual([0, 10, 20, 30, 40]);
    expect(scaleLinear().domain([0, 0.287]).nice(5).domain()).toEqual([0, 0.3]);
    expect(scaleLinear().domain([-4.2, 4.2]).nice(6).domain()).toEqual([-6, 6]);
    const bullet = scaleLinear().domain([0, 200]).range([0, 100]).clamp(true);
    expect([bullet(-5), bullet(40), bullet(250)]).toEqual([0, 20, 100]);
  });
});

describe('scaleSqrt', () => {
  it('has the expected defaults', () => {
    const s = scaleSqrt();
    expect(s.domain()).toEqual([0, 1]);
    expect(s(0.25)).toBe(0.5);
  });

  it('maps values as d3-scale does, including negative values', () => {
    fc.assert(
      fc.property(pair, pair, fc.array(value, { maxLength: 8 }), fc.boolean(), (domain, range, xs, clamp) => {
        const ours = scaleSqrt().domain(domain).range(range).clamp(clamp);
        const theirs = d3.scaleSqrt().domain(domain).range(range).clamp(clamp);
        for (const x of [...xs, ...domain]) same(ours(x), theirs(x));
      }),
      RUNS,
    );
  });

  it('makes the same nice domain and ticks as d3-scale (on the untransformed domain)', () => {
    fc.assert(
      fc.property(pair, fc.option(count, { nil: undefined }), (domain, n) => {
        const ours = scaleSqrt().domain(domain).nice(n);
        const theirs = d3.scaleSqrt().domain(domain).nice(n);
        same(ours.domain(), theirs.domain());
        same(
          attempt(() => ours.ticks(n)),
          attempt(() => theirs.ticks(n)),
        );
      }),
      RUNS,
    );
  });

  it('gives the radius for an area, as in the scatter', () => {
    expect(scaleSqrt().domain([0, 400]).range([0, 8])(100)).toBe(4);
  });
});
