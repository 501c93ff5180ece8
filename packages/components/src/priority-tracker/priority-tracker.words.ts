import { ACTION_STATUSES, type ActionStatus, type PriorityRollup, type Wording } from '@send-insight/data';
import type { PriorityTrackerTextKey } from './priority-tracker.strings.js';

/*
 * The tracker's words for what it names again and again: statuses, percentages, a priority's
 * counts and the groups' names. Shared by the layouts, the table and the keyboard words, so none
 * of them reaches into another for a label.
 */

/** The tracker's wording: its text with the element's `strings` overrides, locale and formatters. */
export type PriorityTrackerWording = Wording<PriorityTrackerTextKey>;

/** A status in words ("On track"). */
export function statusWord(status: ActionStatus, w: PriorityTrackerWording): string {
  return w.t(`status.${status}`);
}

/** A progress figure, 0–100, rounded to a whole percentage in the locale ("59%"). */
export function percentText(value: number, w: PriorityTrackerWording): string {
  return w.format.percent(Math.round(value), 0);
}

/** "2 on track, 1 at risk" for some counts by status (statuses with none left out). */
export function statusCounts(counts: Readonly<Record<ActionStatus, number>>, w: PriorityTrackerWording): string[] {
  return ACTION_STATUSES.filter((s) => counts[s]).map((s) =>
    w.t('statusCount', { n: w.format.number(counts[s]), status: statusWord(s, w).toLowerCase() }),
  );
}

/** "4 actions: 2 on track, 1 at risk and 1 complete", or "1 of 4 actions: 1 off track" under a filter. */
export function countsText(p: PriorityRollup, w: PriorityTrackerWording): string {
  const n = p.actions.length;
  const head =
    n !== p.totalActions
      ? w.t('countsHeadOf', { n: w.format.number(n), total: w.format.number(p.totalActions) })
      : w.plural('countsHead', n);
  const list = statusCounts(p.counts, w);
  return list.length ? w.t('countsList', { head, list: w.list(list) }) : head;
}

/**
 * What the plan's groups are called, singular and plural, from the `item-label` attribute:
 * `area`, or `area of weakness/areas of weakness`; empty gives the wording's `itemOne`/`itemMany`.
 *
 * @example itemWords('area', w) // ['area', 'areas']
 */
export function itemWords(label: string | undefined, w: PriorityTrackerWording): [string, string] {
  const text = (label ?? '').trim();
  if (!text) return [w.t('itemOne'), w.t('itemMany')];
  const [one, many] = text.split('/').map((s) => s.trim());
  if (one && many) return [one, many];
  const single = one || text;
  const plural = /[^aeiou]y$/i.test(single)
    ? `${single.slice(0, -1)}ies`
    : /(s|x|z|ch|sh)$/i.test(single)
      ? `${single}es`
      : `${single}s`;
  return [single, plural];
}
