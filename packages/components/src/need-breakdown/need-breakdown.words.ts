import type { NeedCell, NeedRow, Provision, Wording } from '@send-insight/data';
import type { NeedBreakdownTextKey } from './need-breakdown.strings.js';

/*
 * The need breakdown's words for what it names again and again: phases, provisions, cells that
 * cannot be drawn, and how shares and differences are written. Shared by the layout, the table
 * and the keyboard words, so none of them reaches into another for a label.
 */

/** The need breakdown's wording: its text with the element's `strings` overrides, locale and formatters. */
export type NeedWording = Wording<NeedBreakdownTextKey>;

/** How shares and differences are written (the view makes them from the wording's locale). */
export interface NeedFormat {
  /** 0.363 → "36.3%" (`digits` decimal places, default 1) */
  share: (fraction: number, digits?: number) => string;
  /** 11.7 → "+11.7 pts" (`digits` decimal places, default 1) */
  points: (value: number, digits?: number) => string;
}

/** "Primary", "Special schools", "All phases", or a setting label as written. */
export function phaseLabel(phase: string, w: NeedWording): string {
  const p = phase.toLowerCase();
  return p === 'primary' || p === 'secondary' || p === 'special' || p === 'all' ? w.t(`needPhase.${p}`) : phase;
}

/** "SEN support", "EHC plan", "All with SEN". */
export function provisionLabel(provision: Provision, w: NeedWording): string {
  return w.t(`needProvision.${provision === 'sen_support' || provision === 'ehc_plan' ? provision : 'all'}`);
}

/** Words for a cell that cannot be drawn. */
export function gapText(cell: NeedCell | undefined, w: NeedWording): string {
  if (!cell) return w.t('needGapNotInData');
  if (cell.status === 'suppressed') return w.t('needGapSuppressed');
  if (cell.status === 'missing') return cell.missingLabel ?? w.t('needGapNotAvailable');
  return w.t('needGapSmallTotal');
}

/** Why a need has no difference drawn: its own figure is not shown, or England's is not, or there is no England. */
export function noDifference(row: NeedRow, england: boolean, w: NeedWording): string {
  if (row.local.share === undefined) return gapText(row.local, w);
  return england ? w.t('needNoComparison', { gap: gapText(row.england, w) }) : w.t('needNoEngland');
}
