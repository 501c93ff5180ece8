import { OUTCOME_LABELS, type OutcomeCode } from '../contracts/outcomes.js';

/**
 * The en-GB templates of every label and sentence the outcomes model and summary write. Override
 * any of them through the `strings` option (or an element's `strings` property); `{name}`
 * placeholders are filled in, and keys ending `_one`/`_other` (add `_two`, `_few`, … as your
 * language needs) are plural forms chosen by the locale.
 *
 * Outcome names are keyed `outcome.<code>` (short, for axes) and `outcomeStatement.<code>`.
 */
export const OUTCOMES_STRINGS = {
  ...(Object.fromEntries(Object.entries(OUTCOME_LABELS).map(([code, l]) => [`outcome.${code}`, l.short])) as Record<
    `outcome.${OutcomeCode}`,
    string
  >),
  ...(Object.fromEntries(
    Object.entries(OUTCOME_LABELS).map(([code, l]) => [`outcomeStatement.${code}`, l.statement]),
  ) as Record<`outcomeStatement.${OutcomeCode}`, string>),
  /** An outcome named inside a sentence. */
  outcomesQuoted: '‘{outcome}’',
  // why a result is not shown
  outcomesNoData: 'no data',
  outcomesFewResponses: 'fewer than {min} responses',
  outcomesSmallCount: 'not shown to protect small numbers',
  outcomesSuppressedAtSource: 'suppressed in the source',
  // a change in percentage points (the sign is added)
  outcomesPoints_one: '{n} point',
  outcomesPoints_other: '{n} points',
  // summariseOutcomes
  outcomesSummaryNothing: 'There are no outcome results to describe.',
  outcomesSummaryOnly: 'only {outcome} can be shown for {group} ({percent} agreed)',
  outcomesSummaryEqualFirst: '{group} agreed equally with every outcome shown ({percent})',
  outcomesSummaryEqual: '{group} equally with every outcome shown ({percent})',
  outcomesSummaryMostLeastFirst: '{group} agreed most with {most} and least with {least}',
  outcomesSummaryMostLeast: '{group} most with {most} and least with {least}',
  // a group with results not shown: a hidden result could be its highest or lowest
  outcomesSummaryMostLeastShownFirst:
    '{group}, among the results shown, agreed most with {most} and least with {least}',
  outcomesSummaryMostLeastShown: '{group}, among the results shown, most with {most} and least with {least}',
  outcomesSummaryOutcomes: '{outcomes} ({percent})',
  outcomesSummaryClauseSeparator: '; ',
  outcomesSummaryPeriod: 'In {period}, {clauses}.',
  outcomesSummaryNoneShown: 'There are no results that can be shown for {period}.',
  outcomesSummaryNoComparison: 'No result can be compared with {previous}.',
  outcomesSummaryNoChange: 'No change since {previous} is statistically significant.',
  outcomesSummaryRose: '{outcome} for {group} rose {points} to {percent}',
  outcomesSummaryFell: '{outcome} for {group} fell {points} to {percent}',
  outcomesSummaryMore: ', and {n} more',
  outcomesSummaryChanges:
    'Significant changes since {previous}: {changes}{more}. Other changes are within the margin of error.',
  // the notes under the data table
  outcomesNoteChanges:
    'Each change since the previous period is tested as two separate samples of people, by a two-proportion z-test{fisher}; {family}, and only a change whose adjusted p is below 0.05 is called significant (▲ ▼).',
  outcomesNoteFisher: ' (Fisher’s exact test where an expected count is below 5)',
  outcomesNoteFamily_one: 'one change is shown',
  outcomesNoteFamily_other: 'the p-values are adjusted for the {n} changes shown (Holm’s method)',
  outcomesSummaryHeld_one:
    'One result is not shown because fewer than {min} people responded or the numbers are too small to publish safely.',
  outcomesSummaryHeld_other:
    '{n} results are not shown because fewer than {min} people responded or the numbers are too small to publish safely.',
} as const;

/** A key of {@link OUTCOMES_STRINGS}. */
export type OutcomesStringKey = keyof typeof OUTCOMES_STRINGS;
