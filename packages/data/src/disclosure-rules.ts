/**
 * What every disclosure function shares: the default threshold, the options and their checks, the
 * small-count rule and the suppressed value. It imports none of them, so they can all import it.
 */
import { missing } from './missing.js';

/**
 * The default disclosure threshold: counts from 1 to 9 are never shown. Published SEND
 * statistics about small areas, survey groups and single schools can identify children; 10
 * is a cautious default for local publication. Set `min-count` to follow your own policy.
 */
export const DEFAULT_MIN_COUNT = 10;

/** Options shared by the disclosure functions. */
export interface DisclosureOptions {
  /** Counts from 1 up to `minCount − 1` are suppressed. Default {@link DEFAULT_MIN_COUNT}. */
  minCount?: number;
  /** Round shown counts to this base (e.g. 5). Default 1: no rounding. */
  roundTo?: number;
  /** Suppress zeros too (when a zero would itself disclose something). Default false. */
  suppressZero?: boolean;
}

/** The value a hidden count is shown as (internal to the disclosure functions, not exported from the package). */
export const SUPPRESSED = missing('suppressed', 'c');

/** The disclosure options with their defaults, checked: a threshold of at least 0 and a rounding base of at least 1. */
export function disclosureSettings(options: DisclosureOptions): Required<DisclosureOptions> {
  const settings = {
    minCount: options.minCount ?? DEFAULT_MIN_COUNT,
    roundTo: options.roundTo ?? 1,
    suppressZero: options.suppressZero ?? false,
  };
  if (!(settings.minCount >= 0) || !(settings.roundTo >= 1))
    throw new RangeError('minCount must be ≥ 0 and roundTo ≥ 1');
  return settings;
}

/** Whether a count is small enough to hide on its own (zeros only when `suppressZero`). */
export function isSmall(v: number, minCount: number, suppressZero: boolean): boolean {
  return v < minCount && (v > 0 || suppressZero);
}
