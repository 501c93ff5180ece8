import { OUTCOME_LABELS, type OutcomeCode } from '../contracts/outcomes.js';
import type { OutcomeCell, OutcomesModel } from './model.js';

export interface OutcomesSummaryOptions {
  /** The period to describe; default the latest. */
  period?: string;
  /** Only these groups (default all). */
  groups?: readonly string[];
  /** Number formatting locale. Default `en-GB`. */
  locale?: string;
  /** At most this many significant changes are named; the rest are counted. Default 4. */
  maxChanges?: number;
}

const pct = (v: number, locale: string) => `${Math.round(v).toLocaleString(locale)}%`;

/**
 * Percentage points with a true minus sign: "+8 points", "−1 point", "+0.4 points".
 * @param points a difference in percentage points
 * @returns the difference in words
 * @example formatPointChange(-6.2) // "−6 points"
 */
export function formatPointChange(points: number, locale = 'en-GB'): string {
  // whole points, unless that would round a real change to nothing
  const digits = Math.round(points) === 0 && Math.abs(points) >= 0.05 ? 1 : 0;
  const r = Number(points.toFixed(digits));
  const sign = r > 0 ? '+' : r < 0 ? '\u2212' : '';
  const n = Math.abs(r);
  return `${sign}${n.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${n === 1 ? 'point' : 'points'}`;
}

/** The short label of an outcome, in quotes: ‘Voice heard’. */
const name = (o: OutcomeCode) => `‘${OUTCOME_LABELS[o].short}’`;

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Outcomes sharing the top (or bottom) exact estimate. */
function extremes(cells: readonly OutcomeCell[], pick: 'max' | 'min'): OutcomeCell[] {
  const best = pick === 'max' ? Math.max(...cells.map((c) => c.percent!)) : Math.min(...cells.map((c) => c.percent!));
  return cells.filter((c) => c.percent === best);
}

/**
 * The plain-English (en-GB) summary of outcome results for one period: per group, the outcome
 * with the highest and the lowest % agreeing; the changes since the previous period that are
 * significant at the 5% level; and how many results are held back for small numbers. It only
 * quotes figures of shown cells, so a suppressed figure is never named.
 *
 * @param model the view model from {@link buildOutcomesModel}
 * @param options period, groups, locale
 * @returns one paragraph
 * @example summariseOutcomes(model)
 * // "In 2025, Parents and carers agreed most with ‘Safe’ (65%) and least with ‘Voice heard’ (50%); Practitioners most with … "
 */
export function summariseOutcomes(model: OutcomesModel, options: OutcomesSummaryOptions = {}): string {
  const locale = options.locale ?? 'en-GB';
  const maxChanges = options.maxChanges ?? 4;
  const period = options.period ?? model.periods[model.periods.length - 1];
  if (period === undefined || !model.periods.includes(period)) return 'There are no outcome results to describe.';
  const groups = model.groups.filter((g) => !options.groups || options.groups.includes(g));
  const inPeriod = model.cells.filter((c) => c.period === period && groups.includes(c.group));
  const sentences: string[] = [];

  // one sentence for the period: a clause per group, "agreed" said once
  const clauses: string[] = [];
  for (const group of groups) {
    const shown = inPeriod.filter((c) => c.group === group && c.status === 'shown');
    if (shown.length === 0) continue;
    const verb = clauses.length === 0 ? 'agreed ' : '';
    if (shown.length === 1) {
      const c = shown[0]!;
      clauses.push(`only ${name(c.outcome)} can be shown for ${group} (${pct(c.percent!, locale)} agreed)`);
      continue;
    }
    const top = extremes(shown, 'max');
    const bottom = extremes(shown, 'min');
    const describe = (cs: OutcomeCell[]) => `${list(cs.map((c) => name(c.outcome)))} (${pct(cs[0]!.percent!, locale)})`;
    if (top[0]!.percent === bottom[0]!.percent) clauses.push(`${group} ${verb}equally with every outcome shown (${pct(top[0]!.percent!, locale)})`);
    else clauses.push(`${group} ${verb}most with ${describe(top)} and least with ${describe(bottom)}`);
  }
  if (clauses.length) sentences.push(`In ${period}, ${clauses.join('; ')}.`);
  if (sentences.length === 0) sentences.push(`There are no results that can be shown for ${period}.`);

  const p = model.periods.indexOf(period);
  if (p > 0) {
    const previous = model.periods[p - 1]!;
    const compared = inPeriod.filter((c) => c.change?.status === 'shown');
    const significant = compared
      .filter((c) => c.change!.verdict !== 'similar')
      .sort((a, b) => Math.abs(b.change!.difference!) - Math.abs(a.change!.difference!));
    if (compared.length === 0) {
      sentences.push(`No result can be compared with ${previous}.`);
    } else if (significant.length === 0) {
      sentences.push(`No change since ${previous} is statistically significant.`);
    } else {
      const named = significant.slice(0, maxChanges).map((c) => {
        const verb = c.change!.verdict === 'up' ? 'rose' : 'fell';
        return `${name(c.outcome)} for ${c.group} ${verb} ${formatPointChange(c.change!.difference!, locale).replace(/^[+\u2212]/, '')} to ${pct(c.percent!, locale)}`;
      });
      const rest = significant.length - named.length;
      const restText = rest > 0 ? `, and ${rest} more` : '';
      sentences.push(`Significant changes since ${previous}: ${list(named)}${restText}. Other changes are within the margin of error.`);
    }
  }

  const held = inPeriod.filter((c) => c.status === 'suppressed').length;
  if (held > 0) {
    sentences.push(
      `${held === 1 ? 'One result is' : `${held.toLocaleString(locale)} results are`} not shown because fewer than ${model.minCount.toLocaleString(locale)} people responded or the numbers are too small to publish safely.`,
    );
  }
  return sentences.join(' ');
}
