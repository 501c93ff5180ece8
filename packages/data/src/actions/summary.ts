import type { TrackerModel } from './model.js';
import { countsWords } from './model.js';
import { RAG_LABELS, type RagRating } from './rag.js';
import { countOf, listWords, longDate } from './words.js';

/** Options for {@link summariseTracker}. */
export interface TrackerSummaryOptions {
  /** What the plan's groups are called, singular and plural. Default `['priority', 'priorities']`; a Written Statement of Action might use `['area', 'areas']`. */
  item?: readonly [string, string];
}

/**
 * The tracker's plain-English, en-GB description: what is shown (and the filters), how many
 * actions by status, how many are overdue as of the report date, progress, the ratings with
 * the red priorities named, what is no longer monitored, and the measures in words. Counts of
 * actions are not counts of people; suppressed measure values are never stated.
 *
 * @param model from `buildTrackerModel`
 * @param options what the groups are called
 * @returns one paragraph
 * @example summariseTracker(model) // "As of 1 October 2025, the SEND and Inclusion Improvement Plan has 19 actions across 5 priorities: …"
 */
export function summariseTracker(model: TrackerModel, options: TrackerSummaryOptions = {}): string {
  const [one, many] = options.item ?? ['priority', 'priorities'];
  const out: string[] = [];
  if (model.filterText) out.push(model.filterText);
  const planName = model.plan ? `the ${model.plan}` : 'the plan';
  const t = model.totals;
  const n = model.priorities.length;

  if (t.allActions === 0) return `There are no actions in ${planName}.`;
  if (t.actions === 0) {
    out.push(`No actions match these filters; ${planName} has ${countOf(t.allActions, 'action')} in all.`);
    return out.join(' ');
  }
  const filtered = t.actions !== t.allActions ? ` (of ${t.allActions.toLocaleString('en-GB')})` : '';
  out.push(
    `As of ${longDate(model.asOf)}, ${planName} has ${countOf(t.actions, 'action')}${filtered} across ${countOf(n, one, many)}: ${countsWords(t.counts)}.`,
  );
  out.push(t.overdue === 0 ? 'None is overdue.' : `${countOf(t.overdue, 'action')} ${t.overdue === 1 ? 'is' : 'are'} overdue.`);
  if (t.weightedProgress !== undefined) {
    const mean = t.meanProgress !== undefined && Math.round(t.meanProgress) !== Math.round(t.weightedProgress) ? ` (mean action progress ${Math.round(t.meanProgress)}%)` : '';
    out.push(`Weighted progress is ${Math.round(t.weightedProgress)}%${mean}.`);
  }

  const by = new Map<RagRating, string[]>();
  for (const p of model.priorities) {
    const list = by.get(p.rag.rating) ?? [];
    list.push(p.title);
    by.set(p.rag.rating, list);
  }
  const order: RagRating[] = ['red', 'amber', 'green', 'complete'];
  const rated = order.filter((r) => by.get(r)?.length).map((r) => `${by.get(r)!.length} ${RAG_LABELS[r].toLowerCase()}`);
  if (rated.length) out.push(`Ratings: ${listWords(rated)}.`);
  const red = by.get('red');
  if (red?.length) out.push(`Rated red: ${listWords(red)}.`);
  const closed = model.priorities.filter((p) => p.rag.rating === 'closed');
  if (closed.length) {
    out.push(
      `${closed.length === 1 ? `One ${one} is` : `${countOf(closed.length, one, many)} are`} no longer monitored: ${listWords(closed.map((p) => `${p.title} (since ${longDate(p.closedOn!)})`))}.`,
    );
  }

  const measures = model.priorities.flatMap((p) => p.measures);
  if (measures.length && measures.length <= 4) out.push(measures.map((m) => `${m.sentence}.`).join(' '));
  else if (measures.length) {
    const met = measures.filter((m) => m.standing === 'met').length;
    const worse = measures.filter((m) => m.standing === 'worsening').length;
    const metText = met === 0 ? 'none has met its target yet' : `${met} ${met === 1 ? 'has' : 'have'} met the target`;
    const worseText = worse === 0 ? 'none is further from target than at baseline' : `${worse} ${worse === 1 ? 'is' : 'are'} further from target than at baseline`;
    out.push(`Of ${countOf(measures.length, 'measure')}, ${metText}; ${worseText}.`);
  }
  return out.join(' ');
}
