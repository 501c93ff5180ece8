import type { ActionsModel } from './model.js';
import { countsWords } from './model.js';
import type { RagRating } from './rag.js';
import { wordingOf, type TextOptions } from '../text/wording.js';
import { ACTIONS_STRINGS } from './strings.js';

/** Options for {@link summariseActions}. */
export interface ActionsSummaryOptions extends TextOptions {
  /** What the plan's groups are called, singular and plural. Default `['priority', 'priorities']`; a Written Statement of Action might use `['area', 'areas']`. */
  item?: readonly [string, string];
}

/**
 * The tracker's plain-English description: what is shown (and the filters), how many actions by
 * status, how many are overdue as of the report date, progress, the ratings with the red
 * priorities named, what is no longer monitored, and the measures in words. Counts of actions
 * are not counts of people; suppressed measure values are never stated. Every sentence is a
 * template of {@link ACTIONS_STRINGS} (en-GB by default) that `strings` can replace; figures and
 * dates go through `format` (or `locale`).
 *
 * @param model from `buildActionsModel` (build it with the same `text` so ratings and measures are worded alike)
 * @param options what the groups are called, wording
 * @returns one paragraph
 * @example summariseActions(model) // "As of 1 October 2025, the SEND and Inclusion Improvement Plan has 19 actions across 5 priorities: …"
 */
export function summariseActions(model: ActionsModel, options: ActionsSummaryOptions = {}): string {
  const { lead, more } = summariseActionsParts(model, options);
  return more ? `${lead} ${more}` : lead;
}

/** {@link summariseActions} in two parts: its lead and the rest. */
export interface ActionsSummaryParts {
  /** What is shown (the filters), how many actions by status, and how many are overdue. */
  lead: string;
  /** Progress, ratings, what is no longer monitored, and the measures ('' when there is none of these). */
  more: string;
}

/**
 * {@link summariseActions} split after its headline sentences, so a narrow screen can show the
 * lead and keep the rest one click away; `lead + ' ' + more` is the whole summary.
 *
 * @param model from `buildActionsModel`
 * @param options what the groups are called, wording
 * @returns the lead and the rest
 * @example summariseActionsParts(model).lead // "As of 1 October 2025, the SEND and Inclusion Improvement Plan has 19 actions across 5 priorities: …. 2 actions are overdue."
 */
export function summariseActionsParts(model: ActionsModel, options: ActionsSummaryOptions = {}): ActionsSummaryParts {
  const w = wordingOf(ACTIONS_STRINGS, options);
  const [item, items] = options.item ?? ['priority', 'priorities'];
  const out: string[] = [];
  if (model.filterText) out.push(model.filterText);
  const plan = model.plan ? w.t('trackerPlanNamed', { plan: model.plan }) : w.t('trackerPlanUnnamed');
  const t = model.totals;
  const n = model.priorities.length;

  if (t.allActions === 0) return { lead: w.t('trackerSummaryNoActions', { plan }), more: '' };
  if (t.actions === 0) {
    out.push(w.t('trackerSummaryNoMatch', { plan, actions: w.plural('trackerActions', t.allActions) }));
    return { lead: out.join(' '), more: '' };
  }
  out.push(
    w.t('trackerSummaryOpening', {
      date: w.format.date(model.asOf),
      plan,
      actions: w.plural('trackerActions', t.actions),
      filtered:
        t.actions !== t.allActions ? w.t('trackerSummaryFiltered', { total: w.format.number(t.allActions) }) : '',
      items: w.plural('trackerItems', n, { item, items }),
      counts: countsWords(t.counts, w),
    }),
  );
  out.push(t.overdue === 0 ? w.t('trackerSummaryNoneOverdue') : w.plural('trackerSummaryOverdue', t.overdue));
  const lead = out.splice(0).join(' ');
  if (t.weightedProgress !== undefined) {
    const percent = (v: number) => w.format.percent(Math.round(v), 0);
    const mean =
      t.meanProgress !== undefined && Math.round(t.meanProgress) !== Math.round(t.weightedProgress)
        ? w.t('trackerSummaryMean', { value: percent(t.meanProgress) })
        : '';
    out.push(w.t('trackerSummaryProgress', { value: percent(t.weightedProgress), mean }));
  }

  const by = new Map<RagRating, string[]>();
  for (const p of model.priorities) {
    const list = by.get(p.rag.rating) ?? [];
    list.push(p.title);
    by.set(p.rag.rating, list);
  }
  const order: RagRating[] = ['red', 'amber', 'green', 'complete'];
  const rated = order
    .filter((r) => by.get(r)?.length)
    .map((r) =>
      w.t('trackerSummaryRating', { n: w.format.number(by.get(r)!.length), rating: w.t(`rag.${r}`).toLowerCase() }),
    );
  if (rated.length) out.push(w.t('trackerSummaryRatings', { ratings: w.list(rated) }));
  const red = by.get('red');
  if (red?.length) out.push(w.t('trackerSummaryRed', { titles: w.list(red) }));
  const closed = model.priorities.filter((p) => p.rag.rating === 'closed');
  if (closed.length) {
    const list = w.list(
      closed.map((p) => w.t('trackerSummaryClosedItem', { title: p.title, date: w.format.date(p.closedOn!) })),
    );
    out.push(w.plural('trackerSummaryClosed', closed.length, { item, items, list }));
  }

  const measures = model.priorities.flatMap((p) => p.measures);
  if (measures.length && measures.length <= 4)
    out.push(measures.map((m) => w.t('trackerSummaryMeasure', { sentence: m.sentence })).join(' '));
  else if (measures.length) {
    const met = measures.filter((m) => m.standing === 'met').length;
    const worse = measures.filter((m) => m.standing === 'worsening').length;
    out.push(
      w.t('trackerSummaryMeasuresOf', {
        measures: w.plural('trackerMeasures', measures.length),
        met: met === 0 ? w.t('trackerSummaryNoneMet') : w.plural('trackerSummaryMet', met),
        worse: worse === 0 ? w.t('trackerSummaryNoneWorse') : w.plural('trackerSummaryWorse', worse),
      }),
    );
  }
  return { lead, more: out.join(' ') };
}
