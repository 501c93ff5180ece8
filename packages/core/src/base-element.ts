import {
  DEFAULT_MIN_COUNT,
  formatCsv,
  fromCsvText,
  fromJsonText,
  hasErrors,
  issue,
  SendDataError,
  toRawData,
  validate,
  Wording,
  type Contract,
  type DataInput,
  type DataIssue,
  type PresetOptions,
  type RawData,
  type TextFormat,
  type TextOptions,
  type ValidatedData,
} from '@send-insight/data';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cellText, renderDataTable, type DataTableSpec, type SortState } from './a11y/data-table.js';
import { moveActive, type ActivePoint, type NavPoint, type NavSeries } from './a11y/navigation.js';
import { baseStyles } from './base.styles.js';
import { cssProps } from './directives/css-props.js';
import { layoutFor, ResizeController, type ChartSize } from './controllers/resize-controller.js';
import { SendDataErrorEvent, SendRenderEvent, SendSelectEvent, type ChartState } from './events.js';
import { downloadBlob, fileNameFor } from './export/download.js';
import { exportSvg } from './export/svg-export.js';
import { formatDate, formatNumber, formatPercent, formatPoints } from './format.js';
import { loadedPresets, loadPresets, presetsFailed } from './presets-loader.js';
import { DEFAULT_STRINGS, fill, type SendStringOverrides, type SendStrings } from './strings.js';
import { themeAttributeStyles, tokenDefaults } from './theme.js';

/** A `columns` or `strings` attribute that is not valid JSON, kept so the element can say so. */
class InvalidJsonAttribute {
  constructor(
    readonly attribute: string,
    readonly text: string,
    readonly reason: string,
  ) {}
}

function jsonObjectConverter(attribute: string) {
  return {
    fromAttribute(value: string | null): unknown {
      if (value === null || value.trim() === '') return undefined;
      try {
        const parsed: unknown = JSON.parse(value);
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
          return new InvalidJsonAttribute(attribute, value, 'it must be a JSON object such as {"pupils": "headcount"}');
        }
        for (const v of Object.values(parsed as Record<string, unknown>)) {
          if (typeof v !== 'string') return new InvalidJsonAttribute(attribute, value, 'every value must be text');
        }
        return parsed;
      } catch (e) {
        return new InvalidJsonAttribute(attribute, value, e instanceof Error ? e.message : 'it is not valid JSON');
      }
    },
    toAttribute(value: unknown): string | null {
      return value && !(value instanceof InvalidJsonAttribute) ? JSON.stringify(value) : null;
    },
  };
}

/** Properties that change only the shell, not the view model (`strings` rewords the model's labels, so it rebuilds). */
const SHELL_PROPERTIES = new Set<PropertyKey>([
  'heading',
  'headingLevel',
  'description',
  'source',
  'view',
  'theme',
  'activePoint',
  'pointerActive',
  'tableSort',
  'chartState',
  'showLoading',
  'announcement',
  'loadingDelay',
]);

/** Properties that change where the data comes from. */
const INPUT_PROPERTIES = new Set<PropertyKey>(['data', 'src', 'columns', 'preset', 'area', 'inputVersion']);

let nextId = 0;

/**
 * The base of every send-insight chart. It takes data (the `data` property, a child
 * `<script type="text/csv">` or `<script type="application/json">`, or `src`), checks it
 * against the chart's data contract, and renders a `<figure>` with a heading, a plain-English
 * summary, the chart, a sortable data table, a source note and download buttons. It owns the
 * states (loading, empty, error, suppressed, ready), keyboard navigation, the live region,
 * the tooltip, sizing and the events. Subclasses supply the contract, the view model and the
 * marks.
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
 * @fires {SendRenderEvent} send-render - The chart has drawn; `detail.summary` is its description.
 * @fires {SendSelectEvent} send-select - A point was chosen with Enter, Space or a click; `detail.datum` is its data.
 * @fires {SendDataErrorEvent} send-data-error - The data cannot be drawn; `detail` lists `{row, column, value, message}`.
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
 * @cssprop [--send-font-size-small=0.875rem] - Small text: ticks, notes, the source note.
 * @cssprop [--send-font-size-heading=1.25rem] - The heading.
 * @cssprop [--send-color-text=#0b0c0c] - Text colour.
 * @cssprop [--send-color-text-secondary=#505a5f] - Secondary text: ticks, notes, the source note.
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
 * @cssprop [--send-color-good=#00703c] - Good: on track, green.
 * @cssprop [--send-color-amber=#b36200] - Amber: at risk.
 * @cssprop [--send-color-bad=#d4351c] - Bad: off track, red, overdue.
 * @cssprop [--send-space=0.5rem] - Spacing unit.
 * @cssprop [--send-radius=0] - Corner radius of controls and panels.
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
  /** The point focused by keyboard or pointer. Subclasses draw its highlight. */
  @state() protected activePoint?: ActivePoint;
  /** Whether the active point came from the pointer (no focus ring, no announcement). */
  @state() protected pointerActive = false;
  @state() private showLoading = false;
  @state() private announcement = '';
  @state() private tableSort?: SortState;
  @state() private inputVersion = 0;

  /** The current view model (undefined until data is valid). */
  protected model?: Model;
  /** Validated data behind the model. */
  protected validated?: ValidatedData;
  /** Errors and warnings about the current data. */
  protected dataIssues: DataIssue[] = [];

  private navCache?: NavSeries[];
  /** The size and view the navigation points were computed for: points move when either changes. */
  private navKey = '';
  private readonly resize = new ResizeController(this);
  private abort?: AbortController;
  private loadToken = 0;
  private loadingTimer?: ReturnType<typeof setTimeout>;
  private childObserver?: MutationObserver;
  private renderedVersion = -1;
  private modelVersion = 0;
  private errorVersion = -1;
  private reportedErrorVersion = -1;
  private loadedFrom?: string;
  protected readonly uid = `send-${++nextId}`;

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
  /** Builds the view model from validated data. Apply disclosure with `this.minCount`. Throw SendDataError for data problems. */
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

  // ---- text -------------------------------------------------------------------------------

  /**
   * The width the chart is drawn at: the figure's width as last observed (read once when the
   * element connected, then from the ResizeObserver), so rendering never forces a layout.
   */
  protected get plotWidth(): number {
    return this.resize.width || this.getBoundingClientRect().width || 640;
  }

  /** The `strings` overrides in force (none when the attribute is not valid JSON). */
  protected get stringOverrides(): SendStringOverrides {
    return this.strings instanceof InvalidJsonAttribute || !this.strings || typeof this.strings !== 'object' ? {} : this.strings;
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
    const own = this.stringOverrides[key];
    return fill(typeof own === 'string' ? own : DEFAULT_STRINGS[key], values);
  }

  /**
   * A data problem in this element's wording: where (column and row) and what, the what from an
   * `issue.<code>` string when one is given, else the data package's English sentence.
   */
  protected issueText(i: DataIssue): string {
    const own = this.stringOverrides[`issue.${i.code}`];
    const message = typeof own === 'string' ? fill(own, { column: i.column, row: i.row, value: i.value, message: i.message }) : i.message;
    const where =
      i.column && i.row > 0 ? this.t('issueColumnRow', { column: i.column, row: i.row }) : i.column ? this.t('issueColumn', { column: i.column }) : i.row > 0 ? this.t('issueRow', { row: i.row }) : '';
    return where ? this.t('issueAt', { where, message }) : message;
  }

  /** Formatters for figures in sentences, in this element's locale (so summaries match the chart). */
  protected get textFormat(): TextFormat {
    const locale = this.locale;
    return {
      number: (value, digits) => formatNumber(value, locale, digits),
      percent: (value, digits) => formatPercent(value, locale, digits),
      date: (iso) => this.date(iso),
    };
  }

  /**
   * An ISO date in words for this element: from the `dateLong` and `month.N` strings when a
   * partner has given any of them, else in the `locale` ("31 March 2025" in en-GB).
   */
  protected date(iso: string): string {
    const o = this.stringOverrides;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return iso;
    const monthKey = `month.${Number(m[2])}` as keyof SendStrings;
    if (typeof o.dateLong !== 'string' && typeof o[monthKey] !== 'string') return formatDate(iso, this.locale);
    return this.t('dateLong', { day: Number(m[3]), month: this.t(monthKey), year: m[1]! });
  }

  /** Wording options for the data package's text (summaries, labels): this element's `strings`, locale and formatters. */
  protected get textOptions(): TextOptions {
    return { locale: this.locale, strings: this.stringOverrides, format: this.textFormat };
  }

  private wordings = new Map<object, { strings: unknown; locale: string; wording: Wording<string> }>();

  /**
   * A chart's table of text (its en-GB defaults) with this element's `strings` overrides, locale
   * and formatters; kept until `strings` or `locale` change.
   */
  protected wording<K extends string>(defaults: Readonly<Record<K, string>>): Wording<K> {
    const cached = this.wordings.get(defaults);
    if (cached && cached.strings === this.strings && cached.locale === this.locale) return cached.wording as Wording<K>;
    const wording = new Wording(defaults, this.textOptions);
    this.wordings.set(defaults, { strings: this.strings, locale: this.locale, wording });
    return wording;
  }

  /** A difference in percentage points in this element's locale and wording: "+11.7 pts". */
  protected points(value: number, digits = 1): string {
    return formatPoints(value, this.locale, digits, this.t('pointsShort'));
  }

  /** The current summary (automatic, or the `description` attribute). */
  get summary(): string {
    if (this.description) return this.description;
    return this.model && this.chartState !== 'error' ? this.summarise(this.model) : '';
  }

  /** Current state, for tests and embedders. */
  get state(): ChartState {
    return this.chartState;
  }

  /** The issues (errors and warnings) found in the current data. */
  get issues(): readonly DataIssue[] {
    return this.dataIssues;
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.childObserver = new MutationObserver(() => {
      if (this.data === undefined) this.inputVersion++;
    });
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    // reconnected mid-load or after an abort: load again
    if (this.chartState === 'loading' || this.renderedVersion >= 0) this.inputVersion++;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    this.childObserver = undefined;
    this.abort?.abort();
    this.abort = undefined;
    clearTimeout(this.loadingTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys = [...changed.keys()];
    if (keys.some((k) => INPUT_PROPERTIES.has(k)) || this.renderedVersion < 0) {
      this.renderedVersion = 0;
      this.loadInput();
    } else if (keys.some((k) => !SHELL_PROPERTIES.has(k)) && this.validated) {
      this.rebuild();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
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
    void changed;
  }

  // ---- data in -----------------------------------------------------------------------------

  private childScript(): HTMLScriptElement | null {
    for (const child of Array.from(this.children)) {
      if (child instanceof HTMLScriptElement && /^(text\/csv|application\/json)$/i.test(child.type.trim())) return child;
    }
    return null;
  }

  private loadInput(): void {
    this.abort?.abort();
    this.abort = undefined;
    clearTimeout(this.loadingTimer);
    this.showLoading = false;
    const token = ++this.loadToken;

    if (this.columns instanceof InvalidJsonAttribute) {
      this.fail([issue('invalid-attribute', 0, 'columns', this.columns.text, `the columns attribute cannot be read: ${this.columns.reason}`)]);
      return;
    }
    if (this.data !== undefined && this.data !== null) {
      this.loadedFrom = undefined;
      this.accept(() => toRawData(this.data!));
      return;
    }
    const script = this.childScript();
    if (script) {
      this.loadedFrom = undefined;
      const text = script.textContent ?? '';
      const json = /json/i.test(script.type);
      this.accept(() => (json ? fromJsonText(text, 'the inline JSON') : fromCsvText(text, { source: 'the inline CSV' })));
      return;
    }
    if (this.src) {
      this.loadedFrom = this.src;
      this.chartState = 'loading';
      this.model = undefined;
      this.loadingTimer = setTimeout(() => {
        if (token === this.loadToken && this.chartState === 'loading') this.showLoading = true;
      }, this.loadingDelay);
      const controller = new AbortController();
      this.abort = controller;
      const src = this.src;
      fetchData(src, controller.signal).then(
        (raw) => {
          if (token !== this.loadToken) return;
          clearTimeout(this.loadingTimer);
          this.showLoading = false;
          this.accept(() => raw);
        },
        (error: unknown) => {
          if (token !== this.loadToken || controller.signal.aborted) return;
          clearTimeout(this.loadingTimer);
          this.showLoading = false;
          this.fail(error instanceof SendDataError ? error.issues : [issue('load-failed', 0, '', src, `the file could not be loaded (${error instanceof Error ? error.message : String(error)})`)]);
          this.requestUpdate();
        },
      );
      return;
    }
    // nothing given yet
    this.validated = undefined;
    this.model = undefined;
    this.dataIssues = [];
    this.chartState = 'idle';
  }

  private accept(read: () => RawData): void {
    let raw: RawData;
    try {
      raw = read();
    } catch (error) {
      if (error instanceof SendDataError) this.fail(error.issues);
      else throw error;
      return;
    }
    if (!this.preset) {
      this.acceptRaw(raw, []);
      return;
    }
    // presets are loaded when first asked for: pages that give the contracts' columns never
    // download them (in the CDN build they are a file beside send-insight.js)
    const token = this.loadToken;
    const { preset } = this;
    const options = this.presetOptions();
    if (!loadedPresets()) this.chartState = 'loading';
    loadPresets().then(
      ({ applyPreset }) => {
        if (token !== this.loadToken) return;
        let out: ReturnType<typeof applyPreset>;
        try {
          out = applyPreset(preset, raw, options);
        } catch (error) {
          if (error instanceof SendDataError) this.fail(error.issues);
          else throw error;
          return;
        }
        this.acceptRaw(out.data, out.issues);
      },
      (error: unknown) => {
        if (token !== this.loadToken) return;
        this.fail([presetsFailed(preset, error)]);
      },
    );
  }

  private acceptRaw(raw: RawData, notes: DataIssue[]): void {
    try {
      if (raw.numRows === 0) {
        // an empty array, or a header with no rows: nothing to draw, which is not an error —
        // unless the header itself is wrong (a web page or another file given as data)
        if (raw.columns.length) {
          const header = validate(raw, this.contractFor(raw), { columns: this.columns }).issues;
          if (hasErrors(header)) {
            this.fail([...notes, ...header]);
            return;
          }
        }
        this.validated = undefined;
        this.model = undefined;
        this.navCache = undefined;
        this.dataIssues = notes;
        this.modelVersion++;
        this.chartState = 'empty';
        return;
      }
      const validated = validate(raw, this.contractFor(raw), { columns: this.columns });
      const issues = [...notes, ...validated.issues];
      if (hasErrors(issues)) {
        this.fail(issues);
        return;
      }
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
      this.navCache = undefined;
      this.activePoint = undefined;
      this.modelVersion++;
      this.chartState = this.isEmpty(model) ? 'empty' : this.isSuppressed(model) ? 'suppressed' : 'ready';
      this.dataIssues = this.dataIssues.filter((i) => i.severity !== 'error');
    } catch (error) {
      if (error instanceof SendDataError) this.fail([...this.dataIssues.filter((i) => i.severity === 'warning'), ...error.issues]);
      else throw error;
    }
  }

  private fail(issues: DataIssue[]): void {
    this.model = undefined;
    this.validated = undefined;
    this.navCache = undefined;
    this.activePoint = undefined;
    this.dataIssues = issues;
    this.chartState = 'error';
    this.errorVersion++;
  }

  /** Reloads from the current inputs (e.g. after the child script changed). */
  reload(): void {
    this.inputVersion++;
  }

  // ---- keyboard, pointer, selection ---------------------------------------------------------

  private nav(size: ChartSize): NavSeries[] {
    if (!this.model) return [];
    const key = `${size.width}x${size.height}:${this.view}`;
    if (this.navKey !== key) {
      this.navKey = key;
      this.navCache = undefined;
    }
    this.navCache ??= this.navigation(this.model, size);
    return this.navCache;
  }

  /** The point currently active, if any. */
  protected activeNavPoint(): NavPoint | undefined {
    const a = this.activePoint;
    return a && this.navCache?.[a.series]?.points[a.index];
  }

  private onKeydown(event: KeyboardEvent): void {
    const nav = this.navCache ?? [];
    if ((event.key === 'Enter' || event.key === ' ') && this.activePoint) {
      event.preventDefault();
      this.select(this.activePoint);
      return;
    }
    const next = moveActive(nav, this.activePoint, event.key);
    if (next === undefined) return;
    event.preventDefault();
    if (next === 'leave') {
      this.activePoint = undefined;
      this.announcement = '';
      return;
    }
    this.pointerActive = false;
    this.activePoint = next;
    const series = nav[next.series]!;
    const point = series.points[next.index]!;
    const position = this.t('pointOf', { index: next.index + 1, count: series.points.length });
    const seriesLabel = nav.filter((s) => s.points.length).length > 1 && series.label ? this.t('announceSeries', { series: series.label }) : '';
    this.announcement = this.t('announce', { series: seriesLabel, point: point.label, position });
  }

  /** Call from a mark's pointerenter: shows the tooltip without moving keyboard focus. */
  protected pointerEnter(series: number, index: number): void {
    this.pointerActive = true;
    this.activePoint = { series, index };
  }

  /** Call from pointerleave. */
  protected pointerLeave(): void {
    if (this.pointerActive) this.activePoint = undefined;
  }

  /** Fires `send-select` for a point (call from a mark's click). */
  protected select(point: ActivePoint): void {
    const p = this.navCache?.[point.series]?.points[point.index];
    if (!p) return;
    this.dispatchEvent(new SendSelectEvent({ datum: p.datum, id: p.id, label: p.label }));
  }

  private onPlotBlur(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.renderRoot.contains(next)) return;
    if (!this.pointerActive) this.activePoint = undefined;
  }

  // ---- exports -----------------------------------------------------------------------------

  /** CSV of exactly the figures shown (suppression applied), with the table's headers. */
  toCsv(): string {
    if (!this.model) return '';
    const spec = this.tableOf(this.model);
    return formatCsv(
      spec.columns.map((c) => c.label),
      spec.rows.map((r) => spec.columns.map((c) => cellText(r[c.key]))),
    );
  }

  /** A self-contained SVG of the chart (styles inlined, heading and source included). */
  toSvg(): string {
    // the chart's own <svg class="chart">, not the first icon that happens to come before it
    const svg = this.renderRoot.querySelector<SVGSVGElement>('.plot svg.chart') ?? this.renderRoot.querySelector<SVGSVGElement>('.plot svg');
    if (!svg) return '';
    return exportSvg(svg, {
      heading: this.heading,
      source: this.source ? this.t('sourcePrefix') + this.source : undefined,
      canvases: Array.from(this.renderRoot.querySelectorAll<HTMLCanvasElement>('.plot canvas')),
      background: getComputedStyle(this).backgroundColor || '#ffffff',
    });
  }

  /**
   * A PNG of the chart area as it is on screen: its SVG and canvases, and its HTML (legends,
   * lists, badges, progress bars) painted from the browser's layout; controls stay out. Drawn
   * without loading any image or putting HTML into an image, so it works under a strict CSP.
   */
  async toPng(scale = 2): Promise<Blob | undefined> {
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!plot) return undefined;
    // the painter is loaded on first use (in the CDN build, a file beside send-insight.js)
    const { canvasToPng, paintPlot } = await import('./export/png-export.js');
    const canvas = paintPlot(plot, {
      heading: this.heading,
      source: this.source ? this.t('sourcePrefix') + this.source : undefined,
      scale,
      background: this.paintedBackground(plot),
    });
    return canvasToPng(canvas);
  }

  /** The first background colour that is not transparent, from the plot out to the page (a dark theme exports dark). */
  private paintedBackground(from: Element): string {
    for (let node: Element | null = from; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
    }
    return '#ffffff';
  }

  private async download(kind: 'png' | 'svg' | 'csv', event: Event): Promise<void> {
    (event.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
    const name = fileNameFor(this.chartName, this.localName);
    if (kind === 'csv') downloadBlob(new Blob(['\uFEFF' + this.toCsv()], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    else if (kind === 'svg') downloadBlob(new Blob([this.toSvg()], { type: 'image/svg+xml' }), `${name}.svg`);
    else {
      const png = await this.toPng();
      if (png) downloadBlob(png, `${name}.png`);
    }
  }

  // ---- rendering ---------------------------------------------------------------------------

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
        return this.showLoading ? html`<div class="state loading" role="status">${this.t('loading')}</div>` : nothing;
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
          ${this.loadedFrom ? html`<p>${this.t('errorFile', { file: this.loadedFrom })}</p>` : nothing}
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
    const nav = this.nav(size);
    const interactive = nav.some((s) => s.points.length);
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
      @keydown=${this.onKeydown}
      @blur=${this.onPlotBlur}
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
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </figure>`;
  }
}

/** Fetches a CSV or JSON file; HTTP failures and web pages returned in place of data are errors. */
async function fetchData(src: string, signal: AbortSignal): Promise<RawData> {
  let response: Response;
  try {
    response = await fetch(src, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new SendDataError([issue('network', 0, '', src, `the file "${src}" could not be reached (${error instanceof Error ? error.message : 'network error'})`)]);
  }
  if (!response.ok) {
    throw new SendDataError([issue('http', 0, '', src, `the file "${src}" could not be loaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`)]);
  }
  const type = response.headers.get('content-type') ?? '';
  const text = decodeText(await response.arrayBuffer(), type);
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 100).toLowerCase();
  if (/text\/html/i.test(type) || head.startsWith('<!doctype html') || head.startsWith('<html')) {
    throw new SendDataError([issue('html-not-data', 0, '', src, `the address "${src}" returned a web page (HTML), not CSV or JSON: check the link points at the data file itself`)]);
  }
  const json = /json/i.test(type) || /\.json(\?|#|$)/i.test(src) || head.startsWith('[') || head.startsWith('{');
  return json ? fromJsonText(text, src) : fromCsvText(text, { source: src });
}

/**
 * Decodes a file as its server declared (`charset=ISO-8859-1`, say), else as UTF-8; bytes that
 * are not valid UTF-8 are read as Windows-1252, the encoding Excel's plain "CSV" uses, so "Café"
 * is never shown as "Caf�".
 */
function decodeText(bytes: ArrayBuffer, contentType: string): string {
  const declared = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // an unknown label: fall through to UTF-8
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
