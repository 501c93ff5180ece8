import { normalCdf } from './two-proportion.js';

/** The Cochran–Armitage test for trend in proportions. */
export interface TrendTest {
  /** Signed statistic: positive when the proportion rises with the score. */
  z: number;
  /** z², the chi-square for trend on 1 degree of freedom. */
  chiSquare: number;
  /** Two-sided p-value. */
  p: number;
  /** Groups used (those with a denominator above 0). */
  groups: number;
  /** People in those groups (the denominator of the test). */
  total: number;
}

/**
 * The Cochran–Armitage chi-square test for a linear trend in proportions across ordered groups
 * (Cochran 1954; Armitage 1955): counts `x` out of totals `n` with scores `t` (default 1, 2, 3…).
 * With p̄ = Σx / Σn, T = Σ tᵢ(xᵢ − nᵢp̄) and Var T = p̄(1 − p̄)[Σ nᵢtᵢ² − (Σ nᵢtᵢ)² / N], z = T / √Var T.
 * Its χ² = z² equals N r², where r is the correlation, person by person, of the score with the
 * outcome (0 or 1): the test weighs every pupil, not every decile alike. R's `prop.trend.test`.
 *
 * @param x counts with the outcome, per group
 * @param n totals per group (the denominators: pupils)
 * @param t scores per group (default 1…k)
 * @returns the test, or undefined with fewer than two groups, no variation in the outcome or in the scores
 * @example cochranArmitage([48, 38, 5, 1, 1], [17114, 14502, 793, 127, 38], [0, 0.5, 1.5, 4, 7]).chiSquare // 6.57
 */
export function cochranArmitage(
  x: ArrayLike<number>,
  n: ArrayLike<number>,
  t?: ArrayLike<number>,
): TrendTest | undefined {
  let N = 0;
  let X = 0;
  let groups = 0;
  for (let i = 0; i < n.length; i++) {
    if (!(n[i]! > 0)) continue;
    N += n[i]!;
    X += x[i]!;
    groups++;
  }
  if (groups < 2 || X <= 0 || X >= N) return undefined;
  const p = X / N;
  let T = 0;
  let snt = 0;
  let sntt = 0;
  for (let i = 0; i < n.length; i++) {
    if (!(n[i]! > 0)) continue;
    const score = t ? t[i]! : i + 1;
    T += score * (x[i]! - n[i]! * p);
    snt += n[i]! * score;
    sntt += n[i]! * score * score;
  }
  const variance = p * (1 - p) * (sntt - (snt * snt) / N);
  if (!(variance > 0)) return undefined;
  const z = T / Math.sqrt(variance);
  return { z, chiSquare: z * z, p: Math.min(1, 2 * (1 - normalCdf(Math.abs(z)))), groups, total: N };
}
