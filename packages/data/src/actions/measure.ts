import { DEFAULT_MIN_COUNT } from '../disclosure.js';
import { missing, type Missing } from '../missing.js';
import { wordingOf, type TextOptions, type Wording } from '../text/wording.js';
import { ACTIONS_STRINGS, type ActionsStringKey } from './strings.js';

/** Which way a measure has moved since its baseline, judged against the direction that is better. */
export type MeasureDirection = 'improving' | 'worsening' | 'unchanged' | 'unknown';

/**
 * How a measure stands, as used by the RAG rule:
 * `met` (current at or beyond target), `on_course` (at least half of the gap from baseline to
 * target closed), `behind` (improving but less than half way), `worsening` (further from
 * target than the baseline), `unknown` (no baseline), `withheld` (a suppressed current or
 * baseline, which the standing would narrow: see {@link buildMeasure}).
 */
export type MeasureStanding = 'met' | 'on_course' | 'behind' | 'worsening' | 'unknown' | 'withheld';

/** One outcome measure of an action, ready to draw and to read aloud. */
export interface ActionMeasure {
  /** What the measure counts, e.g. "Overdue annual reviews". */
  name: string;
  /** Unit as given ('' when none). */
  unit: string;
  /** Value at the start, or a suppressed {@link Missing}; undefined when not given. */
  baseline?: number | Missing;
  /** Value now, or a suppressed {@link Missing}. */
  current: number | Missing;
  /** The target (never suppressed: a target is a policy figure, not an observation). */
  target: number;
  /** Which direction is better. */
  better: 'higher' | 'lower';
  /**
   * Share of the gap from baseline to target closed so far, 0–1 (clamped). Undefined when there
   * is no baseline or when showing it would reveal a suppressed value.
   */
  progress?: number;
  direction: MeasureDirection;
  standing: MeasureStanding;
  /** "Overdue annual reviews: 40, down from 200; target 0" */
  sentence: string;
}

/** Raw measure fields of one row, after contract validation. */
export interface MeasureInput {
  name: string;
  unit?: string;
  baseline?: number;
  current: number;
  target: number;
  better: 'higher' | 'lower';
}

/**
 * Units that are not counts of people or cases. A measure in any other unit (reviews, children,
 * plans, or none) is treated as a count, so whole values from 1 to `minCount − 1` are suppressed.
 */
const NOT_A_COUNT =
  /^(%|per ?cent|percent(age)?s?|pts?|points?|weeks?|days?|months?|years?|hours?|£.*|pounds?|score|rate.*)$/i;

/** Whether a measure with this unit is a count of people or cases (and so under disclosure control). */
export function isCountUnit(unit: string | undefined): boolean {
  return !NOT_A_COUNT.test((unit ?? '').trim());
}

type W = Wording<ActionsStringKey>;

/** Units of time a measure may be given in, and their wording (plural forms per locale). A Map, so a unit such as "__proto__" finds nothing. */
const TIME_UNITS = new Map<string, 'measureHours' | 'measureDays' | 'measureWeeks' | 'measureMonths' | 'measureYears'>([
  ['hour', 'measureHours'],
  ['day', 'measureDays'],
  ['week', 'measureWeeks'],
  ['month', 'measureMonths'],
  ['year', 'measureYears'],
]);

function withUnit(w: W, value: number, unit: string): string {
  const text = w.format.number(value);
  const u = unit.trim();
  if (u === '%' || /^per ?cent|^percent/i.test(u)) return w.t('measurePercent', { value: text });
  // units of time given in the data ("week" or "weeks") take the locale's plural form for the number
  const time = TIME_UNITS.get(u.toLowerCase().replace(/s$/, ''));
  if (time) return w.plural(time, value, { n: text });
  if (u.startsWith('£')) return w.t('measurePounds', { value: text });
  return text;
}

/**
 * Builds a measure's figures, direction, standing and sentence, applying disclosure control to
 * counts (see {@link isCountUnit}): a suppressed baseline or current is shown as "suppressed", and
 * progress-to-target is withheld whenever it would let the hidden value be worked out.
 *
 * @param input the row's measure fields
 * @param minCount disclosure threshold (default 10)
 * @param text wording of the sentence ({@link ACTIONS_STRINGS}: `measureSentence`, `measureDown`, …)
 * @returns the measure as the tracker draws it
 * @example buildMeasure({ name: 'Overdue annual reviews', unit: 'reviews', baseline: 200, current: 40, target: 0, better: 'lower' }).sentence
 * // "Overdue annual reviews: 40, down from 200; target 0"
 */
export function buildMeasure(input: MeasureInput, minCount = DEFAULT_MIN_COUNT, text?: TextOptions | W): ActionMeasure {
  const w = wordingOf(ACTIONS_STRINGS, text);
  const { name, baseline, current, target, better } = input;
  const unit = input.unit ?? '';
  const judged = judgeMeasure(current, baseline, target, better);
  let { direction, standing } = judged;
  const { progress } = judged;
  const hide = (v: number) => isCountUnit(unit) && Number.isInteger(v) && v > 0 && v < minCount;
  const SUPPRESSED = missing('suppressed', 'c');
  const shownCurrent: number | Missing = hide(current) ? SUPPRESSED : current;
  const shownBaseline: number | Missing | undefined =
    baseline === undefined ? undefined : hide(baseline) ? SUPPRESSED : baseline;
  const anyHidden = shownCurrent !== current || shownBaseline !== baseline;
  // What is said about a hidden value must hold for 0 and for some value of at least minCount
  // too, or it narrows the value (issue 19): "target met" with target 5 says the hidden count is
  // 5 or more; "down from 10" says it is under 10. Then the direction and standing are withheld.
  const variants: ((x: number) => ReturnType<typeof judgeMeasure>)[] = [];
  if (shownCurrent !== current) variants.push((x) => judgeMeasure(x, baseline, target, better));
  if (baseline !== undefined && shownBaseline !== baseline)
    variants.push((x) => judgeMeasure(current, x, target, better));
  const points = [target, baseline, current];
  const directionNarrows = variants.some((judge) =>
    narrowsHidden((x) => judge(x).direction === direction, minCount, points),
  );
  const standingNarrows = variants.some((judge) =>
    narrowsHidden((x) => judge(x).standing === standing, minCount, points),
  );
  if (directionNarrows) direction = 'unknown';
  if (standingNarrows) standing = 'withheld';

  const cur = typeof shownCurrent === 'number' ? withUnit(w, shownCurrent, unit) : w.t('measureSuppressed');
  let change = '';
  if (shownBaseline !== undefined) {
    const base =
      typeof shownBaseline === 'number' ? withUnit(w, shownBaseline, unit) : w.t('measureSuppressedBaseline');
    change = directionNarrows
      ? w.t('measureSince', { baseline: base })
      : w.t(direction === 'unchanged' ? 'measureUnchanged' : current < baseline! ? 'measureDown' : 'measureUp', {
          baseline: base,
        });
  }
  const sentence = w.t('measureSentence', { name, current: cur, change, target: withUnit(w, target, unit) });

  return {
    name,
    unit,
    baseline: shownBaseline,
    current: shownCurrent,
    target,
    better,
    progress: anyHidden ? undefined : progress,
    direction,
    standing,
    sentence,
  };
}

/** The direction, standing and progress a measure's figures give, before any is withheld for disclosure. */
export function judgeMeasure(
  current: number,
  baseline: number | undefined,
  target: number,
  better: 'higher' | 'lower',
): { direction: MeasureDirection; standing: MeasureStanding; progress?: number } {
  const sign = better === 'higher' ? 1 : -1;
  const met = sign * (current - target) >= 0;
  let direction: MeasureDirection = 'unknown';
  let progress: number | undefined;
  if (baseline !== undefined) {
    const moved = sign * (current - baseline);
    direction = moved > 0 ? 'improving' : moved < 0 ? 'worsening' : 'unchanged';
    const gap = sign * (target - baseline);
    progress = gap > 0 ? Math.min(1, Math.max(0, moved / gap)) : met ? 1 : 0;
  }
  const standing: MeasureStanding = met
    ? 'met'
    : direction === 'worsening'
      ? 'worsening'
      : progress === undefined
        ? 'unknown'
        : progress >= 0.5
          ? 'on_course'
          : 'behind';
  return { direction, standing, progress };
}

/**
 * Whether what a measure shows about a hidden count narrows it: `holds(x)` says whether the shown
 * statement would still be true had the count been x; it must be true at 0 and at some count of
 * at least `minCount`. Direction and standing change only where the count crosses the target, the
 * other figure, or the point that puts one figure half way between two others, so the counts
 * tried are those points, one either side, `minCount` and a very large count.
 */
function narrowsHidden(
  holds: (x: number) => boolean,
  minCount: number,
  points: readonly (number | undefined)[],
): boolean {
  const known = points.filter((p): p is number => p !== undefined && Number.isFinite(p));
  // half way between two figures, and the point a figure is half way between (2a − b)
  const halfWays = known.flatMap((a) => known.flatMap((b) => [(a + b) / 2, 2 * a - b]));
  const tries = [
    minCount,
    1e12,
    ...[...known, ...halfWays].flatMap((p) => [Math.floor(p) - 1, Math.floor(p), Math.ceil(p), Math.ceil(p) + 1]),
  ].filter((x) => x >= minCount);
  return !(holds(0) && tries.some(holds));
}

/** Plain words for a measure's standing, e.g. "80% of the way from baseline to target" (worded by `text` when given). */
export function standingWords(m: ActionMeasure, text?: TextOptions | W): string {
  const w = wordingOf(ACTIONS_STRINGS, text);
  switch (m.standing) {
    case 'met':
      return w.t('measureStandingMet');
    case 'worsening':
      return w.t('measureStandingWorsening');
    case 'unknown':
      return w.t('measureStandingUnknown');
    case 'withheld':
      return w.t('measureStandingWithheld');
    default:
      return m.progress === undefined
        ? w.t(m.standing === 'on_course' ? 'measureStandingHalfWay' : 'measureStandingBehind')
        : w.t('measureStandingProgress', { percent: w.format.percent(Math.round(m.progress * 100), 0) });
  }
}
