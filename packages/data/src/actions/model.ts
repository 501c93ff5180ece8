import { ACTION_STATUSES, type ActionStatus } from '../contracts/actions.js';
import type { DataIssue } from '../issues.js';
import { todayIso } from '../dates.js';
import type { ActionMeasure } from './measure.js';
import { ragRating, type RagResult } from './rag.js';
import { emptyStatusCounts, actionsTimeline, type StatusCounts, type TimelinePoint } from './timeline.js';
import { wordingOf, type TextOptions, type Wording } from '../text/wording.js';
import { ACTIONS_STRINGS, type ActionsStringKey } from './strings.js';

/** Statuses of actions still being worked on. */
export const OPEN_STATUSES: readonly ActionStatus[] = ['not_started', 'on_track', 'at_risk', 'off_track'];

/** Words for each status, as shown beside its icon. */
export const STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  complete: 'Complete',
  no_longer_monitored: 'No longer monitored',
};

/** One action of a plan (a row of the actions contract), as the tracker shows it. */
export interface ActionItem {
  /** Spreadsheet row it came from. */
  row: number;
  /** Plan name ('' when the data has no plan column). */
  plan: string;
  priority: number;
  priorityTitle: string;
  id: string;
  action: string;
  owner: string;
  /** ISO due date. */
  due: string;
  status: ActionStatus;
  /** 0–100 */
  progress: number;
  /** ISO date of the last update. */
  updated: string;
  outcome?: string;
  /** The evidence address when it is an absolute http(s) URL; only then is it a link. */
  evidenceUrl?: string;
  /** Evidence text: the label, or the address itself (shown as plain text when it is not http(s)). */
  evidenceText?: string;
  measure?: ActionMeasure;
}

/** Actions read from validated data, with the warnings found. */
export interface ActionsDataset {
  actions: ActionItem[];
  /** Plan names in the order first met. */
  plans: string[];
  /** Warnings (errors are thrown). */
  issues: DataIssue[];
}

/** Which actions to show. Empty lists mean "all". */
export interface ActionsFilter {
  statuses?: readonly ActionStatus[];
  owners?: readonly string[];
  /** Only actions overdue as of the report date. */
  overdueOnly?: boolean;
}

/** Roll-up of the actions of one priority (after filters) with its rating (before filters). */
export interface PriorityRollup {
  plan: string;
  priority: number;
  title: string;
  /** Actions shown (after filters), in action id order. */
  actions: ActionItem[];
  /** All actions of the priority, whatever the filters. */
  totalActions: number;
  /** Counts by status of the shown actions. */
  counts: StatusCounts;
  /** Mean progress (0–100) of the shown actions that are still monitored; undefined when none. */
  meanProgress?: number;
  /** Weighted progress (0–100), see {@link weightedProgress}; undefined when nothing to weigh. */
  weightedProgress?: number;
  /** Shown actions overdue as of the report date. */
  overdue: number;
  /** Measures of the shown actions. */
  measures: ActionMeasure[];
  /** Rating of the whole priority (filters never change a rating). */
  rag: RagResult;
  /** When every action is no longer monitored: the date of the latest update (the date it closed). */
  closedOn?: string;
}

/** The tracker's view model: plain, JSON-serialisable. */
export interface ActionsModel {
  /** ISO report date. */
  asOf: string;
  plans: string[];
  /** The plan shown. */
  plan: string;
  /** Owners in the plan shown, sorted, for the owner filter. */
  owners: string[];
  filter: ActionsFilter;
  /** The filter in words ('' when nothing is filtered). */
  filterText: string;
  priorities: PriorityRollup[];
  totals: {
    /** Actions in the plan shown, before filters. */
    allActions: number;
    actions: number;
    counts: StatusCounts;
    overdue: number;
    meanProgress?: number;
    weightedProgress?: number;
  };
  timeline: TimelinePoint[];
  issues: DataIssue[];
}

/** Options for {@link buildActionsModel}. */
export interface ActionsModelOptions {
  /** Report date (ISO); default today where the code runs. */
  asOf?: string;
  /** Plan to show; default the first. */
  plan?: string;
  filter?: ActionsFilter;
  /** Wording of ratings, reasons, the filter and timeline labels ({@link ACTIONS_STRINGS}). */
  text?: TextOptions;
}

/**
 * An action is overdue when its due date is before the report date and it is neither complete
 * nor no longer monitored. An action due on the report date itself is not overdue: it is due
 * today. Dates are compared as ISO strings, so the answer does not depend on a time zone.
 *
 * @param action status and due date
 * @param asOf report date (ISO)
 * @returns whether the action is overdue
 * @example isOverdue({ status: 'on_track', due: '2025-03-31' }, '2025-03-31') // false (due today)
 */
export function isOverdue(action: { status: ActionStatus; due: string }, asOf: string): boolean {
  return action.due < asOf && action.status !== 'complete' && action.status !== 'no_longer_monitored';
}

/**
 * The address, normalised, when it is an absolute http or https URL; otherwise undefined (and
 * the text is shown as plain text). Control characters or spaces inside make it text too.
 * @example httpHref('https://example.org/a b') // undefined; httpHref(' https://example.org/x ') // "https://example.org/x"
 */
export function httpHref(text: string): string | undefined {
  const t = text.trim();
  if (!t || /[\u0000-\u001F\u007F\s]/.test(t)) return undefined;
  try {
    const url = new URL(t);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a URL is an absolute http or https address (anything else is shown as text). */
export function isHttpUrl(text: string): boolean {
  return httpHref(text) !== undefined;
}

/**
 * Weighted progress, 0–100: each monitored action weighs 1 at its reported progress, and each
 * measure weighs 1 at its progress from baseline to target (0–100), so a priority whose actions
 * are done but whose numbers have not moved does not read as finished. Actions no longer
 * monitored take no part. Measures whose progress cannot be shown (no baseline, or suppressed)
 * take no part. Undefined when there is nothing to weigh.
 *
 * @example weightedProgress([{ status: 'complete', progress: 100 }], [{ progress: 0.5 }]) // 75
 */
export function weightedProgress(
  actions: readonly { status: ActionStatus; progress: number }[],
  measures: readonly { progress?: number }[],
): number | undefined {
  let sum = 0;
  let weight = 0;
  for (const a of actions) {
    if (a.status === 'no_longer_monitored') continue;
    sum += a.progress;
    weight++;
  }
  for (const m of measures) {
    if (m.progress === undefined) continue;
    sum += m.progress * 100;
    weight++;
  }
  return weight ? sum / weight : undefined;
}

/**
 * Mean reported progress, 0–100, of the actions still monitored; undefined when none.
 * @example meanProgress([{ status: 'on_track', progress: 40 }, { status: 'complete', progress: 100 }]) // 70
 */
export function meanProgress(actions: readonly { status: ActionStatus; progress: number }[]): number | undefined {
  const monitored = actions.filter((a) => a.status !== 'no_longer_monitored');
  return monitored.length ? monitored.reduce((s, a) => s + a.progress, 0) / monitored.length : undefined;
}

/**
 * The filter in words, for the summary and the live region.
 * @example describeFilter({ statuses: ['at_risk'], overdueOnly: true }, '2025-10-01') // "Showing only actions that are at risk and overdue as of 1 October 2025."
 */
export function describeFilter(
  filter: ActionsFilter,
  asOf: string,
  text?: TextOptions | Wording<ActionsStringKey>,
): string {
  const w = wordingOf(ACTIONS_STRINGS, text);
  const parts: string[] = [];
  if (filter.statuses?.length)
    parts.push(
      w.t('filterStatuses', {
        statuses: w.list(
          filter.statuses.map((s) => w.t(`status.${s}`).toLowerCase()),
          { or: true },
        ),
      }),
    );
  if (filter.owners?.length) parts.push(w.t('filterOwners', { owners: w.list([...filter.owners], { or: true }) }));
  if (filter.overdueOnly) parts.push(w.t('filterOverdue', { date: w.format.date(asOf) }));
  if (!parts.length) return '';
  return w.t('filterShowing', { parts: w.list(parts) });
}

function matches(a: ActionItem, filter: ActionsFilter, asOf: string): boolean {
  if (filter.statuses?.length && !filter.statuses.includes(a.status)) return false;
  if (filter.owners?.length && !filter.owners.includes(a.owner)) return false;
  if (filter.overdueOnly && !isOverdue(a, asOf)) return false;
  return true;
}

const byId = (a: ActionItem, b: ActionItem) => a.id.localeCompare(b.id, 'en-GB', { numeric: true });

/**
 * Rolls a plan's actions up by priority as of a date: counts by status, mean and weighted
 * progress, overdue count, measures and a RAG rating with its reasons; plus the six-monthly
 * timeline and the filter in words. Counts here are counts of plan actions, not of people, so
 * they are not under disclosure control; measures that count people are (see `buildMeasure`).
 *
 * @param dataset from {@link readActions}
 * @param options report date, plan, filter and wording
 * @returns the tracker view model
 * @example buildActionsModel(readActions(validated), { asOf: '2025-10-01' }).priorities.map((p) => p.rag.rating)
 */
export function buildActionsModel(dataset: ActionsDataset, options: ActionsModelOptions = {}): ActionsModel {
  const asOf = options.asOf ?? todayIso();
  const w = wordingOf(ACTIONS_STRINGS, options.text);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf))
    throw new RangeError(`as-of must be an ISO date like 2025-03-31, got "${asOf}"`);
  const plan =
    options.plan !== undefined && dataset.plans.includes(options.plan) ? options.plan : (dataset.plans[0] ?? '');
  const filter: ActionsFilter = {
    statuses: ACTION_STATUSES.filter((s) => options.filter?.statuses?.includes(s)),
    owners: options.filter?.owners ?? [],
    overdueOnly: options.filter?.overdueOnly ?? false,
  };
  const inPlan = dataset.actions.filter((a) => a.plan === plan);
  const groups = new Map<number, ActionItem[]>();
  for (const a of inPlan) {
    let list = groups.get(a.priority);
    if (!list) groups.set(a.priority, (list = []));
    list.push(a);
  }
  const priorities: PriorityRollup[] = [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([priority, all]) => {
      all.sort(byId);
      const shown = all.filter((a) => matches(a, filter, asOf));
      const counts = emptyStatusCounts();
      for (const a of shown) counts[a.status]++;
      const measures = shown.flatMap((a) => (a.measure ? [a.measure] : []));
      const rag = ragRating(
        all.map((a) => ({ status: a.status, overdue: isOverdue(a, asOf) })),
        all.flatMap((a) => (a.measure ? [a.measure] : [])),
        w,
      );
      const closedOn =
        rag.rating === 'closed'
          ? all.reduce((max, a) => (a.updated > max ? a.updated : max), all[0]!.updated)
          : undefined;
      return {
        plan,
        priority,
        title: all[0]!.priorityTitle,
        actions: shown,
        totalActions: all.length,
        counts,
        meanProgress: meanProgress(shown),
        weightedProgress: weightedProgress(shown, measures),
        overdue: shown.filter((a) => isOverdue(a, asOf)).length,
        measures,
        rag,
        closedOn,
      };
    });
  const shownAll = priorities.flatMap((p) => p.actions);
  const counts = emptyStatusCounts();
  for (const a of shownAll) counts[a.status]++;
  const owners = [...new Set(inPlan.map((a) => a.owner))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  return {
    asOf,
    plans: dataset.plans,
    plan,
    owners,
    filter,
    filterText: describeFilter(filter, asOf, w),
    priorities,
    totals: {
      allActions: inPlan.length,
      actions: shownAll.length,
      counts,
      overdue: shownAll.filter((a) => isOverdue(a, asOf)).length,
      meanProgress: meanProgress(shownAll),
      weightedProgress: weightedProgress(
        shownAll,
        priorities.flatMap((p) => p.measures),
      ),
    },
    timeline: actionsTimeline(shownAll, asOf, options.text),
    issues: dataset.issues,
  };
}

/** "3 on track, 1 at risk and 2 complete" (statuses with none are left out; worded by `text` when given). */
export function countsWords(counts: StatusCounts, text?: TextOptions | Wording<ActionsStringKey>): string {
  const w = wordingOf(ACTIONS_STRINGS, text);
  const parts = ACTION_STATUSES.filter((s) => counts[s] > 0).map((s) =>
    w.t('statusCount', { n: w.format.number(counts[s]), status: w.t(`status.${s}`).toLowerCase() }),
  );
  return parts.length ? w.list(parts) : w.t('statusCountNone');
}
