import type { ChartView } from '@send-insight/core/view';
import { summariseOutcomesParts, wordingOf, type OutcomesModel, type TextOptions } from '@send-insight/data';
import {
  chooseOutcomesView,
  layoutOutcomesRadar,
  type OutcomesLayout,
  type OutcomesSeriesBy,
  type OutcomesView,
} from './outcomes-radar.layout.js';
import { outcomesNavigation } from './outcomes-radar.navigation.js';
import { OUTCOMES_RADAR_TEXT } from './outcomes-radar.strings.js';
import { outcomesTable } from './outcomes-radar.table.js';
import { outcomesFormat } from './outcomes-radar.words.js';

/** The element's attributes as given: any text, checked by {@link outcomesViewOptions}. */
export interface OutcomesViewAttributes {
  series?: string;
  period?: string;
  group?: string;
  target?: number;
  /** `auto`, `radar` or `bars`. */
  layout?: string;
  /** `chart`, `table`, `radar` or `bars`. */
  view?: string;
  heading?: string;
}

/** What the view shows, every default resolved. */
export interface OutcomesViewOptions {
  /** A series per group (in one period) or per period (for one group). */
  series: OutcomesSeriesBy;
  /** With series by group: the period asked for (undefined: the latest). */
  period?: string;
  /** With series by period: the group asked for (undefined: the first). */
  group?: string;
  /** A target % agreeing, 0–100 (undefined: none, or not a percentage). */
  target?: number;
  /** The chart form: fixed, or `auto` (the dot plot at 400 px or less, the radar above). */
  form: OutcomesView | 'auto';
  /** The chart's heading, for the table's caption. */
  heading?: string;
}

/**
 * The outcomes radar's options from its attributes, each default written here and nowhere else:
 * a series per group, in the latest period; no target; the form from `view` when it names one,
 * else from `layout`, else `auto`.
 *
 * @example outcomesViewOptions({ layout: 'bars', target: 120 }) // { series: 'group', form: 'bars', target: undefined, … }
 */
export function outcomesViewOptions(a: OutcomesViewAttributes): OutcomesViewOptions {
  const target =
    a.target !== undefined && Number.isFinite(a.target) && a.target >= 0 && a.target <= 100 ? a.target : undefined;
  const fixed = (form?: string) => (form === 'radar' || form === 'bars' ? form : undefined);
  const form = fixed(a.view) ?? fixed(a.layout) ?? 'auto';
  const options: OutcomesViewOptions = {
    series: a.series === 'period' ? 'period' : 'group',
    period: a.period || undefined,
    group: a.group || undefined,
    target,
    form,
  };
  if (a.heading) options.heading = a.heading;
  return options;
}

/** The outcomes radar's view: {@link ChartView} with the form drawn at this width. */
export interface OutcomesRadarView extends ChartView<OutcomesLayout> {
  form: OutcomesView;
}

/**
 * The pure view of `<send-outcomes-radar>`: the series (groups in a period, or periods for a
 * group) are picked once, and the layout (radar or dot plot), keyboard order, table and summary
 * are all made from them. No Lit, no DOM.
 *
 * @param model from `buildOutcomesModel`
 * @param options from {@link outcomesViewOptions}
 * @param strings the element's `strings` overrides, locale and formatters (none: en-GB)
 * @param width in CSS pixels
 * @example outcomesRadarView(model, outcomesViewOptions({}), {}, 720).summary // "In 2025, Children and young people (HY5!) agreed most with …"
 */
export function outcomesRadarView(
  model: OutcomesModel,
  options: OutcomesViewOptions,
  strings: TextOptions,
  width: number,
): OutcomesRadarView {
  const w = wordingOf(OUTCOMES_RADAR_TEXT, strings);
  const f = outcomesFormat(w);
  const by = options.series;
  const period =
    options.period && model.periods.includes(options.period)
      ? options.period
      : (model.periods[model.periods.length - 1] ?? '');
  const group = options.group && model.groups.includes(options.group) ? options.group : (model.groups[0] ?? '');
  const form = options.form === 'auto' ? chooseOutcomesView(undefined, undefined, width) : options.form;
  const layout = layoutOutcomesRadar(
    model,
    { width },
    { view: form, series: by, period, group, target: options.target, format: f, text: w },
  );
  const about = by === 'group' ? period : group;
  const cells = layout.marks.flatMap((marks) => marks.map((m) => m.cell));
  // on a phone the summary folds after what the chart says (the period's results, per group)
  const summary =
    by === 'group'
      ? summariseOutcomesParts(model, { ...strings, period })
      : summariseOutcomesParts(model, { ...strings, groups: [group] });
  const view: OutcomesRadarView = {
    layout,
    height: layout.height,
    navigation: outcomesNavigation(layout, w, f, model.minCount),
    table: outcomesTable(
      { model, cells, seriesBy: by, about, heading: options.heading || w.t('outcomesTableHeading') },
      w,
      f,
    ),
    summary: summary.more ? `${summary.lead} ${summary.more}` : summary.lead,
    summaryParts: summary,
    form,
  };
  const asked = by === 'group' ? options.period : options.group;
  if (!model.cells.length || (asked && asked !== about)) view.state = 'empty';
  else if (cells.every((c) => c.status !== 'shown') && cells.some((c) => c.status === 'suppressed'))
    view.state = 'suppressed';
  return view;
}
