import { fisherExact } from './fisher-exact.js';
import { Z95 } from './wilson.js';

/** Result of comparing two proportions. */
export interface ProportionComparison {
  /** p1 − p2, as a fraction. */
  difference: number;
  /** 95% interval of the difference (Newcombe's hybrid score method), as fractions. */
  lower: number;
  upper: number;
  /** z statistic of the pooled two-proportion test. */
  z: number;
  /** two-sided p-value (of the test named by `test`). */
  p: number;
  /** `z`: the pooled two-proportion z-test; `fisher`: Fisher's exact test, used when an expected count is below 5. */
  test: 'z' | 'fisher';
  /** "higher" / "lower" when significant at the 5% level, otherwise "similar". */
  verdict: 'higher' | 'lower' | 'similar';
}

/** The smallest expected count for which the z-test's normal approximation is trusted (Cochran's rule). */
export const MIN_EXPECTED = 5;

/** Standard normal cumulative distribution (Abramowitz and Stegun 26.2.17, error < 7.5e-8). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = 0.3989422804014327 * Math.exp((-x * x) / 2);
  const p = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return x > 0 ? 1 - p : p;
}

function wilsonBounds(x: number, n: number, z: number): [number, number] {
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Compares x1/n1 with x2/n2: the pooled two-proportion z-test for significance (the same as
 * Pearson's chi-square on the 2 × 2 table, without continuity correction), or Fisher's exact test
 * when any of the four expected counts is below {@link MIN_EXPECTED}; and Newcombe's hybrid score
 * interval for the difference (Newcombe 1998, method 10), built from the two Wilson intervals.
 * The two groups must not overlap: to compare an area with a total that includes it (England),
 * compare it with the rest (the total minus the area). Returns undefined if either denominator is 0.
 *
 * @example compareProportions(477, 3148, 45000, 638745).verdict // 'higher'
 */
export function compareProportions(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  z = Z95,
): ProportionComparison | undefined {
  if (!(n1 > 0) || !(n2 > 0) || x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2) return undefined;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const stat = se > 0 ? (p1 - p2) / se : 0;
  const expected = [n1 * pooled, n1 * (1 - pooled), n2 * pooled, n2 * (1 - pooled)];
  const exact = se > 0 && expected.some((e) => e < MIN_EXPECTED) && Number.isInteger(x1) && Number.isInteger(x2);
  const pValue = exact ? fisherExact(x1, n1 - x1, x2, n2 - x2)! : se > 0 ? 2 * (1 - normalCdf(Math.abs(stat))) : 1;
  const [l1, u1] = wilsonBounds(x1, n1, z);
  const [l2, u2] = wilsonBounds(x2, n2, z);
  const d = p1 - p2;
  const lower = d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2);
  const upper = d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2);
  const verdict = pValue < 0.05 ? (d > 0 ? 'higher' : 'lower') : 'similar';
  return { difference: d, lower, upper, z: stat, p: pValue, test: exact ? 'fisher' : 'z', verdict };
}
