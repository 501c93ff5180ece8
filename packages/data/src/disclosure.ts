import {
  DEFAULT_MIN_COUNT,
  disclosureSettings,
  isSmall,
  SUPPRESSED,
  type DisclosureOptions,
} from './disclosure-rules.js';
import { isMissing, isValue, missing, type Missing } from './missing.js';

export { DEFAULT_MIN_COUNT, type DisclosureOptions } from './disclosure-rules.js';

/** Why a cell is not shown. */
export type SuppressionReason =
  /** the count itself is below the threshold */
  | 'primary'
  /** hidden so that a primary-suppressed cell cannot be worked out from the total */
  | 'secondary'
  /** a rate or share whose denominator is below the threshold */
  | 'denominator'
  /** already suppressed in the published source (c, [c]) */
  | 'source';

/** Counts after disclosure control, with the reason for each suppressed cell. */
export interface ProtectedCounts {
  /** Shown counts (rounded if asked), or a suppressed {@link Missing}. Other missing values pass through. */
  values: (number | Missing)[];
  /** Reason per cell, or undefined when the cell is shown (or was missing for another reason). */
  reasons: (SuppressionReason | undefined)[];
  /** How many cells were suppressed, by reason. */
  counts: Record<SuppressionReason, number>;
}

/**
 * Moves the smallest of `candidates[from…]` (ties: the earlier cell) to position `from` and
 * returns it. Every candidate is at least the threshold, so one pick almost always completes a
 * group: picking is far cheaper than sorting a group of thousands (an area's LSOAs in a decile).
 */
function nextSmallest(candidates: number[], from: number, values: ArrayLike<number>): number {
  let best = from;
  for (let k = from + 1; k < candidates.length; k++) {
    const a = candidates[k]!;
    const b = candidates[best]!;
    if (values[a]! < values[b]! || (values[a] === values[b] && a < b)) best = k;
  }
  const chosen = candidates[best]!;
  candidates[best] = candidates[from]!;
  candidates[from] = chosen;
  return chosen;
}

/**
 * Suppresses small counts, then, within each group whose total is known (the cells of one
 * geography × phase × provision, say), suppresses further cells so that no hidden count can
 * be worked out by subtraction: at least two cells are hidden in a group with any hidden, and
 * together they add up to at least `minCount`. The next smallest cells are chosen, so the least
 * information is lost. A group total below the threshold hides the whole group.
 *
 * @param values counts (numbers, or missing values from the source)
 * @param groups a group key per cell; cells with the same key add up to a known total. Omit for one group.
 * @example protectCounts([120, 4, 30, 60], undefined, { minCount: 10 }).reasons // [, 'primary', 'secondary', ,]
 */
export function protectCounts(
  values: ArrayLike<number | Missing | undefined>,
  groups?: ArrayLike<string | number>,
  options: DisclosureOptions = {},
): ProtectedCounts {
  const { minCount, roundTo, suppressZero } = disclosureSettings(options);
  const n = values.length;
  const out: (number | Missing)[] = new Array(n);
  const reasons: (SuppressionReason | undefined)[] = new Array(n);
  const counts: Record<SuppressionReason, number> = { primary: 0, secondary: 0, denominator: 0, source: 0 };

  const members = new Map<string | number, number[]>();
  for (let i = 0; i < n; i++) {
    const key = groups ? groups[i]! : 0;
    let list = members.get(key);
    if (!list) members.set(key, (list = []));
    list.push(i);
  }

  for (const list of members.values()) {
    let hiddenSum = 0;
    let hidden = 0;
    let total = 0;
    let sourceHidden = false;
    for (const i of list) {
      const v = values[i];
      if (isMissing(v)) {
        out[i] = v;
        if (v.kind === 'suppressed') {
          reasons[i] = 'source';
          counts.source++;
          sourceHidden = true;
        }
      } else if (isValue(v)) {
        total += v;
        if (isSmall(v, minCount, suppressZero)) {
          out[i] = SUPPRESSED;
          reasons[i] = 'primary';
          counts.primary++;
          hiddenSum += v;
          hidden++;
        } else out[i] = v;
      } else out[i] = missing('blank');
    }
    if (hidden === 0) continue;
    // a small group total gives every cell away: hide the lot
    if (total < minCount) {
      for (const i of list) {
        if (isValue(out[i]) && (out[i] as number) !== 0) {
          out[i] = SUPPRESSED;
          reasons[i] = 'secondary';
          counts.secondary++;
        }
      }
      continue;
    }
    // one hidden cell (with no cell hidden at source) can be recovered from the total
    const candidates = list.filter((i) => isValue(out[i]) && (out[i] as number) > 0);
    let c = 0;
    while ((hidden + (sourceHidden ? 1 : 0) < 2 || hiddenSum < minCount) && c < candidates.length) {
      const i = nextSmallest(candidates, c++, values as ArrayLike<number>);
      hiddenSum += values[i] as number;
      hidden++;
      out[i] = SUPPRESSED;
      reasons[i] = 'secondary';
      counts.secondary++;
    }
  }

  if (roundTo > 1) {
    for (let i = 0; i < n; i++) {
      const v = out[i];
      if (isValue(v)) out[i] = Math.round(v / roundTo) * roundTo;
    }
  }
  return { values: out, reasons, counts };
}

/**
 * Whether a rate or share may be shown: its denominator must be at least `minCount`
 * and its numerator must not be a small count (a share of 3 out of 400 still discloses 3).
 */
export function canShowRate(
  numerator: number | Missing | undefined,
  denominator: number | Missing | undefined,
  minCount = DEFAULT_MIN_COUNT,
): boolean {
  if (!isValue(denominator) || denominator < minCount) return false;
  if (!isValue(numerator)) return false;
  return numerator === 0 || numerator >= minCount;
}
