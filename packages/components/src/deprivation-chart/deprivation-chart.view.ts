import type { ChartView } from '@send-insight/core/view';
import {
  isDeprivationModelEmpty,
  summariseDeprivationParts,
  wordingOf,
  type DeprivationModel,
  type TextOptions,
} from '@send-insight/data';
import { layoutDeprivationChart, type DeprivationLayout } from './deprivation-chart.layout.js';
import { decileNavigation } from './deprivation-chart.navigation.js';
import { DEPRIVATION_CHART_TEXT } from './deprivation-chart.strings.js';
import { decileTable } from './deprivation-chart.table.js';
import {
  deprivationFormat,
  MEASURE_OPTIONS,
  measuresFor,
  type DeprivationMeasureOption,
  type DeprivationOrientation,
} from './deprivation-chart.words.js';

/** The element's attributes as given: any text, checked by {@link deprivationViewOptions}. */
export interface DeprivationViewAttributes {
  measure?: string;
  comparator?: string;
  orientation?: string;
  /** Whether the 95% intervals are drawn (the toolbar's switch). */
  intervals?: boolean;
  heading?: string;
  period?: string;
  minCount?: number;
}

/** What the chart by decile shows, every default resolved. */
export interface DeprivationViewOptions {
  measure: DeprivationMeasureOption;
  /** Draw England's rates when the data has them. */
  comparator: boolean;
  orientation: DeprivationOrientation | 'auto';
  intervals: boolean;
  /** The chart's heading, for the table's caption. */
  heading?: string;
  /** The period asked for: a period the data does not have is "no data for …". */
  period?: string;
  /** The disclosure threshold, for the table's note. */
  minCount: number;
}

/**
 * The chart by decile's options from the element's attributes, each default written here and
 * nowhere else: both measures, England drawn, orientation by width, no intervals, a threshold of 10.
 *
 * @example deprivationViewOptions({ measure: 'bogus', comparator: 'none' }) // { measure: 'both', comparator: false, … }
 */
export function deprivationViewOptions(a: DeprivationViewAttributes): DeprivationViewOptions {
  const options: DeprivationViewOptions = {
    measure: MEASURE_OPTIONS.find((m) => m === a.measure) ?? 'both',
    comparator: a.comparator !== 'none',
    orientation: a.orientation === 'vertical' || a.orientation === 'horizontal' ? a.orientation : 'auto',
    intervals: a.intervals === true,
    minCount: a.minCount ?? 10,
  };
  if (a.heading) options.heading = a.heading;
  if (a.period) options.period = a.period;
  return options;
}

/** The chart by decile's view: {@link ChartView} with its geometry. */
export type DeprivationView = ChartView<DeprivationLayout>;

/**
 * Whether the rates have no chart for these options, by decile or by area: `empty` (no rows, or
 * not the period asked for) or `suppressed` (every decile of the measures drawn is hidden, some
 * to protect small numbers).
 */
export function deprivationState(
  model: DeprivationModel,
  options: Pick<DeprivationViewOptions, 'period' | 'measure'>,
): 'empty' | 'suppressed' | undefined {
  if (options.period && model.periods.length && !model.periods.includes(options.period)) return 'empty';
  if (isDeprivationModelEmpty(model)) return 'empty';
  const series = measuresFor(options.measure).map((m) => model.local[m]);
  if (
    series.every((s) => s.deciles.every((d) => d.status !== 'shown')) &&
    series.some((s) => s.deciles.some((d) => d.status === 'suppressed'))
  )
    return 'suppressed';
  return undefined;
}

/**
 * The pure view of `<send-deprivation-chart>` by decile: its panels (one per measure), the
 * keyboard's series (one per panel), the table and the summary, all from the model, the options
 * and the wording. No Lit, no DOM.
 *
 * @param model from `buildDeprivationModel`
 * @param options from {@link deprivationViewOptions}
 * @param strings the element's `strings` overrides, locale and formatters (none: en-GB)
 * @param width in CSS pixels
 * @example deprivationView(model, deprivationViewOptions({}), {}, 640).summary // "SEN support: 16.5 per 100 pupils in the most deprived tenth …"
 */
export function deprivationView(
  model: DeprivationModel,
  options: DeprivationViewOptions,
  strings: TextOptions,
  width: number,
): DeprivationView {
  const words = wordingOf(DEPRIVATION_CHART_TEXT, strings);
  const format = deprivationFormat(words);
  const measures = measuresFor(options.measure);
  const england = options.comparator && model.england !== undefined;
  const layout = layoutDeprivationChart(model, width, {
    measure: options.measure,
    comparator: options.comparator,
    orientation: options.orientation,
    intervals: options.intervals,
    text: words,
    format,
  });
  // on a phone the summary folds after what the chart says (the first gradient and England's)
  const summary = summariseDeprivationParts(model, {
    ...strings,
    measure: options.measure,
    comparator: options.comparator ? 'england' : 'none',
  });
  const view: DeprivationView = {
    layout,
    height: layout.height,
    navigation: decileNavigation(layout, model, england, words, format),
    table: decileTable(model, {
      measures,
      england,
      heading: options.heading,
      minCount: options.minCount,
      words,
      format,
    }),
    summary: summary.more ? `${summary.lead} ${summary.more}` : summary.lead,
    summaryParts: summary,
  };
  const state = deprivationState(model, options);
  if (state) view.state = state;
  return view;
}
