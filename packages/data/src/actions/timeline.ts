import { ACTION_STATUSES, type ActionStatus } from '../contracts/actions.js';
import { wordingOf, type TextOptions } from '../text/wording.js';
import { ACTIONS_STRINGS } from './strings.js';

/** Counts of actions by status. */
export type StatusCounts = Record<ActionStatus, number>;

/** An all-zero {@link StatusCounts}. */
export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** One six-monthly review point. */
export interface TimelinePoint {
  /** ISO date of the review point (31 March or 30 September, or the report date for the last point). */
  date: string;
  /** "30 September 2025" */
  label: string;
  /** Whether this is the report date rather than a scheduled review point. */
  asOf: boolean;
  /** Actions whose latest update falls in the half-year ending here, by the status they reported. */
  reported: StatusCounts;
  /** How many actions were reported in the half-year ending here. */
  reportedTotal: number;
  /** Actions recorded as complete by this date (status complete, updated on or before it). */
  completeBy: number;
  /** Actions recorded as no longer monitored by this date. */
  closedBy: number;
  /** Actions due before this date that were not recorded as complete or closed by it. */
  overdueAt: number;
}

/** What the timeline needs to know about an action. */
export interface TimelineAction {
  status: ActionStatus;
  due: string;
  updated: string;
}

/**
 * The six-monthly review points (31 March and 30 September) from the first one on or after
 * `from` to the last one on or before `to`. Plain string arithmetic: no `Date`, no time zone.
 *
 * @example reviewPoints('2024-11-02', '2025-10-01') // ['2025-03-31', '2025-09-30']
 */
export function reviewPoints(from: string, to: string): string[] {
  const out: string[] = [];
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  for (let y = first; y <= last; y++) {
    for (const md of ['03-31', '09-30']) {
      const d = `${y}-${md}`;
      if (d >= from && d <= to) out.push(d);
    }
  }
  return out;
}

/**
 * The plan's history at each six-monthly review point, read from one snapshot of the plan.
 * A snapshot holds each action's latest status and the date it was reported, so each review point
 * shows the statuses reported in the half-year ending there, and cumulative counts that the
 * dates prove: complete or closed by then (reported on or before the point), and overdue then
 * (due before the point and not reported complete or closed by it — a completion reported later
 * counts from the date it was reported). The report date is added as the last point when it is
 * not itself a review point. Points run from the earliest update or due date to the report date.
 *
 * @param actions actions with status, due and updated dates
 * @param asOf the report date (ISO)
 * @param text how dates are written in labels (`format.date`, `locale`)
 * @returns review points in date order (empty when there are no actions)
 * @example actionsTimeline([{ status: 'complete', due: '2025-03-31', updated: '2025-02-10' }], '2025-10-01')[0].completeBy // 1
 */
export function actionsTimeline(actions: readonly TimelineAction[], asOf: string, text?: TextOptions): TimelinePoint[] {
  if (!actions.length) return [];
  const w = wordingOf(ACTIONS_STRINGS, text);
  // the plan's history starts at its earliest date, an update or a due date
  const earliest = actions.reduce(
    (min, a) => [min, a.updated, a.due].reduce((x, y) => (y < x ? y : x)),
    actions[0]!.updated,
  );
  const dates = reviewPoints(earliest < asOf ? earliest : asOf, asOf);
  if (dates[dates.length - 1] !== asOf) dates.push(asOf);

  return dates.map((date, i) => {
    const previous = i > 0 ? dates[i - 1]! : '';
    const reported = emptyStatusCounts();
    let reportedTotal = 0;
    let completeBy = 0;
    let closedBy = 0;
    let overdueAt = 0;
    for (const a of actions) {
      if (a.updated > previous && a.updated <= date) {
        reported[a.status]++;
        reportedTotal++;
      }
      const doneBy = (a.status === 'complete' || a.status === 'no_longer_monitored') && a.updated <= date;
      if (doneBy && a.status === 'complete') completeBy++;
      if (doneBy && a.status === 'no_longer_monitored') closedBy++;
      if (!doneBy && a.due < date) overdueAt++;
    }
    return {
      date,
      label: w.format.date(date),
      asOf: date === asOf && i === dates.length - 1,
      reported,
      reportedTotal,
      completeBy,
      closedBy,
      overdueAt,
    };
  });
}
