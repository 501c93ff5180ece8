import type { DataTableSpec } from '@send-insight/core/view';
import { gapReason, indicatorValue, Wording, type IndicatorModel } from '@send-insight/data';
import { compareAuthorities, layoutCompare, type CompareScope } from './indicator-compare.layout.js';
import { SEND_INDICATOR_FORMS_TEXT, type IndicatorFormsWording } from './indicator-forms.strings.js';
import { measureLabel } from './indicator-tile.layout.js';
import { cell, notes } from './indicator.table.js';
import { datum, indicatorSummary, type IndicatorView, type IndicatorViewOptions } from './indicator.view.js';

/** The scope the comparison uses by default: the named neighbours, else the area's region, else every authority. */
export function defaultScope(model: IndicatorModel): CompareScope {
  return model.series.some((s) => s.role === 'neighbour') ? 'neighbours' : model.area.region ? 'region' : 'all';
}

/** The table of the comparison: the authorities of the scope, best first. */
function authoritiesTable(
  model: IndicatorModel,
  options: IndicatorViewOptions,
  scope: CompareScope,
  w: IndicatorFormsWording,
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
    notes: [
      ...notes(model, options, hidden, w, 'authorities'),
      ...(model.unit === 'count' ? [w.t('indicatorNoteCounts')] : []),
    ],
  };
}

/**
 * The indicator's comparison view: model, options, wording and width → the comparison's layout
 * (a bar per authority of the scope, England as a line, the rank sentence), the keyboard's points
 * (every bar, hidden figures with their reason), the table of the authorities and the summary.
 * Loaded with the comparison's code on first use. Pure: no DOM, no Lit.
 *
 * @param model the model from `buildIndicatorModel`
 * @param options the scope (default {@link defaultScope}), local data, heading, suppression note
 * @param w the wording (`SEND_INDICATOR_TEXT` with the element's overrides and formatters)
 * @param width the width to lay out at, in CSS pixels
 * @returns `{layout, navigation, table, summary}`
 * @example viewIndicatorCompare(model, { scope: 'region' }, wording, 960).layout.kind // 'compare'
 */
export function viewIndicatorCompare(
  model: IndicatorModel,
  options: IndicatorViewOptions,
  w: IndicatorFormsWording = new Wording(SEND_INDICATOR_FORMS_TEXT),
  width = 640,
): IndicatorView {
  const scope = options.scope ?? defaultScope(model);
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
    summary: indicatorSummary(model, options, w),
  };
}
