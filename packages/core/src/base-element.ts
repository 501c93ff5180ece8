import {
  SendDataError,
  type AreaOption,
  type Contract,
  type DataIssue,
  type PresetOptions,
  type RawData,
  type ValidatedData,
} from '@send-insight/data';
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { renderDataTable, type SortState } from './a11y/data-table.js';
import { nextSort, tableCsv } from './a11y/table-spec.js';
import type { ActivePoint } from './a11y/navigation.js';
import { baseStyles } from './base.styles.js';
import { DataAreas } from './controllers/data-areas.js';
import { DataLoader, type LoadedData } from './controllers/data-loader.js';
import { NavigationController } from './controllers/navigation-controller.js';
import { updateKind } from './controllers/update-kind.js';
import { layoutFor, ResizeController, type ChartSize } from './controllers/resize-controller.js';
import { ElementWording } from './element-wording.js';
import { SendSelectEvent, type ChartState } from './events.js';
import type { ChartExportSource } from './export/chart-export.js';
import { ChartAttributes } from './chart-attributes.js';
import { checkInput } from './check-input.js';
import { RenderEvents } from './controllers/render-events.js';
import { emptyReasons } from './shell/empty-reasons.js';
import { figureShell } from './shell/figure.js';
import { paintPointer, plotFrame } from './shell/plot-frame.js';
import { stateMessage, warningsNote } from './shell/state-message.js';
import { summaryBlock, summaryIds } from './shell/summary-block.js';
import { toolbar, type DownloadKind } from './shell/toolbar.js';
import { themeAttributeStyles, tokenDefaults } from './theme.js';
import type { ChartView, SummaryParts } from './view/chart-view.js';

let nextId = 0;

/** The export code, loaded when a chart is first exported (in the CDN build, a file beside send-insight.js). */
const exports = () => import('./export/chart-export.js');

/**
 * The base of every send-insight chart. It takes data (the `data` property, a child
 * `<script type="text/csv">` or `<script type="application/json">`, or `src`, through its
 * {@link DataLoader}), checks it against the chart's data contract, and renders a `<figure>` with
 * a heading, a plain-English summary, the chart, a sortable data table, a source note and download
 * buttons. It owns the shell, the states (loading, empty, error, suppressed, ready) and the events;
 * keyboard navigation ({@link NavigationController}), sizing ({@link ResizeController}), wording
 * ({@link ElementWording}) and export (`chart-export.ts`) are modules of their own. Subclasses
 * supply the contract, the model and the marks (see ARCHITECTURE.md, "A chart"). The attributes
 * every chart takes are {@link ChartAttributes}.
 *
 * @fires {SendRenderEvent} send-render - The chart has drawn; `detail.summary` is its description.
 * @fires {SendSelectEvent} send-select - A point was chosen with Enter, Space or a click; `detail.datum` is its data.
 * @fires {SendDataErrorEvent} send-data-error - The data cannot be drawn; `detail` lists `{row, column, value, message}`.
 *
 * @csspart base - The `<figure>`.
 * @csspart heading - The heading.
 * @csspart description - The summary paragraph (its lead, when a long summary folds on a narrow chart).
 * @csspart description-more - The disclosure holding the rest of a folded summary.
 * @csspart toolbar - Table toggle and downloads.
 * @csspart plot - The chart area.
 * @csspart table - The data table.
 * @csspart error - The error message.
 * @csspart source - The source note.
 * @csspart tooltip - The tooltip.
 *
 * @cssprop [--send-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--send-font-size=1rem] - Base font size.
 * @cssprop [--send-font-size-small=1rem] - Small text: notes, the source note (GOV.UK body-small, 16px).
 * @cssprop [--send-font-size-chart=16px] - Text inside charts: ticks, legends, value labels (at least GOV.UK body-small).
 * @cssprop [--send-font-size-heading=1.25rem] - The heading.
 * @cssprop [--send-print-plot-height=150mm] - On paper, the tallest a plot is drawn (a taller one is scaled whole), so a chart prints on one page.
 * @cssprop [--send-color-text=#0b0c0c] - Text colour.
 * @cssprop [--send-color-text-secondary=#484949] - Secondary text: ticks, notes, the source note (GOV.UK Frontend's secondary text colour).
 * @cssprop [--send-color-background=#ffffff] - Background.
 * @cssprop [--send-color-surface=#f3f2f1] - Panels and shaded bands.
 * @cssprop [--send-color-grid=#b1b4b6] - Grid lines.
 * @cssprop [--send-color-axis=#505a5f] - Axis lines.
 * @cssprop [--send-color-focus=#ffdd00] - Focus ring colour.
 * @cssprop [--send-color-focus-text=#0b0c0c] - Text and outline on the focus colour.
 * @cssprop [--send-color-link=#1d70b8] - Links.
 * @cssprop [--send-color-error=#d4351c] - The error message's edge.
 * @cssprop [--send-color-comparator=#0b0c0c] - The comparator (England) in every chart.
 * @cssprop [--send-color-suppressed=#6f777b] - Marks for figures that are not shown.
 * @cssprop [--send-color-1=#12436D] - First series colour.
 * @cssprop [--send-color-2=#28A197] - Second series colour.
 * @cssprop [--send-color-3=#801650] - Third series colour.
 * @cssprop [--send-color-4=#F46A25] - Fourth series colour.
 * @cssprop [--send-color-5=#3D3D3D] - Fifth series colour.
 * @cssprop [--send-color-6=#A285D1] - Sixth series colour.
 * @cssprop [--send-color-on-1=#ffffff] - Text drawn on series colour 1.
 * @cssprop [--send-color-on-2=#0b0c0c] - Text drawn on series colour 2.
 * @cssprop [--send-color-on-3=#ffffff] - Text drawn on series colour 3.
 * @cssprop [--send-color-on-4=#0b0c0c] - Text drawn on series colour 4.
 * @cssprop [--send-color-on-5=#ffffff] - Text drawn on series colour 5.
 * @cssprop [--send-color-on-6=#0b0c0c] - Text drawn on series colour 6.
 * @cssprop [--send-color-good=#00703c] - Good: on track, green.
 * @cssprop [--send-color-amber=#b36200] - Amber: at risk.
 * @cssprop [--send-color-bad=#d4351c] - Bad: off track, red, overdue.
 * @cssprop [--send-space=0.5rem] - Spacing unit.
 * @cssprop [--send-radius=0] - Corner radius of controls and panels.
 */
export abstract class SendElement<Model = unknown, Layout = unknown> extends ChartAttributes {
  static override styles = [tokenDefaults, baseStyles, themeAttributeStyles];

  /**
   * The chart's properties that change only its view of the model (sort, mode, the selection
   * shown): a change works out the view again, not the model. For subclasses, not embedders.
   * @internal
   */
  static viewProperties: readonly PropertyKey[] = [];

  /** What the chart is showing now. */
  @state() protected chartState: ChartState = 'idle';
  @state() private tableSort?: SortState;

  /** The current model (undefined until data is valid). */
  protected model?: Model;
  /** Validated data behind the model. */
  protected validated?: ValidatedData;
  /** Errors and warnings about the current data. */
  protected dataIssues: DataIssue[] = [];
  protected readonly uid = `send-${++nextId}`;

  /**
   * The element's words (see ElementWording): `text.t(key)` for the shell's strings, `text.options`
   * for the data package and the view, `text.wording(TABLE)` for a chart's own table of text.
   */
  protected readonly text = new ElementWording(this);
  private readonly resize = new ResizeController(this);
  private readonly loader = new DataLoader(this, {
    data: () => this.data,
    script: true,
    src: () => this.src,
    preset: () => (this.preset ? { name: this.preset, options: this.presetOptions() } : undefined),
    delay: () => this.loadingDelay,
  });
  /** Keyboard and pointer navigation: the point to highlight (`nav.active`, `nav.pointer`), `nav.pointerEnter`. */
  protected readonly nav = new NavigationController(this, this.text, (point) => this.select(point));
  private loadedVersion = -1;
  private revalidate = false;
  private needsBuild = false;
  private needsView = false;
  private modelVersion = 0;
  private viewVersion = 0;
  private viewCache?: { key: string; view: ChartView<Layout> };
  private errorVersion = -1;
  private readonly events = new RenderEvents(this);
  private readonly areas = new DataAreas();

  // ---- what subclasses provide -------------------------------------------------------------

  /** The data contract input is checked against. */
  protected abstract get contract(): Contract;
  /**
   * The contract for this particular input (after any preset), when a chart reads more than one
   * shape of data; `buildModel` can tell which from `data.contract`. Default: {@link contract}.
   */
  protected contractFor(_raw: RawData): Contract {
    return this.contract;
  }
  /** Builds the model from validated data: disclosure with `this.minCount`; SendDataError for data problems. */
  protected abstract buildModel(data: ValidatedData): Model;
  /**
   * The chart's pure view of the model at a width (see `view/chart-view.ts`): a chart returns
   * `<chart>View(model, options, this.text.options, width)`. The base asks for it once per model,
   * width and view property ({@link currentView}) and takes the height, keyboard order, table,
   * summary and state from it.
   */
  protected abstract chartView(model: Model, width: number): ChartView<Layout>;
  /** The marks: the view's `layout` drawn as Lit templates. */
  protected abstract renderChart(model: Model, size: ChartSize, view: ChartView<Layout>): unknown;
  /** Whether the model has nothing to show. Default: the view says `empty`. */
  protected isEmpty(_model: Model): boolean {
    return this.currentView().state === 'empty';
  }
  /** Whether every figure of the model is suppressed (the suppressed state). Default: the view says `suppressed`. */
  protected isSuppressed(_model: Model): boolean {
    return this.currentView().state === 'suppressed';
  }
  /** What "No data for …" names when empty (e.g. the period or area). */
  protected emptyFor(): string | undefined {
    return [this.area, this.period].filter(Boolean).join(', ') || undefined;
  }
  /**
   * The options a `preset` is applied with: `area` and `period` by default, so the file is cut to
   * the area and England. A chart that needs every area and period (to compare and rank
   * authorities over time) gives its own.
   */
  protected presetOptions(): PresetOptions {
    return { area: this.area, period: this.period };
  }
  /** Extra controls for the toolbar (selectors, view switches). */
  protected renderControls(_model: Model): unknown {
    return nothing;
  }

  /**
   * The view of the current model at a width (default: the plot's), worked out once per model,
   * width and view property, however often it is asked for. Only while there is a model.
   */
  protected currentView(width = this.plotWidth): ChartView<Layout> {
    const key = `${this.modelVersion}.${this.viewVersion}:${width}`;
    if (this.viewCache?.key !== key) this.viewCache = { key, view: this.chartView(this.model!, width) };
    return this.viewCache.view;
  }

  /**
   * Marks the model out of date: it is built again, once, before the next render. For inputs the
   * model reads that are not the element's properties (a second loader, say).
   */
  protected invalidateModel(): void {
    this.needsBuild = true;
    this.requestUpdate();
  }

  // ---- size and name -------------------------------------------------------------------------

  /**
   * The width the chart is drawn at: the figure's width as last observed (read once when the
   * element connected, then from the ResizeObserver), so rendering never forces a layout.
   */
  protected get plotWidth(): number {
    return this.resize.width || this.getBoundingClientRect().width || 640;
  }

  /**
   * What the chart is called when it has no `heading`: each chart names itself in its own wording
   * (e.g. "Special educational needs by deprivation"), so a screen reader never hears a tag name and
   * a download never takes one as its file name.
   */
  protected get defaultName(): string {
    return this.text.t('chartNameDefault');
  }

  /** The chart's name: its heading, or its default name. */
  protected get chartName(): string {
    return this.heading || this.defaultName;
  }

  /** The current summary (automatic, or the `description` attribute), from the view. */
  get summary(): string {
    if (this.description) return this.description;
    return this.model && this.chartState !== 'error' ? this.currentView().summary : '';
  }

  /** The summary's lead and rest when it folds: a view that splits it, on a narrow chart, no `description` set. */
  private get summaryFold(): SummaryParts | undefined {
    if (this.description || !this.model || this.chartState !== 'ready') return undefined;
    const parts = this.currentView().summaryParts;
    return parts?.more && layoutFor(this.plotWidth) === 'narrow' ? parts : undefined;
  }

  /** Current state, for tests and embedders. */
  get state(): ChartState {
    return this.chartState;
  }

  /** The issues (errors and warnings) found in the current data. */
  get issues(): readonly DataIssue[] {
    return this.dataIssues;
  }

  /**
   * The local authorities the chart's data holds, by GSS code and name, for an area picker (such
   * as `<send-dashboard>`'s): every authority in a published file read with a `preset`, not only
   * the one shown, else those the rows name in `area_code` and `area_name`. Empty until the data
   * has been read, and for data that names no areas. Known once the chart has fired `send-render`
   * or `send-data-error` for its data, also when the data cannot show the `area` asked for.
   */
  get dataAreas(): readonly AreaOption[] {
    return this.areas.of(this.loader.input, this.preset);
  }

  /** Reloads from the current inputs (e.g. after the child script changed). */
  reload(): void {
    this.loader.reload();
  }

  // ---- lifecycle: the loader reads the input; the model is built once, before the render ---

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('columns')) this.revalidate = true;
    const kind = updateKind(changed.keys(), (this.constructor as typeof SendElement).viewProperties);
    if (kind === 'build') this.needsBuild = true;
    else if (kind === 'view') this.needsView = true;
  }

  protected override update(changed: PropertyValues<this>): void {
    const loader = this.loader;
    if (loader.version !== this.loadedVersion || this.revalidate) {
      this.loadedVersion = loader.version;
      this.revalidate = false;
      this.needsBuild = false;
      if (loader.status === 'complete') this.accept(loader.value!);
      else if (loader.status === 'error') this.fail(loader.error!.issues);
      else this.clear(loader.status === 'pending' ? 'loading' : 'idle');
    } else if (this.needsBuild) {
      this.rebuild();
    } else if (this.needsView && this.model) {
      this.viewVersion++;
      this.nav.reset();
      this.restate(this.model);
    }
    this.needsBuild = this.needsView = false;
    super.update(changed);
  }

  protected override updated(_changed: PropertyValues<this>): void {
    const base = this.renderRoot.querySelector('[part~="base"]');
    if (base) this.resize.observe(base);
    this.events.after({
      state: this.chartState,
      summary: () => this.summary,
      modelVersion: this.modelVersion,
      errorVersion: this.errorVersion,
      errors: () => this.dataIssues.filter((i) => i.severity === 'error'),
    });
  }

  // ---- data in: validate, build, fail ------------------------------------------------------

  private accept({ raw, notes }: LoadedData): void {
    const input = checkInput(raw, notes, this.contractFor(raw), this.columns);
    if (input.kind === 'error') return this.fail(input.issues);
    if (input.kind === 'empty') {
      this.clear('empty');
      this.dataIssues = input.issues;
      this.modelVersion++;
      return;
    }
    this.validated = input.validated;
    this.dataIssues = input.issues;
    this.rebuild();
  }

  private rebuild(): void {
    if (!this.validated) return;
    try {
      const model = this.buildModel(this.validated);
      this.model = model;
      this.nav.reset();
      this.modelVersion++;
      this.restate(model);
      this.dataIssues = this.dataIssues.filter((i) => i.severity !== 'error');
    } catch (error) {
      if (!(error instanceof SendDataError)) throw error;
      const validated = this.validated;
      this.fail([...this.dataIssues.filter((i) => i.severity === 'warning'), ...error.issues]);
      // the data itself is valid: what the model was asked for (an area, a measure) was not, and another value of it builds again
      this.validated = validated;
    }
  }

  private restate(model: Model): void {
    // a view whose code is on its way waits in the loading state (no toolbar, no send-render; a message after the delay)
    if (this.loader.awaitView(this.currentView().state === 'loading')) this.chartState = 'loading';
    else this.chartState = this.isEmpty(model) ? 'empty' : this.isSuppressed(model) ? 'suppressed' : 'ready';
  }

  /** No model: nothing given yet, on its way, or nothing to draw. */
  private clear(state: ChartState): void {
    this.model = undefined;
    this.validated = undefined;
    this.nav.reset();
    this.dataIssues = [];
    this.chartState = state;
  }

  /**
   * Bad data: the error state. An `area` the data does not hold is not bad data, though: the chart
   * is empty for that area and says why (a dashboard may ask every chart for an area some files
   * do not cover, such as a county in a file of districts).
   */
  private fail(issues: DataIssue[]): void {
    const errors = issues.filter((i) => i.severity === 'error');
    if (errors.length && errors.every((i) => i.code === 'unknown-area')) {
      this.clear('empty');
      this.dataIssues = issues;
      this.modelVersion++;
      return;
    }
    this.clear('error');
    this.dataIssues = issues;
    this.errorVersion++;
  }

  // ---- selection ----------------------------------------------------------------------------

  /** Fires `send-select` for a point (call from a mark's click). */
  protected select(point: ActivePoint): void {
    const p = this.nav.points[point.series]?.points[point.index];
    if (p) this.dispatchEvent(new SendSelectEvent({ datum: p.datum, id: p.id, label: p.label }));
  }

  // ---- exports (chart-export.ts, loaded on first use) -------------------------------------

  private get exportSource(): ChartExportSource {
    const source = this.source ? this.text.t('sourcePrefix') + this.source : undefined;
    return { root: this.renderRoot, host: this, heading: this.heading, source };
  }

  /** CSV of exactly the figures shown (suppression applied), with the table's headers (after {@link tableReady}). */
  toCsv(): string {
    return this.model ? tableCsv(this.currentView().table) : '';
  }

  /** Settles when `toCsv()` can give the figures shown (an element whose table loads on first use asks for it). */
  async tableReady(): Promise<void> {
    await this.updateComplete;
  }

  /** A self-contained SVG of the chart as drawn (styles inlined, heading and source included), '' before it is drawn. */
  async toSvg(): Promise<string> {
    return (await exports()).chartSvg(this.exportSource);
  }

  /** A PNG of the chart area as it is on screen, drawn without loading any image (CSP-safe). */
  async toPng(scale = 2): Promise<Blob | undefined> {
    return (await exports()).chartPng(this.exportSource, scale);
  }

  private async download(kind: DownloadKind, event: Event): Promise<void> {
    (event.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
    if (kind === 'csv') await this.tableReady();
    return (await exports()).downloadChart(kind, this.exportSource, () => this.toCsv(), this.chartName, this.localName);
  }

  // ---- the shell -----------------------------------------------------------------------------

  private renderState(): unknown {
    const empty = this.chartState === 'empty';
    return stateMessage(this.chartState, this.text, {
      slow: this.loader.slow,
      emptyFor: empty ? this.emptyFor() : undefined,
      reasons: empty ? emptyReasons(this.dataIssues, this.text.overrides['issue.unknown-area']) : [],
      minCount: this.minCount,
      errors: this.dataIssues.filter((i) => i.severity === 'error'),
      file: this.loader.from,
    });
  }

  private renderTable(): unknown {
    const labels = { sortBy: (column: string) => this.text.t('sortBy', { column }) };
    const sort = (key: string) => (this.tableSort = nextSort(this.tableSort, key));
    return renderDataTable(this.currentView().table, this.tableSort, sort, labels, `${this.uid}-table`);
  }

  private renderPlot(model: Model): TemplateResult {
    const width = this.plotWidth;
    const view = this.currentView(width);
    const size: ChartSize = { width, height: view.height, layout: layoutFor(width) };
    this.nav.points = view.navigation;
    this.nav.paintPointer = () => paintPointer(this.renderRoot, this.nav, size);
    const interactive = view.navigation.some((s) => s.points.length);
    return plotFrame({
      size,
      label: this.text.t(interactive ? 'chartLabel' : 'chartLabelStatic', { heading: this.chartName }),
      role: this.text.t('chartRole'),
      describedBy: summaryIds(`${this.uid}-desc`, this.summaryFold),
      interactive,
      chart: this.renderChart(model, size, view),
      active: this.nav.point,
      pointer: this.nav.pointer,
      onKeydown: (e) => this.nav.keydown(e),
      onBlur: (e) => this.nav.blur(e, this.renderRoot),
      onPointerLeave: () => this.nav.pointerLeave(),
    });
  }

  protected override render(): TemplateResult {
    const { model, chartState: state } = this;
    const ready = model !== undefined && state === 'ready';
    const words = this.text;
    const table = this.view === 'table';
    return figureShell({
      state,
      uid: this.uid,
      heading: this.heading,
      headingLevel: this.headingLevel,
      defaultName: this.defaultName,
      description: summaryBlock(`${this.uid}-desc`, state === 'error' ? '' : this.summary, this.summaryFold, words),
      warnings: warningsNote(state === 'error' ? [] : this.dataIssues.filter((i) => i.severity === 'warning'), words),
      toolbar: ready
        ? toolbar(
            this.renderControls(model),
            table,
            words,
            () => (this.view = this.view === 'table' ? 'chart' : 'table'),
            (k, e) => this.download(k, e),
          )
        : nothing,
      message: this.renderState(),
      body: ready ? (table ? this.renderTable() : this.renderPlot(model)) : nothing,
      source: this.source ? this.text.t('sourcePrefix') + this.source : undefined,
      announcement: this.nav.announcement,
    });
  }
}
