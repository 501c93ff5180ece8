/** A straight-line fit y = intercept + slope·x. */
export interface LinearFit {
  slope: number;
  intercept: number;
  /** Weighted Pearson correlation of x and y. */
  r: number;
  /** Number of points used. */
  n: number;
}

/**
 * Weighted least-squares line through (x, y) with weights w (e.g. pupils per decile), and the
 * weighted correlation. Points with a non-finite value or a weight ≤ 0 are left out.
 * Returns undefined with fewer than two distinct x values.
 *
 * @example weightedLinearFit([1, 2, 3], [3, 2, 1], [1, 1, 1]).slope // -1
 */
export function weightedLinearFit(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  w?: ArrayLike<number>,
): LinearFit | undefined {
  let sw = 0;
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const wi = w ? w[i]! : 1;
    const xi = x[i]!;
    const yi = y[i]!;
    if (!(wi > 0) || !Number.isFinite(xi) || !Number.isFinite(yi)) continue;
    sw += wi;
    sx += wi * xi;
    sy += wi * yi;
    n++;
  }
  if (n < 2) return undefined;
  const mx = sx / sw;
  const my = sy / sw;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const wi = w ? w[i]! : 1;
    const xi = x[i]!;
    const yi = y[i]!;
    if (!(wi > 0) || !Number.isFinite(xi) || !Number.isFinite(yi)) continue;
    sxx += wi * (xi - mx) ** 2;
    sxy += wi * (xi - mx) * (yi - my);
    syy += wi * (yi - my) ** 2;
  }
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  const r = syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  return { slope, intercept: my - slope * mx, r, n };
}
