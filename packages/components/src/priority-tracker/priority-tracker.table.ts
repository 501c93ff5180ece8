import type { DataTableSpec, TableCell } from '@send-insight/core/view';
import { ACTION_STATUSES, isOverdue, standingWords, type ActionsModel } from '@send-insight/data';
import { percentText, statusWord, type PriorityTrackerWording } from './priority-tracker.words.js';

/**
 * Every shown action with its priority, the priority's rating, owner, due date (marked when
 * overdue), status, progress, last update, measure and evidence: the table view and the CSV.
 */
export function actionsTable(model: ActionsModel, w: PriorityTrackerWording): DataTableSpec {
  const date = w.format.date(model.asOf);
  const rows = model.priorities.flatMap((p) =>
    p.actions.map((a): Record<string, TableCell> => {
      const due = w.format.date(a.due);
      let evidence = a.evidenceText ?? '';
      if (a.evidenceUrl && a.evidenceText && a.evidenceText !== a.evidenceUrl)
        evidence = w.t('evidenceCell', { text: a.evidenceText, url: a.evidenceUrl });
      return {
        id: { text: a.id, sort: a.id },
        priority: { text: w.t('priorityTitle', { priority: p.priority, title: p.title }), sort: p.priority },
        rating: p.rag.label,
        action: a.action,
        owner: a.owner,
        due: {
          text: isOverdue(a, model.asOf)
            ? w.t('dueOverdue', { date: due, overdue: w.t('overdue').toLowerCase() })
            : due,
          sort: a.due,
        },
        status: statusWord(a.status, w),
        progress: { text: percentText(a.progress, w), sort: a.progress },
        updated: { text: w.format.date(a.updated), sort: a.updated },
        measure: a.measure
          ? w.t('measureCell', { sentence: a.measure.sentence, standing: standingWords(a.measure, w) })
          : '',
        evidence,
      };
    }),
  );
  const plan = model.plan || w.t('planFallback');
  return {
    caption: w.t('actionsCaption', {
      plan,
      date,
      filter: model.filterText ? w.t('actionsCaptionFilter', { filter: model.filterText }) : '',
    }),
    columns: [
      { key: 'id', label: w.t('colRef') },
      { key: 'priority', label: w.t('colPriority') },
      { key: 'rating', label: w.t('colRating') },
      { key: 'action', label: w.t('colAction') },
      { key: 'owner', label: w.t('colOwner') },
      { key: 'due', label: w.t('colDue') },
      { key: 'status', label: w.t('colStatus') },
      { key: 'progress', label: w.t('colProgress'), numeric: true },
      { key: 'updated', label: w.t('colUpdated') },
      { key: 'measure', label: w.t('colMeasure') },
      { key: 'evidence', label: w.t('colEvidence') },
    ],
    rows,
    notes: [w.t('overdueNote', { date })],
  };
}

/** Each review point: the statuses reported in the half-year ending there, complete by then and overdue then. */
export function timelineTable(model: ActionsModel, w: PriorityTrackerWording): DataTableSpec {
  const n = (value: number): TableCell => ({ text: w.format.number(value), sort: value });
  return {
    caption: w.t('timelineCaption', { plan: model.plan || w.t('planFallback'), date: w.format.date(model.asOf) }),
    columns: [
      { key: 'date', label: w.t('colReviewPoint') },
      ...ACTION_STATUSES.map((s) => ({
        key: s,
        label: w.t('legendReported', { status: statusWord(s, w).toLowerCase() }),
        numeric: true,
      })),
      { key: 'completeBy', label: w.t('colCompleteBy'), numeric: true },
      { key: 'overdueAt', label: w.t('colOverdueAt'), numeric: true },
    ],
    rows: model.timeline.map((p) => ({
      date: { text: p.label, sort: p.date },
      ...Object.fromEntries(ACTION_STATUSES.map((s) => [s, n(p.reported[s])])),
      completeBy: n(p.completeBy),
      overdueAt: n(p.overdueAt),
    })),
    notes: [w.t('timelineTableNote')],
  };
}
