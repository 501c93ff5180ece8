import type { IndicatorUnit } from '../contracts/indicators.js';
import { protectLinkedCounts, type LinearConstraint } from '../linked-disclosure.js';
import { isMissing, isValue, type Missing, type MissingKind } from '../missing.js';
import { wilson } from '../stats/wilson.js';
import { cellKey, type IndicatorFamily } from './family.js';
import type { IndicatorRow } from './read.js';

/**
 * Why a figure is not shown: a published symbol's meaning (`not_applicable` for `z`,
 * `not_available` for `x`, `suppressed` for `c`…), `no-data` when the data has no figure, and
 * `small-count` when it is, or would give away, a count below the disclosure threshold, a
 * percentage of fewer than the threshold included (saying that its denominator is below the
 * threshold would rule out the values from the threshold up, see issue 19). `small-denominator`
 * is no longer given by the model; it stays in the type for code that reads it.
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

/** A count's point: hidden (`small-count`) when disclosure control hides it, else as published. */
const countPoint = (r: IndicatorRow, hidden: boolean): IndicatorPoint =>
  hidden
    ? { period: r.period, status: 'suppressed', reason: 'small-count' }
    : isValue(r.value)
      ? { period: r.period, status: 'shown', value: r.value }
      : gapPoint(r.period, r.value);

/** Whether a count is 1 to `minCount − 1`. */
const small = (n: number, minCount: number) => n > 0 && n < minCount;

/**
 * A percentage's point. With a numerator and denominator (and the numerator not above it), the
 * disclosure rules of the project apply: a denominator below `minCount` hides it (not applicable
 * when it is 0 at a threshold of 0), and so does a numerator, or the rest of the denominator, from
 * 1 to `minCount − 1`: with the denominator known, the percentage would give either away. Each is
 * `small-count`, with one reason, so that the reason does not tell a small denominator from a
 * count hidden to protect another. `keepCounts` keeps the counts and the Wilson interval (the
 * area's own series only).
 */
export function percentPoint(row: IndicatorRow, minCount: number, keepCounts: boolean): IndicatorPoint {
  const { period, value, numerator: x, denominator: n } = row;
  if (!isValue(value)) return gapPoint(period, value);
  if (isValue(x) && isValue(n) && x <= n) {
    if (n === 0 && minCount === 0) return { period, status: 'missing', reason: 'not_applicable' };
    if (n < minCount || n === 0) return { period, status: 'suppressed', reason: 'small-count' };
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
  const safe = protectLinkedCounts(
    rows.map((r) => r.value),
    hierarchyOf(rows),
    { minCount },
  );
  return rows.map((r, i) => countPoint(r, safe.reasons[i] === 'primary' || safe.reasons[i] === 'secondary'));
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
 * The points of one period's rows, in their order, for a unit, for an indicator in no family (see
 * `familiesOf`): counts protected over their hierarchy ({@link countPoints}), and percentages
 * without numerators and denominators, each as published ({@link percentPoint}). A percentage with
 * counts is always in a family (its numerators, rests and denominators make one), and is protected
 * with it by {@link familyPoints}.
 */
export function pointsOf(rows: readonly IndicatorRow[], unit: IndicatorUnit, minCount: number): IndicatorPoint[] {
  return unit === 'count' ? countPoints(rows, minCount) : rows.map((r) => percentPoint(r, minCount, false));
}

/** Whether a percentage's row has a numerator and a denominator it is part of. */
const counted = (r: IndicatorRow) => isValue(r.numerator) && isValue(r.denominator) && r.numerator <= r.denominator;

/**
 * The points of one period of every indicator of a family (a percentage and the counts it is made
 * from, see `familiesOf`), after one disclosure control over all of them: each count series of
 * the family once per area (a count indicator's values and the numerators they equal are one
 * cell), a denominator the sum of its numerator and the rest, and each series adding up from
 * authorities to regions and England. A count is shown where its cell is, and a percentage where
 * its numerator, rest and denominator are (any area can be chosen as the area and show its own
 * counts, so a percentage shown beside hidden counts would tie them, numerator ≈ share ×
 * denominator, and a region's counts less its authorities' would give a hidden one away), so that
 * any set of the family's tiles on one page shows what one protection allows.
 *
 * @param rows the period's rows of each indicator of the family, by indicator
 * @param family the family
 * @param minCount the disclosure threshold
 * @returns each indicator's points, in the order of its rows
 */
export function familyPoints(
  rows: ReadonlyMap<string, readonly IndicatorRow[]>,
  family: IndicatorFamily,
  minCount: number,
): Map<string, IndicatorPoint[]> {
  // the areas, in the order the family's rows name them
  const areas: IndicatorRow[] = [];
  const at = new Map<string, number>();
  for (const name of [...family.percentages.keys(), ...family.counts.keys()])
    for (const r of rows.get(name) ?? []) if (!at.has(r.code)) at.set(r.code, areas.push(r) - 1);
  const width = family.series.length;
  // cellOf[a · width + s]: the cell of area a's count of series s; series a reader takes as equal
  // (family.links) share one cell in each area where they are equal
  const values: (number | Missing | undefined)[] = [];
  const cellOf: number[] = [];
  for (const a of areas) {
    const key = cellKey(a);
    const own = family.series.map((s) => s.values.get(key) ?? s.gaps.get(key));
    const base = cellOf.length;
    own.forEach((v, s) => {
      const twin = family.links.find(([i, j]) => i === s && isValue(v) && own[j] === v)?.[1];
      cellOf.push(twin === undefined ? values.push(v) - 1 : cellOf[base + twin]!);
    });
  }
  const cell = (a: number, s: number) => cellOf[a * width + s]!;
  const constraints: LinearConstraint[] = [];
  const seen = new Set<string>();
  const add = (total: number, parts: number[]) => {
    const key = `${total}=${parts.join('+')}`;
    if (!seen.has(key) && !(parts.length === 1 && parts[0] === total)) {
      seen.add(key);
      constraints.push({ total, parts });
    }
  };
  // denominator = numerator + rest
  for (let a = 0; a < areas.length; a++)
    for (const { x, n, r } of family.percentages.values()) add(cell(a, n), [cell(a, x), cell(a, r)]);
  for (const c of hierarchyOf(areas, { implied: false }))
    for (let s = 0; s < width; s++)
      add(
        cell(c.total, s),
        c.parts.map((p) => cell(p, s)),
      );
  const safe = protectLinkedCounts(values, constraints, { minCount });
  const hidden = (r: IndicatorRow, s: number) => {
    const reason = safe.reasons[cell(at.get(r.code)!, s)];
    return reason === 'primary' || reason === 'secondary';
  };
  const out = new Map<string, IndicatorPoint[]>();
  for (const [name, s] of family.counts)
    out.set(
      name,
      (rows.get(name) ?? []).map((r) => countPoint(r, hidden(r, s))),
    );
  for (const [name, { x, n, r: rest }] of family.percentages)
    out.set(
      name,
      (rows.get(name) ?? []).map((r) => {
        const point = percentPoint(r, minCount, false);
        if (point.status !== 'shown') return point;
        const cells = counted(r) ? [x, rest, n] : [x, n];
        const a = at.get(r.code)!;
        const shown = counted(r)
          ? cells.every((s) => isValue(safe.values[cell(a, s)]))
          : cells.every((s) => !hidden(r, s));
        return shown ? point : { period: r.period, status: 'suppressed', reason: 'small-count' };
      }),
    );
  return out;
}
