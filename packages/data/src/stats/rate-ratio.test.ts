import { describe, expect, it } from 'vitest';
import { rateRatio } from './rate-ratio.js';

describe('rateRatio', () => {
  it('has the expected defaults: nothing when a count is 0 or more than its total', () => {
    expect(rateRatio(0, 100, 10, 100)).toBeUndefined();
    expect(rateRatio(10, 100, 0, 100)).toBeUndefined();
    expect(rateRatio(101, 100, 10, 100)).toBeUndefined();
  });

  it('20 of 100 against 10 of 100: ratio 2, 95% interval 0.987 to 4.054 (log method, worked by hand)', () => {
    // se = √(1/20 − 1/100 + 1/10 − 1/100) = √0.13 = 0.360555; 2·e^(∓1.959964 × 0.360555)
    const r = rateRatio(20, 100, 10, 100)!;
    expect(r.ratio).toBe(2);
    expect(r.lower).toBeCloseTo(0.986563, 5);
    expect(r.upper).toBeCloseTo(4.054479, 5);
  });

  it('is symmetric on the log scale and turns over with its groups', () => {
    const a = rateRatio(198, 1000, 91, 1000)!;
    const b = rateRatio(91, 1000, 198, 1000)!;
    expect(Math.log(a.ratio) - Math.log(a.lower)).toBeCloseTo(Math.log(a.upper) - Math.log(a.ratio), 12);
    expect(b.ratio).toBeCloseTo(1 / a.ratio, 12);
    expect(b.lower).toBeCloseTo(1 / a.upper, 12);
  });
});
