import * as d3 from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tickIncrement, ticks } from './nice-ticks.js';

/** Numbers the charts meet, and awkward ones (0, −0, tiny, huge, negative). */
const value = fc.oneof(
  fc.integer({ min: -1000, max: 50_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1, max: 1, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1, 0.1, 0.3, 100, 32_844, 1e-12, 1e12),
);
const count = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom(0.5, 1.5, 2.5, 7.3, -1, NaN));

/** What a call gives, or the kind of error it throws. */
function attempt(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    return `throws ${(e as Error).name}`;
  }
}

/** Compared bit for bit (Object.is: 0 and −0 differ). */
function same(ours: unknown, theirs: unknown): void {
  if (Array.isArray(theirs)) {
    expect((ours as unknown[]).length).toBe(theirs.length);
    theirs.forEach((t, i) =>
      expect(Object.is((ours as unknown[])[i], t), `${String(ours)} vs ${String(theirs)}`).toBe(true),
    );
  } else expect(Object.is(ours, theirs), `${String(ours)} vs ${String(theirs)}`).toBe(true);
}

describe('ticks and tickIncrement', () => {
  it('has the expected defaults: round steps of 1, 2 or 5 times a power of ten', () => {
    expect(ticks(0, 37, 5)).toEqual([0, 10, 20, 30]);
    expect(ticks(1, 0, 4)).toEqual([1, 0.8, 0.6, 0.4, 0.2, 0]);
    expect(ticks(0, 1, 10)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(ticks(5, 5, 10)).toEqual([5]);
    expect(ticks(0, 10, 0)).toEqual([]);
    expect(tickIncrement(0, 37, 5)).toBe(10);
    expect(tickIncrement(0, 1, 10)).toBe(-10);
  });

  it('gives the same ticks as d3-array, bit for bit, for any domain and count (either way round)', () => {
    fc.assert(
      fc.property(value, value, count, (a, b, n) =>
        same(
          attempt(() => ticks(a, b, n)),
          attempt(() => d3.ticks(a, b, n)),
        ),
      ),
      { numRuns: 5000 },
    );
  });

  it('gives the same increment as d3-array for any ascending domain and count', () => {
    fc.assert(
      fc.property(value, value, count, (a, b, n) => {
        const [start, stop] = a <= b ? [a, b] : [b, a];
        same(tickIncrement(start, stop, n), d3.tickIncrement(start, stop, n));
      }),
      { numRuns: 5000 },
    );
  });
});
