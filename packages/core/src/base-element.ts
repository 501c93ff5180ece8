import { DEFAULT_MIN_COUNT, hasErrors, issue, SendDataError, validate, type Contract, type DataInput, type DataIssue, type RawData, type TextFormat, type TextOptions, type ValidatedData, type Wording } from '@send-insight/data';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderDataTable, type DataTableSpec, type SortState } from './a11y/data-table.js';
import type { ActivePoint, NavPoint, NavSeries } from './a11y/navigation.js';
import { baseStyles } from './base.styles.js';
import { DataLoader, type LoadedData } from './controllers/data-loader.js';
import { NavigationController } from './controllers/navigation-controller.js';
import { layoutFor, ResizeController, type ChartSize } from './controllers/resize-controller.js';
import { cssProps } from './directives/css-props.js';
import { ElementWording } from './element-wording.js';
import { SendDataErrorEvent, SendRenderEvent, SendSelectEvent, type ChartState } from './events.js';
import { chartPng, chartSvg, downloadChart, tableCsv, type ChartExportSource } from './export/chart-export.js';
import { InvalidJsonAttribute, jsonObjectConverter } from './json-attribute.js';
import type { SendStringOverrides, SendStrings } from './strings.js';
import { themeAttributeStyles, tokenDefaults } from './theme.js';

/** Properties that change only the shell, not the model (`strings` rewords the model's labels, so it rebuilds). */
const SHELL_PROPERTIES = new Set<PropertyKey>(['heading', 'headingLevel', 'description', 'source', 'view', 'theme', 'tableSort', 'chartState', 'loadingDelay']);

/** Properties the loader reads: a change reloads, and the model is built when the load settles. */
const LOADER_PROPERTIES = new Set<PropertyKey>(['data', 'src', 'preset']);

let nextId = 0;

/**
 * The base of every send-insight chart. It takes data (the `data` property, a child
 * `<script type="text/csv">` or `<script type="application/json">`, or `src`, through its
 * {@link DataLoader}), checks it against the chart's data contract, and renders a `<figure>` with
 * a heading, a plain-English summary, the chart, a sortable data table, a source note and download
 * buttons. It owns the shell, the states (loading, empty, error, suppressed, ready) and the events;
 * keyboard navigation ({@link NavigationController}), sizing ({@link ResizeController}), wording
 * ({@link ElementWording}) and export (`chart-export.ts`) are modules of their own. Subclasses
 * supply the contract, the model and the marks (see ARCHITECTURE.md, "A chart").
 *
 * @attr src - Address of a CSV or JSON file to load. A newer `src` cancels an older request.
 * @attr columns - JSON object mapping contract column names to the names in your file, e.g. `{"pupils": "headcount"}`.
 * @attr preset - Read a published file as it is, e.g. `ees-ehc-plans-by-need` or `iod2019-lsoa`.
 * @attr area - With a preset: the local authority's GSS code (E08000031) or name; England is the comparator.
 * @attr heading - The chart's heading. Without one the chart is still named, in its own words (`deprivationChartName`, `needChartName`, `outcomesChartName`, `trackerChartName` in `strings`), for screen readers and download file names.
 * @attr heading-level - Heading level (1–6) so the chart fits the page's outline. Default 2.
 * @attr description - Replaces the automatic plain-English summary.
 * @attr source - Source note shown under the chart.
 * @attr locale - Locale for numbers and dates. Default `en-GB`.
 * @attr view - `chart` or `table`.
 * @attr min-count - Disclosure threshold: counts below it are never shown. Default 10.
 * @attr period - Which `time_period` to show when the data has several.
 * @attr theme - A built-in theme: `council`, `nhs`, `high-contrast` or `dark`.
 * @attr loading-delay - Milliseconds before the loading message shows (avoids a flash). Default 300.
 *
 * @fires send-render - The chart has drawn; `detail.summary` is its description.
 * @fires send-select - A point was chosen with Enter, Space or a click; `detail.datum` is its data.
 * @fires send-data-error - The data cannot be drawn; `detail` lists `{row, column, value, message}`.
 *
 * @csspart base - The `<figure>`.
 * @csspart heading - The heading.
 * @csspart description - The summary paragraph.
 * @csspart toolbar - Table toggle and downloads.
 * @csspart plot - The chart area.
 * @csspart table - The data table.
 * @csspart error - The error message.
 * @csspart source - The source note.
 * @csspart tooltip - The tooltip.
 *
 * @cssprop [--send-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--send-font-size=1rem] - Base font size.
 * @cssprop [--send-color-text=#0b0c0c] - Text colour.
 * @cssprop [--send-color-background=#ffffff] - Background.
 * @cssprop [--send-color-focus=#ffdd00] - Focus ring colour.
 * @cssprop [--send-color-1=#12436D] - First series colour (up to --send-color-6).
 */
export abstract class SendElement<Model = unknown> extends LitElement {
  static override styles = [tokenDefaults, baseStyles, themeAttributeStyles];

  /** Rows (array of objects), an arquero Table, or CSV/JSON text. Takes precedence over a child script and `src`. */
  @property({ attribute: false }) data?: DataInput;

  /** Address of a CSV or JSON file to load. */
  @property() src?: string;

  /** Maps contract column names to the names in your data: `{"pupils": "headcount"}`. */
  @property({ converter: jsonObjectConverter('columns') }) columns?: Record<string, string>;

  /** Name of a preset that reads a published file as it is. */
  @property() preset?: string;

  /** With a preset: the local authority (GSS code or name). */
  @property() area?: string;

  /** The chart's heading. */
  @property() heading = '';

  /** Heading level, 1–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Replaces the automatic summary. */
  @property() description?: string;

  /** Source note. */
  @property() source?: string;

  /** Locale for numbers and dates. */
  @property() locale = 'en-GB';

  /** `chart` or `table`. */
  @property({ reflect: true }) view: string = 'chart';

  /** Disclosure threshold: counts from 1 to `minCount − 1` are never shown. */
  @property({ attribute: 'min-count', type: Number }) minCount = DEFAULT_MIN_COUNT;

  /** Which time period to show. */
  @property() period?: string;

  /** Built-in theme name. */
  @property({ reflect: true }) theme?: string;

  /**
   * Overrides for any user-facing text: the shell's (`DEFAULT_STRINGS`), the chart's own and its
   * summary's (see each chart's strings table). Also settable as a JSON attribute.
   */
  @property({ converter: jsonObjectConverter('strings') }) strings: SendStringOverrides = {};

  /** Milliseconds before the loading message appears. */
  @property({ attribute: 'loading-delay', type: Number }) loadingDelay = 300;

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

  /** The element's words: shell strings, data problems, figures and each chart's own text. */
  private readonly wordingOfElement = new ElementWording(this);
  private readonly resize = new ResizeController(this);
  private readonly loader = new DataLoader(this, {
    data: () => this.data,
    script: true,
    src: () => this.src,
    preset: () => (this.preset ? { name: this.preset, area: this.area, period: this.period } : undefined),
    delay: () => this.loadingDelay,
  });
  private readonly navigator = new NavigationController(
    this,
    {
      position: (index, count) => this.t('pointOf', { index, count }),
      series: (series) => this.t('announceSeries', { series }),
      announce: (series, point, position) => this.t('announce', { series, point, position }),
    },
    (point) => this.select(point),
  );
  private navKey = '';
  private loadedVersion = -1;
  private revalidate = false;
  private needsBuild = false;
  private modelVersion = 0;
  private renderedVersion = 0;
  private errorVersion = -1;
  private reportedErrorVersion = -1;
  private summaryCache?: { version: number; text: string };

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
  /** Builds the model from validated data. Apply disclosure with `this.minCount`. Throw SendDataError for data problems. */
  protected abstract buildModel(data: ValidatedData): Model;
  /** Whether the model has nothing to show. */
  protected abstract isEmpty(model: Model): boolean;
  /** The plain-English summary (never a suppressed figure). */
  protected abstract summarise(model: Model): string;
  /** The marks. */
  protected abstract renderChart(model: Model, size: ChartSize): unknown;
  /** The data table for the table view and CSV export. */
  protected abstract tableOf(model: Model): DataTableSpec;
  /** Points for keyboard navigation. */
  protected navigation(_model: Model, _size: ChartSize): NavSeries[] {
    return [];
  }
  /** Whether everything in the model is suppressed (shows the suppressed state). */
  protected isSuppressed(_model: Model): boolean {
    return false;
  }
  /** What "No data for …" names when empty (e.g. the period or area). */
  protected emptyFor(): string | undefined {
    return [this.area, this.period].filter(Boolean).join(', ') || undefined;
  }
  /** Chart height for a width. */
  protected chartHeight(_model: Model, width: number): number {
    return Math.round(Math.max(260, Math.min(440, width * 0.6)));
  }
  /** Extra controls for the toolbar (selectors, view switches). */
  protected renderControls(_model: Model): unknown {
    return nothing;
  }

  /**
   * Marks the model out of date: it is built again, once, before the next render. For inputs the
   * model reads that are not the element's properties (a second loader, say).
   */
  protected invalidateModel(): void {
    this.needsBuild = true;
    this.requestUpdate();
  }

  // ---- text (see ElementWording) -----------------------------------------------------------

  /**
   * The width the chart is drawn at: the figure's width as last observed (read once when the
   * element connected, then from the ResizeObserver), so rendering never forces a layout.
   */
  protected get plotWidth(): number {
    return this.resize.width || this.getBoundingClientRect().width || 640;
  }

  /** The `strings` overrides in force (none when the attribute is not valid JSON). */
  protected get stringOverrides(): SendStringOverrides {
    return this.wordingOfElement.overrides;
  }

  /**
   * What the chart is called when it has no `heading`: each chart names itself in its own wording
   * (e.g. "Special educational needs by deprivation"), so a screen reader never hears a tag name and a download
   * never takes one as its file name.
   */
  protected get defaultName(): string {
    return this.t('chartNameDefault');
  }

  /** The chart's name: its heading, or its default name. */
  protected get chartName(): string {
    return this.heading || this.defaultName;
  }

  /** A user-facing string with overrides and `{placeholders}` filled. */
  protected t(key: keyof SendStrings, values?: Record<string, string | number>): string {
    return this.wordingOfElement.t(key, values);
  }

  /** A data problem in this element's wording (see {@link ElementWording.issue}). */
  protected issueText(i: DataIssue): string {
    return this.wordingOfElement.issue(i);
  }

  /** Formatters for figures in sentences, in this element's locale (so summaries match the chart). */
  protected get textFormat(): TextFormat {
    return this.wordingOfElement.format;
  }

  /** An ISO date in words for this element (see {@link ElementWording.date}). */
  protected date(iso: string): string {
    return this.wordingOfElement.date(iso);
  }

  /** Wording options for the data package's text (summaries, labels): this element's `strings`, locale and formatters. */
  protected get textOptions(): TextOptions {
    return this.wordingOfElement.options;
  }

  /** A chart's table of text with this element's `strings`, locale and formatters; kept until `strings` or `locale` change. */
  protected wording<K extends string>(defaults: Readonly<Record<K, string>>): Wording<K> {
    return this.wordingOfElement.wording(defaults);
  }

  /** A difference in percentage points in this element's locale and wording: "+11.7 pts". */
  protected points(value: number, digits = 1): string {
    return this.wordingOfElement.points(value, digits);
  }

  /** The current summary (automatic, or the `description` attribute), worked out once per model. */
  get summary(): string {
    if (this.description) return this.description;
    if (!this.model || this.chartState === 'error') return '';
    if (this.summaryCache?.version !== this.modelVersion) this.summaryCache = { version: this.modelVersion, text: this.summarise(this.model) };
    return this.summaryCache.text;
  }

  /** Current state, for tests and embedders. */
  get state(): ChartState {
    return this.chartState;
  }

  /** The issues (errors and warnings) found in the current data. */
  get issues(): readonly DataIssue[] {
    return this.dataIssues;
  }

  /** Reloads from the current inputs (e.g. after the child script changed). */
  reload(): void {
    this.loader.reload();
  }

  // ---- lifecycle: the loader reads the input; the model is built once, before the render ---

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('columns')) this.revalidate = true;
    if ([...changed.keys()].some((k) => !SHELL_PROPERTIES.has(k) && !LOADER_PROPERTIES.has(k))) this.needsBuild = true;
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
      this.needsBuild = false;
      this.rebuild();
    }
    super.update(changed);
  }

  protected override updated(_changed: PropertyValues<this>): void {
    const base = this.renderRoot.querySelector('[part~="base"]');
    if (base) this.resize.observe(base);
    if (this.modelVersion !== this.renderedVersion && ['ready', 'empty', 'suppressed'].includes(this.chartState)) {
      this.renderedVersion = this.modelVersion;
      this.dispatchEvent(new SendRenderEvent({ summary: this.summary, state: this.chartState }));
    }
    if (this.chartState === 'error' && this.reportedErrorVersion !== this.errorVersion) {
      this.reportedErrorVersion = this.errorVersion;
      this.dispatchEvent(new SendDataErrorEvent(this.dataIssues.filter((i) => i.severity === 'error')));
    }
  }

  // ---- data in: validate, build, fail ------------------------------------------------------

  private accept({ raw, notes }: LoadedData): void {
    if (this.columns instanceof InvalidJsonAttribute) {
      this.fail([issue('invalid-attribute', 0, 'columns', this.columns.text, `the columns attribute cannot be read: ${this.columns.reason}`)]);
      return;
    }
    try {
      if (raw.numRows === 0) {
        // an empty array, or a header with no rows: nothing to draw, which is not an error —
        // unless the header itself is wrong (a web page or another file given as data)
        const header = raw.columns.length ? validate(raw, this.contractFor(raw), { columns: this.columns }).issues : [];
        if (hasErrors(header)) return this.fail([...notes, ...header]);
        this.clear('empty');
        this.dataIssues = notes;
        this.modelVersion++;
        return;
      }
      const validated = validate(raw, this.contractFor(raw), { columns: this.columns });
      const issues = [...notes, ...validated.issues];
      if (hasErrors(issues)) return this.fail(issues);
      this.validated = validated;
      this.dataIssues = issues;
      this.rebuild();
    } catch (error) {
      if (error instanceof SendDataError) this.fail(error.issues);
      else throw error;
    }
  }

  private rebuild(): void {
    if (!this.validated) return;
    try {
      const model = this.buildModel(this.validated);
      this.model = model;
      this.navKey = '';
      this.navigator.reset();
      this.modelVersion++;
      this.chartState = this.isEmpty(model) ? 'empty' : this.isSuppressed(model) ? 'suppressed' : 'ready';
      this.dataIssues = this.dataIssues.filter((i) => i.severity !== 'error');
    } catch (error) {
      if (error instanceof SendDataError) this.fail([...this.dataIssues.filter((i) => i.severity === 'warning'), ...error.issues]);
      else throw error;
    }
  }

  /** No model: nothing given yet, on its way, or nothing to draw. */
  private clear(state: ChartState): void {
    this.model = undefined;
    this.validated = undefined;
    this.navKey = '';
    this.navigator.reset();
    this.dataIssues = [];
    this.chartState = state;
  }

  private fail(issues: DataIssue[]): void {
    this.clear('error');
    this.dataIssues = issues;
    this.errorVersion++;
  }

  // ---- keyboard, pointer, selection (see NavigationController) -----------------------------

  /** The point focused by keyboard or pointer. Subclasses draw its highlight. */
  protected get activePoint(): ActivePoint | undefined {
    return this.navigator.active;
  }

  /** Whether the active point came from the pointer (no focus ring, no announcement). */
  protected get pointerActive(): boolean {
    return this.navigator.pointer;
  }

  /** The point currently active, if any. */
  protected activeNavPoint(): NavPoint | undefined {
    return this.navigator.point;
  }

  /** Call from a mark's pointerenter: shows the tooltip without moving keyboard focus. */
  protected pointerEnter(series: number, index: number): void {
    this.navigator.pointerEnter(series, index);
  }

  /** Call from pointerleave. */
  protected pointerLeave(): void {
    this.navigator.pointerLeave();
  }

  /** Fires `send-select` for a point (call from a mark's click). */
  protected select(point: ActivePoint): void {
    const p = this.navigator.points[point.series]?.points[point.index];
    if (p) this.dispatchEvent(new SendSelectEvent({ datum: p.datum, id: p.id, label: p.label }));
  }

  /** The points to navigate at this size, worked out once per model, size and view. */
  private nav(size: ChartSize): NavSeries[] {
    const key = `${size.width}x${size.height}:${this.view}`;
    if (this.navKey !== key && this.model) {
      this.navKey = key;
      this.navigator.points = this.navigation(this.model, size);
    }
    return this.navigator.points;
  }

  // ---- exports (see chart-export.ts) -------------------------------------------------------

  private get exportSource(): ChartExportSource {
    return { root: this.renderRoot, host: this, heading: this.heading, source: this.source ? this.t('sourcePrefix') + this.source : undefined };
  }

  /** CSV of exactly the figures shown (suppression applied), with the table's headers. */
  toCsv(): string {
    return this.model ? tableCsv(this.tableOf(this.model)) : '';
  }

  /** A self-contained SVG of the chart (styles inlined, heading and source included). */
  toSvg(): string {
    return chartSvg(this.exportSource);
  }

  /** A PNG of the chart area as it is on screen, drawn without loading any image (CSP-safe). */
  toPng(scale = 2): Promise<Blob | undefined> {
    return chartPng(this.exportSource, scale);
  }

  private download(kind: 'png' | 'svg' | 'csv', event: Event): Promise<void> {
    (event.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
    return downloadChart(kind, this.exportSource, () => this.toCsv(), this.chartName, this.localName);
  }

  // ---- the shell -----------------------------------------------------------------------------

  private toggleView(): void {
    this.view = this.view === 'table' ? 'chart' : 'table';
  }

  private sortBy(key: string): void {
    const same = this.tableSort?.key === key;
    this.tableSort = { key, direction: same && this.tableSort!.direction === 'ascending' ? 'descending' : 'ascending' };
  }

  private renderHeading(): unknown {
    if (!this.heading) return nothing;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<div class="heading" part="heading" role="heading" aria-level=${level} id="${this.uid}-heading">${this.heading}</div>`;
  }

  private renderState(): unknown {
    switch (this.chartState) {
      case 'loading':
        return this.loader.slow ? html`<div class="state loading" role="status">${this.t('loading')}</div>` : nothing;
      case 'idle':
        return html`<div class="state empty"><p>${this.t('empty', { for: '' })}</p></div>`;
      case 'empty': {
        const what = this.emptyFor();
        return html`<div class="state empty"><p>${this.t('empty', { for: what ? this.t('emptyFor', { what }) : '' })}</p></div>`;
      }
      case 'suppressed':
        return html`<div class="state suppressed"><p>${this.t('suppressed', { min: this.minCount })}</p></div>`;
      case 'error': {
        const errors = this.dataIssues.filter((i) => i.severity === 'error');
        const shown = errors.slice(0, 10);
        return html`<div class="state error" part="error" role="alert">
          <p class="error-title">${this.t('errorTitle')}</p>
          ${this.loader.from ? html`<p>${this.t('errorFile', { file: this.loader.from })}</p>` : nothing}
          <ul>
            ${shown.map((i) => html`<li>${this.issueText(i)}</li>`)}
            ${errors.length > shown.length ? html`<li>${this.t('errorMore', { count: errors.length - shown.length })}</li>` : nothing}
          </ul>
          <p>${this.t('errorFix')}</p>
        </div>`;
      }
      default:
        return nothing;
    }
  }

  private renderWarnings(): unknown {
    const warnings = this.dataIssues.filter((i) => i.severity === 'warning');
    if (!warnings.length || this.chartState === 'error') return nothing;
    return html`<details class="warnings">
      <summary>${this.t('warningsTitle')} (${warnings.length})</summary>
      <ul>
        ${warnings.slice(0, 20).map((i) => html`<li>${this.issueText(i)}</li>`)}
      </ul>
    </details>`;
  }

  private renderToolbar(model: Model): TemplateResult {
    const table = this.view === 'table';
    return html`<div class="toolbar" part="toolbar">
      ${this.renderControls(model)}
      <button type="button" class="toggle-table" aria-pressed=${table ? 'true' : 'false'} @click=${this.toggleView}>
        ${table ? this.t('hideTable') : this.t('showTable')}
      </button>
      <details class="download">
        <summary>${this.t('download')}</summary>
        <ul>
          ${table
            ? nothing
            : html`<li><button type="button" data-kind="png" @click=${(e: Event) => this.download('png', e)}>${this.t('downloadPng')}</button></li>
                <li><button type="button" data-kind="svg" @click=${(e: Event) => this.download('svg', e)}>${this.t('downloadSvg')}</button></li>`}
          <li><button type="button" data-kind="csv" @click=${(e: Event) => this.download('csv', e)}>${this.t('downloadCsv')}</button></li>
        </ul>
      </details>
    </div>`;
  }

  private renderPlot(model: Model): TemplateResult {
    const width = this.plotWidth;
    const size: ChartSize = { width, height: this.chartHeight(model, width), layout: layoutFor(width) };
    const interactive = this.nav(size).some((s) => s.points.length);
    const active = this.activeNavPoint();
    const label = interactive
      ? this.t('chartLabel', { heading: this.chartName })
      : this.t('chartLabelStatic', { heading: this.chartName });
    const below = active ? active.y < 60 : false;
    return html`<div
      class="plot layout-${size.layout}"
      part="plot"
      role="group"
      aria-roledescription=${this.t('chartRole')}
      aria-label=${label}
      aria-describedby="${this.uid}-desc"
      tabindex=${interactive ? '0' : nothing}
      @keydown=${(e: KeyboardEvent) => this.navigator.keydown(e)}
      @blur=${(e: FocusEvent) => this.navigator.blur(e, this.renderRoot)}
      @pointerleave=${this.pointerLeave}
    >
      ${this.renderChart(model, size)}
      ${active
        ? html`${this.pointerActive
              ? nothing
              : html`<div class="focus-marker" data-export="skip" ${cssProps({ left: `${active.x}px`, top: `${active.y}px` })}></div>`}
            <div class="tooltip ${below ? 'below' : ''}" part="tooltip" role="tooltip" data-export="skip" ${cssProps({ left: `${Math.max(0, Math.min(width, active.x))}px`, top: `${active.y}px` })}>
              ${active.label}
            </div>`
        : nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    const model = this.model;
    const ready = model !== undefined && this.chartState === 'ready';
    const summary = this.chartState === 'error' ? '' : this.summary;
    return html`<figure part="base" class="state-${this.chartState}" aria-labelledby=${this.heading ? `${this.uid}-heading` : nothing} aria-label=${this.heading ? nothing : this.defaultName} aria-busy=${this.chartState === 'loading' ? 'true' : 'false'}>
      ${this.renderHeading()}
      <p class="description" part="description" id="${this.uid}-desc" ?hidden=${!summary}>${summary}</p>
      ${this.renderWarnings()} ${ready ? this.renderToolbar(model) : nothing} ${this.renderState()}
      ${ready
        ? this.view === 'table'
          ? renderDataTable(this.tableOf(model), this.tableSort, (k) => this.sortBy(k), { sortBy: (column) => this.t('sortBy', { column }) }, `${this.uid}-table`)
          : this.renderPlot(model)
        : nothing}
      ${this.source ? html`<p class="source" part="source">${this.t('sourcePrefix')}${this.source}</p>` : nothing}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.navigator.announcement}</div>
    </figure>`;
  }
}
