import { formatPValue } from '@send-insight/core/layout';
import type { DataTableSpec } from '@send-insight/core/view';
import { outcomesNotes, suppressionLabel, type OutcomeCell, type OutcomesModel } from '@send-insight/data';
import type { OutcomesFormat, OutcomesSeriesBy, OutcomesWording } from './outcomes-radar.layout.js';

/** What the table is of: the cells drawn, series by series, and what the chart is about. */
export interface OutcomesTableInput {
  model: OutcomesModel;
  /** The cells drawn, series by series (so the table's order is the legend's). */
  cells: OutcomeCell[];
  seriesBy: OutcomesSeriesBy;
  /** The period (series by group) or group (series by period) drawn. */
  about: string;
  /** The chart's heading, or the table's own. */
  heading: string;
}

/**
 * The data table (and CSV): each result drawn with % agreeing, its 95% interval, the counts and
 * the change since the previous period with the model's verdict and its Holm-adjusted p; a result
 * not shown has its reason in words and "suppressed" for every figure, never a number. The notes
 * say how changes are tested (`outcomesNotes`, from the model built with this view's family).
 */
export function outcomesTable(
  { model, cells, seriesBy, about, heading }: OutcomesTableInput,
  w: OutcomesWording,
  f: OutcomesFormat,
): DataTableSpec {
  const suppressed = w.t('suppressedCell');
  const previous = seriesBy === 'group' ? model.periods[model.periods.indexOf(about) - 1] : undefined;
  const number = (v: number) => w.format.number(v, 0);
  return {
    caption: w.t('outcomesCaption', { heading, about }),
    columns: [
      { key: 'outcome', label: w.t('outcomesColOutcome') },
      { key: 'group', label: w.t('outcomesColGroup') },
      { key: 'period', label: w.t('outcomesColPeriod') },
      { key: 'percent', label: w.t('outcomesColPercent'), numeric: true },
      { key: 'interval', label: w.t('outcomesColInterval'), numeric: true },
      { key: 'agree', label: w.t('outcomesColAgreed'), numeric: true },
      { key: 'respondents', label: w.t('outcomesColResponses'), numeric: true },
      {
        key: 'change',
        label: previous ? w.t('outcomesColChange', { previous }) : w.t('outcomesColChangePrevious'),
        numeric: true,
      },
      { key: 'p', label: w.t('outcomesColPAdjusted'), numeric: true },
    ],
    rows: cells.map((c) => {
      const base = { outcome: w.t(`outcome.${c.outcome}`), group: c.group, period: c.period };
      if (c.status !== 'shown') {
        return {
          ...base,
          percent: { text: suppressionLabel(c, model.minCount, w), sort: -1 },
          interval: suppressed,
          agree: suppressed,
          respondents: suppressed,
          change: '',
          p: '',
        };
      }
      const change = c.change;
      const since = seriesBy === 'group' ? '' : w.t('outcomesTableSince', { from: change?.from ?? '' });
      const changeText =
        change?.status === 'shown'
          ? w.t('outcomesTableChange', {
              points: f.points(change.difference!),
              since,
              significance: w.t(change.verdict === 'similar' ? 'outcomesNotSignificant' : 'outcomesSignificant'),
            })
          : change?.status === 'unavailable'
            ? w.t('outcomesNotAvailable')
            : '';
      const agree = number(c.agree!);
      return {
        ...base,
        percent: { text: f.percent(c.percent!), sort: c.percent! },
        interval: {
          text: w.t('outcomesRange', { lower: f.percent(c.lower!), upper: f.percent(c.upper!) }),
          sort: c.lower!,
        },
        agree: { text: c.agreeDerived ? w.t('outcomesFromPercent', { agree }) : agree, sort: c.agree! },
        respondents: { text: number(c.respondents!), sort: c.respondents! },
        change: change?.status === 'shown' ? { text: changeText, sort: change.difference! } : changeText,
        p:
          change?.status === 'shown'
            ? { text: formatPValue(change.pAdjusted!, w.locale), sort: change.pAdjusted! }
            : '',
      };
    }),
    // how changes are tested and adjusted, over the family the model adjusted (built with this view), then the methods
    notes: outcomesNotes(model, { ...(seriesBy === 'group' ? { period: about } : { group: about }), text: w }).concat(
      cells.some((c) => c.status === 'suppressed') ? [w.t('suppressedNote', { min: model.minCount })] : [],
    ),
  };
}
