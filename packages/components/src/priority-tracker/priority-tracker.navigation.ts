import type { NavSeries } from '@send-insight/core/view';
import type { ActionsModel, PriorityRollup, RagRating, StatusCounts } from '@send-insight/data';
import type { TimelineLayout } from './priority-tracker-timeline.layout.js';
import { countsText, percentText, statusCounts, type PriorityTrackerWording } from './priority-tracker.words.js';

/** What `send-select` carries for a priority. */
export interface PriorityDatum {
  plan: string;
  priority: number;
  title: string;
  rating: RagRating;
  weightedProgress?: number;
  counts: StatusCounts;
  overdue: number;
}

/** A priority in words: title, rating, since when closed, weighted progress, counts and overdue. */
export function priorityWords(p: PriorityRollup, asOf: string, w: PriorityTrackerWording): string {
  const parts = [
    w.t('priorityTitle', { priority: p.priority, title: p.title }),
    w.t('wordsRated', { rating: p.rag.label }),
  ];
  if (p.rag.rating === 'closed' && p.closedOn) parts.push(w.t('wordsClosed', { date: w.format.date(p.closedOn) }));
  if (p.weightedProgress !== undefined) parts.push(w.t('wordsWeighted', { value: percentText(p.weightedProgress, w) }));
  parts.push(countsText(p, w));
  if (p.overdue) parts.push(w.t('wordsOverdue', { n: w.format.number(p.overdue), date: w.format.date(asOf) }));
  return parts.join(w.template('listSeparatorLong'));
}

/**
 * The priorities as one series, top to bottom (Down and Up move between them; Enter opens one).
 * Each row is HTML that flows with its open panels, so the element marks the active row itself:
 * the points carry no position (0, 0).
 */
export function priorityNavigation(model: ActionsModel, w: PriorityTrackerWording): NavSeries[] {
  return [
    {
      label: w.t('seriesPriorities'),
      vertical: true,
      points: model.priorities.map((p) => {
        const datum: PriorityDatum = {
          plan: p.plan,
          priority: p.priority,
          title: p.title,
          rating: p.rag.rating,
          counts: p.counts,
          overdue: p.overdue,
        };
        if (p.weightedProgress !== undefined) datum.weightedProgress = p.weightedProgress;
        return { id: String(p.priority), label: priorityWords(p, model.asOf, w), x: 0, y: 0, datum };
      }),
    },
  ];
}

/** The review points left to right, each announced with what was reported then and what was complete and overdue by then. */
export function timelineNavigation(
  model: ActionsModel,
  layout: TimelineLayout,
  w: PriorityTrackerWording,
): NavSeries[] {
  return [
    {
      label: w.t('seriesReviewPoints'),
      points: model.timeline.map((p, i) => ({
        id: p.date,
        label: w.plural('pointWords', p.reportedTotal, {
          point: w.t(p.asOf ? 'pointReport' : 'pointReview', { date: p.label }),
          statuses: p.reportedTotal ? w.t('pointStatuses', { list: w.list(statusCounts(p.reported, w)) }) : '',
          complete: w.format.number(p.completeBy),
          overdue: w.format.number(p.overdueAt),
        }),
        x: layout.reported.columns[i]!.focus.x,
        y: layout.reported.columns[i]!.focus.y,
        datum: p,
      })),
    },
  ];
}
