import { holmAdjust } from '../stats/holm.js';
import { compareProportions } from '../stats/two-proportion.js';
import type { GroupTotal, NeedCell, NeedComparison, NeedDifference, NeedRow } from './types.js';

/** The significance level of every comparison, after Holm's adjustment. */
export const NEED_ALPHA = 0.05;

/**
 * One need's difference from England: `points` is the local share minus England's (what the chart
 * draws), and the test is of the local area against the comparator it is fairly compared with.
 *
 * When the local counts are part of England's (`nested`, as in every published file), the area is
 * compared with the rest of England: counts and totals alike are England's minus the area's, so the
 * two groups do not overlap and the test's assumption of independent groups holds. Because
 * England = area + rest, local − England = (rest total ÷ England total) × (local − rest) exactly,
 * so the interval of the drawn difference is Newcombe's interval of local − rest scaled by that
 * factor, and the test of local − rest is the test of the drawn difference.
 *
 * Compared only when both shares are on the same base: each group's total is complete (every need
 * known, or a published total row). Otherwise (shares of the known needs on one side only) the
 * comparison would mix bases, and none is made.
 *
 * @returns the difference with its raw p-value (the verdict is set by {@link compareNeedFamily}), or undefined
 */
export function needDifference(
  local: NeedCell,
  lt: GroupTotal,
  england: NeedCell | undefined,
  et: GroupTotal | undefined,
  nested: boolean,
): NeedDifference | undefined {
  if (!england || !et || local.share === undefined || england.share === undefined) return undefined;
  if (!lt.complete || !et.complete || lt.denominator === undefined || et.denominator === undefined) return undefined;
  const x = local.count!;
  const n = lt.denominator;
  let cx = england.count!;
  let cn = et.denominator;
  let scale = 1;
  if (nested) {
    cx -= x;
    cn -= n;
    // England's counts must hold the area's (rounded national counts can fall short by a few)
    if (!(cn > 0) || cx < 0 || cx > cn) return undefined;
    scale = cn / et.denominator;
  }
  const c = compareProportions(x, n, cx, cn);
  if (!c) return undefined;
  return {
    points: (local.share - england.share) * 100,
    lower: c.lower * scale * 100,
    upper: c.upper * scale * 100,
    z: c.z,
    p: c.p,
    pAdjusted: c.p,
    test: c.test,
    verdict: 'similar',
  };
}

/**
 * Makes the comparisons of one chart view (one phase × provision) a family: each need with a
 * difference is tested, `UNKNOWN` (need not recorded) never is, Holm's method adjusts the p-values
 * over the family, and only a need whose adjusted p is below {@link NEED_ALPHA} is called
 * significantly higher or lower. Sets `pAdjusted` and `verdict` on each row's difference.
 *
 * @param rows the group's need rows, their `difference` worked out by {@link needDifference}
 * @param against what the area was compared with
 * @returns what the group's notes say about the comparison
 */
export function compareNeedFamily(rows: NeedRow[], against: NeedComparison['against']): NeedComparison {
  for (const r of rows) if (r.key === 'UNKNOWN') delete r.difference;
  const tested = rows.filter((r) => r.difference);
  const adjusted = holmAdjust(tested.map((r) => r.difference!.p));
  tested.forEach((r, i) => {
    const d = r.difference!;
    d.pAdjusted = adjusted[i]!;
    d.verdict = d.pAdjusted < NEED_ALPHA ? (d.points > 0 ? 'higher' : d.points < 0 ? 'lower' : 'similar') : 'similar';
  });
  return { against, tested: tested.length, fisher: tested.filter((r) => r.difference!.test === 'fisher').length };
}
