import { DEPRIVATION_MEASURE_LABELS, type DeprivationMeasure } from './model.js';

/**
 * The en-GB templates of every phrase the deprivation summary writes. Override any of them through
 * the `strings` option (or an element's `strings` property); `{name}` placeholders are filled in,
 * and keys ending `_one`/`_other` (add `_two`, `_few`, … as your language needs) are plural forms.
 *
 * Measure names are keyed `deprivationMeasure.<measure>`; what may be said of a gradient
 * `deprivationClaim.<claim>` (summary) and `deprivationNoteClaim.<claim>` (table notes), from
 * `deprivationFindings`. The
 * `deprivationContext…` keys word the summary of an area's neighbourhoods (LSOAs) across England's
 * deciles, and its sentence beside SEN rates.
 */
export const DEPRIVATION_STRINGS = {
  ...(Object.fromEntries(
    Object.entries(DEPRIVATION_MEASURE_LABELS).map(([m, l]) => [`deprivationMeasure.${m}`, l]),
  ) as Record<`deprivationMeasure.${DeprivationMeasure}`, string>),
  deprivationMostTenth: 'the most deprived tenth',
  deprivationLeast: 'the least',
  deprivationDecile: 'decile {decile}',
  deprivationMostShown: 'decile {decile} (the most deprived with figures shown)',
  deprivationLeastShown: 'decile {decile} (the least deprived with figures shown)',
  deprivationSummaryTooFew:
    '{measure}: too few deciles have figures that can be shown to compare the most and least deprived areas',
  deprivationSummaryFirst: '{measure}: {most} per 100 pupils in {mostPlace} against {least} in {leastPlace}',
  deprivationSummaryNext: '{measure}: {most} against {least} per 100{deciles}',
  deprivationSummaryNextDeciles: ' (decile {most} against decile {least})',
  deprivationSummaryTimes: ', {ratio} times as many{interval}',
  deprivationSummaryTimesLeast: ', {ratio} times as many in the least deprived{interval}',
  deprivationSummaryInterval: ' (95% interval {lower} to {upper})',
  deprivationSummarySame: ', about the same rate (rate ratio {ratio}{interval})',
  deprivationSummaryRatioInterval: ', 95% interval {lower} to {upper}',
  // what may be said of a gradient (see deprivationFindings): from the test for trend and the rate ratio's interval
  'deprivationClaim.strong':
    '; a strong gradient: rates {move} with deprivation across the deciles (test for trend, {p})',
  'deprivationClaim.clear': '; rates {move} with deprivation across the deciles (test for trend, {p})',
  'deprivationClaim.trend':
    '; rates {move} with deprivation across the deciles (test for trend, {p}), but the most and least deprived deciles do not differ clearly',
  'deprivationClaim.none': '; no clear trend across the deciles (test for trend, {p})',
  'deprivationClaim.untested': '; too few deciles can be shown to test for a trend',
  deprivationMoveUp: 'rise',
  deprivationMoveDown: 'fall',
  deprivationP: 'p = {p}',
  deprivationPBelow: 'p < {p}',
  deprivationPAdjusted: 'adjusted p = {p}',
  deprivationPAdjustedBelow: 'adjusted p < {p}',
  deprivationSummaryPartSeparator: '; ',
  deprivationSummaryParts: '{parts}.',
  deprivationSummaryEngland: 'England: {most} in {mostPlace} against {least} in {leastPlace}{ratio}.',
  deprivationSummarySuppressed_one: 'Decile {deciles} is suppressed for {measure} to protect small numbers.',
  deprivationSummarySuppressed_other: 'Deciles {deciles} are suppressed for {measure} to protect small numbers.',
  deprivationSummaryPeriod: 'Figures for {period}.',
  // the notes under the data table: the same findings, with their method
  deprivationNoteFinding:
    '{measure}: {ratio}; test for trend across the {n} deciles shown (Cochran–Armitage, every pupil counted): {p}{adjusted}; so {claim}.',
  deprivationNoteRatio: 'the rate in {mostPlace} is {ratio} times that in {leastPlace}{interval}',
  deprivationNoteNoRatio: 'no pupils are counted in {leastPlace}, so there is no rate ratio',
  deprivationNoteAdjusted: ', adjusted for the {n} measures shown (Holm’s method)',
  'deprivationNoteClaim.strong':
    'a strong gradient (a significant trend, and the whole interval of the rate ratio at least 2)',
  'deprivationNoteClaim.clear': 'a clear gradient (a significant trend, and the rate ratio’s interval excludes 1)',
  'deprivationNoteClaim.trend': 'a trend, though the most and least deprived deciles do not differ clearly',
  'deprivationNoteClaim.none': 'no clear trend',
  deprivationNoteUntested: '{measure}: fewer than three deciles can be shown, so there is no test for trend.',
  deprivationNoteLine:
    '{measure}: the line drawn is the pupil-weighted straight line through the deciles shown, {slope} {more} per 100 for each decile more deprived; it describes the rates, and the test decides what is said of them.',
  deprivationLineMore: 'more',
  deprivationLineFewer: 'fewer',
  // the neighbourhoods (LSOAs) of an area across England's deciles: the context summary, and its sentence beside SEN rates
  deprivationNeighbourhoods_one: '{n} neighbourhood (LSOA)',
  deprivationNeighbourhoods_other: '{n} neighbourhoods (LSOAs)',
  deprivationInArea: ' in {name}',
  deprivationTheData: 'the data',
  deprivationTheAreas: 'the {n} areas in the data',
  deprivationDeciles: 'deciles {deciles}',
  deprivationLessThan: 'less than {share}',
  deprivationMoreThan: 'more than {share}',
  deprivationTop20: 'among the 20% most deprived in England (deciles 1 and 2)',
  deprivationBottom20: 'among the 20% least deprived (deciles 9 and 10)',
  deprivationContextHas: '{area} has {lsoas}.',
  deprivationContextHave: '{area} have {lsoas} together.',
  deprivationContextEmpty: '{area} has no neighbourhoods (LSOAs) to show.',
  deprivationContextEmptyAreas: '{area} have no neighbourhoods (LSOAs) to show.',
  deprivationContextMost_one: '{n} of them ({share}) is {top}',
  deprivationContextMost_other: '{n} of them ({share}) are {top}',
  deprivationContextMostNone: 'none of them are {top}',
  deprivationContextLeast: '{n} ({share}) {bottom}',
  deprivationContextLeastNone: 'none {bottom}',
  deprivationContextSpread: '{most}, and {least}.',
  deprivationContextTop: 'The most are in {deciles}: {n} ({share}).',
  deprivationContextTopEach: 'The most are in {deciles}: {n} ({share}) each.',
  deprivationContextEven: "Spread like England's, each decile would hold {share} of them ({n}).",
  deprivationContextOf: 'Of the {lsoas}{in}, {most}{pupils}.',
  deprivationContextOfMost_one: '{n} ({share}) is {top}',
  deprivationContextOfMost_other: '{n} ({share}) are {top}',
  deprivationContextOfNone: 'none are {top}',
  deprivationContextPupils: '; {share} of the pupils live in deciles 1 and 2',
} as const;

/** A key of {@link DEPRIVATION_STRINGS}. */
export type DeprivationStringKey = keyof typeof DEPRIVATION_STRINGS;
