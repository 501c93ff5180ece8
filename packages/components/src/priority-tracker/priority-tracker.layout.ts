import { clipText } from '@send-insight/core/layout';
import { scaleLinear } from '@send-insight/core/scale';
import {
  isOverdue,
  ragRule,
  standingWords,
  type ActionItem,
  type ActionMeasure,
  type ActionStatus,
  type ActionsModel,
  type PriorityRollup,
  type RagRating,
} from '@send-insight/data';
import { countsText, percentText, statusWord, type PriorityTrackerWording } from './priority-tracker.words.js';

/** A measure's bullet graphic in SVG pixels. */
export interface MeasureBullet {
  width: number;
  height: number;
  /** Background track over the whole scale. */
  track: { x: number; width: number };
  /** Bar from the scale's start to the current value; undefined when the value is suppressed. */
  bar?: { x: number; width: number };
  /** Baseline marker position; undefined when there is no baseline or it is suppressed. */
  baseline?: number;
  /** Target marker position. */
  target: number;
  /** Scale ends, for the axis labels. */
  domain: [number, number];
}

/**
 * Lays out a bullet graphic for a measure: a track over a scale from 0 (or the lowest value) to
 * the highest value, a bar to the current value, a thin mark at the baseline and a tall mark at
 * the target. Suppressed values get no mark.
 *
 * @example layoutMeasureBullet({ baseline: 200, current: 40, target: 0, … }, 200).bar // { x: 0, width: 40 }
 */
export function layoutMeasureBullet(
  measure: Pick<ActionMeasure, 'baseline' | 'current' | 'target'>,
  width: number,
): MeasureBullet {
  const w = Math.max(0, width);
  const values = [measure.target, measure.baseline, measure.current].filter((v): v is number => typeof v === 'number');
  const lo = Math.min(0, ...values);
  let hi = Math.max(...values);
  if (hi <= lo) hi = lo + 1;
  const x = scaleLinear().domain([lo, hi]).range([0, w]).clamp(true);
  const current = typeof measure.current === 'number' ? measure.current : undefined;
  const baseline = typeof measure.baseline === 'number' ? measure.baseline : undefined;
  return {
    width: w,
    height: 26,
    track: { x: 0, width: w },
    bar: current === undefined ? undefined : { x: x(lo), width: Math.max(current === lo ? 0 : 2, x(current) - x(lo)) },
    baseline: baseline === undefined ? undefined : x(baseline),
    target: x(measure.target),
    domain: [lo, hi],
  };
}

/** A measure as drawn: its bullet, its sentence and what it says about it in words. */
export interface MeasureCard {
  bullet: MeasureBullet;
  /** "Overdue annual reviews: 40, down from 200; target 0" */
  sentence: string;
  /** " (lower is better; 80% of the way from baseline to target)." */
  after: string;
}

/** One action's card: every field already in words. */
export interface ActionCard {
  id: string;
  status: ActionStatus;
  action: string;
  /** The owner, cut to `MAX_TEXT` characters (the table and the CSV keep it whole). */
  owner: string;
  due: string;
  overdue: boolean;
  statusText: string;
  /** 0–100, for the small progress bar. */
  progress: number;
  progressText: string;
  updated: string;
  /** Evidence as a link (`href`, only http(s)) or as plain text; its words cut to `MAX_TEXT` characters. */
  evidence?: { text: string; href?: string };
  measure?: MeasureCard;
}

/** One priority: its row (which is also its disclosure control), its rating's reasons and its actions. */
export interface PriorityRowLayout {
  /** Stable key: plan and priority. */
  key: string;
  priority: number;
  rating: RagRating;
  /** "1. Develop a System Underpinned by National Standards" */
  title: string;
  /** "Amber", or "No longer monitored since 12 July 2023" for a closed area. */
  ratingText: string;
  /** The weighted-progress bar: 0–1 filled, its figure and its words; undefined when closed. */
  bar?: { fill: number; value: string; words: string };
  /** Instead of a bar: "Closed: no longer monitored since 12 July 2023", or "No progress to weigh". */
  barNote?: string;
  /** "4 actions: 2 on track, 1 at risk and 1 complete" */
  counts: string;
  /** "1 overdue as of 1 October 2025" */
  overdue: string;
  overdueCount: number;
  /** "Why amber?" and what it opens: the rating, its reasons, the rule. */
  why: { label: string; rated: string; because: string };
  closedNote?: string;
  outcome?: string;
  actions: ActionCard[];
  /** Said instead of the action list when the filters leave none. */
  noneMatch: string;
}

/** The priorities mode: one row per priority, flowed as HTML; the rule shown beside each rating. */
export interface PrioritiesLayout {
  mode: 'priorities';
  rows: PriorityRowLayout[];
  /** How ratings are decided: the intro, the rule's lines in order, and the note on weighting. */
  rule: { intro: string; lines: string[]; weighting: string };
}

/** Bullet width in px: 160 where there is room beside the words, else as wide as the card allows. */
const BULLET_WIDTH = 160;

export function measureCard(m: ActionMeasure, w: PriorityTrackerWording): MeasureCard {
  return {
    bullet: layoutMeasureBullet(m, BULLET_WIDTH),
    sentence: m.sentence,
    after: w.t('measureAfter', {
      better: w.t('betterIs', { better: w.t(`better.${m.better}`) }),
      standing: standingWords(m, w),
    }),
  };
}

function actionCard(a: ActionItem, asOf: string, w: PriorityTrackerWording): ActionCard {
  const card: ActionCard = {
    id: a.id,
    status: a.status,
    action: a.action,
    // a name is cut to MAX_TEXT characters on the card, as beside a chart's marks; the table and CSV keep it whole
    owner: clipText(a.owner),
    due: w.format.date(a.due),
    overdue: isOverdue(a, asOf),
    statusText: statusWord(a.status, w),
    progress: Math.max(0, Math.min(100, a.progress)),
    progressText: percentText(a.progress, w),
    updated: w.format.date(a.updated),
  };
  if (a.evidenceUrl) card.evidence = { text: clipText(a.evidenceText ?? a.evidenceUrl), href: a.evidenceUrl };
  else if (a.evidenceText !== undefined) card.evidence = { text: clipText(a.evidenceText) };
  if (a.measure) card.measure = measureCard(a.measure, w);
  return card;
}

function priorityRow(p: PriorityRollup, asOf: string, w: PriorityTrackerWording): PriorityRowLayout {
  const date = w.format.date(asOf);
  const closed = p.rag.rating === 'closed';
  const closedOn = closed && p.closedOn ? w.format.date(p.closedOn) : undefined;
  const row: PriorityRowLayout = {
    key: `${p.plan}\u0001${p.priority}`,
    priority: p.priority,
    rating: p.rag.rating,
    title: clipText(w.t('priorityTitle', { priority: p.priority, title: p.title })),
    ratingText: closedOn ? w.t('closedSince', { date: closedOn }) : p.rag.label,
    counts: countsText(p, w),
    overdue: p.overdue
      ? w.t('overdueCount', { count: w.format.number(p.overdue), date })
      : w.t('noneOverdue', { date }),
    overdueCount: p.overdue,
    why: {
      label: w.t('why', { rating: p.rag.label.toLowerCase() }),
      rated: w.t('rated', { rating: p.rag.label }),
      because: w.t('ratedBecause', { reasons: p.rag.reasons.join(w.template('listSeparatorLong')) }),
    },
    actions: p.actions.map((a) => actionCard(a, asOf, w)),
    noneMatch: w.t('noneMatch'),
  };
  if (closed) row.barNote = w.t('closedBar', { since: closedOn ? w.t('closedBarSince', { date: closedOn }) : '' });
  else if (p.weightedProgress === undefined) row.barNote = w.t('noProgress');
  else {
    const value = percentText(p.weightedProgress, w);
    const mean =
      p.meanProgress !== undefined && Math.round(p.meanProgress) !== Math.round(p.weightedProgress)
        ? w.t('mean', { value: percentText(p.meanProgress, w) })
        : '';
    row.bar = {
      fill: Math.max(0, Math.min(100, p.weightedProgress)) / 100,
      value,
      words: `${w.t('weighted', { value })}${mean}`,
    };
  }
  if (closedOn) row.closedNote = w.t('closedNote', { date: closedOn });
  const outcome = p.actions[0]?.outcome;
  if (outcome) row.outcome = w.t('outcome', { outcome });
  return row;
}

/**
 * Lays out the priorities: for each, in words and fractions, the row that is both its progress
 * bar and its disclosure control (title, rating, weighted progress, counts, overdue as of the
 * report date), the reasons for its rating, and its actions with every field written out. The
 * browser flows it as HTML (the row wraps at any width); nothing here depends on a pixel width.
 *
 * @param model from `buildActionsModel`
 * @param w the tracker's wording
 * @example layoutPriorities(model, w).rows[0].bar?.value // "59%"
 */
export function layoutPriorities(model: ActionsModel, w: PriorityTrackerWording): PrioritiesLayout {
  return {
    mode: 'priorities',
    rows: model.priorities.map((p) => priorityRow(p, model.asOf, w)),
    rule: { intro: w.t('ruleIntro'), lines: ragRule(w), weighting: w.t('weightingNote') },
  };
}
