import type { ActionStatus } from '../contracts/actions.js';
import type { ActionMeasure } from './measure.js';
import { wordingOf, type TextOptions, type Wording } from '../text/wording.js';
import { ACTIONS_STRINGS, type ActionsStringKey } from './strings.js';

/** A priority's rating. `complete` and `closed` (no longer monitored) sit beside red, amber and green. */
export type RagRating = 'red' | 'amber' | 'green' | 'complete' | 'closed';

/** The rating with the reasons that decided it, in words. */
export interface RagResult {
  rating: RagRating;
  /** "Red", "Amber", "Green", "Complete", "No longer monitored" */
  label: string;
  /** Why, e.g. ["1 action is off track", "Overdue annual reviews is moving away from its target"]. */
  reasons: string[];
}

/** What the rule needs to know about an action. */
export interface RagAction {
  status: ActionStatus;
  overdue: boolean;
}

export const RAG_LABELS: Record<RagRating, string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  complete: 'Complete',
  closed: 'No longer monitored',
};

/**
 * The RAG rule, in the order it is applied. Shown on demand beside each rating so that the
 * board can check it. Actions that are no longer monitored take no part, except that a
 * priority whose every action is no longer monitored is itself closed.
 */
export const RAG_RULE: readonly string[] = [
  'No longer monitored: every action in the priority is no longer monitored.',
  'Complete: every other action is complete and every measure has met its target.',
  'Red: any action is off track, or at least two open actions and at least half of them are overdue, or a measure is further from its target than at baseline.',
  'Amber: any action is at risk or overdue, or a measure has closed less than half of the gap from baseline to target.',
  'Green: otherwise — open actions are on track or not yet due, and measures are at least half way to target.',
];

const RULE_ORDER: readonly RagRating[] = ['closed', 'complete', 'red', 'amber', 'green'];

/**
 * {@link RAG_RULE} in the wording given (`ragRule.<rating>` in {@link ACTIONS_STRINGS}).
 * @param text overrides, locale
 * @returns the rule's lines in the order they are applied
 * @example ragRule()[2] // "Red: any action is off track, …"
 */
export function ragRule(text?: TextOptions | Wording<ActionsStringKey>): string[] {
  const w = wordingOf(ACTIONS_STRINGS, text);
  return RULE_ORDER.map((r) => w.t(`ragRule.${r}`));
}

/**
 * Rates a priority from all its actions and measures with {@link RAG_RULE}.
 *
 * @param actions the priority's actions with their overdue flag as of the report date
 * @param measures the measures its actions carry
 * @param text wording of the label and reasons ({@link ACTIONS_STRINGS})
 * @returns rating, label and reasons
 * @example ragRating([{ status: 'on_track', overdue: false }, { status: 'off_track', overdue: false }], []).rating // 'red'
 */
export function ragRating(
  actions: readonly RagAction[],
  measures: readonly ActionMeasure[],
  text?: TextOptions | Wording<ActionsStringKey>,
): RagResult {
  const w = wordingOf(ACTIONS_STRINGS, text);
  const result = (rating: RagRating, reasons: string[]): RagResult => ({
    rating,
    label: w.t(`rag.${rating}`),
    reasons,
  });
  const monitored = actions.filter((a) => a.status !== 'no_longer_monitored');
  if (actions.length > 0 && monitored.length === 0) return result('closed', [w.t('ragReasonClosed')]);

  const open = monitored.filter((a) => a.status !== 'complete');
  const overdue = open.filter((a) => a.overdue).length;
  const offTrack = open.filter((a) => a.status === 'off_track').length;
  const atRisk = open.filter((a) => a.status === 'at_risk').length;

  if (open.length === 0 && measures.every((m) => m.standing === 'met')) {
    return result('complete', [
      w.t(monitored.length ? 'ragReasonAllComplete' : 'ragReasonNoActions'),
      ...(measures.length ? [w.t('ragReasonMeasuresMet')] : []),
    ]);
  }

  const red: string[] = [];
  if (offTrack) red.push(w.plural('ragReasonOffTrack', offTrack));
  if (overdue >= 2 && overdue * 2 >= open.length)
    red.push(w.plural('ragReasonMostOverdue', open.length, { overdue: w.format.number(overdue) }));
  for (const m of measures) if (m.standing === 'worsening') red.push(w.t('ragReasonWorsening', { measure: m.name }));
  if (red.length) return result('red', red);

  const amber: string[] = [];
  if (atRisk) amber.push(w.plural('ragReasonAtRisk', atRisk));
  if (overdue) amber.push(w.plural('ragReasonOverdue', overdue));
  for (const m of measures) if (m.standing === 'behind') amber.push(w.t('ragReasonBehind', { measure: m.name }));
  if (amber.length) return result('amber', amber);

  const green = [w.t('ragReasonGreen')];
  if (measures.length) green.push(w.t(measures.length === 1 ? 'ragReasonMeasureHalfWay' : 'ragReasonMeasuresHalfWay'));
  return result('green', green);
}
