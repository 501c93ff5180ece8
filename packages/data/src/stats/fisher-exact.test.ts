import { describe, expect, it } from 'vitest';
import { fisherExact } from './fisher-exact.js';

/** Exact binomial coefficient for small n, by multiplication (independent of the log-gamma route). */
const choose = (n: number, k: number) => {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
};

describe('fisherExact', () => {
  it('has the expected defaults: a table with no evidence either way gives 1, and non-counts give nothing', () => {
    expect(fisherExact(2, 2, 2, 2)).toBeCloseTo(1, 12);
    expect(fisherExact(1.5, 2, 2, 2)).toBeUndefined();
    expect(fisherExact(-1, 2, 2, 2)).toBeUndefined();
  });

  it("Fisher's tea-tasting table: 34/70, summed here from the hypergeometric probabilities", () => {
    // margins 4 and 4 of 8: P(k) = C(4,k)·C(4,4−k)/C(8,4); tables as or less likely than k = 3 are k = 0, 1, 3, 4
    const p = (k: number) => (choose(4, k) * choose(4, 4 - k)) / choose(8, 4);
    expect(fisherExact(3, 1, 1, 3)).toBeCloseTo(p(0) + p(1) + p(3) + p(4), 12);
    expect(fisherExact(3, 1, 1, 3)).toBeCloseTo(34 / 70, 12);
  });

  it('matches an independent implementation (scipy.stats.fisher_exact 1.17.1, two-sided)', () => {
    expect(fisherExact(1, 9, 11, 3)).toBeCloseTo(0.0027594561852200836, 10);
    // a small area against the rest of England: 10 of 77 against 2,040 of 11,573
    expect(fisherExact(10, 67, 2040, 9533)).toBeCloseTo(0.36688730445910167, 9);
  });
});
