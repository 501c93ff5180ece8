import type { IndicatorDirection, IndicatorUnit } from '../contracts/indicators.js';
import { isValue, type Missing } from '../missing.js';
import { compareProportions } from '../stats/two-proportion.js';
import type { IndicatorPoint } from './points.js';

/**
 * What a change means, in one word:
 * - `improved` / `worsened`: a percentage's change significant at the 5% level (two-proportion
 *   z-test), or a count's change, in the direction `better` names;
 * - `up` / `down`: the same without a known direction, or a percentage's change with no
 *   denominators to test (said as a difference only, never as a real change);
 * - `no-real-change`: a percentage's change that the test does not find significant;
 * - `unchanged`: the same figure.
 */
export type ChangeVerdict = 'improved' | 'worsened' | 'up' | 'down' | 'no-real-change' | 'unchanged';

/** The area's change from the previous period to the current one. */
export interface IndicatorChange {
  from: string;
  to: string;
  /** `unavailable` when either figure is not shown. */
  status: 'shown' | 'unavailable';
  /** Current − previous: percentage points for a percentage, a count for a count. */
  difference?: number;
  /** Counts: the change as a percentage of the previous figure. */
  relative?: number;
  /** Whether a test stands behind the verdict (percentages with numerators and denominators in both periods). */
  tested?: boolean;
  /** Two-sided p-value of the pooled two-proportion z-test. */
  p?: number;
  verdict?: ChangeVerdict;
}

/** The direction of a difference in words, given which way is better. */
function direction(difference: number, better: IndicatorDirection | undefined): ChangeVerdict {
  if (difference === 0) return 'unchanged';
  const up = difference > 0;
  if (!better) return up ? 'up' : 'down';
  return up === (better === 'higher') ? 'improved' : 'worsened';
}

/**
 * The change between two points of the area's series. A percentage with a numerator and
 * denominator in both periods is tested (pooled two-proportion z-test, 5% level): only a
 * significant change is `improved`/`worsened` (or `up`/`down` without a direction); otherwise it
 * is `no-real-change`. A percentage without them gets its difference in points and `up`/`down`,
 * with no claim. A count gets its difference and relative change, worded by its sign.
 *
 * @param now the current point
 * @param then the previous point
 * @param unit the indicator's unit
 * @param better which way is better, if known
 * @returns the change
 * @example changeBetween({ period: '2022', status: 'shown', value: 25.7, numerator: 90, denominator: 350 }, { period: '2021', status: 'shown', value: 38.1, numerator: 121, denominator: 318 }, 'percent', 'higher').verdict // 'worsened'
 */
export function changeBetween(
  now: IndicatorPoint,
  then: IndicatorPoint,
  unit: IndicatorUnit,
  better?: IndicatorDirection,
): IndicatorChange {
  const base = { from: then.period, to: now.period };
  if (now.status !== 'shown' || then.status !== 'shown') return { ...base, status: 'unavailable' };
  const difference = now.value! - then.value!;
  if (unit === 'count') {
    const relative = then.value! > 0 ? (difference / then.value!) * 100 : undefined;
    return {
      ...base,
      status: 'shown',
      difference,
      ...(relative !== undefined ? { relative } : {}),
      tested: false,
      verdict: direction(difference, better),
    };
  }
  const test =
    isValue(now.numerator) && isValue(then.numerator)
      ? compareProportions(now.numerator, now.denominator!, then.numerator, then.denominator!)
      : undefined;
  if (!test)
    return {
      ...base,
      status: 'shown',
      difference,
      tested: false,
      verdict: difference === 0 ? 'unchanged' : difference > 0 ? 'up' : 'down',
    };
  const verdict = test.verdict === 'similar' ? 'no-real-change' : direction(test.difference, better);
  return { ...base, status: 'shown', difference, tested: true, p: test.p, verdict };
}

/** Counts of a share: numerator and denominator, or undefined when either is not a number. */
export interface ShareCounts {
  numerator?: number | Missing;
  denominator?: number | Missing;
}

/**
 * Tests the area's share against a comparator's. When the area is part of the comparator
 * (England, or its own region), the comparator's counts less the area's (the rest of England, the
 * rest of the region) are compared, so the area is not compared with itself.
 *
 * @param area the area's numerator and denominator
 * @param other the comparator's
 * @param contains whether the comparator includes the area
 * @returns `higher`, `lower` or `similar` at the 5% level, or undefined when there is nothing to test
 * @example compareShares({ numerator: 90, denominator: 350 }, { numerator: 30536, denominator: 62108 }, true) // 'lower'
 */
export function compareShares(
  area: ShareCounts,
  other: ShareCounts,
  contains: boolean,
): 'higher' | 'lower' | 'similar' | undefined {
  const { numerator: x1, denominator: n1 } = area;
  const { numerator: x2, denominator: n2 } = other;
  if (!isValue(x1) || !isValue(n1) || !isValue(x2) || !isValue(n2)) return undefined;
  const [x, n] = contains ? [x2 - x1, n2 - n1] : [x2, n2];
  return compareProportions(x1, n1, x, n)?.verdict;
}
