import type { DataTableSpec, TableCell } from '@send-insight/core/view';
import { deprivationNotes, type DeprivationMeasure, type DeprivationModel } from '@send-insight/data';
import type { DeprivationChartTextKey } from './deprivation-chart.strings.js';
import { decileName, measureName, type DeprivationFormat, type DeprivationWording } from './deprivation-chart.words.js';

/** What the tables need besides the model: the measures shown, England, the heading and the threshold. */
export interface DeprivationTableContext {
  measures: readonly DeprivationMeasure[];
  england: boolean;
  /** The chart's heading (the caption's first words), if any. */
  heading?: string;
  minCount: number;
  words: DeprivationWording;
  format: DeprivationFormat;
}

/** A figure's cell: the number, or the word for a suppressed figure (sorted first). */
export function figureCell(
  v: number | undefined | null,
  c: Pick<DeprivationTableContext, 'words' | 'format'>,
  rate = false,
): TableCell {
  if (v === undefined || v === null) return { text: c.words.t('suppressedCell'), sort: -1 };
  return { text: rate ? c.format.rate(v) : c.format.count(v), sort: v };
}

/** The table's caption: the heading (or `fallback`), with the period when the data has one. */
export function tableCaption(
  model: DeprivationModel,
  fallback: string,
  c: Pick<DeprivationTableContext, 'heading' | 'words'>,
): string {
  const heading = c.heading || fallback;
  return model.period ? c.words.t('deprivationCaptionPeriod', { heading, period: model.period }) : heading;
}

/**
 * The table of the chart by decile (the table view and the CSV download): for each decile its
 * pupils, and for each measure the count, the rate, its 95% interval and England's rate; a
 * suppressed figure as the word, a decile without pupils as "no data". The notes say what is
 * suppressed, then what the rates support (the data layer's `deprivationNotes`: the rate ratio and
 * the test for trend, the same findings as the summary) and the pupil-weighted straight line.
 */
export function decileTable(model: DeprivationModel, c: DeprivationTableContext): DataTableSpec {
  const { measures, words: w, format: f } = c;
  const england = c.england ? model.england : undefined;
  const columns: DataTableSpec['columns'] = [
    { key: 'decile', label: w.t('deprivationColDecile') },
    { key: 'pupils', label: w.t('deprivationColPupils'), numeric: true },
  ];
  for (const m of measures) {
    const measure = measureName(m, w);
    columns.push(
      { key: `${m}_count`, label: w.t('deprivationColCount', { measure }), numeric: true },
      { key: `${m}_rate`, label: w.t('deprivationColRate', { measure }), numeric: true },
      { key: `${m}_ci`, label: w.t('deprivationColInterval', { measure }) },
    );
    if (england) columns.push({ key: `${m}_england`, label: w.t('deprivationColEngland', { measure }), numeric: true });
  }
  const noData = { text: w.t('deprivationNoData'), sort: -2 };
  const rows = Array.from({ length: 10 }, (_, i) => {
    const first = model.local[measures[0]!].deciles[i]!;
    const row: Record<string, TableCell> = {
      decile: { text: decileName(i + 1, w), sort: i + 1 },
      pupils: first.status === 'no-data' ? noData : figureCell(first.pupils, c),
    };
    for (const m of measures) {
      const d = model.local[m].deciles[i]!;
      const none = d.status === 'no-data' ? noData : undefined;
      row[`${m}_count`] = none ?? figureCell(d.count, c);
      row[`${m}_rate`] = none ?? figureCell(d.rate, c, true);
      row[`${m}_ci`] =
        none ??
        (d.rate === undefined
          ? w.t('suppressedCell')
          : w.t('deprivationRange', { lower: f.rate(d.lower!), upper: f.rate(d.upper!) }));
      if (england) {
        const e = england[m].deciles[i]!;
        row[`${m}_england`] = e.status === 'no-data' ? noData : figureCell(e.rate, c, true);
      }
    }
    return row;
  });
  const notes = [w.t('suppressedNote', { min: c.minCount })];
  // what the rates support, worded from the same findings as the summary
  notes.push(...deprivationNotes(model, { measures, text: lineNotDrawn(w) }));
  return { caption: tableCaption(model, w.t('deprivationCaption'), c), columns, rows, notes };
}

/**
 * The chart's wording with the data layer's note on "the line drawn" (deprivationNoteLine) taken
 * from deprivationNoteLineNotDrawn: the chart draws no trend line, so its table says so.
 */
function lineNotDrawn(w: DeprivationWording): DeprivationWording {
  const template = (key: DeprivationChartTextKey) =>
    w.template(key === 'deprivationNoteLine' ? 'deprivationNoteLineNotDrawn' : key);
  return Object.create(w, { template: { value: template } }) as DeprivationWording;
}
