import type { IndicatorDirection } from '../contracts/indicators.js';

/** A place in a ranking: 1st is the best by the indicator's direction. */
export interface RankPlace {
  /** 1 + the number of values strictly better. Tied values share a rank ("joint 5th"). */
  rank: number;
  /** How many values were ranked: only those with a value given. */
  of: number;
  /** How many values share this rank, the ranked one included (1 when none ties with it). */
  tied: number;
}

/**
 * Where `value` ranks among `values` (which include it), 1st being the highest when higher is
 * better and the lowest when lower is better. Ties share the better place (standard competition
 * ranking: 1, 2, 2, 4).
 *
 * @param value the value to place
 * @param values every value ranked (non-finite ones are left out)
 * @param better which way is better
 * @returns its place, or undefined when `value` is not among the values
 * @example rankAmong(25.7, [41.1, 25.7, 9.0], 'higher') // { rank: 2, of: 3, tied: 1 }
 */
export function rankAmong(value: number, values: readonly number[], better: IndicatorDirection): RankPlace | undefined {
  let of = 0;
  let ahead = 0;
  let tied = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    of++;
    if (v === value) tied++;
    else if (better === 'higher' ? v > value : v < value) ahead++;
  }
  return tied ? { rank: ahead + 1, of, tied } : undefined;
}
