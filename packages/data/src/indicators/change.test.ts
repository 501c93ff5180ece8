import { describe, expect, it } from 'vitest';
import { changeBetween, compareShares } from './change.js';
import type { IndicatorPoint } from './points.js';

const pc = (period: string, numerator: number, denominator: number): IndicatorPoint => ({
  period,
  status: 'shown',
  value: (numerator / denominator) * 100,
  numerator,
  denominator,
});

describe('changeBetween', () => {
  it('has the expected defaults: a percentage with counts is tested, and only a significant change is worded by its direction', () => {
    // Wolverhampton: 121 of 318 in 2021, 90 of 350 in 2022 (p < 0.001)
    const c = changeBetween(pc('2022', 90, 350), pc('2021', 121, 318), 'percent', 'higher');
    expect(c).toMatchObject({ from: '2021', to: '2022', status: 'shown', tested: true, verdict: 'worsened' });
    expect(c.difference).toBeCloseTo(-12.34, 2);
    expect(c.p).toBeLessThan(0.001);
    expect(changeBetween(pc('2022', 90, 350), pc('2021', 121, 318), 'percent', 'lower').verdict).toBe('improved');
    expect(changeBetween(pc('2022', 90, 350), pc('2021', 121, 318), 'percent').verdict).toBe('down');
  });

  it('calls a change within the margin of error no real change, whatever its sign', () => {
    // 30 of 100 against 33 of 100: p ≈ 0.65
    expect(changeBetween(pc('b', 30, 100), pc('a', 33, 100), 'percent', 'higher')).toMatchObject({
      tested: true,
      verdict: 'no-real-change',
    });
  });

  it('makes no claim for a percentage without counts: up or down only, untested', () => {
    const now: IndicatorPoint = { period: 'b', status: 'shown', value: 70 };
    const then: IndicatorPoint = { period: 'a', status: 'shown', value: 60 };
    expect(changeBetween(now, then, 'percent', 'higher')).toMatchObject({
      difference: 10,
      tested: false,
      verdict: 'up',
    });
  });

  it('words a count by its sign and size, with its relative change', () => {
    const c = changeBetween(
      { period: '2024/25', status: 'shown', value: 3148 },
      { period: '2023/24', status: 'shown', value: 2847 },
      'count',
    );
    expect(c).toMatchObject({ difference: 301, tested: false, verdict: 'up' });
    expect(c.relative).toBeCloseTo(10.57, 2);
    expect(
      changeBetween(
        { period: 'b', status: 'shown', value: 40 },
        { period: 'a', status: 'shown', value: 200 },
        'count',
        'lower',
      ).verdict,
    ).toBe('improved');
    expect(
      changeBetween(
        { period: 'b', status: 'shown', value: 40 },
        { period: 'a', status: 'shown', value: 40 },
        'count',
        'lower',
      ).verdict,
    ).toBe('unchanged');
  });

  it('is unavailable when either period is not shown', () => {
    expect(
      changeBetween(pc('b', 30, 100), { period: 'a', status: 'suppressed', reason: 'small-count' }, 'percent'),
    ).toEqual({ from: 'a', to: 'b', status: 'unavailable' });
  });
});

describe('compareShares', () => {
  it('compares the area with the rest of a comparator that contains it', () => {
    // 50 of 100 in an area of a whole of 150 of 300: the rest is 100 of 200, the same share
    expect(compareShares({ numerator: 50, denominator: 100 }, { numerator: 150, denominator: 300 }, true)).toBe(
      'similar',
    );
    expect(compareShares({ numerator: 90, denominator: 350 }, { numerator: 30536, denominator: 62108 }, true)).toBe(
      'lower',
    );
    expect(compareShares({ numerator: 90, denominator: 350 }, { numerator: 90, denominator: 350 }, false)).toBe(
      'similar',
    );
    expect(compareShares({ numerator: 90, denominator: undefined }, { numerator: 3, denominator: 4 }, false)).toBe(
      undefined,
    );
  });
});
