/**
 * The en-GB templates of every sentence and phrase the indicator model's words write: the
 * summary of `<send-indicator>` and the lines of its tile. Override any of them through the
 * `strings` option (or the element's `strings` property); `{name}` placeholders are filled in,
 * `_one`/`_other` keys are plural forms by the locale, and the `indicatorOrdinal_…` keys are
 * ordinal forms (`one`, `two`, `few`, `other` in English: 1st, 2nd, 3rd, 4th).
 */
export const INDICATOR_STRINGS = {
  // figures
  indicatorPoints_one: '{n} point',
  indicatorPoints_other: '{n} points',
  indicatorCounts: '{numerator} of {denominator}',
  indicatorOrdinal_one: '{n}st',
  indicatorOrdinal_two: '{n}nd',
  indicatorOrdinal_few: '{n}rd',
  indicatorOrdinal_other: '{n}th',
  indicatorJoint: 'joint {place}',
  // why a figure is not shown (published symbols use the shared missing.<kind> words)
  indicatorNoData: 'no data',
  indicatorSmallCount: 'not shown to protect small numbers',
  indicatorSmallDenominator: 'fewer than {min} in the total, not shown',
  // the headline
  indicatorHeadline: '{area}, {period}: {value}{counts}.',
  indicatorHeadlineCounts: ' ({counts})',
  indicatorHeadlineHidden: '{area}, {period}: {reason}.',
  // the change since the previous period
  indicatorChangeImproved: 'Improved since {from} ({then}): {move}.',
  indicatorChangeWorsened: 'Worsened since {from} ({then}): {move}.',
  indicatorChangeMoved: 'Changed since {from} ({then}): {move}.',
  indicatorChangeNone: 'No real change since {from} ({then}): {move}.',
  indicatorChangeSame: 'The same as in {from} ({then}).',
  indicatorChangeSince: 'Since {from} ({then}): {move}.',
  indicatorChangeSinceSame: 'Since {from} ({then}).',
  indicatorWithinMargin: ', within the margin of error',
  indicatorChangeSignificant: ', a significant change (5% level)',
  indicatorChangeUntested: ' (not tested: no numerators and denominators)',
  indicatorChangeUnavailable: 'No comparison with {from}: {reason}.',
  indicatorMoveUp: 'up {amount}',
  indicatorMoveDown: 'down {amount}',
  // comparators
  indicatorGapAbove: '{name}: {value}{when}; {area} is {amount} higher{test}.',
  indicatorGapBelow: '{name}: {value}{when}; {area} is {amount} lower{test}.',
  indicatorGapSame: '{name}: {value}{when}, the same as {area}.',
  indicatorGapSignificant: ', a significant difference (5% level)',
  indicatorGapSimilar: ', within the margin of error',
  indicatorWhen: ' in {period}',
  indicatorComparedCount: '{name}: {then} to {now} ({relative}).',
  indicatorComparedValue: '{name}: {value}{when}.',
  indicatorComparedNone: '{name}: no figure for {period}.',
  // counts: the change since the index base
  indicatorSince: 'Since {period}: {changes}.',
  indicatorSinceOne: '{name} {then} to {now} ({relative})',
  // target and rank
  indicatorTargetMet: 'Target {target}: met.',
  indicatorTargetNotMet: 'Target {target}: not met.',
  indicatorTarget: 'Target {target}.',
  indicatorRank: 'Ranks {place} of {of} authorities with a value shown for {period} (1st is {best}).',
  indicatorRankRegion:
    'Ranks {place} of {of} authorities with a value shown for {period} (1st is {best}) and {regionPlace} of {regionOf} {region} authorities shown.',
  indicatorBestHigher: 'the highest',
  indicatorBestLower: 'the lowest',
  indicatorLocal: 'Local data, not published statistics.',
  indicatorSummaryNothing: 'There is no figure to describe.',
} as const;

/** A key of {@link INDICATOR_STRINGS}. */
export type IndicatorStringKey = keyof typeof INDICATOR_STRINGS;
