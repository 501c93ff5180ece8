import type { ChartView } from '@send-insight/core/view';
import {
  ACTION_STATUSES,
  summariseActionsParts,
  wordingOf,
  type ActionStatus,
  type ActionsModel,
  type TextOptions,
} from '@send-insight/data';
import {
  layoutExport,
  layoutTimelineDrawing,
  type ExportLayout,
  type TimelineDrawing,
} from './priority-tracker-export.layout.js';
import { layoutTimeline, type TimelineLayout } from './priority-tracker-timeline.layout.js';
import { layoutPriorities, measureCard, type MeasureCard, type PrioritiesLayout } from './priority-tracker.layout.js';
import { priorityNavigation, timelineNavigation } from './priority-tracker.navigation.js';
import { PRIORITY_TRACKER_TEXT } from './priority-tracker.strings.js';
import { actionsTable, timelineTable } from './priority-tracker.table.js';
import { itemWords, statusWord } from './priority-tracker.words.js';

/** What the tracker shows: the priorities with their actions, or the six-monthly timeline. */
export type TrackerMode = 'priorities' | 'timeline';

/** The modes, for attribute checking. */
export const TRACKER_MODES: readonly TrackerMode[] = ['priorities', 'timeline'];

/** The element's attributes as given: any text, checked by {@link priorityTrackerViewOptions}. */
export interface PriorityTrackerViewAttributes {
  mode?: string;
  itemLabel?: string;
}

/** What the view shows, every default resolved. */
export interface PriorityTrackerViewOptions {
  mode: TrackerMode;
  /** What the groups are called: `item-label`, or empty for the wording's "priority"/"priorities". */
  itemLabel: string;
}

/**
 * The tracker's view options from its attributes, each default written here and nowhere else:
 * mode `priorities`; the groups called by the wording's names (`itemOne`, `itemMany`).
 *
 * @example priorityTrackerViewOptions({ mode: 'gantt' }).mode // "priorities"
 */
export function priorityTrackerViewOptions(a: PriorityTrackerViewAttributes): PriorityTrackerViewOptions {
  return { mode: TRACKER_MODES.find((m) => m === a.mode) ?? 'priorities', itemLabel: (a.itemLabel ?? '').trim() };
}

/**
 * The timeline's layout with its keys, the measures of the actions shown (each with its own
 * scale), and both panels with their keys as one static drawing for the SVG file.
 */
export interface TimelineView extends TimelineLayout {
  /** The reported panel's key: the statuses it draws, in order, in words. */
  statusKey: { status: ActionStatus; text: string }[];
  /** The stock panel's key: complete, then overdue. */
  lineKey: [string, string];
  measures: (MeasureCard & { id: string })[];
  drawing: TimelineDrawing;
}

/** The priorities' rows, and the same rows as a static drawing for the SVG file. */
export interface PrioritiesView extends PrioritiesLayout {
  drawing: ExportLayout;
}

/** The tracker's layout: the priorities (HTML rows) or the timeline (two SVG panels and the measures). */
export type PriorityTrackerLayout = PrioritiesView | TimelineView;

/** The tracker's view, with what its groups are called (for the controls). */
export interface PriorityTrackerView extends ChartView<PriorityTrackerLayout> {
  items: [string, string];
}

/**
 * The pure view of `<send-priority-tracker>`: the priorities' rows and action cards, or the
 * timeline's panels; the keyboard order; the table (actions, or review points); the summary.
 * No Lit, no DOM.
 *
 * @param model from `buildActionsModel`
 * @param options from {@link priorityTrackerViewOptions}
 * @param strings the element's `strings` overrides, locale and formatters (none: en-GB)
 * @param width in CSS pixels
 * @example priorityTrackerView(model, priorityTrackerViewOptions({}), {}, 640).summary // "As of 1 October 2025, …"
 */
export function priorityTrackerView(
  model: ActionsModel,
  options: PriorityTrackerViewOptions,
  strings: TextOptions,
  width: number,
): PriorityTrackerView {
  const w = wordingOf(PRIORITY_TRACKER_TEXT, strings);
  const items = itemWords(options.itemLabel, w);
  const summaryParts = summariseActionsParts(model, { ...strings, item: items });
  const summary = summaryParts.more ? `${summaryParts.lead} ${summaryParts.more}` : summaryParts.lead;
  const state = model.totals.allActions === 0 ? ('empty' as const) : undefined;
  if (options.mode === 'timeline') {
    const timeline = layoutTimeline(model.timeline, width, w);
    const measures = model.priorities.flatMap((p) =>
      p.actions.flatMap((a) => (a.measure ? [{ id: a.id, ...measureCard(a.measure, w) }] : [])),
    );
    const drawn = ACTION_STATUSES.filter((s) =>
      timeline.reported.columns.some((c) => c.segments.some((g) => g.status === s)),
    );
    const statusKey = drawn.map((status) => ({
      status,
      text: w.t('legendReported', { status: statusWord(status, w).toLowerCase() }),
    }));
    const lineKey: [string, string] = [w.t('legendComplete'), w.t('legendOverdue')];
    const drawing = layoutTimelineDrawing(
      timeline,
      statusKey.map((k) => k.text),
      lineKey,
    );
    const layout: TimelineView = { ...timeline, statusKey, lineKey, measures, drawing };
    const view: PriorityTrackerView = {
      layout,
      height: timeline.reported.height,
      navigation: timelineNavigation(model, timeline, w),
      table: timelineTable(model, w),
      summary,
      summaryParts,
      items,
    };
    if (state) view.state = state;
    return view;
  }
  const priorities = layoutPriorities(model, w);
  const view: PriorityTrackerView = {
    layout: { ...priorities, drawing: layoutExport(priorities.rows, width) },
    // the rows are HTML and flow at any width: no drawing height of their own
    height: 0,
    navigation: priorityNavigation(model, w),
    table: actionsTable(model, w),
    summary,
    summaryParts,
    items,
  };
  if (state) view.state = state;
  return view;
}
