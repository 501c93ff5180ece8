/**
 * The tracker's own user-facing text. Override any of them through the element's `strings`
 * property or attribute (the same object as the shared shell's strings), e.g.
 * `strings='{"onlyOverdue": "Overdue only"}'`. `{name}` placeholders are filled in.
 */
export const TRACKER_STRINGS = {
  plan: 'Plan',
  planUnnamed: 'Plan',
  view: 'View',
  viewPriorities: 'Priorities',
  viewTimeline: 'Timeline',
  status: 'Status',
  allStatuses: 'All statuses',
  owner: 'Owner',
  allOwners: 'All owners',
  onlyOverdue: 'Only overdue',
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
  legendComplete: 'Complete by then (line)',
  legendOverdue: 'Overdue then (dashed line)',
  legendReported: 'Reported {status}',
  timelineNote:
    'Bars: statuses reported in the half-year ending at each review point (31 March and 30 September), with the report date last. Use “Show data table” for the figures.',
} as const;

export type TrackerStrings = { -readonly [K in keyof typeof TRACKER_STRINGS]: string };
