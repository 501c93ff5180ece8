import {
  buildDeprivationContext,
  buildDeprivationModel,
  deprivationContextContract,
  deprivationContextSentence,
  deprivationContract,
  deprivationNotes,
  isDeprivationContextHeader,
  isDeprivationModelEmpty,
  isPublishedIod2019,
  SendDataError,
  summariseDeprivation,
  summariseDeprivationContext,
  validate,
  type Contract,
  type DataInput,
  type DecileRate,
  type DeprivationContext,
  type DeprivationMeasure,
  type DeprivationModel,
  type RawData,
  type ValidatedData,
} from '@send-insight/data';
import {
  DataLoader,
  formatNumber,
  formatRate,
  formatShare,
  loadedPresets,
  loadPresets,
  PointIndex,
  presetsFailed,
  prepareCanvas,
  SendElement,
  SendHooksElement,
  type ChartSize,
  type DataTableSpec,
  type NavPoint,
  type NavSeries,
  type TableCell,
} from '@send-insight/core';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  deprivationChartHeight,
  layoutDeprivationChart,
  measuresFor,
  type DecileMark,
  type DeprivationLayout,
  type DeprivationMeasureOption,
  type DeprivationOrientation,
  type DeprivationWording,
  type LegendItem,
} from './deprivation-chart.layout.js';
import { DEPRIVATION_CHART_TEXT } from './deprivation-chart.strings.js';
import { deprivationChartStyles } from './deprivation-chart.styles.js';
import { drawPoints } from './deprivation-canvas.js';
import { deprivationContextHeight, layoutDeprivationContext, type ContextLayout } from './deprivation-context.layout.js';
import { contextCells, contextDatum, contextTable, decileName, describeContextDecile, inArea, renderContextMarks, type DeprivationContextDatum } from './deprivation-context.view.js';
import { layoutDeprivationScatter, type ScatterLayout } from './deprivation-scatter.layout.js';

/** What `send-select` carries for a decile: its figures when shown, only its status when not. */
export interface DeprivationDecileDatum {
  kind: 'decile';
  measure: DeprivationMeasure;
  decile: number;
  status: DecileRate['status'];
  rate?: number;
  lower?: number;
  upper?: number;
  count?: number;
  pupils?: number;
  england?: number;
}

/** What `send-select` carries for an area (LSOA) in the area view. */
export interface DeprivationAreaDatum {
  kind: 'area';
  lsoa_code: string;
  lsoa_name: string;
  imd_rank: number;
  imd_decile: number;
  pupils?: number;
  rates: Partial<Record<DeprivationMeasure, number>>;
}

export type { DeprivationContextDatum } from './deprivation-context.view.js';

/** The neighbourhood context shown beside SEN rates: ready, on its way, or not readable (with why). */
export type DeprivationContextPanel =
  | { status: 'ready'; context: DeprivationContext; name?: string }
  | { status: 'loading' }
  | { status: 'error'; message: string };

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

const isContextModel = (model: DeprivationChartModel): model is DeprivationContextModel => model.kind === 'context';

const MEASURES: readonly DeprivationMeasureOption[] = ['sen_support', 'ehc_plan', 'all_sen', 'both'];
const DEFAULT_COLORS = ['#12436D', '#28A197', '#801650'];

/**
 * How the rate of SEN support and of EHC plans changes with the deprivation of pupils' home
 * areas: for each IMD decile (1 = most deprived tenth of areas in England) the rate per 100 pupils
 * as paired bars with Wilson 95% interval whiskers, England's rate per decile as a dashed line
 * with markers, and the pupil-weighted trend. With LSOA-level data, `view="area"` shows every
 * neighbourhood as a point on a canvas (rate against IMD rank, sized by pupils, over decile bands,
 * with a smoothed line). Suppressed deciles and areas are drawn as labelled gaps, never as zero.
 *
 * Given neighbourhoods without pupils (the IoD2019 file with `preset="iod2019-lsoa" area="…"`, or
 * rows with `lsoa_code` and `imd_decile`), it draws the **context view**: how many of the area's
 * LSOAs fall in each national IMD decile, against England's even spread of a tenth per decile.
 * Given SEN rates and `context` or `context-src` as well, it draws that spread as a strip under
 * the rates, decile under decile.
 *
 * @summary SEN support and EHC plan rates by IMD decile, with intervals, England and the trend; or where an area's neighbourhoods sit in England's deciles.
 *
 * @attr measure - `both` (default: SEN support and EHC plans side by side), `sen_support`, `ehc_plan` or `all_sen`.
 * @attr comparator - `england` (default: draw England's rate per decile when the data has it) or `none`.
 * @attr orientation - `auto` (default: rows at 400 px or less, columns above), `vertical` (columns) or `horizontal` (rows).
 * @attr view - `chart` (default, by decile), `area` (every LSOA, needs `lsoa_code` and `imd_rank`) or `table`.
 * @attr period - Which `time_period` to show (default the latest); a selector appears when there are several.
 * @attr area - The local authority (GSS code or name) when the data holds several; also picks the authority in `context-src`.
 * @attr context-src - Address of a neighbourhood (LSOA) file to show beside the SEN rates, e.g. MHCLG's IoD2019 File 1 as published, or rows with `lsoa_code` and `imd_decile`. The area is `area`, else the SEN data's own `area_code`.
 * @attr min-count - Disclosure threshold: counts below it are never shown. Default 10.
 * @attr strings - JSON object overriding any text: the shell's (core `DEFAULT_STRINGS`), the chart's (`DEPRIVATION_CHART_STRINGS`: axes, legends, decile names, controls, announcements, tables, the context view) and the summaries' and measure names (`DEPRIVATION_STRINGS` from `@send-insight/data`, e.g. `deprivationMeasure.sen_support`).
 *
 * @fires send-render - The chart has drawn; `detail.summary` is its description.
 * @fires send-select - A decile or area was chosen; `detail.datum` is a {@link DeprivationDecileDatum}, {@link DeprivationAreaDatum} or {@link DeprivationContextDatum}.
 * @fires send-data-error - The data cannot be drawn; `detail` lists `{row, column, value, message}`.
 *
 * @csspart base - The `<figure>`.
 * @csspart plot - The chart area.
 * @csspart legend - The legend inside the chart.
 * @csspart table - The data table.
 * @csspart error - The error message.
 *
 * @cssprop [--send-color-1=#12436D] - SEN support.
 * @cssprop [--send-color-2=#28A197] - EHC plans.
 * @cssprop [--send-color-3=#801650] - All SEN.
 * @cssprop [--send-color-comparator=#0b0c0c] - England's line and markers.
 * @cssprop [--send-color-suppressed=#6f777b] - Hatching of suppressed deciles.
 * @cssprop [--send-color-surface=#f3f2f1] - Shaded decile bands in the area view.
 * @cssprop [--send-deprivation-bar-opacity=1] - Opacity of the bars.
 * @cssprop [--send-deprivation-point-opacity=0.6] - Opacity of the area view's points.
 * @cssprop [--send-deprivation-context-color=var(--send-color-5)] - Bars of the neighbourhoods (LSOAs) per decile.
 * @csspart context-note - The note under the rates while the neighbourhood context loads, or why it cannot be shown.
 */
export class SendDeprivationChart extends SendHooksElement<DeprivationChartModel> {
  static override styles = [...SendElement.styles, deprivationChartStyles];

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

  /**
   * Set when the presets, which read a published IoD2019 File 1 given as context, have loaded (the
   * change rebuilds the model), or when they could not be loaded (why).
   */
  @state() private contextPresets?: { loaded: true } | { error: string };

  /** Which chart the last non-table view showed: deciles or areas. Changing it rebuilds navigation. */
  @state() private viewKind: 'deciles' | 'area' = 'deciles';

  private barsCache?: { key: string; model: DeprivationModel; layout: DeprivationLayout };
  private scatterCache?: { key: string; model: DeprivationModel; layout: ScatterLayout; index?: PointIndex[] };
  private drawnScatter?: ScatterLayout;
  private areaPositions?: { model: DeprivationModel; position: Int32Array };
  private lastWidth = 0;
  /** Reads `context`, else the `context-src` file, as the base element reads its data; the model is rebuilt when it settles. */
  private readonly contextLoader = new DataLoader(this, { data: () => this.context, src: () => this.contextSrc, onChange: () => this.invalidateModel() });
  /** The last context read, by input and area, so a rebuild for another measure does not re-read 32,844 rows. */
  private contextCache?: { input: unknown; area: string; words: DeprivationWording; panel: DeprivationContextPanel };

  protected get contract(): Contract {
    return deprivationContract;
  }

  /** Neighbourhoods without pupils are read as the context; anything else as SEN rates. */
  protected override contractFor(raw: RawData): Contract {
    const mapping = this.columns && typeof this.columns === 'object' ? this.columns : undefined;
    return isDeprivationContextHeader(raw.columns, mapping) ? deprivationContextContract : deprivationContract;
  }

  private get measureOption(): DeprivationMeasureOption {
    return MEASURES.includes(this.measure) ? this.measure : 'both';
  }

  private get showEngland(): boolean {
    return this.comparator !== 'none';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && this.view !== 'table') {
      const kind = this.view === 'area' ? 'area' : 'deciles';
      if (kind !== this.viewKind) this.viewKind = kind;
    }
    super.willUpdate(changed);
  }

  /** The one value of a text column among the local rows (of `area`, when given), if there is exactly one. */
  private localText(data: ValidatedData, column: 'area_code' | 'area_name'): string | undefined {
    const cells = data.columns.get(column);
    if (!cells) return undefined;
    const geography = data.columns.get('geography');
    const codes = data.columns.get('area_code');
    const names = data.columns.get('area_name');
    const want = this.area?.trim().toLowerCase();
    const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
    const seen = new Set<string>();
    for (let r = 0; r < data.numRows; r++) {
      const g = text(geography?.[r]).toLowerCase();
      if (g === 'england' || g === 'e92000001') continue;
      if (want && text(codes?.[r]).toLowerCase() !== want && text(names?.[r]).toLowerCase() !== want) continue;
      const v = text(cells[r]);
      if (v) seen.add(v);
    }
    return seen.size === 1 ? [...seen][0] : undefined;
  }

  /** The authority the context is for: `area`, else the SEN data's one local `area_code`. */
  private contextArea(data: ValidatedData): string | undefined {
    return this.area?.trim() ? this.area : this.localText(data, 'area_code');
  }

  /** The neighbourhood context for the rates, from `context` or the `context-src` file, or undefined when neither is given. */
  private contextPanel(data: ValidatedData): DeprivationContextPanel | undefined {
    const w = this.words;
    const loaded = this.contextLoader;
    if (loaded.status === 'initial') return undefined;
    if (loaded.status === 'pending') return { status: 'loading' };
    if (loaded.status === 'error') {
      const { issues, status } = loaded.error!;
      const reasons = issues.slice(0, 3).map((i) => this.text.issue(i)).join('; ');
      if (!loaded.from) return { status: 'error', message: reasons };
      const reason = status ? w.t('deprivationContextStatus', { status }) : issues[0]?.code === 'html-not-data' ? w.t('deprivationContextHtml') : reasons;
      return { status: 'error', message: w.t('deprivationContextUnreadable', { file: loaded.from, reason }) };
    }
    const input = loaded.value!.raw;
    const area = this.contextArea(data) ?? '';
    const cached = this.contextCache;
    if (cached && cached.input === input && cached.area === area && cached.words === w) return cached.panel;
    let panel: DeprivationContextPanel;
    try {
      let raw = input;
      // the published IoD2019 File 1 is read by its preset, which is loaded on first use
      if (isPublishedIod2019(raw.columns)) {
        const presets = loadedPresets();
        if (!presets) return this.awaitPresets();
        raw = presets.applyPreset('iod2019-lsoa', raw, { area: area || undefined }).data;
      }
      const context = buildDeprivationContext(validate(raw, deprivationContextContract), { area: area || undefined });
      if (context.areas > 1 && !area) {
        panel = { status: 'error', message: w.plural('deprivationContextAreas', context.areas) };
      } else {
        // counts with no area columns (a county's districts added up) take the SEN data's name
        const name = context.areaName ?? (context.areas === 0 ? this.localText(data, 'area_name') : undefined) ?? context.areaCode;
        panel = name ? { status: 'ready', context, name } : { status: 'ready', context };
      }
    } catch (error) {
      if (!(error instanceof SendDataError)) throw error;
      panel = { status: 'error', message: error.issues.slice(0, 3).map((i) => this.text.issue(i)).join('; ') };
    }
    this.contextCache = { input, area, words: w, panel };
    return panel;
  }

  /** The context panel while the presets load for a published IoD file (rebuilt when they arrive), or why they could not. */
  private awaitPresets(): DeprivationContextPanel {
    const state = this.contextPresets;
    if (state && 'error' in state) return { status: 'error', message: state.error };
    loadPresets().then(
      () => (this.contextPresets = { loaded: true }),
      (error: unknown) => (this.contextPresets = { error: this.text.issue(presetsFailed('iod2019-lsoa', error)) }),
    );
    return { status: 'loading' };
  }

  protected buildModel(data: ValidatedData): DeprivationChartModel {
    this.barsCache = undefined;
    this.scatterCache = undefined;
    if (data.contract === deprivationContextContract) {
      const context = buildDeprivationContext(data, { area: this.area });
      const name = context.areaName ?? context.areaCode;
      return name ? { kind: 'context', context, name } : { kind: 'context', context };
    }
    const model: DeprivationRatesModel = buildDeprivationModel(data, { minCount: this.minCount, period: this.period, area: this.area, lsoaMeasures: measuresFor(this.measureOption) });
    const panel = this.contextPanel(data);
    if (panel) model.context = panel;
    return model;
  }

  protected override isEmpty(model: DeprivationChartModel): boolean {
    if (isContextModel(model)) return model.context.total === 0;
    if (this.period && model.periods.length && !model.periods.includes(this.period)) return true;
    return isDeprivationModelEmpty(model);
  }

  protected override isSuppressed(model: DeprivationChartModel): boolean {
    if (isContextModel(model)) return false;
    const series = measuresFor(this.measureOption).map((m) => model.local[m]);
    return series.every((s) => s.deciles.every((d) => d.status !== 'shown')) && series.some((s) => s.deciles.some((d) => d.status === 'suppressed'));
  }

  /** The share of the local pupils who live in deciles 1 and 2, when every decile's pupils can be shown. */
  private pupilsMostDeprived(model: DeprivationModel): number | undefined {
    const deciles = model.local.sen_support.deciles;
    let total = 0;
    for (const d of deciles) {
      if (d.status === 'no-data') continue;
      if (d.pupils === undefined) return undefined;
      total += d.pupils;
    }
    if (total === 0) return undefined;
    return ((deciles[0]!.pupils ?? 0) + (deciles[1]!.pupils ?? 0)) / total;
  }

  protected override summarise(model: DeprivationChartModel): string {
    if (isContextModel(model)) return summariseDeprivationContext(model.context, { ...this.text.options, name: model.name });
    let text = summariseDeprivation(model, { measure: this.measureOption, comparator: this.comparator, ...this.text.options });
    const panel = model.context;
    if (panel?.status === 'ready' && !this.isArea(model)) {
      const sentence = deprivationContextSentence(panel.context, { ...this.text.options, name: panel.name, pupilsMostDeprived: this.pupilsMostDeprived(model) });
      if (sentence) text += ` ${sentence}`;
    }
    if (this.isArea(model)) {
      const l = model.lsoas!;
      const m = measuresFor(this.measureOption)[0]!;
      const hidden = l.measures[m].rates.filter((r) => r === null).length;
      const w = this.words;
      text += ` ${w.t('deprivationAreaSummary', {
        lsoas: w.plural('deprivationNeighbourhoods', l.codes.length),
        hidden: hidden ? w.plural('deprivationAreaSummaryHidden', hidden, { measure: this.measureName(m) }) : '',
      })}`;
    }
    return text;
  }

  /** The chart's, its data's and the shell's text with the `strings` overrides. */
  private get words(): DeprivationWording {
    return this.text.wording(DEPRIVATION_CHART_TEXT);
  }

  protected override get defaultName(): string {
    return this.words.t('deprivationChartName');
  }

  /** "SEN support", "EHC plans", … in the `strings` given. */
  private measureName(m: DeprivationMeasure): string {
    return this.words.t(`deprivationMeasure.${m}`);
  }

  private isArea(model: DeprivationChartModel): boolean {
    return !isContextModel(model) && this.viewKind === 'area' && model.lsoas !== undefined;
  }

  protected override chartHeight(model: DeprivationChartModel, width: number): number {
    this.lastWidth = width;
    if (isContextModel(model)) return deprivationContextHeight(width, { orientation: this.contextOrientation });
    if (this.isArea(model)) return Math.round(Math.max(380, Math.min(560, width * 0.62)));
    const strip = model.context?.status === 'ready' ? deprivationContextHeight(width, { mode: 'compact' }) : 0;
    return deprivationChartHeight(width, { measure: this.measureOption, orientation: this.orientation }) + strip;
  }

  /** The context view follows `orientation`, which it reads as columns or rows. */
  private get contextOrientation(): 'vertical' | 'horizontal' | 'auto' {
    return this.orientation === 'vertical' || this.orientation === 'horizontal' ? this.orientation : 'auto';
  }

  private contextCacheKey = '';
  private contextLayoutCache?: ContextLayout;

  /** The context's geometry: the whole chart, or the strip under the rates lined up with their deciles. */
  private contextLayout(context: DeprivationContext, width: number, under?: DeprivationLayout): ContextLayout {
    const key = [width, under ? `${under.width}|${under.orientation}|${under.decileTicks.map((t) => t.pos).join(',')}` : 'full', this.contextOrientation, this.locale].join('|');
    const words = this.words;
    if (this.contextLayoutCache && this.contextCacheKey === key && this.contextLayoutContext === context && this.contextLayoutWords === words) return this.contextLayoutCache;
    const layout = layoutDeprivationContext(
      context,
      { width, height: 0 },
      {
        mode: under ? 'compact' : 'full',
        orientation: this.contextOrientation,
        align: under?.orientation === 'vertical' ? { centres: under.decileTicks.map((t) => t.pos), band: under.decileBand } : undefined,
        formatCount: (n) => formatNumber(n, this.locale),
        formatShare: (f) => formatShare(f, this.locale, 0),
        text: words,
      },
    );
    this.contextCacheKey = key;
    this.contextLayoutContext = context;
    this.contextLayoutWords = words;
    this.contextLayoutCache = layout;
    return layout;
  }
  private contextLayoutContext?: DeprivationContext;
  private contextLayoutWords?: DeprivationWording;

  private fmt(v: number): string {
    return formatRate(v, this.locale, 1);
  }

  private bars(model: DeprivationModel, width: number): DeprivationLayout {
    const height = deprivationChartHeight(width, { measure: this.measureOption, orientation: this.orientation });
    const key = [width, this.measureOption, this.comparator, this.orientation, this.locale].join('|');
    if (this.barsCache?.key === key && this.barsCache.model === model) return this.barsCache.layout;
    const layout = layoutDeprivationChart(
      model,
      { width, height, layout: width <= 400 ? 'narrow' : width <= 720 ? 'medium' : 'wide' },
      { measure: this.measureOption, comparator: this.showEngland, orientation: this.orientation, format: (v) => this.fmt(v), text: this.words },
    );
    this.barsCache = { key, model, layout };
    return layout;
  }

  private scatter(model: DeprivationModel, width: number): ScatterLayout {
    const height = Math.round(Math.max(380, Math.min(560, width * 0.62)));
    const key = [width, this.measureOption, this.locale].join('|');
    if (this.scatterCache?.key === key && this.scatterCache.model === model) return this.scatterCache.layout;
    const layout = layoutDeprivationScatter(model, { width, height }, { measure: this.measureOption, formatCount: (n) => formatNumber(n, this.locale), text: this.words });
    this.scatterCache = { key, model, layout };
    return layout;
  }

  /** Hit-testing indices, one per drawn set, built on first use (not at draw time). */
  private pointIndices(): PointIndex[] {
    const cache = this.scatterCache!;
    cache.index ??= cache.layout.sets.map((s) => new PointIndex(s.x, s.y, s.r));
    return cache.index;
  }

  // ---- words -------------------------------------------------------------------------------

  private describeDecile(model: DeprivationModel, measure: DeprivationMeasure, d: DecileRate): string {
    const w = this.words;
    const head = { decile: decileName(d.decile, w), measure: this.measureName(measure) };
    if (d.status !== 'shown') {
      const reason = w.t(d.status === 'no-data' ? 'deprivationReasonNoData' : d.status === 'not-available' ? 'deprivationNotAvailable' : 'deprivationReasonSuppressed');
      return w.t('deprivationDecileHidden', { ...head, reason });
    }
    let text = w.t('deprivationDecileWords', {
      ...head,
      rate: this.fmt(d.rate!),
      lower: this.fmt(d.lower!),
      upper: this.fmt(d.upper!),
      count: formatNumber(d.count!, this.locale),
      pupils: formatNumber(d.pupils!, this.locale),
    });
    const e = this.showEngland ? model.england?.[measure].deciles[d.decile - 1] : undefined;
    if (e?.rate !== undefined) text += w.t('deprivationDecileEnglandRate', { rate: this.fmt(e.rate) });
    return text;
  }

  private describeArea(model: DeprivationModel, i: number): string {
    const w = this.words;
    const l = model.lsoas!;
    const parts = measuresFor(this.measureOption).map((m) => {
      const r = l.measures[m].rates[i];
      const measure = this.measureName(m);
      return r === null || r === undefined ? w.t('deprivationAreaSuppressed', { measure }) : w.t('deprivationAreaRate', { measure, rate: this.fmt(r) });
    });
    const pupils = l.pupils[i];
    return w.t('deprivationAreaWords', {
      name: l.names[i]!,
      code: l.codes[i]!,
      rank: formatNumber(l.ranks[i]!, this.locale),
      decile: w.t('deprivationDecile', { decile: l.deciles[i]! }),
      rates: parts.join(w.template('listSeparator')),
      pupils: pupils !== null && pupils !== undefined ? w.t('deprivationAreaPupils', { pupils: formatNumber(pupils, this.locale) }) : '',
    });
  }

  private decileDatum(model: DeprivationModel, measure: DeprivationMeasure, d: DecileRate): DeprivationDecileDatum {
    const base: DeprivationDecileDatum = { kind: 'decile', measure, decile: d.decile, status: d.status };
    if (d.status !== 'shown') return base;
    const e = this.showEngland ? model.england?.[measure].deciles[d.decile - 1]?.rate : undefined;
    return { ...base, rate: d.rate, lower: d.lower, upper: d.upper, count: d.count, pupils: d.pupils, ...(e !== undefined ? { england: e } : {}) };
  }

  private areaDatum(model: DeprivationModel, i: number): DeprivationAreaDatum {
    const l = model.lsoas!;
    const rates: Partial<Record<DeprivationMeasure, number>> = {};
    for (const m of measuresFor(this.measureOption)) {
      const r = l.measures[m].rates[i];
      if (r !== null && r !== undefined) rates[m] = r;
    }
    const pupils = l.pupils[i];
    return { kind: 'area', lsoa_code: l.codes[i]!, lsoa_name: l.names[i]!, imd_rank: l.ranks[i]!, imd_decile: l.deciles[i]!, ...(pupils !== null && pupils !== undefined ? { pupils } : {}), rates };
  }

  // ---- keyboard ------------------------------------------------------------------------------

  protected override navigation(model: DeprivationChartModel, size: ChartSize): NavSeries[] {
    if (isContextModel(model)) {
      const layout = () => this.contextLayout(model.context, this.lastWidth || size.width);
      return [this.contextNavigation(model.context, model.name, () => layout().bars, () => 0)];
    }
    if (this.isArea(model)) return this.areaNavigation(model, size);
    const layout = () => this.bars(model, this.lastWidth || size.width);
    const rates = measuresFor(this.measureOption).map((m, si) => ({
      label: this.measureName(m),
      points: model.local[m].deciles.map((d, di): NavPoint => {
        const self = this;
        return {
          id: `${m}|${d.decile}`,
          label: self.describeDecile(model, m, d),
          datum: self.decileDatum(model, m, d),
          get x() {
            return layout().series[si]!.marks[di]!.anchor.x;
          },
          get y() {
            return layout().series[si]!.marks[di]!.anchor.y;
          },
        };
      }),
    }));
    const panel = model.context;
    if (panel?.status !== 'ready') return rates;
    // the strip under the rates: down from the rates reaches the same decile's neighbourhoods
    const strip = () => {
      const under = layout();
      return this.contextLayout(panel.context, under.width, under).bars;
    };
    return [...rates, this.contextNavigation(panel.context, panel.name, strip, () => layout().height)];
  }

  /** One keyboard stop per decile of the neighbourhood context. */
  private contextNavigation(context: DeprivationContext, name: string | undefined, bars: () => ContextLayout['bars'], offsetY: () => number): NavSeries {
    return {
      label: this.words.t('deprivationLsoas'),
      points: context.lsoas.map((_, i): NavPoint => ({
        id: `context|${i + 1}`,
        label: describeContextDecile(context, i, name, this.locale, this.words),
        datum: contextDatum(context, i),
        get x() {
          return bars()[i]!.anchor.x;
        },
        get y() {
          return bars()[i]!.anchor.y + offsetY();
        },
      })),
    };
  }

  /** Up and down move between deciles; left and right through each decile's areas in rank order. */
  private areaNavigation(model: DeprivationModel, size: ChartSize): NavSeries[] {
    const l = model.lsoas!;
    const layout = () => this.scatter(model, this.lastWidth || size.width);
    const byDecile: number[][] = Array.from({ length: 10 }, () => []);
    for (const i of byRank(l.ranks)) byDecile[l.deciles[i]! - 1]!.push(i);
    // where each area sits in its decile's row of keyboard stops, for pointer → keyboard position
    const position = new Int32Array(l.codes.length);
    for (const list of byDecile) list.forEach((i, k) => (position[i] = k));
    this.areaPositions = { model, position };
    const host: AreaPointHost = {
      label: (i) => this.describeArea(model, i),
      datum: (i) => this.areaDatum(model, i),
      x: (i) => layout().xOf(l.ranks[i]!),
      y: (i) => this.areaY(layout(), i),
    };
    const w = this.words;
    return byDecile.map((list, d) => ({
      label: w.plural('deprivationAreaDecile', list.length, { decile: decileName(d + 1, w) }),
      points: list.map((i) => new AreaPoint(l.codes[i]!, i, host)),
    }));
  }

  /** Where an area sits: its first drawn point, or the suppressed strip. */
  private areaY(layout: ScatterLayout, i: number): number {
    for (const set of layout.sets) {
      const k = findIndex(set.index, i);
      if (k >= 0) return set.y[k]!;
    }
    return layout.suppressed.y + layout.suppressed.height / 2;
  }

  // ---- controls --------------------------------------------------------------------------------

  protected override renderControls(model: DeprivationChartModel): unknown {
    if (isContextModel(model)) return nothing;
    const periods = model.periods;
    const w = this.words;
    return html`${periods.length > 1
      ? html`<label class="period"
          >${w.t('deprivationPeriod')}
          <select @change=${(e: Event) => (this.period = (e.target as HTMLSelectElement).value)}>
            ${periods.map((p) => html`<option value=${p} ?selected=${p === model.period}>${p}</option>`)}
          </select></label
        >`
      : nothing}
    ${model.lsoas && this.view !== 'table'
      ? html`<div class="views" role="group" aria-label=${w.t('deprivationViewLabel')}>
          <button type="button" aria-pressed=${this.viewKind === 'deciles' ? 'true' : 'false'} @click=${() => (this.view = 'chart')}>${w.t('deprivationByDecile')}</button>
          <button type="button" aria-pressed=${this.viewKind === 'area' ? 'true' : 'false'} @click=${() => (this.view = 'area')}>${w.t('deprivationByArea')}</button>
        </div>`
      : nothing}`;
  }

  // ---- drawing -------------------------------------------------------------------------------

  protected renderChart(model: DeprivationChartModel, size: ChartSize): unknown {
    if (isContextModel(model)) return this.renderContext(model, size);
    return this.isArea(model) ? this.renderArea(model, size) : this.renderBars(model, size);
  }

  /** Which decile of the context is active (its series is the last one), for the highlight. */
  private activeContextIndex(series: number): number | undefined {
    const a = this.nav.active;
    return a && a.series === series ? a.index : undefined;
  }

  private renderContext(model: DeprivationContextModel, size: ChartSize): TemplateResult {
    const l = this.contextLayout(model.context, size.width);
    const host = {
      active: this.activeContextIndex(0),
      enter: (i: number) => this.nav.pointerEnter(0, i),
      choose: (i: number) => this.select({ series: 0, index: i }),
    };
    return html`<svg class="chart deprivation-context" width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" role="presentation" data-view="context" data-orientation=${l.orientation}>
      ${renderContextMarks(l, host)}
    </svg>`;
  }

  /** The context strip under the rates (inside their SVG, so downloads include it), or undefined. */
  private contextStrip(model: DeprivationRatesModel, under: DeprivationLayout): ContextLayout | undefined {
    return model.context?.status === 'ready' ? this.contextLayout(model.context.context, under.width, under) : undefined;
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

  private renderLegend(items: LegendItem[], top = 4): TemplateResult {
    const uid = this.uid;
    return svg`<g class="legend" part="legend" transform="translate(4, ${top})">
      ${items.map((item) => {
        const y = item.y;
        const swatch =
          item.kind === 'bar'
            ? svg`<rect class="bar m${item.colorIndex}" x=${item.x} y=${y} width="18" height="12"></rect>`
            : item.kind === 'interval'
              ? svg`<path class="whisker" d="M${item.x + 9},${y} V${y + 12} M${item.x + 5},${y} H${item.x + 13} M${item.x + 5},${y + 12} H${item.x + 13}"></path>`
              : item.kind === 'trend'
                ? svg`<line class="trend m0" x1=${item.x} x2=${item.x + 18} y1=${y + 6} y2=${y + 6}></line>`
                : item.kind === 'england'
                  ? svg`<line class="england" x1=${item.x} x2=${item.x + 18} y1=${y + 6} y2=${y + 6}></line>
                      <path class="england-marker" d="M${item.x + 9},${y + 2} l4,4 l-4,4 l-4,-4 z"></path>`
                  : item.kind === 'point'
                    ? svg`<circle class="m${item.colorIndex} legend-point" cx=${item.x + 9} cy=${y + 6} r="5"></circle>`
                    : item.kind === 'smooth'
                      ? svg`<line class="smooth m${item.colorIndex}" x1=${item.x} x2=${item.x + 18} y1=${y + 6} y2=${y + 6}></line>`
                      : item.kind === 'strip'
                        ? svg`<path class="strip" d="M${item.x + 5},${y} V${y + 12} M${item.x + 9},${y} V${y + 12} M${item.x + 13},${y} V${y + 12}"></path>`
                        : svg`<rect class="gap" fill="url(#${uid}-hatch)" x=${item.x} y=${y} width="18" height="12"></rect>`;
        return svg`<g class="legend-item" data-kind=${item.kind}>${swatch}<text x=${item.x + 24} y=${y + 10}>${item.label}</text></g>`;
      })}
    </g>`;
  }

  private hatch(): TemplateResult {
    return svg`<defs>
      <pattern id="${this.uid}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>`;
  }

  private renderMark(l: DeprivationLayout, si: number, di: number, m: DecileMark, colorIndex: number): TemplateResult {
    const active = this.nav.active?.series === si && this.nav.active.index === di;
    const events = {
      enter: () => this.nav.pointerEnter(si, di),
      click: () => this.select({ series: si, index: di }),
    };
    if (m.bar) {
      const w = m.whisker!;
      const vertical = l.orientation === 'vertical';
      const capPath = vertical
        ? `M${w.x1},${w.y1} V${w.y2} M${w.x1 - w.cap / 2},${w.y1} H${w.x1 + w.cap / 2} M${w.x2 - w.cap / 2},${w.y2} H${w.x2 + w.cap / 2}`
        : `M${w.x1},${w.y1} H${w.x2} M${w.x1},${w.y1 - w.cap / 2} V${w.y1 + w.cap / 2} M${w.x2},${w.y2 - w.cap / 2} V${w.y2 + w.cap / 2}`;
      return svg`<g class="bar-group ${active ? 'active' : ''}" data-measure=${m.measure} data-decile=${m.decile} data-status=${m.status} @pointerenter=${events.enter} @click=${events.click}>
        <rect class="bar m${colorIndex}" x=${m.bar.x} y=${m.bar.y} width=${m.bar.width} height=${m.bar.height}></rect>
        <path class="whisker" d=${capPath}></path>
        ${m.valueLabel ? svg`<text class="value-label" x=${m.valueLabel.x} y=${m.valueLabel.y} text-anchor=${m.valueLabel.anchor}>${m.valueLabel.text}</text>` : nothing}
      </g>`;
    }
    const g = m.gap!;
    return svg`<g class="bar-group gap-group ${active ? 'active' : ''}" data-measure=${m.measure} data-decile=${m.decile} data-status=${m.status} @pointerenter=${events.enter} @click=${events.click}>
      <rect class="gap ${m.status === 'no-data' ? 'no-data' : ''}" fill=${m.status === 'no-data' ? 'none' : `url(#${this.uid}-hatch)`} x=${g.x} y=${g.y} width=${g.width} height=${g.height}></rect>
    </g>`;
  }

  /** Labels of suppressed and empty deciles, drawn above the lines so nothing crosses them. */
  private renderGapLabels(l: DeprivationLayout): TemplateResult {
    return svg`<g class="gap-labels">
      ${l.series.map((s) =>
        s.marks.map((m) => {
          const t = m.gapLabel;
          return t ? svg`<text class="gap-label" data-measure=${m.measure} data-decile=${m.decile} x=${t.x} y=${t.y} transform=${t.rotate ? `rotate(-90 ${t.x} ${t.y})` : nothing}>${t.text}</text>` : nothing;
        }),
      )}
    </g>`;
  }

  private renderBars(model: DeprivationRatesModel, size: ChartSize): TemplateResult {
    const l = this.bars(model, size.width);
    const vertical = l.orientation === 'vertical';
    const { plot } = l;
    const strip = this.contextStrip(model, l);
    const height = l.height + (strip?.height ?? 0);
    const stripSeries = measuresFor(this.measureOption).length;
    return html`<svg class="chart deprivation" width=${l.width} height=${height} viewBox="0 0 ${l.width} ${height}" role="presentation" data-view="deciles" data-orientation=${l.orientation}>
      ${this.hatch()} ${this.renderLegend(l.legend)}
      <g class="value-axis">
        ${l.valueTicks.map((t) =>
          vertical
            ? svg`<line class="grid" x1=${plot.x} x2=${plot.x + plot.width} y1=${t.pos} y2=${t.pos}></line>
                <text class="tick" x=${plot.x - 6} y=${t.pos + 4} text-anchor="end">${t.label}</text>`
            : svg`<line class="grid" x1=${t.pos} x2=${t.pos} y1=${plot.y} y2=${plot.y + plot.height}></line>
                <text class="tick" x=${t.pos} y=${plot.y + plot.height + 16} text-anchor="middle">${t.label}</text>`,
        )}
        <text class="axis-title" x=${l.valueTitle.x} y=${l.valueTitle.y} text-anchor=${l.valueTitle.anchor}>${l.valueTitle.text}</text>
      </g>
      <g class="decile-axis">
        ${vertical
          ? svg`<line class="axis" x1=${plot.x} x2=${plot.x + plot.width} y1=${plot.y + plot.height} y2=${plot.y + plot.height}></line>`
          : svg`<line class="axis" x1=${plot.x} x2=${plot.x} y1=${plot.y} y2=${plot.y + plot.height}></line>`}
        ${l.decileTicks.map((t) =>
          vertical
            ? svg`<text class="tick decile-tick" x=${t.pos} y=${plot.y + plot.height + 16} text-anchor="middle">${t.label}</text>`
            : svg`<text class="tick decile-tick" x=${plot.x - 8} y=${t.pos + 4} text-anchor="end">${t.label}</text>`,
        )}
        ${l.decileEnds.map((e) => svg`<text class="secondary" x=${e.x} y=${e.y} text-anchor=${e.anchor}>${e.text}</text>`)}
        <text class="axis-title" x=${l.decileTitle.x} y=${l.decileTitle.y} text-anchor=${l.decileTitle.anchor}>${l.decileTitle.text}</text>
      </g>
      <g class="marks">
        ${l.series.map(
          (s, si) => svg`<g class="series" data-measure=${s.measure}>${s.marks.map((m, di) => this.renderMark(l, si, di, m, s.colorIndex))}</g>`,
        )}
      </g>
      <g class="overlays">
        ${l.series.map((s) =>
          s.trend
            ? svg`<line class="trend-casing" x1=${s.trend.x1} y1=${s.trend.y1} x2=${s.trend.x2} y2=${s.trend.y2}></line>
                <line class="trend m${s.colorIndex}" data-measure=${s.measure} x1=${s.trend.x1} y1=${s.trend.y1} x2=${s.trend.x2} y2=${s.trend.y2}></line>`
            : nothing,
        )}
        ${l.series.map((s) =>
          s.england
            ? svg`<g class="england-series" data-measure=${s.measure}>
                <path class="england" d=${s.england.path}></path>
                ${s.england.points.map((p) => svg`<path class="england-marker" data-decile=${p.decile} d="M${p.x},${p.y - 4} l4,4 l-4,4 l-4,-4 z"></path>`)}
              </g>`
            : nothing,
        )}
      </g>
      ${this.renderGapLabels(l)}
      ${strip
        ? renderContextMarks(
            strip,
            {
              active: this.activeContextIndex(stripSeries),
              enter: (i) => this.nav.pointerEnter(stripSeries, i),
              choose: (i) => this.select({ series: stripSeries, index: i }),
            },
            l.height,
          )
        : nothing}
    </svg>
    ${this.renderContextNote(model)}`;
  }

  private renderArea(model: DeprivationModel, size: ChartSize): TemplateResult {
    const l = this.scatter(model, size.width);
    const { plot } = l;
    const strip = l.suppressed;
    const active = this.nav.point;
    // layers: axes and bands (SVG) under the points (canvas), the pointer highlight (SVG) on top
    return html`<div
      class="area-wrap"
      @pointermove=${(e: PointerEvent) => this.onAreaPointer(e, model)}
      @click=${() => this.nav.active && this.select(this.nav.active)}
    >
      <svg class="chart deprivation-area" width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" role="presentation" data-view="area">
        ${this.renderLegend(l.legend, l.legendY)}
        <g class="bands">
          ${l.bands.map((b) => (b.shade ? svg`<rect class="band" x=${b.x0} y=${plot.y} width=${b.x1 - b.x0} height=${plot.height}></rect>` : nothing))}
          ${l.bands.map((b) => svg`<text class="secondary decile-band-label" x=${b.labelX} y=${plot.y - 5} text-anchor="middle">${b.decile}</text>`)}
        </g>
        <g class="axes">
          ${l.yTicks.map(
            (t) => svg`<line class="grid" x1=${plot.x} x2=${plot.x + plot.width} y1=${t.pos} y2=${t.pos}></line>
              <text class="tick" x=${plot.x - 6} y=${t.pos + 4} text-anchor="end">${t.label}</text>`,
          )}
          <line class="axis" x1=${plot.x} x2=${plot.x + plot.width} y1=${plot.y + plot.height} y2=${plot.y + plot.height}></line>
          ${l.xTicks.map(
            (t, i) => svg`<text class="tick" x=${t.pos} y=${strip.y + strip.height + 14} text-anchor=${i === 0 ? 'start' : i === l.xTicks.length - 1 ? 'end' : 'middle'}>${t.label}</text>`,
          )}
          <text class="axis-title" x=${l.xTitle.x} y=${l.xTitle.y} text-anchor="middle">${l.xTitle.text}</text>
          <text class="axis-title" x=${l.yTitle.x} y=${l.yTitle.y}>${l.yTitle.text}</text>
        </g>
        <g class="suppressed-strip" data-count=${strip.x.length}>
          ${strip.x.length
            ? svg`<path class="strip" d=${strip.path}></path>
                <text class="gap-label" x=${plot.x + 4} y=${strip.labelY}>${this.text.t('suppressedCell')}</text>`
            : nothing}
        </g>
        ${l.sets.map((s) => svg`<path class="smooth-line" data-measure=${s.measure} d=${s.smooth} fill="none" stroke="none"></path>`)}
      </svg>
      <canvas class="points" aria-hidden="true"></canvas>
      <svg class="overlay" width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" aria-hidden="true" data-export="skip">
        ${active ? svg`<circle class="highlight" cx=${active.x} cy=${active.y} r="7"></circle>` : nothing}
      </svg>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.points');
    const layout = this.scatterCache?.layout;
    if (!canvas || !layout || !this.model || !this.isArea(this.model)) {
      this.drawnScatter = undefined;
      return;
    }
    // colours come from the theme tokens: a new theme needs a new drawing
    if (this.drawnScatter === layout && canvas.dataset.drawn === '1' && !changed.has('theme')) return;
    this.drawScatter(canvas, layout);
  }

  /** Draws every point (rasterised as coverage masks, one image per measure), then the smoothed lines; builds the hit-test index when idle. */
  private drawScatter(canvas: HTMLCanvasElement, layout: ScatterLayout): void {
    const ctx = prepareCanvas(canvas, layout.width, layout.height);
    const styles = getComputedStyle(this);
    const alpha = Number.parseFloat(styles.getPropertyValue('--send-deprivation-point-opacity')) || 0.6;
    const colour = (i: number) => styles.getPropertyValue(`--send-color-${i + 1}`).trim() || DEFAULT_COLORS[i]!;
    const dpr = canvas.width / Math.max(1, layout.width);
    layout.sets.forEach((set, i) => drawPoints(ctx, set.x, set.y, set.r, colour(set.colorIndex), alpha, dpr, i === 0));
    // the smoothed lines go over the points, with a light casing so they read on any point
    const background = styles.getPropertyValue('--send-color-background').trim() || '#ffffff';
    ctx.save();
    ctx.lineJoin = 'round';
    for (const set of layout.sets) {
      if (!set.smooth) continue;
      const path = new Path2D(set.smooth);
      ctx.strokeStyle = background;
      ctx.lineWidth = 6;
      ctx.stroke(path);
      ctx.strokeStyle = colour(set.colorIndex);
      ctx.lineWidth = 3;
      ctx.stroke(path);
    }
    ctx.restore();
    canvas.dataset.drawn = '1';
    this.drawnScatter = layout;
    // build the hover index after the first paint, when the browser is idle, so neither the
    // first render nor the first hover pays for it
    const cache = this.scatterCache;
    const idle = (fn: () => void) => ('requestIdleCallback' in globalThis ? requestIdleCallback(fn, { timeout: 500 }) : setTimeout(fn, 50));
    idle(() => {
      if (this.scatterCache === cache && cache) for (const index of this.pointIndices()) index.find(-1e6, -1e6, 0);
    });
  }

  private onAreaPointer(event: PointerEvent, model: DeprivationModel): void {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const hit = this.hitTest(event.clientX - box.left, event.clientY - box.top);
    if (hit === undefined) {
      if (this.nav.active) this.nav.pointerLeave();
      return;
    }
    const pos = this.areaNavPosition(model, hit);
    if (pos && (this.nav.active?.series !== pos.series || this.nav.active.index !== pos.index)) this.nav.pointerEnter(pos.series, pos.index);
  }

  /**
   * The LSOA (index into the model's `lsoas`) nearest a point in plot pixels, within a few pixels
   * of its circle, or undefined. Uses quadtrees built on first use.
   */
  hitTest(x: number, y: number): number | undefined {
    const cache = this.scatterCache;
    if (!cache) return undefined;
    let best: number | undefined;
    let bestD = Infinity;
    this.pointIndices().forEach((index, s) => {
      const k = index.find(x, y, 6);
      if (k < 0) return;
      const set = cache.layout.sets[s]!;
      const d = Math.hypot(set.x[k]! - x, set.y[k]! - y);
      if (d < bestD) (bestD = d), (best = set.index[k]!);
    });
    return best;
  }

  private areaNavPosition(model: DeprivationModel, lsoa: number): { series: number; index: number } | undefined {
    const l = model.lsoas!;
    const d = l.deciles[lsoa]! - 1;
    if (this.areaPositions?.model === model) return { series: d, index: this.areaPositions.position[lsoa]! };
    let index = 0;
    for (let i = 0; i < l.codes.length; i++) {
      if (l.deciles[i] !== d + 1) continue;
      if (l.ranks[i]! < l.ranks[lsoa]! || (l.ranks[i] === l.ranks[lsoa] && i < lsoa)) index++;
    }
    return { series: d, index };
  }

  // ---- table ---------------------------------------------------------------------------------

  protected override tableOf(model: DeprivationChartModel): DataTableSpec {
    if (isContextModel(model)) {
      const w = this.words;
      return contextTable(model.context, this.heading || w.t('deprivationLsoaCaption', { in: inArea(w, model.name) }), model.name, this.locale, w);
    }
    return this.isArea(model) ? this.areaTable(model) : this.decileTable(model);
  }

  private cell(v: number | undefined, digits?: number): TableCell {
    return v === undefined ? { text: this.text.t('suppressedCell'), sort: -1 } : { text: digits === undefined ? formatNumber(v, this.locale, 0) : formatRate(v, this.locale, digits), sort: v };
  }

  /** The table's caption: the heading (or `fallback`), with the period when the data has one. */
  private caption(model: DeprivationModel, fallback: string): string {
    const heading = this.heading || fallback;
    return model.period ? this.words.t('deprivationCaptionPeriod', { heading, period: model.period }) : heading;
  }

  private decileTable(model: DeprivationRatesModel): DataTableSpec {
    const w = this.words;
    const measures = measuresFor(this.measureOption);
    const england = this.showEngland ? model.england : undefined;
    const columns: DataTableSpec['columns'] = [
      { key: 'decile', label: w.t('deprivationColDecile') },
      { key: 'pupils', label: w.t('deprivationColPupils'), numeric: true },
    ];
    for (const m of measures) {
      const measure = this.measureName(m);
      columns.push(
        { key: `${m}_count`, label: w.t('deprivationColCount', { measure }), numeric: true },
        { key: `${m}_rate`, label: w.t('deprivationColRate', { measure }), numeric: true },
        { key: `${m}_ci`, label: w.t('deprivationColInterval', { measure }) },
      );
      if (england) columns.push({ key: `${m}_england`, label: w.t('deprivationColEngland', { measure }), numeric: true });
    }
    const context = model.context?.status === 'ready' ? model.context : undefined;
    if (context) {
      columns.push({ key: 'lsoas', label: w.t('deprivationLsoas'), numeric: true }, { key: 'share', label: w.t('deprivationLsoaShare'), numeric: true });
    }
    const noData = { text: w.t('deprivationNoData'), sort: -2 };
    const rows = Array.from({ length: 10 }, (_, i) => {
      const first = model.local[measures[0]!].deciles[i]!;
      const row: Record<string, TableCell> = {
        decile: { text: decileName(i + 1, w), sort: i + 1 },
        pupils: first.status === 'no-data' ? noData : this.cell(first.pupils),
      };
      for (const m of measures) {
        const d = model.local[m].deciles[i]!;
        const none = d.status === 'no-data' ? noData : undefined;
        row[`${m}_count`] = none ?? this.cell(d.count);
        row[`${m}_rate`] = none ?? this.cell(d.rate, 1);
        row[`${m}_ci`] = none ?? (d.rate === undefined ? this.text.t('suppressedCell') : w.t('deprivationRange', { lower: this.fmt(d.lower!), upper: this.fmt(d.upper!) }));
        if (england) {
          const e = england[m].deciles[i]!;
          row[`${m}_england`] = e.status === 'no-data' ? noData : this.cell(e.rate, 1);
        }
      }
      if (context) Object.assign(row, contextCells(context.context, i, this.locale));
      return row;
    });
    const notes = [this.text.t('suppressedNote', { min: this.minCount })];
    if (context) {
      const lsoas = w.plural('deprivationLsoaCount', context.context.total);
      notes.push(`${w.t('deprivationNoteLsoas', { lsoas, in: inArea(w, context.name) })} ${w.t('deprivationNoteNotPeople')}`);
    }
    // what the rates support, worded from the same findings as the summary
    notes.push(...deprivationNotes(model, { measures, text: w }));
    return { caption: this.caption(model, w.t('deprivationCaption')), columns, rows, notes };
  }

  private areaTable(model: DeprivationModel): DataTableSpec {
    const w = this.words;
    const l = model.lsoas!;
    const measures = measuresFor(this.measureOption);
    const columns: DataTableSpec['columns'] = [
      { key: 'name', label: w.t('deprivationColArea') },
      { key: 'code', label: w.t('deprivationColCode') },
      { key: 'rank', label: w.t('deprivationColRank'), numeric: true },
      { key: 'decile', label: w.t('deprivationColDecile'), numeric: true },
      { key: 'pupils', label: w.t('deprivationColPupils'), numeric: true },
      ...measures.flatMap((m) => [
        { key: `${m}_count`, label: w.t('deprivationColCount', { measure: this.measureName(m) }), numeric: true },
        { key: `${m}_rate`, label: w.t('deprivationColRate', { measure: this.measureName(m) }), numeric: true },
      ]),
    ];
    const order = l.codes.map((_, i) => i).sort((a, b) => l.ranks[a]! - l.ranks[b]!);
    const rows = order.map((i) => {
      const row: Record<string, TableCell> = {
        name: l.names[i]!,
        code: l.codes[i]!,
        rank: { text: formatNumber(l.ranks[i]!, this.locale), sort: l.ranks[i]! },
        decile: { text: String(l.deciles[i]), sort: l.deciles[i]! },
        pupils: this.cell(l.pupils[i] ?? undefined),
      };
      for (const m of measures) {
        row[`${m}_count`] = this.cell(l.measures[m].counts[i] ?? undefined);
        row[`${m}_rate`] = this.cell(l.measures[m].rates[i] ?? undefined, 1);
      }
      return row;
    });
    return {
      caption: w.t('deprivationAreaCaption', { heading: this.caption(model, w.t('deprivationAreaHeading')) }),
      columns,
      rows,
      notes: [this.text.t('suppressedNote', { min: this.minCount })],
    };
  }
}

interface AreaPointHost {
  label(i: number): string;
  datum(i: number): DeprivationAreaDatum;
  x(i: number): number;
  y(i: number): number;
}

/**
 * A keyboard stop for one area. Its words, datum and position are worked out only when asked
 * (prototype getters, so tens of thousands of them cost little to make).
 */
class AreaPoint implements NavPoint {
  constructor(
    readonly id: string,
    private readonly i: number,
    private readonly host: AreaPointHost,
  ) {}
  get label(): string {
    return this.host.label(this.i);
  }
  get datum(): DeprivationAreaDatum {
    return this.host.datum(this.i);
  }
  get x(): number {
    return this.host.x(this.i);
  }
  get y(): number {
    return this.host.y(this.i);
  }
}

function findIndex(arr: Int32Array, value: number): number {
  // indices are in increasing order: binary search
  let lo = 0;
  let hi = arr.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = arr[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

declare global {
  interface HTMLElementTagNameMap {
    'send-deprivation-chart': SendDeprivationChart;
  }
}

/**
 * Area indices in rank order (ties by index): a counting sort, since ranks are whole numbers from
 * 1 to 32,844, so ordering every LSOA in England costs two passes rather than a comparison sort.
 */
function byRank(ranks: readonly number[]): Int32Array {
  let max = 0;
  for (const r of ranks) if (r > max) max = r;
  const starts = new Int32Array(max + 2);
  for (const r of ranks) starts[r + 1]!++;
  for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
  const order = new Int32Array(ranks.length);
  for (let i = 0; i < ranks.length; i++) order[starts[ranks[i]!]!++] = i;
  return order;
}
