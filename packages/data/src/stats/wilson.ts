/** A proportion with its 95% interval, all as fractions 0–1. */
export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for `successes` out of `trials` (Wilson 1927; Newcombe 1998 method 3).
 * Well behaved near 0 and 1 and for small samples, unlike the normal approximation.
 * Returns undefined when `trials` is 0 or the inputs are not counts.
 *
 * @example wilson(6846, 49696) // { estimate: 0.1378, lower: 0.1348, upper: 0.1408 } (rounded)
 */
export function wilson(successes: number, trials: number, z = Z95): Interval | undefined {
  if (!(trials > 0) || !(successes >= 0) || successes > trials) return undefined;
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  return { estimate: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
