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
import {
  compareAuthorities,
  layoutCompare,
  type CompareLayout,
  type CompareScope,
} from './indicator-compare.layout.js';
import { layoutTile, measureLabel, type TileLayout } from './indicator-tile.layout.js';
import { layoutTrend, trendSeries, type IndicatorViewWording, type TrendLayout } from './indicator-trend.layout.js';
import { SEND_INDICATOR_TEXT } from './indicator.strings.js';

/** The chart forms: the headline tile, the trend over time, the comparison of authorities. */
export type IndicatorForm = 'tile' | 'trend' | 'compare';

export interface IndicatorViewOptions {
  form: IndicatorForm;
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

export type IndicatorView = ChartView<TileLayout | TrendLayout | CompareLayout>;

const DEFAULT_WORDING: IndicatorViewWording = new Wording(SEND_INDICATOR_TEXT);

/** The scale the trend uses by default: counts with England or the region beside them are compared as an index. */
export function defaultScale(model: IndicatorModel): 'value' | 'index' {
  return model.unit === 'count' &&
    model.indexBase &&
    model.series.some((s) => s.role === 'england' || s.role === 'region')
    ? 'index'
    : 'value';
}

/** The scope the comparison uses by default: the named neighbours, else the area's region, else every authority. */
export function defaultScope(model: IndicatorModel): CompareScope {
  return model.series.some((s) => s.role === 'neighbour') ? 'neighbours' : model.area.region ? 'region' : 'all';
}

/** The datum of a point: its series and what the point holds (another area's points hold no counts). */
const datum = (code: string, name: string, p: IndicatorPoint): IndicatorDatum => ({ code, name, ...p });

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
function cell(model: IndicatorModel, p: IndicatorPoint | undefined, w: IndicatorViewWording): TableCell {
  if (!p) return '';
  return p.status === 'shown'
    ? { text: indicatorValue(model.unit, p.value!, w), sort: p.value! }
    : { text: gapReason(p, model.minCount, w), sort: -1 };
}

/** The notes under a table: hidden figures, the tests, ranks, the index. */
function notes(
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
  if (form === 'authorities' && model.unit === 'count') out.push(w.t('indicatorNoteCounts'));
  return out;
}

/** The table of the series: a row per period, the area's figure (its interval and counts), then each comparator's. */
function seriesTable(model: IndicatorModel, options: IndicatorViewOptions, w: IndicatorViewWording): DataTableSpec {
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

/** The table of the comparison: the authorities of the scope, best first. */
function authoritiesTable(
  model: IndicatorModel,
  options: IndicatorViewOptions,
  scope: CompareScope,
  w: IndicatorViewWording,
): DataTableSpec {
  const list = compareAuthorities(model, scope);
  const hidden = list.some((a) => a.point.reason === 'small-count' || a.point.reason === 'small-denominator');
  return {
    caption: w.t('indicatorCaptionCompare', {
      label: options.heading || measureLabel(model),
      period: model.period ?? '',
    }),
    columns: [
      { key: 'authority', label: w.t('indicatorColAuthority') },
      { key: 'value', label: w.t('indicatorColValue'), numeric: true },
    ],
    rows: list.map((a, i) => ({ authority: { text: a.name, sort: i }, value: cell(model, a.point, w) })),
    notes: notes(model, options, hidden, w, 'authorities'),
  };
}

/**
 * The indicator's view: model, options, wording and width → the layout of one chart form, the
 * keyboard's points (the tile's sparkline, each trend line's periods, each authority's bar, gaps
 * included with their reason), the data table (the series, or the authorities compared) and the
 * summary. Pure: no DOM, no Lit; the element draws what it returns.
 *
 * @param model the model from `buildIndicatorModel`
 * @param options the chart form, scope, scale, local data, heading, suppression note
 * @param w the wording (`SEND_INDICATOR_TEXT` with the element's overrides and formatters)
 * @param width the width to lay out at, in CSS pixels
 * @returns `{layout, navigation, table, summary}`
 * @example viewIndicator(model, { form: 'tile' }, wording, 320).layout.value.text // "25.7%"
 */
export function viewIndicator(
  model: IndicatorModel,
  options: IndicatorViewOptions,
  w: IndicatorViewWording = DEFAULT_WORDING,
  width = 640,
): IndicatorView {
  const local = options.local === true;
  const summary = [summariseIndicator(model, w), local ? w.t('indicatorLocal') : ''].filter(Boolean).join(' ');
  const scope = options.scope ?? defaultScope(model);
  if (options.form === 'compare') {
    const layout = layoutCompare(model, scope, width, w);
    const points = layout.rows.map((r) => {
      const name = r.authority.name;
      const label =
        r.authority.point.status === 'shown'
          ? w.t(r.area ? 'indicatorBarArea' : 'indicatorBar', {
              name,
              value: indicatorValue(model.unit, r.authority.point.value!, w),
            })
          : w.t('indicatorBarHidden', { name, reason: gapReason(r.authority.point, model.minCount, w) });
      const x = r.bar ? r.bar.x + r.bar.width : (layout.rows[0]?.bar?.x ?? 0);
      return { id: r.authority.code, label, x, y: r.y, datum: datum(r.authority.code, name, r.authority.point) };
    });
    return {
      layout,
      height: layout.height,
      navigation: [{ label: '', points, vertical: true }],
      table: authoritiesTable(model, options, scope, w),
      summary,
    };
  }
  const table = seriesTable(model, options, w);
  if (options.form === 'trend') {
    const layout = layoutTrend(model, options.scale ?? defaultScale(model), width, w);
    const navigation = trendSeries(model, layout.scale).map((si) => {
      const s = model.series[si]!;
      // each point names its series, so the announcement needs no series label of its own
      return {
        label: '',
        points: s.points.map((p, i) => ({
          id: `${s.code}|${p.period}`,
          label: describePoint(model, s.name, p, w),
          ...layout.at[si]![i]!,
          datum: datum(s.code, s.name, p),
        })),
      };
    });
    return { layout, height: layout.height, navigation, table, summary };
  }
  const layout = layoutTile(model, width, local, w);
  const area = model.series[0]!;
  const points = area.points.map((p, i) => ({
    id: `${area.code}|${p.period}`,
    label: describePoint(model, area.name, p, w),
    ...layout.spark.at[i]!,
    datum: datum(area.code, area.name, p),
  }));
  return { layout, height: layout.height, navigation: [{ label: area.name, points }], table, summary };
}
