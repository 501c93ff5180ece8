import { describe, expect, it } from 'vitest';
import { fisherExact } from './fisher-exact.js';
import { compareProportions } from './two-proportion.js';

describe('compareProportions', () => {
  it('has the expected defaults: nothing for an empty group; the z-test when every expected count is 5 or more', () => {
    expect(compareProportions(1, 0, 1, 10)).toBeUndefined();
    const c = compareProportions(363, 1000, 3540, 10000)!;
    expect(c.test).toBe('z');
    // pooled 3,903/11,000: se = √(0.35482 × 0.64518 × (1/1,000 + 1/10,000)) = 0.015869; z = 0.009/0.015869
    expect(c.z).toBeCloseTo(0.5672, 3);
    expect(c.verdict).toBe('similar');
  });

  it("uses Fisher's exact test when an expected count is below 5", () => {
    // 10 of 20 against 20 of 1,000: expected 0.59 in the first group
    const c = compareProportions(10, 20, 20, 1000)!;
    expect(c.test).toBe('fisher');
    expect(c.p).toBeCloseTo(fisherExact(10, 10, 20, 980)!, 12);
    expect(c.verdict).toBe('higher');
  });

  it("gives Newcombe's hybrid score interval (method 10), worked from the two Wilson intervals", () => {
    // 56/70 − 48/80 (Newcombe 1998, table II example (a)): difference 0.2, interval 0.0524 to 0.3339
    const c = compareProportions(56, 70, 48, 80)!;
    expect(c.difference).toBeCloseTo(0.2, 12);
    expect(c.lower).toBeCloseTo(0.0524, 4);
    expect(c.upper).toBeCloseTo(0.3339, 4);
  });
});
