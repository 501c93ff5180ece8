import type { Wording } from '../text/wording.js';
import type { DeprivationFinding } from './findings.js';
import type { DeprivationStringKey } from './strings.js';

/** The wording of the deprivation summary and notes. */
export type DeprivationWording = Wording<DeprivationStringKey>;

/** "the most deprived tenth", or "decile 2 (the most deprived with figures shown)". */
export function mostPhrase(w: DeprivationWording, decile: number): string {
  return decile === 1 ? w.t('deprivationMostTenth') : w.t('deprivationMostShown', { decile });
}

/** "the least", or "decile 9 (the least deprived with figures shown)". */
export function leastPhrase(w: DeprivationWording, decile: number): string {
  return decile === 10 ? w.t('deprivationLeast') : w.t('deprivationLeastShown', { decile });
}

/**
 * The trend test's (adjusted) p as said: "p = 0.021", "p < 0.001", or "adjusted p = …" when it is
 * one of several tests and `mark` is not false (the notes say how it was adjusted instead).
 */
export function trendP(w: DeprivationWording, f: DeprivationFinding, mark = true): string {
  const p = f.pAdjusted!;
  const adjusted = mark && f.tests > 1;
  if (p < 0.001)
    return w.t(adjusted ? 'deprivationPAdjustedBelow' : 'deprivationPBelow', { p: w.format.number(0.001, 3) });
  return w.t(adjusted ? 'deprivationPAdjusted' : 'deprivationP', { p: w.format.number(Math.min(1, p), 3) });
}
