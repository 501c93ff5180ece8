import type { ChartView } from '@send-insight/core/view';
import {
  countsText,
  gapReason,
  indicatorValue,
  summariseIndicator,
  Wording,
  type IndicatorModel,
  type IndicatorPoint,
} from '@send-insight/data';
import type { CompareLayout, CompareScope } from './indicator-compare.layout.js';
import { layoutTile, type TileLayout } from './indicator-tile.layout.js';
import type { TrendLayout } from './indicator-trend.layout.js';
import { SEND_INDICATOR_TEXT, type IndicatorViewWording } from './indicator.strings.js';

/** The chart forms: the headline tile, the trend over time, the comparison of authorities. */
export type IndicatorForm = 'tile' | 'trend' | 'compare';

/** What the views of every form take besides the model (the element passes its attributes). */
export interface IndicatorViewOptions {
  /** The comparison's authorities. Default the area's region (all authorities when it has none). */
  scope?: CompareScope;
  /** The trend's scale. Default: the index for counts with England or the region beside them, else values. */
  scale?: 'value' | 'index';
  /** The figures are local data, not published statistics: the tile and summary say so. */
  local?: boolean;
  /** The element's heading, for the table's caption. */
  heading?: string;
  /** The note under a table with hidden figures (the shell's `suppressedNote`, filled in). */
  suppressedNote?: string;
}

/** What `send-select` carries: the series (or authority) and its point as shown (figures only when shown). */
export interface IndicatorDatum extends IndicatorPoint {
  code: string;
  name: string;
}

/** A view whose code is on its way (the loading state), or could not be loaded (why). */
export interface PendingLayout {
  kind: 'pending';
  message?: string;
}

export type IndicatorView = ChartView<TileLayout | TrendLayout | CompareLayout | PendingLayout>;

/** The wording with no overrides, for views called without one. */
export const DEFAULT_WORDING: IndicatorViewWording = new Wording(SEND_INDICATOR_TEXT);

/** The datum of a point: its series and what the point holds (another area's points hold no counts). */
export const datum = (code: string, name: string, p: IndicatorPoint): IndicatorDatum => ({ code, name, ...p });

/** A point in words, for the live region and the tooltip. */
export function describePoint(
  model: IndicatorModel,
  name: string,
  p: IndicatorPoint,
  w: IndicatorViewWording = DEFAULT_WORDING,
): string {
  if (p.status !== 'shown')
    return w.t('indicatorPointHidden', {
      name,
      period: p.period,
      reason: `${gapReason(p, model.minCount, w)}${p.symbol ? ` (${p.symbol})` : ''}`,
    });
  let text = w.t('indicatorPoint', { name, period: p.period, value: indicatorValue(model.unit, p.value!, w) });
  if (p.numerator !== undefined)
    text += w.t('indicatorPointCounts', {
      counts: countsText(p, w),
      lower: w.format.percent(p.lower!, 1),
      upper: w.format.percent(p.upper!, 1),
    });
  if (p.index !== undefined) text += w.t('indicatorPointIndex', { index: w.format.number(p.index, 1) });
  return text;
}

/** The summary every form shows: the model's, and whether the figures are local data. */
export function indicatorSummary(
  model: IndicatorModel,
  options: IndicatorViewOptions,
  w: IndicatorViewWording,
): string {
  return [summariseIndicator(model, w), options.local === true ? w.t('indicatorLocal') : ''].filter(Boolean).join(' ');
}

/**
 * The indicator's tile view (the trend and the comparison have views of their own, loaded with
 * their code on first use): model, options, wording and width → the tile's layout, the keyboard's
 * points (the sparkline's periods, gaps included with their reason), the data table of the series
 * and the summary. The table's code loads on first use too: this view has an empty table, and
 * `viewIndicatorTileTable` (`indicator.table.ts`) adds it. Pure: no DOM, no Lit; the element draws
 * what it returns.
 *
 * @param model the model from `buildIndicatorModel`
 * @param options local data, heading, suppression note
 * @param w the wording (`SEND_INDICATOR_TEXT` with the element's overrides and formatters)
 * @param width the width to lay out at, in CSS pixels
 * @returns `{layout, navigation, table, summary}`
 * @example viewIndicatorTile(model, {}, wording, 320).layout.value.lines[0].text // "25.7%"
 */
export function viewIndicatorTile(
  model: IndicatorModel,
  options: IndicatorViewOptions,
  w: IndicatorViewWording = DEFAULT_WORDING,
  width = 640,
): IndicatorView {
  const tile = layoutTile(model, width, options.local === true, w);
  // the sparkline's gaps are keyed in words, last and quietly
  const layout = tile.spark.gaps.length
    ? { ...tile, lines: [...tile.lines, { kind: 'gaps' as const, text: w.t('indicatorTileGaps') }] }
    : tile;
  const area = model.series[0]!;
  const points = area.points.map((p, i) => ({
    id: `${area.code}|${p.period}`,
    label: describePoint(model, area.name, p, w),
    ...layout.spark.at[i]!,
    datum: datum(area.code, area.name, p),
  }));
  return {
    layout,
    height: layout.height,
    navigation: [{ label: area.name, points }],
    table: { caption: '', columns: [], rows: [] },
    summary: indicatorSummary(model, options, w),
  };
}
