import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canShowRate, protectCounts } from './disclosure.js';
import { isMissing, isValue, missing } from './missing.js';

describe('protectCounts', () => {
  it('has the expected defaults: counts 1–9 hidden, 0 and 10 shown', () => {
    const out = protectCounts([0, 1, 9, 10, 500]);
    expect(out.values.map((v) => (isMissing(v) ? v.kind : v))).toEqual([0, 'suppressed', 'suppressed', 10, 500]);
    expect(out.reasons).toEqual([undefined, 'primary', 'primary', undefined, undefined]);
  });

  it('hides the next smallest cell when only one would be hidden in a group', () => {
    const out = protectCounts([120, 4, 30, 60], undefined, { minCount: 10 });
    expect(out.reasons).toEqual([undefined, 'primary', 'secondary', undefined]);
    expect(out.counts).toMatchObject({ primary: 1, secondary: 1 });
  });

  it('treats groups separately', () => {
    const out = protectCounts([50, 3, 40, 60, 70, 80], ['a', 'a', 'a', 'b', 'b', 'b']);
    expect(out.reasons).toEqual([undefined, 'primary', 'secondary', undefined, undefined, undefined]);
  });

  it('keeps source suppression and counts it as a hidden cell', () => {
    const out = protectCounts([50, missing('suppressed', 'c'), 4, 60]);
    // two cells are hidden, but the known hidden sum (4) is below 10, so one more goes
    expect(out.reasons).toEqual(['secondary', 'source', 'primary', undefined]);
    expect(out.counts.secondary).toBe(1);
  });

  it('hides the whole group when its total is below the threshold', () => {
    const out = protectCounts([3, 0, 2]);
    expect(out.values.map((v) => (isMissing(v) ? 'c' : v))).toEqual(['c', 0, 'c']);
  });

  it('rounds shown counts to a base', () => {
    expect(protectCounts([123, 47], undefined, { roundTo: 5 }).values).toEqual([125, 45]);
  });

  it('never shows a count below the threshold, and a lone hidden cell is never recoverable', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 60 }), { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 1, max: 20 }),
        (cells, minCount) => {
          const out = protectCounts(cells, undefined, { minCount });
          const hidden = out.values.filter(isMissing);
          for (const v of out.values) if (isValue(v)) expect(v === 0 || v >= minCount).toBe(true);
          // with a shown total, one hidden cell equals total − shown: never allow exactly one
          const total = cells.reduce((a, b) => a + b, 0);
          if (total >= minCount) expect(hidden.length).not.toBe(1);
          // the hidden cells together must not reveal a small sum
          const hiddenSum = cells.reduce((s, v, i) => (isMissing(out.values[i]) ? s + v : s), 0);
          if (hidden.length) expect(hiddenSum >= minCount || cells.reduce((a, b) => a + b, 0) < minCount).toBe(true);
        },
      ),
    );
  });
});

describe('protectCounts: secondary cells', () => {
  // the rule written the plain way: sort the shown cells by count (ties by position) and hide from the smallest
  function reference(values: number[], minCount: number): boolean[] {
    const hidden = values.map((v) => v > 0 && v < minCount);
    let count = hidden.filter(Boolean).length;
    let sum = values.reduce((s, v, i) => s + (hidden[i] ? v : 0), 0);
    const total = values.reduce((s, v) => s + v, 0);
    if (count === 0) return hidden;
    if (total < minCount) return values.map((v) => v !== 0);
    const order = values
      .map((_, i) => i)
      .filter((i) => !hidden[i] && values[i]! > 0)
      .sort((a, b) => values[a]! - values[b]! || a - b);
    for (const i of order) {
      if (count >= 2 && sum >= minCount) break;
      hidden[i] = true;
      count++;
      sum += values[i]!;
    }
    return hidden;
  }

  it('hides the same cells as sorting the whole group by count would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 2, max: 120 }),
        (values, minCount) => {
          const got = protectCounts(values, undefined, { minCount }).values.map((v) => isMissing(v));
          expect(got).toEqual(reference(values, minCount));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('canShowRate', () => {
  it('needs a large enough denominator and a numerator that is zero or not small', () => {
    expect(canShowRate(12, 400)).toBe(true);
    expect(canShowRate(0, 400)).toBe(true);
    expect(canShowRate(3, 400)).toBe(false);
    expect(canShowRate(5, 8)).toBe(false);
    expect(canShowRate(missing('suppressed'), 400)).toBe(false);
  });
});
