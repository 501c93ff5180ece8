import type { ChartView, DataTableSpec, TableCell } from '@send-insight/core/view';
import { summariseDeprivation, wordingOf, type DeprivationModel, type TextOptions } from '@send-insight/data';
import { figureCell, tableCaption } from './deprivation-chart.table.js';
import type { DeprivationViewOptions } from './deprivation-chart.view.js';
import { deprivationFormat, measureName, measuresFor, type DeprivationFormat } from './deprivation-chart.words.js';
import { layoutDeprivationScatter, type ScatterLayout } from './deprivation-scatter.layout.js';
import { areaNavigation } from './deprivation-scatter.navigation.js';
import { DEPRIVATION_SCATTER_TEXT } from './deprivation-scatter.strings.js';
import type { DeprivationScatterWording } from './deprivation-scatter.words.js';

/** The area view's geometry, with where each area sits in its decile's keyboard series. */
export type ScatterViewLayout = ScatterLayout & { kind: 'area'; position: Int32Array };

/**
 * The area view's height at a width: between 380 and 560 px, 0.62 of the width between.
 *
 * @example deprivationScatterHeight(800) // 496
 */
export function deprivationScatterHeight(width: number): number {
  return Math.round(Math.max(380, Math.min(560, width * 0.62)));
}

/** The table of areas: name, code, rank, decile, pupils, and each measure's count and rate, in rank order. */
function areaTable(
  model: DeprivationModel,
  options: DeprivationViewOptions,
  w: DeprivationScatterWording,
  f: DeprivationFormat,
): DataTableSpec {
  const l = model.lsoas!;
  const measures = measuresFor(options.measure);
  const c = { words: w, format: f };
  const columns: DataTableSpec['columns'] = [
    { key: 'name', label: w.t('deprivationColArea') },
    { key: 'code', label: w.t('deprivationColCode') },
    { key: 'rank', label: w.t('deprivationColRank'), numeric: true },
    { key: 'decile', label: w.t('deprivationColDecile'), numeric: true },
    { key: 'pupils', label: w.t('deprivationColPupils'), numeric: true },
    ...measures.flatMap((m) => [
      { key: `${m}_count`, label: w.t('deprivationColCount', { measure: measureName(m, w) }), numeric: true },
      { key: `${m}_rate`, label: w.t('deprivationColRate', { measure: measureName(m, w) }), numeric: true },
    ]),
  ];
  const order = l.codes.map((_, i) => i).sort((a, b) => l.ranks[a]! - l.ranks[b]!);
  const rows = order.map((i) => {
    const row: Record<string, TableCell> = {
      name: l.names[i]!,
      code: l.codes[i]!,
      rank: { text: f.count(l.ranks[i]!), sort: l.ranks[i]! },
      decile: { text: String(l.deciles[i]), sort: l.deciles[i]! },
      pupils: figureCell(l.pupils[i], c),
    };
    for (const m of measures) {
      row[`${m}_count`] = figureCell(l.measures[m].counts[i], c);
      row[`${m}_rate`] = figureCell(l.measures[m].rates[i], c, true);
    }
    return row;
  });
  return {
    caption: w.t('deprivationAreaCaption', {
      heading: tableCaption(model, w.t('deprivationAreaHeading'), { heading: options.heading, words: w }),
    }),
    columns,
    rows,
    notes: [w.t('suppressedNote', { min: options.minCount })],
  };
}

/**
 * The pure view of the area view: every neighbourhood (LSOA) by IMD rank, its layout in typed
 * arrays for the canvas, a keyboard series per decile, the table of areas and the summary (the
 * rates' sentences and how many areas are shown or hidden). Needs `model.lsoas`. No Lit, no DOM.
 * The table is made on first read of `table`, once.
 *
 * @example deprivationScatterView(model, deprivationViewOptions({ measure: 'sen_support' }), {}, 800).layout.sets[0].x.length
 */
export function deprivationScatterView(
  model: DeprivationModel,
  options: DeprivationViewOptions,
  strings: TextOptions,
  width: number,
): ChartView<ScatterViewLayout> {
  const w = wordingOf(DEPRIVATION_SCATTER_TEXT, strings);
  const f = deprivationFormat(w);
  const measures = measuresFor(options.measure);
  const scatter = layoutDeprivationScatter(
    model,
    { width, height: deprivationScatterHeight(width) },
    { measure: options.measure, formatCount: f.count, text: w },
  );
  const { series, position } = areaNavigation(model, scatter, measures, w, f);
  const l = model.lsoas!;
  const first = measures[0]!;
  const hidden = l.measures[first].rates.filter((r) => r === null).length;
  const sentence = w.t('deprivationAreaSummary', {
    lsoas: w.plural('deprivationNeighbourhoods', l.codes.length),
    hidden: hidden ? w.plural('deprivationAreaSummaryHidden', hidden, { measure: measureName(first, w) }) : '',
  });
  const rates = summariseDeprivation(model, {
    ...strings,
    measure: options.measure,
    comparator: options.comparator ? 'england' : 'none',
  });
  // the table of every area is worked out when first read (the table view, the CSV download), not
  // before the chart's first frame: at 1,000 areas it was a fifth of the figure's script time
  let table: DataTableSpec | undefined;
  return {
    layout: { ...scatter, kind: 'area', position },
    height: scatter.height,
    navigation: series,
    get table() {
      return (table ??= areaTable(model, options, w, f));
    },
    summary: `${rates} ${sentence}`,
  };
}
