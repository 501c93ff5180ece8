import {
  buildDeprivationContext,
  buildDeprivationModel,
  deprivationContextContract,
  deprivationContract,
  isDeprivationContextHeader,
  type Contract,
  type DataInput,
  type DeprivationContext,
  type DeprivationModel,
  type RawData,
  type ValidatedData,
} from '@send-insight/data';
import { DataLoader, SendElement, type ChartSize, type ChartView } from '@send-insight/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DeprivationLayout } from './deprivation-chart.layout.js';
import { renderDecileChart, type DecileMarksHost } from './deprivation-chart.marks.js';
import { PartRequests, type LazyPart } from '../lazy-part.js';
import { contextPart, scatterPart } from './deprivation-chart.parts.js';
import { DEPRIVATION_CHART_TEXT } from './deprivation-chart.strings.js';
import { deprivationChartStyles } from './deprivation-chart.styles.js';
import {
  deprivationState,
  deprivationView,
  deprivationViewOptions,
  type DeprivationViewOptions,
} from './deprivation-chart.view.js';
import {
  measuresFor,
  type DeprivationMeasureOption,
  type DeprivationOrientation,
  type DeprivationWording,
} from './deprivation-chart.words.js';
import { ContextPanelReader, type DeprivationContextPanel } from './deprivation-context.panel.js';
import type { ContextMarksHost } from './deprivation-context.marks.js';
import type { ContextViewLayout, DecileStripLayout } from './deprivation-context.view.js';
import type { ScatterCanvas } from './deprivation-scatter.marks.js';
import type { ScatterViewLayout } from './deprivation-scatter.view.js';

export type { DeprivationDecileDatum } from './deprivation-chart.navigation.js';
export type { DeprivationAreaDatum } from './deprivation-scatter.navigation.js';
export type { DeprivationContextDatum } from './deprivation-context.view.js';
export type { DeprivationContextPanel } from './deprivation-context.panel.js';

/** SEN rates by decile, with the neighbourhood context when `context` or `context-src` gives it. */
export type DeprivationRatesModel = DeprivationModel & { kind?: undefined; context?: DeprivationContextPanel };

/** The context view's model: an area's neighbourhoods by national decile, when the data has no pupils. */
export interface DeprivationContextModel {
  kind: 'context';
  context: DeprivationContext;
  /** The area's name (or code) for words, when known. */
  name?: string;
}

/** What `<send-deprivation-chart>` draws: SEN rates (with optional context), or the context alone. */
export type DeprivationChartModel = DeprivationRatesModel | DeprivationContextModel;

/** A view whose code is on its way (the loading state), or could not be loaded (why). */
interface PendingLayout {
  kind: 'pending';
  message?: string;
}

/** The geometry of whichever view the chart shows. */
export type DeprivationChartLayout =
  DeprivationLayout | DecileStripLayout | ScatterViewLayout | ContextViewLayout | PendingLayout;

const isContextModel = (model: DeprivationChartModel): model is DeprivationContextModel => model.kind === 'context';

/**
 * How the rate of SEN support and of EHC plans changes with the deprivation of pupils' home
 * areas, and how that compares with England. The chart says first what the data says: a panel per
 * measure (SEN support, then EHC plans, on one scale, stacked so their deciles line up), a bar per
 * IMD decile (1 = most deprived tenth of areas in England) labelled with its rate per 100 pupils
 * just past its end, in the bar's own column; England's rate as a short line beside each bar,
 * named once. A decile whose rate cannot be shown is the word ("suppressed", "no data") at the
 * baseline, never a bar or a zero. The Wilson 95% intervals are one click away (the toolbar's
 * "Show 95% intervals"), and they, the counts and the pupil-weighted trend are in the table.
 * Where columns are too narrow for every rate label (below about 710 px) the deciles are rows: there
 * England's line crosses each bar, and each rate stands inside its bar's end (in the theme's
 * `--send-color-on-<n>` for the bar's colour) or just past it, never past England's line. With LSOA-level data, `view="area"` shows every
 * neighbourhood as a point on a canvas (rate against IMD rank, sized by pupils, over decile
 * bands, with a smoothed line); hovering a point shows it and says it (politely, at most every
 * 300 ms).
 *
 * Given neighbourhoods without pupils (the IoD2019 file with `preset="iod2019-lsoa" area="…"`, or
 * rows with `lsoa_code` and `imd_decile`), it draws the **context view**: how many of the area's
 * LSOAs fall in each national IMD decile, against England's even spread of a tenth per decile.
 * Given SEN rates and `context` or `context-src` as well, it draws that spread as a strip under
 * the rates, decile under decile. The area view and the context are loaded on first use: a page
 * with the chart by decile loads neither.
 *
 * @summary SEN support and EHC plan rates by IMD decile against England; every neighbourhood by rank; or where an area's neighbourhoods sit in England's deciles.
 *
 * @attr measure - `both` (default: a panel for SEN support and one for EHC plans), `sen_support`, `ehc_plan` or `all_sen`.
 * @attr comparator - `england` (default: draw England's rate per decile when the data has it) or `none`.
 * @attr orientation - `auto` (default: columns where every bar has room for its rate label, about 710 px and wider, and a suppressed decile's word lies flat in its column; rows otherwise, so no word stands on end), `vertical` (columns) or `horizontal` (rows).
 * @attr view - `chart` (default, by decile), `area` (every LSOA, needs `lsoa_code` and `imd_rank`) or `table`.
 * @attr period - Which `time_period` to show (default the latest); a selector appears when there are several.
 * @attr area - The local authority (GSS code or name) when the data holds several; also picks the authority in `context-src`.
 * @attr context-src - Address of a neighbourhood (LSOA) file to show beside the SEN rates, e.g. MHCLG's IoD2019 File 1 as published, or rows with `lsoa_code` and `imd_decile`. The area is `area`, else the SEN data's own `area_code`.
 * @attr min-count - Disclosure threshold: counts below it are never shown. Default 10.
 * @attr strings - JSON object overriding any text: the shell's (core `DEFAULT_STRINGS`), the chart's (`DEPRIVATION_CHART_STRINGS`: panels, axes, decile names, controls, announcements, table; `DEPRIVATION_SCATTER_STRINGS`: the area view; `DEPRIVATION_CONTEXT_STRINGS`: the neighbourhood context) and the summaries' and measure names (`DEPRIVATION_STRINGS` from `@send-insight/data`, e.g. `deprivationMeasure.sen_support`).
 *
 * @fires send-render - The chart has drawn; `detail.summary` is its description.
 * @fires send-select - A decile or area was chosen; `detail.datum` is a {@link DeprivationDecileDatum}, {@link DeprivationAreaDatum} or {@link DeprivationContextDatum}.
 * @fires send-data-error - The data cannot be drawn; `detail` lists `{row, column, value, message}`.
 *
 * @csspart base - The `<figure>`.
 * @csspart plot - The chart area.
 * @csspart legend - The legend inside the area view and the neighbourhood context.
 * @csspart table - The data table.
 * @csspart error - The error message.
 * @csspart context-note - The note under the rates while the neighbourhood context loads, or why it cannot be shown.
 *
 * @cssprop [--send-color-1=#12436D] - SEN support.
 * @cssprop [--send-color-2=#28A197] - EHC plans.
 * @cssprop [--send-color-3=#801650] - All SEN.
 * @cssprop [--send-color-comparator=#0b0c0c] - England's line beside each bar (across it in rows), and its name.
 * @cssprop [--send-color-suppressed=#6f777b] - The strip of suppressed areas in the area view.
 * @cssprop [--send-color-surface=#f3f2f1] - Shaded decile bands in the area view.
 * @cssprop [--send-deprivation-bar-opacity=1] - Opacity of the bars.
 * @cssprop [--send-deprivation-point-opacity=0.6] - Opacity of the area view's points.
 * @cssprop [--send-deprivation-context-color=var(--send-color-5)] - Bars of the neighbourhoods (LSOAs) per decile.
 * @cssprop [--send-deprivation-context-text=var(--send-color-on-5)] - Figures standing inside those bars' ends (where England's line would cross them above), at least 4.5:1 on the bars' colour.
 */
export class SendDeprivationChart extends SendElement<DeprivationChartModel, DeprivationChartLayout> {
  static override styles = [...SendElement.styles, deprivationChartStyles];
  /** @internal */
  static override viewProperties: readonly PropertyKey[] = [
    'comparator',
    'orientation',
    'intervals',
    'viewKind',
    'partsLoaded',
  ];

  /** `both`, `sen_support`, `ehc_plan` or `all_sen`. */
  @property() measure: DeprivationMeasureOption = 'both';

  /** `england` to draw England's rates when given, `none` to leave them out. */
  @property() comparator: 'england' | 'none' = 'england';

  /** `auto`, `vertical` (deciles as columns) or `horizontal` (deciles as rows). */
  @property() orientation: DeprivationOrientation | 'auto' = 'auto';

  /**
   * Neighbourhood context to show beside the SEN rates: LSOA rows (`lsoa_code`, `imd_decile`,
   * optional `area_code`, `area_name`), counts per decile (`imd_decile`, `lsoas`), or the IoD2019
   * File 1 as published, as rows, a Table or CSV text. Takes precedence over `context-src`.
   */
  @property({ attribute: false }) context?: DataInput;

  /** Address of a neighbourhood (LSOA) file to show beside the SEN rates (read like `context`). */
  @property({ attribute: 'context-src' }) contextSrc?: string;

  /** Whether the chart by decile draws the 95% intervals (the toolbar's switch). */
  @state() private intervals = false;

  /** Which chart the last non-table view showed: deciles or areas (the table follows it). */
  @state() private viewKind: 'deciles' | 'area' = 'deciles';

  /** Counts the parts loaded on first use that have arrived (or failed), so the view is worked out again. */
  @state() private partsLoaded = 0;

  /** Reads `context`, else the `context-src` file, as the base element reads its data; the model is rebuilt when it settles. */
  private readonly contextLoader = new DataLoader(this, {
    data: () => this.context,
    src: () => this.contextSrc,
    onChange: () => this.invalidateModel(),
  });
  private readonly contextReader = new ContextPanelReader(() => this.invalidateModel());
  private scatterCanvas?: ScatterCanvas;

  constructor() {
    super();
    // hovering says the point too (throttled), as the keyboard does
    this.nav.announcePointer = true;
  }

  protected get contract(): Contract {
    return deprivationContract;
  }

  /** Neighbourhoods without pupils are read as the context; anything else as SEN rates. */
  protected override contractFor(raw: RawData): Contract {
    const mapping = this.columns && typeof this.columns === 'object' ? this.columns : undefined;
    return isDeprivationContextHeader(raw.columns, mapping) ? deprivationContextContract : deprivationContract;
  }

  /** The view's options, from the attributes (each default is resolved in `deprivationViewOptions`). */
  private get options(): DeprivationViewOptions {
    const { measure, comparator, orientation, intervals, heading, period, minCount } = this;
    return deprivationViewOptions({ measure, comparator, orientation, intervals, heading, period, minCount });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && this.view !== 'table') {
      const kind = this.view === 'area' ? 'area' : 'deciles';
      if (kind !== this.viewKind) this.viewKind = kind;
    }
    super.willUpdate(changed);
  }

  protected buildModel(data: ValidatedData): DeprivationChartModel {
    if (data.contract === deprivationContextContract) {
      const context = buildDeprivationContext(data, { area: this.area });
      const name = context.areaName ?? context.areaCode;
      return name ? { kind: 'context', context, name } : { kind: 'context', context };
    }
    const model: DeprivationRatesModel = buildDeprivationModel(data, {
      minCount: this.minCount,
      period: this.period,
      area: this.area,
      lsoaMeasures: measuresFor(this.options.measure),
    });
    const panel = this.contextReader.read({
      loader: this.contextLoader,
      data,
      area: this.area,
      words: this.words,
      issue: (i) => this.text.issue(i),
    });
    if (panel) model.context = panel;
    // with areas to show, the area view's code is fetched now, so "By area" draws at once
    if (model.lsoas) scatterPart.request().catch(() => undefined);
    return model;
  }

  /** The parts this chart's view loads on first use (a part's module once loaded, else it is requested); when one arrives or fails, the view is worked out again. */
  private readonly parts = new PartRequests(() => this.partsLoaded++);

  /**
   * Settles when the chart has drawn, with the parts its view loads on first use (the area view,
   * the context), and the area view's points on their canvas (drawn with the next frame, before it
   * is painted).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await this.parts.settled(() => super.getUpdateComplete());
    await this.scatterCanvas?.whenDrawn;
    return done;
  }

  /** The view while a part's code is on its way (the loading state), or why it could not be loaded. */
  private pendingView(p: LazyPart<unknown>): ChartView<PendingLayout> {
    const table = { caption: '', columns: [], rows: [] };
    if (p.error)
      return {
        layout: { kind: 'pending', message: this.words.t('deprivationPartFailed', { reason: p.error }) },
        height: 60,
        navigation: [],
        table,
        summary: '',
      };
    return { layout: { kind: 'pending' }, height: 0, navigation: [], table, summary: '', state: 'loading' };
  }

  protected chartView(model: DeprivationChartModel, width: number): ChartView<DeprivationChartLayout> {
    const strings = this.text.options;
    if (isContextModel(model)) {
      const part = this.parts.use(contextPart);
      if (!part) return this.pendingView(contextPart);
      const orientation =
        this.orientation === 'vertical' || this.orientation === 'horizontal' ? this.orientation : 'auto';
      return part.deprivationContextView(
        model.context,
        { name: model.name, heading: this.heading, orientation },
        strings,
        width,
      );
    }
    const options = this.options;
    if (this.viewKind === 'area' && model.lsoas && !deprivationState(model, options)) {
      const part = this.parts.use(scatterPart);
      return part ? part.deprivationScatterView(model, options, strings, width) : this.pendingView(scatterPart);
    }
    const view = deprivationView(model, options, strings, width);
    const panel = model.context;
    if (view.state || panel?.status !== 'ready') return view;
    const part = this.parts.use(contextPart);
    return part
      ? part.withContextStrip(view, panel.context, panel.name, model, strings)
      : this.pendingView(contextPart);
  }

  /** The chart's text with the `strings` overrides. */
  private get words(): DeprivationWording {
    return this.text.wording(DEPRIVATION_CHART_TEXT);
  }

  protected override get defaultName(): string {
    return this.words.t('deprivationChartName');
  }

  // ---- controls --------------------------------------------------------------------------------

  protected override renderControls(model: DeprivationChartModel): unknown {
    if (isContextModel(model)) return nothing;
    const periods = model.periods;
    const w = this.words;
    const byDecile = this.viewKind === 'deciles' || !model.lsoas;
    return html`${
      periods.length > 1
        ? html`<label class="period"
          >${w.t('deprivationPeriod')}
          <select @change=${(e: Event) => (this.period = (e.target as HTMLSelectElement).value)}>
            ${periods.map((p) => html`<option value=${p} ?selected=${p === model.period}>${p}</option>`)}
          </select></label
        >`
        : nothing
    }
    ${
      model.lsoas && this.view !== 'table'
        ? html`<div class="views" role="group" aria-label=${w.t('deprivationViewLabel')}>
          <button type="button" aria-pressed=${byDecile ? 'true' : 'false'} @click=${() => (this.view = 'chart')}>${w.t('deprivationByDecile')}</button>
          <button type="button" aria-pressed=${byDecile ? 'false' : 'true'} @click=${() => (this.view = 'area')}>${w.t('deprivationByArea')}</button>
        </div>`
        : nothing
    }
    ${
      byDecile && this.view !== 'table'
        ? html`<button type="button" class="intervals" aria-pressed=${this.intervals ? 'true' : 'false'} @click=${() => (this.intervals = !this.intervals)}>
          ${w.t('deprivationShowIntervals')}
        </button>`
        : nothing
    }`;
  }

  // ---- drawing -------------------------------------------------------------------------------

  /** Pointer and keyboard hooks for the marks of series `series` onwards. */
  private host(): DecileMarksHost {
    return {
      active: this.nav.active,
      enter: (s, i) => this.nav.pointerEnter(s, i),
      choose: (s, i) => this.select({ series: s, index: i }),
    };
  }

  /** The same for the neighbourhood context, whose deciles are series `series`. */
  private contextHost(series: number): ContextMarksHost {
    const a = this.nav.active;
    return {
      active: a && a.series === series ? a.index : undefined,
      enter: (i) => this.nav.pointerEnter(series, i),
      choose: (i) => this.select({ series, index: i }),
    };
  }

  protected renderChart(
    model: DeprivationChartModel,
    _size: ChartSize,
    view: ChartView<DeprivationChartLayout>,
  ): unknown {
    const l = view.layout;
    // the area view's highlight follows the pointer without an update; the other views draw it in their marks
    const scatter = l.kind === 'area' ? scatterPart.module : undefined;
    this.nav.paintHighlight = scatter && ((point) => scatter.paintScatterHighlight(this.renderRoot, point));
    switch (l.kind) {
      case 'pending':
        return html`<p class="part-failed">${l.message}</p>`;
      case 'context':
        return contextPart.module!.renderContextChart(l, this.contextHost(0));
      case 'area': {
        const m = model as DeprivationRatesModel;
        return scatterPart.module!.renderScatterChart(l, {
          active: this.nav.point,
          suppressed: this.text.t('suppressedCell'),
          pointer: (e) => this.onAreaPointer(e, m, l),
          click: () => this.nav.active && this.select(this.nav.active),
        });
      }
      default: {
        const strip =
          'strip' in l
            ? contextPart.module!.renderContextMarks(l.strip, this.contextHost(l.panels.length), l.height)
            : nothing;
        return html`${renderDecileChart(l, this.host(), view.height, strip)}${this.renderContextNote(model as DeprivationRatesModel)}`;
      }
    }
  }

  /** While the context file loads, or when it cannot be read: a note under the rates, which still draw. */
  private renderContextNote(model: DeprivationRatesModel): unknown {
    const panel = model.context;
    if (!panel || panel.status === 'ready') return nothing;
    const w = this.words;
    return panel.status === 'loading'
      ? html`<p class="context-note" part="context-note">${w.t('deprivationContextLoading')}</p>`
      : html`<p class="context-note context-error" part="context-note">${w.t('deprivationContextFailed', { reason: panel.message })}</p>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.points');
    const layout = canvas && this.model ? this.currentView().layout : undefined;
    if (!canvas || layout?.kind !== 'area') return;
    // drawn once per layout (and the hit-test index built with it); again for a new theme's colours
    this.scatterCanvas ??= new scatterPart.module!.ScatterCanvas();
    this.scatterCanvas.draw(canvas, layout, this, changed.has('theme'));
    if (this.warmed === layout) return;
    this.warmed = layout;
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 0));
    idle(() => this.warmHover(layout));
  }

  /** The layout whose hover path has been run once in idle time. */
  private warmed?: ScatterViewLayout;

  /**
   * Runs what a hover does before the first pointer arrives, in idle time: the hit test over a
   * drawn point and that point's words and place, so the first hover does not pay for compiling
   * them (it showed the tooltip in tens of ms where later hovers took one). Shows and says nothing.
   */
  private warmHover(layout: ScatterViewLayout): void {
    const model = this.model;
    const set = layout.sets.find((s) => s.x.length);
    if (!set || !model || model.kind === 'context' || !model.lsoas || this.currentView().layout !== layout) return;
    const hit = this.hitTest(set.x[0]!, set.y[0]!);
    if (hit === undefined) return;
    const point = this.nav.points[model.lsoas.deciles[hit]! - 1]?.points[layout.position[hit]!];
    if (point) void [point.label, point.x, point.y];
  }

  private onAreaPointer(event: PointerEvent, model: DeprivationRatesModel, layout: ScatterViewLayout): void {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const hit = this.hitTest(event.clientX - box.left, event.clientY - box.top);
    if (hit === undefined) {
      if (this.nav.active) this.nav.pointerLeave();
      return;
    }
    const series = model.lsoas!.deciles[hit]! - 1;
    const index = layout.position[hit]!;
    if (this.nav.active?.series !== series || this.nav.active.index !== index) this.nav.pointerEnter(series, index);
  }

  /**
   * The LSOA (index into the model's `lsoas`) nearest a point in plot pixels, within a few pixels
   * of its circle, or undefined (also before the area view is drawn).
   */
  hitTest(x: number, y: number): number | undefined {
    return this.scatterCanvas?.hitTest(x, y);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'send-deprivation-chart': SendDeprivationChart;
  }
}
