import type { DataTableSpec, TableCell } from '@send-insight/core/view';
import { countsText, gapReason, indicatorValue, type IndicatorModel, type IndicatorPoint } from '@send-insight/data';
import type { IndicatorFormsWording } from './indicator-forms.strings.js';
import { measureLabel } from './indicator-tile.layout.js';
import { viewIndicatorTile, type IndicatorView, type IndicatorViewOptions } from './indicator.view.js';

/*
 * The indicator's tables: the series (a row per period) and what the comparison's table shares
 * with it (cells, notes). A page of tiles loads them on first use, when the table view opens or
 * the CSV is asked for (`indicator-table.lazy.ts`); the trend and the comparison bring them along.
 */

/** A figure as a table cell: its text and a value to sort by (hidden ones sort first, with their reason). */
export function cell(model: IndicatorModel, p: IndicatorPoint | undefined, w: IndicatorFormsWording): TableCell {
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
  w: IndicatorFormsWording,
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
  w: IndicatorFormsWording,
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

/**
 * The tile's view with its table: {@link viewIndicatorTile} and the table of the series (what the
 * element draws once this file has loaded).
 *
 * @param model the model from `buildIndicatorModel`
 * @param options local data, heading, suppression note
 * @param w the wording (`SEND_INDICATOR_FORMS_TEXT` with the element's overrides and formatters)
 * @param width the width to lay out at, in CSS pixels
 * @returns `{layout, navigation, table, summary}`
 * @example viewIndicatorTileTable(model, {}, wording, 320).table.columns[0].label // "Period"
 */
export function viewIndicatorTileTable(
  model: IndicatorModel,
  options: IndicatorViewOptions,
  w: IndicatorFormsWording,
  width: number,
): IndicatorView {
  return { ...viewIndicatorTile(model, options, w, width), table: seriesTable(model, options, w) };
}
