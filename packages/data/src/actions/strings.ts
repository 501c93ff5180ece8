/**
 * The en-GB templates of every label and sentence the actions model and the tracker summary
 * write: status and rating names, the RAG rule and its reasons, measure sentences, the filter in
 * words and the summary. Override any of them through the `strings` option (or an element's
 * `strings` property) to reword or translate; `{name}` placeholders are filled in, and keys ending
 * `_one`/`_other` (add `_two`, `_few`, `_many`, `_zero` as your language needs) are plural forms
 * chosen by the locale's plural rules.
 *
 * Statuses are keyed `status.<code>` and ratings `rag.<rating>`; the rule's lines `ragRule.<rating>`.
 */
export const ACTIONS_STRINGS = {
  'status.not_started': 'Not started',
  'status.on_track': 'On track',
  'status.at_risk': 'At risk',
  'status.off_track': 'Off track',
  'status.complete': 'Complete',
  'status.no_longer_monitored': 'No longer monitored',
  'rag.red': 'Red',
  'rag.amber': 'Amber',
  'rag.green': 'Green',
  'rag.complete': 'Complete',
  'rag.closed': 'No longer monitored',
  'ragRule.closed': 'No longer monitored: every action in the priority is no longer monitored.',
  'ragRule.complete': 'Complete: every other action is complete and every measure has met its target.',
  'ragRule.red':
    'Red: any action is off track, or at least two open actions and at least half of them are overdue, or a measure is further from its target than at baseline.',
  'ragRule.amber':
    'Amber: any action is at risk or overdue, or a measure has closed less than half of the gap from baseline to target.',
  'ragRule.green':
    'Green: otherwise — open actions are on track or not yet due, and measures are at least half way to target.',
  // reasons for a rating
  ragReasonClosed: 'every action is no longer monitored',
  ragReasonAllComplete: 'every action is complete',
  ragReasonNoActions: 'there are no actions',
  ragReasonMeasuresMet: 'every measure has met its target',
  ragReasonOffTrack_one: '{n} action is off track',
  ragReasonOffTrack_other: '{n} actions are off track',
  ragReasonMostOverdue_one: '{overdue} of {n} open action are overdue',
  ragReasonMostOverdue_other: '{overdue} of {n} open actions are overdue',
  ragReasonWorsening: '{measure} is further from its target than at baseline',
  ragReasonAtRisk_one: '{n} action is at risk',
  ragReasonAtRisk_other: '{n} actions are at risk',
  ragReasonOverdue_one: '{n} action is overdue',
  ragReasonOverdue_other: '{n} actions are overdue',
  ragReasonBehind: '{measure} has closed less than half of the gap to its target',
  ragReasonGreen: 'no action is off track, at risk or overdue',
  ragReasonMeasureHalfWay: 'the measure is at least half way to target',
  ragReasonMeasuresHalfWay: 'every measure is at least half way to target',
  // measures: "Overdue annual reviews: 40, down from 200; target 0"
  measureSentence: '{name}: {current}{change}; target {target}',
  measureDown: ', down from {baseline}',
  measureUp: ', up from {baseline}',
  measureUnchanged: ', unchanged from {baseline}',
  measureSince: ' (baseline {baseline})',
  measureSuppressed: 'suppressed',
  measureSuppressedBaseline: 'a suppressed figure',
  measurePercent: '{value}%',
  measurePounds: '£{value}',
  // units of time given in the data (week or weeks, …), in the number's plural form
  measureHours_one: '{n} hour',
  measureHours_other: '{n} hours',
  measureDays_one: '{n} day',
  measureDays_other: '{n} days',
  measureWeeks_one: '{n} week',
  measureWeeks_other: '{n} weeks',
  measureMonths_one: '{n} month',
  measureMonths_other: '{n} months',
  measureYears_one: '{n} year',
  measureYears_other: '{n} years',
  measureStandingMet: 'target met',
  measureStandingWorsening: 'moving away from target',
  measureStandingUnknown: 'no baseline to judge progress',
  measureStandingWithheld: 'progress not shown, since it would narrow a suppressed figure',
  measureStandingHalfWay: 'at least half way to target',
  measureStandingBehind: 'less than half way to target',
  measureStandingProgress: '{percent} of the way from baseline to target',
  // the filter in words
  filterStatuses: 'that are {statuses}',
  filterOwners: 'owned by {owners}',
  filterOverdue: 'overdue as of {date}',
  filterShowing: 'Showing only actions {parts}.',
  // "3 on track, 1 at risk and 2 complete"
  statusCount: '{n} {status}',
  statusCountNone: 'none',
  // summariseActions
  trackerPlanNamed: 'the {plan}',
  trackerPlanUnnamed: 'the plan',
  trackerActions_one: '{n} action',
  trackerActions_other: '{n} actions',
  trackerItems_one: '{n} {item}',
  trackerItems_other: '{n} {items}',
  trackerMeasures_one: '{n} measure',
  trackerMeasures_other: '{n} measures',
  trackerSummaryNoActions: 'There are no actions in {plan}.',
  trackerSummaryNoMatch: 'No actions match these filters; {plan} has {actions} in all.',
  trackerSummaryFiltered: ' (of {total})',
  trackerSummaryOpening: 'As of {date}, {plan} has {actions}{filtered} across {items}: {counts}.',
  trackerSummaryNoneOverdue: 'None is overdue.',
  trackerSummaryOverdue_one: '{n} action is overdue.',
  trackerSummaryOverdue_other: '{n} actions are overdue.',
  trackerSummaryProgress: 'Weighted progress is {value}{mean}.',
  trackerSummaryMean: ' (mean action progress {value})',
  trackerSummaryRating: '{n} {rating}',
  trackerSummaryRatings: 'Ratings: {ratings}.',
  trackerSummaryRed: 'Rated red: {titles}.',
  trackerSummaryClosedItem: '{title} (since {date})',
  trackerSummaryClosed_one: 'One {item} is no longer monitored: {list}.',
  trackerSummaryClosed_other: '{n} {items} are no longer monitored: {list}.',
  trackerSummaryMeasure: '{sentence}.',
  trackerSummaryMeasuresOf: 'Of {measures}, {met}; {worse}.',
  trackerSummaryNoneMet: 'none has met its target yet',
  trackerSummaryMet_one: '{n} has met the target',
  trackerSummaryMet_other: '{n} have met the target',
  trackerSummaryNoneWorse: 'none is further from target than at baseline',
  trackerSummaryWorse_one: '{n} is further from target than at baseline',
  trackerSummaryWorse_other: '{n} are further from target than at baseline',
} as const;

/** A key of {@link ACTIONS_STRINGS}. */
export type ActionsStringKey = keyof typeof ACTIONS_STRINGS;
