import {
  buildIndicatorModel,
  indicatorsContract,
  type Contract,
  type IndicatorComparator,
  type IndicatorDirection,
  type IndicatorModel,
  type PresetOptions,
  type ValidatedData,
} from '@send-insight/data';
import { SendElement, type ChartSize } from '@send-insight/core';
import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PartRequests, type LazyPart } from '../lazy-part.js';
import type { CompareScope } from './indicator-compare.layout.js';
import type { IndicatorFormsWording } from './indicator-forms.strings.js';
import { renderTile, switchGroup, type IndicatorMarksHost } from './indicator.marks.js';
import { FORM_PARTS, tablePart, type IndicatorFormPart } from './indicator.parts.js';
import { SEND_INDICATOR_TEXT, type IndicatorViewWording } from './indicator.strings.js';
import { indicatorStyles } from './indicator.styles.js';
import {
  viewIndicatorTile,
  type IndicatorForm,
  type IndicatorView,
  type IndicatorViewOptions,
} from './indicator.view.js';

const FORMS: readonly IndicatorForm[] = ['tile', 'trend', 'compare'];
const list = (text: string | undefined) => (text ?? '').split(/[\s,]+/).filter(Boolean);

/**
 * A headline measure of the partnership dashboard, as the Department for Education's SEND and AP
 * dashboard shows its measures: a tile (the latest figure with its period, the change since the
 * previous period worded as improved, worsened or no real change by `better` and by a test,
 * England's and the region's figures and the gap, the target, the rank among authorities and a
 * sparkline), the trend over time against England, the region and neighbours (with 95% interval
 * bands, gaps with their reason, an index for counts), or a comparison of the authorities of the
 * region with England as a line. Reads the `indicators` contract, or the `ees-sen2-mi` and
 * `ees-ehc-caseload` presets. Small counts, and percentages of small numbers, are never shown.
 *
 * @summary A headline measure: tile, trend and comparison, against England, the region and other authorities.
 *
 * @attr indicator - Which measure, as named in the data (e.g. `no_exc_20week_rate`). Default: the only one, else the 20-week rate when present, else the first.
 * @attr area - The authority (GSS code or name). Default: the first authority in the data.
 * @attr period - The period shown, as published (`2022`, `2024/25`). Default: the area's latest with a figure.
 * @attr compare - Comparators, space-separated: `england`, `region`, `neighbours`. Default `england region` (and `neighbours` when any are named).
 * @attr neighbours - GSS codes (or names) of authorities to compare with, space- or comma-separated.
 * @attr view - `tile` (default), `trend`, `compare` or `table`.
 * @attr better - `higher` or `lower`: which way the measure improves (overrides the data's `better`).
 * @attr target - The value aimed for (overrides the data's `target`).
 * @attr scope - The comparison's authorities: `region` (default), `all` or `neighbours`.
 * @attr scale - The trend's scale: `value` or `index` (first common period = 100; the default for counts beside England).
 * @attr local-data - The figures are local management information, not published statistics: the tile and summary say so.
 * @attr strings - JSON object overriding any text: the shell's (core `DEFAULT_STRINGS`), the element's (`SEND_INDICATOR_STRINGS`) and the summary's (`INDICATOR_STRINGS` from `@send-insight/data`).
 *
 * @fires send-render - The chart has drawn; `detail.summary` is its description.
 * @fires send-select - A point or bar was chosen; `detail.datum` is an `IndicatorDatum`.
 * @fires send-data-error - The data cannot be drawn; `detail` lists `{row, column, value, message}`.
 *
 * @csspart base - The `<figure>`.
 * @csspart plot - The chart area.
 * @csspart legend - The trend's legend, when its lines cannot be labelled at their ends.
 * @csspart table - The data table.
 * @csspart error - The error message.
 *
 * @cssprop [--send-color-1=#12436D] - The area (then the region, neighbours; England is --send-color-5).
 * @cssprop [--send-color-good=#00703c] - The "Improved" tag.
 * @cssprop [--send-color-bad=#d4351c] - The "Worsened" tag.
 * @cssprop [--send-indicator-band-opacity=0.18] - Opacity of the trend's 95% interval band.
 */
export class SendIndicator extends SendElement<IndicatorModel, IndicatorView['layout']> {
  static override styles = [...SendElement.styles, indicatorStyles];
  /** @internal */
  static override viewProperties: readonly PropertyKey[] = ['scope', 'scale', 'localData', 'partsLoaded'];

  /** Which measure. */
  @property() indicator?: string;
  /** Comparators: `england`, `region`, `neighbours`. */
  @property() compare?: string;
  /** Authorities to compare with (GSS codes or names). */
  @property() neighbours?: string;
  /** Which way the measure improves. */
  @property() better?: IndicatorDirection;
  /** The value aimed for. */
  @property({ type: Number }) target?: number;
  /** The comparison's authorities. */
  @property({ reflect: true }) scope?: CompareScope;
  /** The trend's scale. */
  @property({ reflect: true }) scale?: 'value' | 'index';
  /** Local data, not published statistics. */
  @property({ attribute: 'local-data', type: Boolean }) localData = false;

  /** The chart form last shown, to return to from the table. */
  private form: IndicatorForm = 'tile';

  /** Counts the forms loaded on first use that have arrived (or failed), so the view is worked out again. */
  @state() private partsLoaded = 0;

  /** The forms loaded on first use (the trend, the comparison): a form's module once loaded, else it is requested. */
  private readonly parts = new PartRequests(() => this.partsLoaded++);

  /** Settles when the chart has drawn, with the form's code when it is loaded on first use. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.parts.settled(() => super.getUpdateComplete());
  }

  protected get contract(): Contract {
    return indicatorsContract;
  }

  /** Every area and period of the file (to rank and compare authorities) as indicators, only the measure asked for. */
  protected override presetOptions(): PresetOptions {
    return { everyArea: true, indicators: true, indicator: this.indicator };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // `chart` (the table's way back) returns to the form last shown
    if (FORMS.includes(this.view as IndicatorForm)) this.form = this.view as IndicatorForm;
    else if (this.view !== 'table') this.view = this.form;
    super.willUpdate(changed);
  }

  protected buildModel(data: ValidatedData): IndicatorModel {
    const compare = list(this.compare).filter(
      (c): c is IndicatorComparator => c === 'england' || c === 'region' || c === 'neighbours',
    );
    return buildIndicatorModel(data, {
      indicator: this.indicator,
      area: this.area,
      period: this.period,
      compare: this.compare ? compare : undefined,
      neighbours: list(this.neighbours),
      better: this.better === 'higher' || this.better === 'lower' ? this.better : undefined,
      target: Number.isFinite(this.target) ? this.target : undefined,
      minCount: this.minCount,
    });
  }

  protected override isEmpty(model: IndicatorModel): boolean {
    return model.period === undefined;
  }

  protected override isSuppressed(model: IndicatorModel): boolean {
    const points = model.series.flatMap((s) => s.points);
    return points.every((p) => p.status !== 'shown') && points.some((p) => p.status === 'suppressed');
  }

  private get words(): IndicatorViewWording {
    return this.text.wording(SEND_INDICATOR_TEXT);
  }

  protected override get defaultName(): string {
    return this.words.t('indicatorChartName');
  }

  protected override chartView(model: IndicatorModel, width: number): IndicatorView {
    const options: IndicatorViewOptions = {
      scope: this.scope || undefined,
      scale: this.scale === 'index' || this.scale === 'value' ? this.scale : undefined,
      local: this.localData,
      heading: this.heading,
      suppressedNote: this.text.t('suppressedNote', { min: this.minCount }),
    };
    if (this.form !== 'tile') {
      const part = this.parts.use(FORM_PARTS[this.form]);
      return part ? part.view(model, options, this.formWords(part), width) : this.pendingView(FORM_PARTS[this.form]);
    }
    // the tile's table loads on first use: with the table view, or when the CSV is asked for (tableReady)
    const table = this.view === 'table' ? this.parts.use(tablePart) : tablePart.module;
    if (this.view === 'table' && !table && !tablePart.error) return this.pendingView(tablePart);
    if (table) return table.viewIndicatorTileTable(model, options, this.formWords(table), width);
    const view = viewIndicatorTile(model, options, this.words, width);
    // a table that could not be loaded says so in its caption
    if (tablePart.error) view.table.caption = this.words.t('indicatorPartFailed', { reason: tablePart.error });
    return view;
  }

  /**
   * Settles when {@link toCsv} can give the figures shown: a tile's table loads on first use, so
   * this asks for it (again, after a failed load) and waits for the update that uses it.
   */
  override async tableReady(): Promise<void> {
    if (this.form === 'tile' && !tablePart.module) {
      await tablePart.request().catch(() => undefined);
      this.partsLoaded++;
    }
    await this.updateComplete;
  }

  /**
   * CSV of exactly the figures shown (suppression applied), with the table's headers. A tile's
   * table loads on first use: call it after `await el.tableReady()`; before that it asks for the
   * table and throws, saying so.
   */
  override toCsv(): string {
    if (this.model && this.form === 'tile' && !tablePart.module) {
      this.parts.use(tablePart);
      throw new Error(
        `<send-indicator>: await tableReady() before toCsv(), a tile's table loads on first use${tablePart.error ? ` (${tablePart.error})` : ''}`,
      );
    }
    return super.toCsv();
  }

  /** The trend's and the comparison's wording (their text arrives with them), with the `strings` overrides. */
  private formWords(part: Pick<IndicatorFormPart, 'SEND_INDICATOR_FORMS_TEXT'>): IndicatorFormsWording {
    return this.text.wording(part.SEND_INDICATOR_FORMS_TEXT);
  }

  /** The view while a form's code is on its way (the loading state), or why it could not be loaded. */
  private pendingView(p: LazyPart<unknown>): IndicatorView {
    const table = { caption: '', columns: [], rows: [] };
    if (p.error)
      return {
        layout: { kind: 'pending', message: this.words.t('indicatorPartFailed', { reason: p.error }) },
        height: 60,
        navigation: [],
        table,
        summary: '',
      };
    return { layout: { kind: 'pending' }, height: 0, navigation: [], table, summary: '', state: 'loading' };
  }

  /** Switches: the chart form; the comparison's authorities and the trend's scale come with their code. */
  protected override renderControls(model: IndicatorModel): unknown {
    const w = this.words;
    const table = this.view === 'table';
    const forms: [IndicatorForm, string][] = [
      ['tile', w.t('indicatorViewTile')],
      ['trend', w.t('indicatorViewTrend')],
      ['compare', w.t('indicatorViewCompare')],
    ];
    const part = this.form === 'tile' ? undefined : FORM_PARTS[this.form].module;
    return html`${switchGroup(w.t('indicatorViewLabel'), forms, table ? undefined : this.form, (v) => (this.view = v))}
    ${part ? part.controls(model, this, table, this.formWords(part)) : nothing}`;
  }

  /** What the marks need: the active point, and the pointer's and click's effects. */
  private readonly marksHost: IndicatorMarksHost = {
    active: (series, index) => this.nav.active?.series === series && this.nav.active.index === index,
    enter: (series, index) => this.nav.pointerEnter(series, index),
    choose: (series, index) => this.select({ series, index }),
  };

  /** Whether the forms' styles (loaded with their code) are in this element's shadow root. */
  private formStyles = false;

  protected renderChart(_model: IndicatorModel, _size: ChartSize, { layout }: IndicatorView): unknown {
    if (layout.kind === 'pending') return html`<p class="part-failed">${layout.message}</p>`;
    if (layout.kind === 'tile') return renderTile(layout, this.marksHost);
    const part = FORM_PARTS[layout.kind].module!;
    // the forms' styles join the element's own, once, when a form first draws (as Lit adopts them: CSP-safe)
    if (!this.formStyles) {
      this.formStyles = true;
      const own = (this.constructor as typeof SendIndicator).elementStyles;
      adoptStyles(this.renderRoot as ShadowRoot, [...own, part.indicatorFormsStyles]);
    }
    return part.render(layout, this.marksHost);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'send-indicator': SendIndicator;
  }
}
