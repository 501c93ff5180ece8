import { DEFAULT_MIN_COUNT, type DisclosureOptions } from './disclosure.js';
import { missing } from './missing.js';

/** The value a hidden count is shown as (internal to the disclosure functions, not exported from the package). */
export const SUPPRESSED = missing('suppressed', 'c');

/** The disclosure options with their defaults, checked: a threshold of at least 0 and a rounding base of at least 1. */
export function disclosureSettings(options: DisclosureOptions): Required<DisclosureOptions> {
  const settings = { minCount: options.minCount ?? DEFAULT_MIN_COUNT, roundTo: options.roundTo ?? 1, suppressZero: options.suppressZero ?? false };
  if (!(settings.minCount >= 0) || !(settings.roundTo >= 1)) throw new RangeError('minCount must be ≥ 0 and roundTo ≥ 1');
  return settings;
}

/** Whether a count is small enough to hide on its own (zeros only when `suppressZero`). */
export function isSmall(v: number, minCount: number, suppressZero: boolean): boolean {
  return v < minCount && (v > 0 || suppressZero);
}
