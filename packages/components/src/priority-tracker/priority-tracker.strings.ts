import { ACTIONS_STRINGS } from '@send-insight/data';

/**
 * The tracker's own user-facing text. Override any of them through the element's `strings`
 * property or attribute (the same object as the shared shell's strings and the data's
 * `ACTIONS_STRINGS`, which words statuses, ratings, their rule and reasons, measures, the filter
 * and the summary), e.g. `strings='{"onlyOverdue": "Overdue only"}'`. `{name}` placeholders are
 * filled in; keys ending `_one`/`_other` are plural forms (add `_two`, `_few`, … as needed).
 */
export const PRIORITY_TRACKER_STRINGS = {
  // what the chart is called when it has no heading (its accessible name and download file name)
  trackerChartName: "Progress on the strategy's priorities",
  plan: 'Plan',
  planUnnamed: 'Plan',
  view: 'View',
  viewPriorities: 'Priorities',
  viewTimeline: 'Timeline',
  status: 'Status',
  allStatuses: 'All statuses',
  // the status filter's choice when the page asked for several (the note under the toolbar names them)
  someStatuses_one: '{n} status',
  someStatuses_other: '{n} statuses',
  owner: 'Owner',
  allOwners: 'All owners',
  onlyOverdue: 'Only overdue',
  // on narrow screens the plan, view and filters fold behind one button
  filtersToggle: 'View and filters',
  filtersToggleOn_one: 'View and filters ({n} filter on)',
  filtersToggleOn_other: 'View and filters ({n} filters on)',
  openAll: 'Open all {items}',
  closeAll: 'Close all {items}',
  shownOf: '{shown} of {total} actions shown.',
  why: 'Why {rating}?',
  ratedBecause: 'because {reasons}.',
  ruleIntro: 'How ratings are decided (rules applied in this order):',
  weightingNote:
    'Weighted progress counts each action at its reported progress and each measure, like one more action, at its progress from baseline to target. Actions no longer monitored are left out.',
  weighted: 'Weighted progress {value}',
  mean: ' (mean {value})',
  overdueCount: '{count} overdue as of {date}',
  noneOverdue: 'None overdue as of {date}',
  overdue: 'Overdue',
  closedSince: 'No longer monitored since {date}',
  closedNote: 'No longer monitored since {date}: these actions are closed and no longer reported on.',
  outcome: 'Outcome: {outcome}',
  noneMatch: 'No actions in this priority match the filters.',
  fieldOwner: 'Owner',
  fieldDue: 'Due',
  fieldStatus: 'Status',
  fieldProgress: 'Progress',
  fieldUpdated: 'Last updated',
  fieldEvidence: 'Evidence',
  betterIs: '{better} is better',
  legendComplete: 'Complete by then (solid line, dots)',
  legendOverdue: 'Overdue then (dashed line, squares)',
  legendReported: 'Reported {status}',
  timelineNote:
    'Review points are 31 March and 30 September, with the report date last. Use “Show data table” for the figures.',
  // the timeline's panels, each with its own scale
  timelineReportedTitle: 'Actions reported in each half-year, by the status reported',
  timelineStockTitle: 'Actions complete and overdue at each review point',
  timelineAxisActions: 'Number of actions',
  timelineMeasuresTitle: 'Measures: baseline, now and target',
  measureKey: 'Bar: now. Thin dashed mark: baseline. Tall mark: target.',
  // what the groups are called when `item-label` is not set
  itemOne: 'priority',
  itemMany: 'priorities',
  // the overview graphic
  priorityTitle: '{priority}. {title}',
  closedBar: 'Closed: no longer monitored{since}',
  closedBarSince: ' since {date}',
  noProgress: 'No progress to weigh',
  countsHead_one: '{n} action',
  countsHead_other: '{n} actions',
  countsHeadOf: '{n} of {total} actions',
  countsList: '{head}: {list}',
  countsOverdue: '; {n} overdue',
  // the timeline's axis: short month names, and the report date's day
  'monthShort.1': 'Jan',
  'monthShort.2': 'Feb',
  'monthShort.3': 'Mar',
  'monthShort.4': 'Apr',
  'monthShort.5': 'May',
  'monthShort.6': 'Jun',
  'monthShort.7': 'Jul',
  'monthShort.8': 'Aug',
  'monthShort.9': 'Sep',
  'monthShort.10': 'Oct',
  'monthShort.11': 'Nov',
  'monthShort.12': 'Dec',
  dayMonth: '{day} {month}',
  // the rating panel and measures
  rated: 'Rated {rating}',
  'better.higher': 'higher',
  'better.lower': 'lower',
  measureAfter: ' ({better}; {standing}).',
  // words for each priority and review point (tooltip and live region)
  seriesPriorities: 'Priorities',
  seriesReviewPoints: 'Review points',
  wordsRated: 'rated {rating}',
  wordsClosed: 'no longer monitored since {date}',
  wordsWeighted: 'weighted progress {value}',
  wordsOverdue: '{n} overdue as of {date}',
  pointReport: 'Report date {date}',
  pointReview: 'Review point {date}',
  pointWords_one: '{point}: {n} action reported{statuses}; {complete} complete and {overdue} overdue by then',
  pointWords_other: '{point}: {n} actions reported{statuses}; {complete} complete and {overdue} overdue by then',
  pointStatuses: ' ({list})',
  // the data table
  planFallback: 'plan',
  timelineCaption: 'Six-monthly review points, {plan}, as of {date}',
  colReviewPoint: 'Review point',
  colCompleteBy: 'Complete by then',
  colOverdueAt: 'Overdue then',
  timelineTableNote:
    'Each review point counts the statuses reported in the half-year ending there; complete and overdue are as the dates in the data show at that point.',
  actionsCaption: 'Actions in the {plan}, as of {date}{filter}',
  actionsCaptionFilter: '. {filter}',
  colRef: 'Ref',
  colPriority: 'Priority',
  colRating: 'Rating',
  colAction: 'Action',
  colOwner: 'Owner',
  colDue: 'Due',
  colStatus: 'Status',
  colProgress: 'Progress',
  colUpdated: 'Last updated',
  colMeasure: 'Measure',
  colEvidence: 'Evidence',
  dueOverdue: '{date} ({overdue})',
  measureCell: '{sentence} ({standing})',
  evidenceCell: '{text} ({url})',
  overdueNote: 'Overdue: due before {date} and not complete or no longer monitored.',
} as const;

export type PriorityTrackerStrings = { -readonly [K in keyof typeof PRIORITY_TRACKER_STRINGS]: string };

/** Every text the tracker writes: its own ({@link PRIORITY_TRACKER_STRINGS}) and its data's (`ACTIONS_STRINGS`). */
export const PRIORITY_TRACKER_TEXT = { ...ACTIONS_STRINGS, ...PRIORITY_TRACKER_STRINGS };

/** A key of {@link PRIORITY_TRACKER_TEXT}. */
export type PriorityTrackerTextKey = keyof typeof PRIORITY_TRACKER_TEXT;
