import { DEFAULT_SYMBOLS, type MissingKind } from '../missing.js';

/**
 * What each publication's symbols mean, as its own guidance defines them. A preset carries its
 * publication's table, so `z` can be "not applicable" in one release and "not available" in
 * another; none of these publications defines a symbol as a count of zero (a structural zero), so
 * none of these tables names one: a `z` in a group makes its total unknown, never 0.
 */

/**
 * DfE "Education, health and care plans", reporting year 2025: its data guidance lists "z - Not
 * applicable" and "x - unavailable"; `c`, `low` and `u` as in the EES standard symbols. "Not
 * applicable" is not defined as zero there, so `z` is not a structural zero.
 */
export const EHC_PLANS_SYMBOLS: Readonly<Record<string, MissingKind>> = DEFAULT_SYMBOLS;

/**
 * DfE SEN2 management information (`sen2_mi.csv`, EHC plans 2022): `z` marks a measure not
 * collected in that year (every 2014 assessment measure), `x` one not available: the EES
 * standard meanings, and neither is zero.
 */
export const SEN2_MI_SYMBOLS: Readonly<Record<string, MissingKind>> = DEFAULT_SYMBOLS;

/** MHCLG English Indices of Deprivation 2019, File 1: every cell holds a value; the file uses no symbols. */
export const IOD2019_SYMBOLS: Readonly<Record<string, MissingKind>> = Object.freeze({});

/**
 * DfE "Special educational needs in England", January 2021 (reporting year 2020/21), whose guidance
 * used `:` for "not applicable" and `z` for "not available" (as recorded with the project's real
 * test files; no preset reads that release yet). Pass it to `validate` as the contract's `symbols`
 * when reading one of its files: there `z` is a figure that exists but was not collected, never 0.
 *
 * @example symbolToMissing('z', SEN_2021_SYMBOLS)?.kind // 'not_available'
 */
export const SEN_2021_SYMBOLS: Readonly<Record<string, MissingKind>> = Object.freeze({
  ...DEFAULT_SYMBOLS,
  ':': 'not_applicable',
  z: 'not_available',
  '[z]': 'not_available',
});
