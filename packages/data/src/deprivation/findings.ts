import { holmAdjust } from '../stats/holm.js';
import type { TrendTest } from '../stats/trend-test.js';
import type { DeprivationContrast, DeprivationMeasure, DeprivationModel } from './model.js';

/**
 * What the data supports about a measure's gradient with deprivation, in words a council can
 * publish unchecked:
 * - `strong`: a significant trend across the deciles, and the rate ratio of the most to the least
 *   deprived decile is at least 2 (or at most ½) with its whole 95% interval;
 * - `clear`: a significant trend, and the interval of the rate ratio excludes 1 in the same direction;
 * - `trend`: a significant trend, but the two ends do not differ clearly (or differ the other way);
 * - `none`: no significant trend;
 * - `untested`: fewer than three deciles can be shown, so there is no trend test.
 */
export type GradientClaim = 'strong' | 'clear' | 'trend' | 'none' | 'untested';

/** One measure's gradient: the claim, and the figures it rests on. */
export interface DeprivationFinding {
  measure: DeprivationMeasure;
  claim: GradientClaim;
  /** `up`: rates rise with deprivation (fall as areas get less deprived); `down`: they fall. Set with a significant trend. */
  direction?: 'up' | 'down';
  /** The most against the least deprived decile shown, with the rate ratio's interval. */
  contrast?: DeprivationContrast;
  /** The Cochran–Armitage test over the deciles shown. */
  trend?: TrendTest;
  /** The trend test's p after Holm's adjustment over the measures described together. */
  pAdjusted?: number;
  /** How many trend tests were adjusted over (the measures described together that have one). */
  tests: number;
}

/** The significance level of the test for trend, after Holm's adjustment. */
export const GRADIENT_ALPHA = 0.05;

/** A rate ratio of at least this (or at most its inverse), across its whole interval, is called strong. */
export const STRONG_RATIO = 2;

/**
 * The findings for the measures a chart or summary describes together: each measure's trend test
 * is one of a family adjusted with Holm's method, and its claim (see {@link GradientClaim}) comes
 * from that adjusted test and from the rate ratio's 95% interval, never from a correlation of
 * decile rates. The summary ({@link summariseDeprivation}) and the table's notes
 * ({@link deprivationNotes}) both word these findings, so they cannot disagree.
 *
 * @param model from {@link buildDeprivationModel}
 * @param measures the measures described together (default SEN support and EHC plans)
 * @returns one finding per measure, in the order given
 * @example deprivationFindings(model, ['sen_support', 'ehc_plan'])[0].claim // 'strong'
 */
export function deprivationFindings(
  model: DeprivationModel,
  measures: readonly DeprivationMeasure[] = ['sen_support', 'ehc_plan'],
): DeprivationFinding[] {
  const tested = measures.filter((m) => model.local[m].trendTest);
  const adjusted = holmAdjust(tested.map((m) => model.local[m].trendTest!.p));
  return measures.map((measure) => {
    const s = model.local[measure];
    const finding: DeprivationFinding = { measure, claim: 'untested', tests: tested.length };
    if (s.contrast) finding.contrast = s.contrast;
    if (!s.trendTest) return finding;
    finding.trend = s.trendTest;
    const p = adjusted[tested.indexOf(measure)]!;
    finding.pAdjusted = p;
    if (!(p < GRADIENT_ALPHA) || s.trendTest.z === 0) {
      finding.claim = 'none';
      return finding;
    }
    // scores run from 1 (most deprived) to 10: a negative z is a rate that falls as areas get less deprived
    const up = s.trendTest.z < 0;
    finding.direction = up ? 'up' : 'down';
    const c = s.contrast;
    const lower = c?.ratioLower;
    const upper = c?.ratioUpper;
    if (lower === undefined || upper === undefined) finding.claim = 'trend';
    else if (up ? lower > 1 : upper < 1)
      finding.claim = (up ? lower >= STRONG_RATIO : upper <= 1 / STRONG_RATIO) ? 'strong' : 'clear';
    else finding.claim = 'trend';
    return finding;
  });
}
