import type { IndicatorUnit } from '../contracts/indicators.js';
import { protectLinkedCounts, type LinearConstraint } from '../linked-disclosure.js';
import { isMissing, isValue, type Missing, type MissingKind } from '../missing.js';
import { wilson } from '../stats/wilson.js';
import type { IndicatorRow } from './read.js';

/**
 * Why a figure is not shown: a published symbol's meaning (`not_applicable` for `z`,
 * `not_available` for `x`, `suppressed` for `c`…), `no-data` when the data has no figure,
 * `small-count` when it is, or would give away, a count below the disclosure threshold, and
 * `small-denominator` when a percentage is of fewer than the threshold.
 */
export type IndicatorGap = MissingKind | 'no-data' | 'small-count' | 'small-denominator';

/** One period of one area's series, after disclosure control. */
export interface IndicatorPoint {
  period: string;
  /** `shown`; `suppressed` (here or at source); `missing` (not applicable, not available, no data). */
  status: 'shown' | 'suppressed' | 'missing';
  /** Why it is not shown. */
  reason?: IndicatorGap;
  /** The symbol as published (z, x, c), for a gap. */
  symbol?: string;
  /** The figure (shown points only): a count, or a percentage 0–100 as published. */
  value?: number;
  /**
   * For the area's own percentages with a numerator and denominator (shown points only): the
   * counts, and the Wilson 95% interval (0–100). Other areas' points never carry them, so no
   * count of theirs can be shown or worked out by subtraction from a total.
   */
  numerator?: number;
  denominator?: number;
  lower?: number;
  upper?: number;
  /** Counts: the value as an index, the base period's value = 100 (see `IndicatorModel.indexBase`). */
  index?: number;
}

/** A gap point. */
export function gapPoint(period: string, value: number | Missing | undefined): IndicatorPoint {
  if (!isMissing(value) || value.kind === 'blank') return { period, status: 'missing', reason: 'no-data' };
  return {
    period,
    status: value.kind === 'suppressed' ? 'suppressed' : 'missing',
    reason: value.kind,
    symbol: value.symbol,
  };
}

/** Whether a count is 1 to `minCount − 1`. */
const small = (n: number, minCount: number) => n > 0 && n < minCount;

/**
 * A percentage's point. With a numerator and denominator (and the numerator not above it), the
 * disclosure rules of the project apply: a denominator below `minCount` hides it
 * (`small-denominator`, or not applicable when it is 0), and so does a numerator, or the rest of
 * the denominator, from 1 to `minCount − 1` (`small-count`): with the denominator known, the
 * percentage would give either away. `keepCounts` keeps the counts and the Wilson interval (the
 * area's own series only).
 */
export function percentPoint(row: IndicatorRow, minCount: number, keepCounts: boolean): IndicatorPoint {
  const { period, value, numerator: x, denominator: n } = row;
  if (!isValue(value)) return gapPoint(period, value);
  if (isValue(x) && isValue(n) && x <= n) {
    if (n === 0 && minCount === 0) return { period, status: 'missing', reason: 'not_applicable' };
    if (n < minCount || n === 0) return { period, status: 'suppressed', reason: 'small-denominator' };
    if (small(x, minCount) || small(n - x, minCount)) return { period, status: 'suppressed', reason: 'small-count' };
    if (!keepCounts) return { period, status: 'shown', value };
    const ci = wilson(x, n)!;
    return {
      period,
      status: 'shown',
      value,
      numerator: x,
      denominator: n,
      lower: ci.lower * 100,
      upper: ci.upper * 100,
    };
  }
  return { period, status: 'shown', value };
}

/**
 * The points of count rows of one period after disclosure control over the relations between
 * them: England is the sum of its authorities and of its regions, and each region the sum of its
 * authorities. Counts from 1 to `minCount − 1` are hidden, and then as many others as it takes
 * that no hidden count can be worked out from the totals (see `protectLinkedCounts`).
 */
export function countPoints(rows: readonly IndicatorRow[], minCount: number): IndicatorPoint[] {
  const values = rows.map((r) => r.value);
  const safe = protectLinkedCounts(values, hierarchyOf(rows), { minCount });
  return rows.map((r, i) => {
    const v = safe.values[i];
    if (safe.reasons[i] === 'primary' || safe.reasons[i] === 'secondary')
      return { period: r.period, status: 'suppressed', reason: 'small-count' };
    return isValue(v) ? { period: r.period, status: 'shown', value: v } : gapPoint(r.period, r.value);
  });
}

/** The relations between one period's rows, by row: England the sum of its authorities and of its regions, each region of its authorities. */
function hierarchyOf(rows: readonly IndicatorRow[], options: { implied?: boolean } = {}): LinearConstraint[] {
  const constraints: LinearConstraint[] = [];
  const national = rows.findIndex((r) => r.level === 'national');
  const authorities = rows.map((r, i) => (r.level === 'authority' ? i : -1)).filter((i) => i >= 0);
  const regions = rows.map((r, i) => (r.level === 'regional' ? i : -1)).filter((i) => i >= 0);
  // England = Σ authorities follows from the regions' relations when every authority is in a region listed
  const inRegions = authorities.every((i) => regions.some((g) => rows[g]!.code === rows[i]!.region));
  if (national >= 0 && authorities.length && !(options.implied === false && inRegions))
    constraints.push({ total: national, parts: authorities });
  if (national >= 0 && regions.length) constraints.push({ total: national, parts: regions });
  for (const total of regions) {
    const parts = authorities.filter((i) => rows[i]!.region === rows[total]!.code);
    if (parts.length) constraints.push({ total, parts });
  }
  return constraints;
}

/**
 * The points of percentage rows of one period. Each percentage follows {@link percentPoint}, and
 * where the rows carry numerators and denominators, disclosure control runs over every area's
 * counts together: numerators, the rest of each denominator and denominators, with a denominator
 * the sum of the other two and each of them adding up from authorities to regions and England. A
 * percentage is shown only where its counts would be (then, for the area, with them): any area can
 * be chosen as the area, so a region's counts less its authorities' would otherwise give a hidden
 * authority's away, and a percentage shown beside hidden counts ties them (numerator ≈ share ×
 * denominator) so that an attacker could narrow them.
 */
export function percentPoints(rows: readonly IndicatorRow[], minCount: number, area: string): IndicatorPoint[] {
  const counted = (r: IndicatorRow) => isValue(r.numerator) && isValue(r.denominator) && r.numerator <= r.denominator;
  if (!rows.some(counted)) return rows.map((r) => percentPoint(r, minCount, r.code === area));
  // cells 3i, 3i + 1, 3i + 2: row i's numerator, the rest, the denominator
  const values: (number | Missing | undefined)[] = rows.flatMap((r) =>
    counted(r)
      ? [r.numerator as number, (r.denominator as number) - (r.numerator as number), r.denominator as number]
      : [r.numerator, undefined, r.denominator],
  );
  const constraints: LinearConstraint[] = rows.map((_, i) => ({ total: 3 * i + 2, parts: [3 * i, 3 * i + 1] }));
  for (const c of hierarchyOf(rows, { implied: false }))
    for (let k = 0; k < 3; k++) constraints.push({ total: 3 * c.total + k, parts: c.parts.map((p) => 3 * p + k) });
  const safe = protectLinkedCounts(values, constraints, { minCount });
  return rows.map((r, i) => {
    const point = percentPoint(r, minCount, r.code === area);
    if (point.status !== 'shown' || !counted(r)) return point;
    return [0, 1, 2].every((k) => isValue(safe.values[3 * i + k]))
      ? point
      : { period: r.period, status: 'suppressed', reason: 'small-count' };
  });
}

/** The points of one period's rows, in their order, for a unit. */
export function pointsOf(
  rows: readonly IndicatorRow[],
  unit: IndicatorUnit,
  minCount: number,
  area: string,
): IndicatorPoint[] {
  return unit === 'count' ? countPoints(rows, minCount) : percentPoints(rows, minCount, area);
}
