import { Wording, type IndicatorModel } from '@send-insight/data';
import { SEND_INDICATOR_FORMS_TEXT, type IndicatorFormsWording } from './indicator-forms.strings.js';
import { layoutTrend, trendSeries } from './indicator-trend.layout.js';
import { seriesTable } from './indicator.table.js';
import {
  datum,
  describePoint,
  indicatorSummary,
  type IndicatorView,
  type IndicatorViewOptions,
} from './indicator.view.js';

/** The scale the trend uses by default: counts with England or the region beside them are compared as an index. */
export function defaultScale(model: IndicatorModel): 'value' | 'index' {
  return model.unit === 'count' &&
    model.indexBase &&
    model.series.some((s) => s.role === 'england' || s.role === 'region')
    ? 'index'
    : 'value';
}

/**
 * The indicator's trend view: model, options, wording and width → the trend's layout (a line per
 * series, bands, gaps with their reason, the target), the keyboard's points (each line's periods,
 * gaps included), the data table of the series and the summary. Loaded with the trend's code on
 * first use. Pure: no DOM, no Lit.
 *
 * @param model the model from `buildIndicatorModel`
 * @param options the scale (default {@link defaultScale}), local data, heading, suppression note
 * @param w the wording (`SEND_INDICATOR_TEXT` with the element's overrides and formatters)
 * @param width the width to lay out at, in CSS pixels
 * @returns `{layout, navigation, table, summary}`
 * @example viewIndicatorTrend(model, {}, wording, 960).layout.kind // 'trend'
 */
export function viewIndicatorTrend(
  model: IndicatorModel,
  options: IndicatorViewOptions,
  w: IndicatorFormsWording = new Wording(SEND_INDICATOR_FORMS_TEXT),
  width = 640,
): IndicatorView {
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
  return {
    layout,
    height: layout.height,
    navigation,
    table: seriesTable(model, options, w),
    summary: indicatorSummary(model, options, w),
  };
}
