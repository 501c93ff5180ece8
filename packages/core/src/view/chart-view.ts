import type { NavSeries } from '../a11y/navigation.js';
import type { DataTableSpec } from '../a11y/table-spec.js';

/** A summary in two parts: the headline sentences, and the rest. */
export interface SummaryParts {
  lead: string;
  more: string;
}

/**
 * What a chart's pure view makes of its model at one width: everything the element draws and
 * says. The base element asks for it once per update (per model, width and view-affecting
 * property) and takes the height, keyboard order, table, summary and state from it; the chart
 * draws `layout`. The same object serves a static renderer (CLI, print) without a DOM.
 */
export interface ChartView<Layout = unknown> {
  /** Geometry in SVG pixels, as plain objects, for the element (or a static renderer) to draw. */
  layout: Layout;
  /** The height of the chart area at this width, in px. */
  height: number;
  /** The points a keyboard user moves through, by series, each with the words it is announced with. */
  navigation: NavSeries[];
  /** The data table: the table view and the CSV download (exactly the figures shown). */
  table: DataTableSpec;
  /** The plain-English summary: never a suppressed figure, no claim stronger than its test. */
  summary: string;
  /**
   * The summary split after its headline sentences (`lead + ' ' + more` is `summary`), for a
   * summary too long for a phone: on a narrow chart the lead shows and the rest folds behind a
   * disclosure, the figure still described by both.
   */
  summaryParts?: SummaryParts;
  /**
   * Set when there is no chart to draw for these options: nothing to show, every figure
   * suppressed, or (`loading`) the code that draws this view is a part loaded on first use and has
   * not arrived yet: the element shows its loading state, and works the view out again when it has.
   */
  state?: 'empty' | 'suppressed' | 'loading';
}

/**
 * A chart's pure view: model, options (the element's attributes, resolved), strings (the chart's
 * `Wording` with the element's overrides, locale and formatters) and width in, {@link ChartView}
 * out. No Lit, no DOM: tables, keyboard order and summaries are tested in Node.
 *
 * @example const view: ChartViewFunction<NeedsModel, NeedViewOptions, NeedWording, NeedLayout> = needBreakdownView;
 */
export type ChartViewFunction<Model, Options, Strings, Layout> = (
  model: Model,
  options: Options,
  strings: Strings,
  width: number,
) => ChartView<Layout>;
