import type { ValidatedData } from '../validate.js';
import { familiesOf, type IndicatorFamily } from './family.js';
import { familyPoints, pointsOf, type IndicatorPoint } from './points.js';
import type { IndicatorRow } from './read.js';

/** What is kept per data: its families, its rows by indicator and period, and the points worked out so far. */
interface Kept {
  families: Map<string, IndicatorFamily>;
  rows: Map<string, IndicatorRow[]>;
  points: Map<string, IndicatorPoint[]>;
}

const KEPT = new WeakMap<ValidatedData, Kept>();
const key = (indicator: string, period: string) => `${indicator}\u0001${period}`;

/**
 * One period's points of one indicator after disclosure control, for every area (the same
 * whichever area is shown, so kept per data, indicator, period and threshold). A count or a
 * percentage with counts that belongs to a family (see `familiesOf`) is protected with the whole
 * family, once for all of its indicators: what a tile shows then does not depend on which other
 * tiles of the family share its page. Others are protected on their own (see `pointsOf`).
 *
 * @param data validated indicators data
 * @param all its rows (`readIndicatorRows(data)`)
 * @param indicator the indicator
 * @param period the period
 * @param minCount the disclosure threshold
 * @returns the points, in the order of the indicator's rows of the period in `all`
 * @example safePoints(data, readIndicatorRows(data), 'no_exc_20week_ehc', '2022', 10)[0].status // 'shown'
 */
export function safePoints(
  data: ValidatedData,
  all: readonly IndicatorRow[],
  indicator: string,
  period: string,
  minCount: number,
): IndicatorPoint[] {
  let kept = KEPT.get(data);
  if (!kept) {
    const rows = new Map<string, IndicatorRow[]>();
    for (const r of all) {
      const k = key(r.indicator, r.period);
      (rows.get(k) ?? rows.set(k, []).get(k)!).push(r);
    }
    kept = { families: familiesOf(all), rows, points: new Map() };
    KEPT.set(data, kept);
  }
  const wanted = `${key(indicator, period)}\u0001${minCount}`;
  const found = kept.points.get(wanted);
  if (found) return found;
  const family = kept.families.get(indicator);
  const list = kept.rows.get(key(indicator, period)) ?? [];
  if (!family) return kept.points.set(wanted, pointsOf(list, list[0]?.unit ?? 'count', minCount)).get(wanted)!;
  const rows = new Map(family.indicators.map((name) => [name, kept.rows.get(key(name, period)) ?? []]));
  for (const [name, points] of familyPoints(rows, family, minCount))
    kept.points.set(`${key(name, period)}\u0001${minCount}`, points);
  return kept.points.get(wanted)!;
}
