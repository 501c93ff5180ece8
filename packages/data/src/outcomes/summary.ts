import type { OutcomeCode } from '../contracts/outcomes.js';
import { wordingOf, type TextOptions, type Wording } from '../text/wording.js';
import type { OutcomeCell, OutcomesModel } from './model.js';
import { OUTCOMES_STRINGS, type OutcomesStringKey } from './strings.js';

export interface OutcomesSummaryOptions extends TextOptions {
  /** The period to describe; default the latest. */
  period?: string;
  /** Only these groups (default all). */
  groups?: readonly string[];
  /** At most this many significant changes are named; the rest are counted. Default 4. */
  maxChanges?: number;
}

type W = Wording<OutcomesStringKey>;

/**
 * Percentage points with a true minus sign: "+8 points", "−1 point", "+0.4 points".
 * @param points a difference in percentage points
 * @param text the locale (a string, as before) or wording options (`outcomesPoints_one`/`_other`)
 * @returns the difference in words
 * @example formatPointChange(-6.2) // "−6 points"
 */
export function formatPointChange(points: number, text: string | TextOptions | W = 'en-GB'): string {
  const w = wordingOf(OUTCOMES_STRINGS, typeof text === 'string' ? { locale: text } : text);
  // whole points, unless that would round a real change to nothing
  const digits = Math.round(points) === 0 && Math.abs(points) >= 0.05 ? 1 : 0;
  const r = Number(points.toFixed(digits));
  const sign = r > 0 ? '+' : r < 0 ? '\u2212' : '';
  const n = Math.abs(r);
  return `${sign}${w.plural('outcomesPoints', n, { n: w.format.number(n, digits) })}`;
}

/** The name of an outcome in a sentence: ‘Voice heard’. */
const name = (w: W, o: OutcomeCode) => w.t('outcomesQuoted', { outcome: w.t(`outcome.${o}`) });

/** Outcomes sharing the top (or bottom) exact estimate. */
function extremes(cells: readonly OutcomeCell[], pick: 'max' | 'min'): OutcomeCell[] {
  const best = pick === 'max' ? Math.max(...cells.map((c) => c.percent!)) : Math.min(...cells.map((c) => c.percent!));
  return cells.filter((c) => c.percent === best);
}

/**
 * The plain-English summary of outcome results for one period: per group, the outcome with the
 * highest and the lowest % agreeing; the changes since the previous period that are significant
 * at the 5% level; and how many results are held back for small numbers. It only quotes figures
 * of shown cells, so a suppressed figure is never named. Every sentence is a template of
 * {@link OUTCOMES_STRINGS} (en-GB by default) that `strings` can replace; figures go through
 * `format` (or `locale`).
 *
 * @param model the view model from {@link buildOutcomesModel}
 * @param options period, groups, wording
 * @returns one paragraph
 * @example summariseOutcomes(model)
 * // "In 2025, Parents and carers agreed most with ‘Safe’ (65%) and least with ‘Voice heard’ (50%); Practitioners most with … "
 */
export function summariseOutcomes(model: OutcomesModel, options: OutcomesSummaryOptions = {}): string {
  const { lead, more } = summariseOutcomesParts(model, options);
  return more ? `${lead} ${more}` : lead;
}

/** {@link summariseOutcomes} in two parts: its lead and the rest. */
export interface OutcomesSummaryParts {
  /** The period's results: per group, the outcomes agreed with most and least (or that none can be shown). */
  lead: string;
  /**
   * The changes since the previous period (those significant, then the margin-of-error sentence) and how
   * many results are held back ('' when there is none of these).
   */
  more: string;
}

/**
 * {@link summariseOutcomes} split after its first sentence (the period's results, per group), so a
 * narrow screen can show the lead and keep the changes and what is held back one click away;
 * `lead + ' ' + more` is the whole summary.
 *
 * @param model the view model from {@link buildOutcomesModel}
 * @param options period, groups, wording
 * @returns the lead and the rest
 * @example summariseOutcomesParts(model).lead // "In 2025, Parents and carers agreed most with ‘Safe’ (65%) and least with ‘Voice heard’ (50%); …."
 */
export function summariseOutcomesParts(
  model: OutcomesModel,
  options: OutcomesSummaryOptions = {},
): OutcomesSummaryParts {
  const w = wordingOf(OUTCOMES_STRINGS, options);
  const pct = (v: number) => w.format.percent(v, 0);
  const maxChanges = options.maxChanges ?? 4;
  const period = options.period ?? model.periods[model.periods.length - 1];
  if (period === undefined || !model.periods.includes(period)) return { lead: w.t('outcomesSummaryNothing'), more: '' };
  const groups = model.groups.filter((g) => !options.groups || options.groups.includes(g));
  const inPeriod = model.cells.filter((c) => c.period === period && groups.includes(c.group));

  // the lead: one sentence for the period, a clause per group, "agreed" said once
  const clauses: string[] = [];
  for (const group of groups) {
    const shown = inPeriod.filter((c) => c.group === group && c.status === 'shown');
    if (shown.length === 0) continue;
    // a result held back could be the group's highest or lowest: then "most" is only among those shown
    const partial = inPeriod.some((c) => c.group === group && c.status === 'suppressed');
    const first = clauses.length === 0;
    if (shown.length === 1) {
      const c = shown[0]!;
      clauses.push(w.t('outcomesSummaryOnly', { outcome: name(w, c.outcome), group, percent: pct(c.percent!) }));
      continue;
    }
    const top = extremes(shown, 'max');
    const bottom = extremes(shown, 'min');
    const describe = (cs: OutcomeCell[]) =>
      w.t('outcomesSummaryOutcomes', {
        outcomes: w.list(cs.map((c) => name(w, c.outcome))),
        percent: pct(cs[0]!.percent!),
      });
    if (top[0]!.percent === bottom[0]!.percent)
      clauses.push(
        w.t(first ? 'outcomesSummaryEqualFirst' : 'outcomesSummaryEqual', { group, percent: pct(top[0]!.percent!) }),
      );
    else
      clauses.push(
        w.t(`outcomesSummaryMostLeast${partial ? 'Shown' : ''}${first ? 'First' : ''}` as const, {
          group,
          most: describe(top),
          least: describe(bottom),
        }),
      );
  }
  const lead = clauses.length
    ? w.t('outcomesSummaryPeriod', { period, clauses: clauses.join(w.template('outcomesSummaryClauseSeparator')) })
    : w.t('outcomesSummaryNoneShown', { period });

  // the rest: the changes since the previous period, then what is held back
  const sentences: string[] = [];
  const p = model.periods.indexOf(period);
  if (p > 0) {
    const previous = model.periods[p - 1]!;
    const compared = inPeriod.filter((c) => c.change?.status === 'shown');
    const significant = compared
      .filter((c) => c.change!.verdict !== 'similar')
      .sort((a, b) => Math.abs(b.change!.difference!) - Math.abs(a.change!.difference!));
    if (compared.length === 0) {
      sentences.push(w.t('outcomesSummaryNoComparison', { previous }));
    } else if (significant.length === 0) {
      sentences.push(w.t('outcomesSummaryNoChange', { previous }));
    } else {
      const named = significant.slice(0, maxChanges).map((c) =>
        w.t(c.change!.verdict === 'up' ? 'outcomesSummaryRose' : 'outcomesSummaryFell', {
          outcome: name(w, c.outcome),
          group: c.group,
          points: formatPointChange(c.change!.difference!, w).replace(/^[+\u2212]/, ''),
          percent: pct(c.percent!),
        }),
      );
      const rest = significant.length - named.length;
      sentences.push(
        w.t('outcomesSummaryChanges', {
          previous,
          changes: w.list(named),
          more: rest > 0 ? w.t('outcomesSummaryMore', { n: w.format.number(rest) }) : '',
        }),
      );
    }
  }

  const held = inPeriod.filter((c) => c.status === 'suppressed').length;
  if (held > 0) sentences.push(w.plural('outcomesSummaryHeld', held, { min: w.format.number(model.minCount) }));
  return { lead, more: sentences.join(' ') };
}
