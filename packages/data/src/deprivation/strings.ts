import { DEPRIVATION_MEASURE_LABELS, type DeprivationMeasure } from './model.js';

/**
 * The en-GB templates of every phrase the deprivation summary writes. Override any of them through
 * the `strings` option (or an element's `strings` property); `{name}` placeholders are filled in,
 * and keys ending `_one`/`_other` (add `_two`, `_few`, … as your language needs) are plural forms.
 *
 * Measure names are keyed `deprivationMeasure.<measure>`, and the verb that agrees with each
 * `deprivationShows.<measure>`; strengths of the trend `deprivationStrength.<strength>`.
 */
export const DEPRIVATION_STRINGS = {
  ...(Object.fromEntries(Object.entries(DEPRIVATION_MEASURE_LABELS).map(([m, l]) => [`deprivationMeasure.${m}`, l])) as Record<`deprivationMeasure.${DeprivationMeasure}`, string>),
  'deprivationShows.sen_support': 'shows',
  'deprivationShows.ehc_plan': 'show',
  'deprivationShows.all_sen': 'show',
  'deprivationStrength.weak': 'weak',
  'deprivationStrength.moderate': 'moderate',
  'deprivationStrength.strong': 'strong',
  'deprivationStrength.very strong': 'very strong',
  deprivationMostTenth: 'the most deprived tenth',
  deprivationLeast: 'the least',
  deprivationDecile: 'decile {decile}',
  deprivationMostShown: 'decile {decile} (the most deprived with figures shown)',
  deprivationLeastShown: 'decile {decile} (the least deprived with figures shown)',
  deprivationSummaryTooFew: '{measure}: too few deciles have figures that can be shown to compare the most and least deprived areas',
  deprivationSummaryLittleFirst: '{measure} {shows} little difference between the most and least deprived areas: {most} per 100 pupils in {mostPlace} against {least} in {leastPlace}',
  deprivationSummaryLittle: '{measure} {shows} little difference ({most} against {least} per 100{deciles})',
  deprivationSummaryLittleDeciles: ', decile {most} against decile {least}',
  deprivationSummaryFirst: '{measure}: {most} per 100 pupils in {mostPlace} against {least} in {leastPlace}',
  deprivationSummaryNext: '{measure}: {most} against {least} per 100{deciles}',
  deprivationSummaryNextDeciles: ' (decile {most} against decile {least})',
  deprivationSummaryTimes: ', {ratio} times as many',
  deprivationSummaryTimesLeast: ', {ratio} times as many in the least deprived',
  deprivationSummaryNoTrend: ', with no clear trend across the deciles',
  deprivationSummaryTrendMore: ' (a {strength} relationship: {slope} more per 100 for each decile more deprived)',
  deprivationSummaryTrendFewer: ' (a {strength} relationship: {slope} fewer per 100 for each decile more deprived)',
  deprivationSummaryTrendShort: ' (a {strength} relationship)',
  deprivationSummaryPartSeparator: '; ',
  deprivationSummaryParts: '{parts}.',
  deprivationSummaryEngland: 'England: {most} in {mostPlace} against {least} in {leastPlace}{ratio}.',
  deprivationSummarySuppressed_one: 'Decile {deciles} is suppressed for {measure} to protect small numbers.',
  deprivationSummarySuppressed_other: 'Deciles {deciles} are suppressed for {measure} to protect small numbers.',
  deprivationSummaryPeriod: 'Figures for {period}.',
} as const;

/** A key of {@link DEPRIVATION_STRINGS}. */
export type DeprivationStringKey = keyof typeof DEPRIVATION_STRINGS;
