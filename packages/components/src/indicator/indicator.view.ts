import type { ChartView, DataTableSpec, TableCell } from '@send-insight/core/view';
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
import { layoutTile, measureLabel, type TileLayout } from './indicator-tile.layout.js';
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

/** A figure as a table cell: its text and a value to sort by (hidden ones sort first, with their reason). */
export function cell(model: IndicatorModel, p: IndicatorPoint | undefined, w: IndicatorViewWording): TableCell {
  if (!p) return '';
  return p.status === 'shown'
    ? { text: indicatorValue(model.unit, p.value!, w), sort: p.value! }
    : { text: gapReason(p, model.minCount, w), sort: -1 };
}

/** The notes under a table: hidden figures, the tests, ranks, and for the series the index. */
export function notes(
  model: IndicatorModel,
  options: IndicatorViewOptions,
  hidden: boolean,
  w: IndicatorViewWording,
  form: 'series' | 'authorities',
): string[] {
  const out: string[] = [];
  if (hidden && options.suppressedNote) out.push(options.suppressedNote);
  if (model.unit === 'percent')
    out.push(
      w.t(
        model.series[0]!.points.some((p) => p.numerator !== undefined) ? 'indicatorNoteTest' : 'indicatorNoteUntested',
      ),
    );
  if (model.rank && model.period) out.push(w.t('indicatorNoteRank', { period: model.period }));
  if (form === 'series' && model.indexBase && model.unit === 'count')
    out.push(w.t('indicatorNoteIndex', { period: model.indexBase }));
  return out;
}

/** The table of the series: a row per period, the area's figure (its interval and counts), then each comparator's. */
export function seriesTable(
  model: IndicatorModel,
  options: IndicatorViewOptions,
  w: IndicatorViewWording,
): DataTableSpec {
  const area = model.series[0]!;
  const intervals = area.points.some((p) => p.lower !== undefined);
  const index = model.unit === 'count' && model.indexBase !== undefined;
  const columns: DataTableSpec['columns'] = [{ key: 'period', label: w.t('indicatorColPeriod') }];
  model.series.forEach((s, i) => {
    columns.push({ key: `s${i}`, label: s.name, numeric: true });
    if (i === 0 && intervals)
      columns.push(
        { key: 'interval', label: w.t('indicatorColInterval', { name: s.name }) },
        { key: 'counts', label: w.t('indicatorColCounts', { name: s.name }) },
      );
    if (index) columns.push({ key: `i${i}`, label: w.t('indicatorColIndex', { name: s.name }), numeric: true });
  });
  let hidden = false;
  const rows = model.periods.map((period, k) => {
    const row: Record<string, TableCell> = { period: { text: period, sort: k } };
    model.series.forEach((s, i) => {
      const p = s.points[k]!;
      if (p.reason === 'small-count' || p.reason === 'small-denominator') hidden = true;
      row[`s${i}`] = cell(model, p, w);
      if (i === 0 && intervals) {
        row.interval =
          p.lower !== undefined
            ? {
                text: w.t('indicatorRange', {
                  lower: w.format.percent(p.lower, 1),
                  upper: w.format.percent(p.upper!, 1),
                }),
                sort: p.lower,
              }
            : '';
        row.counts = p.numerator !== undefined ? { text: countsText(p, w), sort: p.numerator } : '';
      }
      if (index) row[`i${i}`] = p.index !== undefined ? { text: w.format.number(p.index, 1), sort: p.index } : '';
    });
    return row;
  });
  const caption = w.t('indicatorCaption', {
    label: options.heading || measureLabel(model),
    area: area.name,
    from: model.periods[0] ?? '',
    to: model.periods.at(-1) ?? '',
  });
  return { caption, columns, rows, notes: notes(model, options, hidden, w, 'series') };
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
 * and the summary. Pure: no DOM, no Lit; the element draws what it returns.
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
  const layout = layoutTile(model, width, options.local === true, w);
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
    table: seriesTable(model, options, w),
    summary: indicatorSummary(model, options, w),
  };
}
