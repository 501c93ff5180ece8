import { outcomeCell, type OutcomeCell, type OutcomesModel } from '@send-insight/data';
import type { OutcomesFmt, OutcomesSeriesBy, SeriesSpec, ValueMark } from './outcomes-radar.types.js';
import { seriesDash, seriesMarker } from './outcomes-radar.markers.js';

/**
 * The series the chart draws: a series per group in `period`, or per period for `group`, each
 * with its marker shape and dash, and its cells in the model's outcome order.
 *
 * @example outcomesSeries(model, 'group', '2025', '').map((s) => s.info.label) // the model's groups
 */
export function outcomesSeries(
  model: OutcomesModel,
  by: OutcomesSeriesBy,
  period: string,
  group: string,
): SeriesSpec[] {
  const keys = by === 'group' ? model.groups : model.periods;
  return keys.map((key, index) => ({
    info: { key, label: key, index, marker: seriesMarker(index), dash: seriesDash(index) },
    cells: model.outcomes.map((o) =>
      by === 'group' ? outcomeCell(model, o, key, period)! : outcomeCell(model, o, group, key)!,
    ),
  }));
}

/**
 * The change since the previous period as written beside a value: "▲ +12 pts" when the model's
 * verdict is a significant rise, "▼ −9 pts" a fall, "+2 pts" otherwise; nothing without a change.
 * The verdict is the model's (its test and adjustment); nothing is tested here. `short` (a narrow
 * plot): the triangle alone, and nothing for a change within the margin of error.
 */
export function changeMark(
  cell: OutcomeCell,
  fmt: OutcomesFmt,
  short = false,
): Pick<ValueMark, 'changeText' | 'changeSignificant'> {
  const c = cell.change;
  if (!c || c.status !== 'shown') return {};
  const significant = c.verdict !== 'similar';
  const arrow = c.verdict === 'up' ? '▲' : c.verdict === 'down' ? '▼' : '';
  if (short) return significant ? { changeText: arrow, changeSignificant: true } : {};
  return { changeText: `${arrow && arrow + ' '}${fmt.points(c.difference!)}`, changeSignificant: significant };
}
