import { Z95 } from './wilson.js';

/** A ratio of two rates with its 95% interval. */
export interface RateRatio {
  ratio: number;
  lower: number;
  upper: number;
}

/**
 * The ratio of two proportions, (x1/n1) ÷ (x2/n2), with its 95% interval by the log method
 * (Katz et al. 1978): ln ratio ± z·√(1/x1 − 1/n1 + 1/x2 − 1/n2). The interval excludes 1 exactly
 * when the two rates differ at the 5% level by that method.
 *
 * @returns the ratio and interval, or undefined when a count is 0 (the log method needs x1, x2 > 0) or exceeds its total
 * @example rateRatio(198, 1000, 91, 1000) // { ratio: 2.18, lower: 1.72, upper: 2.74 } (rounded)
 */
export function rateRatio(x1: number, n1: number, x2: number, n2: number, z = Z95): RateRatio | undefined {
  if (!(x1 > 0) || !(x2 > 0) || !(n1 >= x1) || !(n2 >= x2)) return undefined;
  const ratio = x1 / n1 / (x2 / n2);
  const se = Math.sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2);
  return { ratio, lower: ratio * Math.exp(-z * se), upper: ratio * Math.exp(z * se) };
}
