import {
  buildNeedsModel,
  composeNeeds,
  findNeedGroup,
  needsContract,
  needsNotes,
  selectNeeds,
  summariseComposition,
  summariseNeeds,
  PROVISIONS,
  type Contract,
  type NeedCell,
  type NeedRow,
  type NeedSort,
  type NeedsModel,
  type Provision,
  type ValidatedData,
} from '@send-insight/data';
import { cssProps, formatNumber, formatPValue, formatShare, SendElement, seriesColor, type ChartSize, type DataTableSpec, type NavSeries, type TableCell } from '@send-insight/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  compositionTop,
  gapText,
  layoutNeedBreakdown,
  NEED_MODES,
  phaseLabel,
  provisionLabel,
  type CompositionLayout,
  type DifferenceLayout,
  type NeedLayout,
  type NeedMode,
  type NeedRowLayout,
  type SegmentLayout,
  type SharesLayout,
  type NeedWording,
  type TextLine,
} from './need-breakdown.layout.js';
import { NEED_BREAKDOWN_TEXT } from './need-breakdown.strings.js';
import { needBreakdownStyles } from './need-breakdown.styles.js';

/** What `send-select` carries: the need and only the figures that may be shown. */
export interface NeedDatum {
  need: string;
  label: string;
  phase: string;
  provision: Provision;
  pupils?: number;
  share?: number;
  englandShare?: number;
  differencePoints?: number;
  verdict?: 'higher' | 'lower' | 'similar';
  status: NeedCell['status'];
}

const SORTS: readonly NeedSort[] = ['share', 'england', 'difference', 'name', 'code'];

/**
 * Which primary types of need are most common here, and where the area differs from England: for
 * one phase (or setting) and provision, horizontal bars of each need's share of pupils with
 * England's share marked on each bar; or (`mode="difference"`) a dot plot of the percentage-point
 * difference from England with 95% intervals and ▲ ▼ ○ shapes for significantly higher, lower or
 * similar (each need tested against the rest of England, with Holm's adjustment over the needs
 * compared; the workshop's Methods page says how); or (`mode="composition"`) 100% stacked bars across phases
 * (or SEN support against EHC plans) with direct labels and a legend that is also a filter.
 * Counts below `min-count` are suppressed, with secondary suppression within each area × phase ×
 * provision, and drawn as the word "suppressed", never as 0.
 *
 * @summary Primary type of need: local shares against England, by phase and provision.
 *
 * @attr phase - `primary`, `secondary`, `special`, `all`, or a setting label used in the data. Default: `all` when the data has it, else the first phase.
 * @attr provision - `sen_support`, `ehc_plan` or `all`. Default: `all` when available (SEN support plus EHC plans), else what the data has.
 * @attr top - Show the N most common needs and add the rest up as "Other needs" (the composition view keeps at most six, default six).
 * @attr sort - `share` (default), `england`, `difference`, `name` or `code` (the DfE order).
 * @attr mode - `shares` (default), `difference` or `composition`. (`view` still switches between the chart and the table.)
 * @attr composition-by - With `mode="composition"`: bars per `phase` (default) or per `provision`.
 * @attr geography - Which geography in the data is the local area (default `local`, or the only one that is not England).
 * @attr compare-with - `rest-of-england` (default): the area's counts are part of England's, as in every published file, so each need is tested against England without the area; `england`: England's figures leave the area out, so it is tested against them as they are.
 * @attr strings - JSON object overriding any text: the shell's (core `DEFAULT_STRINGS`), the chart's (`NEED_BREAKDOWN_STRINGS`: labels, key, controls, table) and the summary's and need names (`NEEDS_STRINGS` from `@send-insight/data`, e.g. `need.SLCN`).
 *
 * @fires send-render - The chart has drawn; `detail.summary` is its description.
 * @fires send-select - A need was chosen; `detail.datum` is a {@link NeedDatum}.
 * @fires send-data-error - The data cannot be drawn; `detail` lists `{row, column, value, message}`.
 *
 * @csspart base - The `<figure>`.
 * @csspart plot - The chart area.
 * @csspart legend - The composition legend (toggle buttons).
 * @csspart table - The data table.
 * @csspart error - The error message.
 *
 * @cssprop [--send-need-bar-fill=var(--send-color-1)] - Local share bars.
 * @cssprop [--send-color-comparator=#0b0c0c] - England's marker.
 * @cssprop [--send-need-higher=var(--send-color-1)] - Significantly higher (▲).
 * @cssprop [--send-need-lower=var(--send-color-3)] - Significantly lower (▼).
 * @cssprop [--send-need-other=#b1b4b6] - "Other needs" in the composition view.
 * @cssprop [--send-need-font-size=14px] - Text size inside the chart.
 */
export class SendNeedBreakdown extends SendElement<NeedsModel> {
  static override styles = [...SendElement.styles, needBreakdownStyles];

  /** Phase or setting label; default `all` when present, else the first phase in the data. */
  @property({ reflect: true }) phase?: string;

  /** `sen_support`, `ehc_plan` or `all`. */
  @property({ reflect: true }) provision?: Provision;

  /** Show the top N needs by local share; the rest become "Other needs". */
  @property({ type: Number }) top?: number;

  /** Row order: `share`, `england`, `difference`, `name` or `code`. */
  @property() sort?: NeedSort;

  /** `shares`, `difference` or `composition`. */
  @property({ reflect: true }) mode: NeedMode = 'shares';

  /** Composition bars per `phase` or per `provision`. */
  @property({ attribute: 'composition-by' }) compositionBy: 'phase' | 'provision' = 'phase';

  /** The local geography's name in the data. */
  @property() geography?: string;

  /** `rest-of-england` (default: England's counts include the area's) or `england` (they do not). */
  @property({ attribute: 'compare-with' }) compareWith: 'rest-of-england' | 'england' = 'rest-of-england';

  /** Composition legend keys switched off. */
  @state() private hiddenKeys: string[] = [];

  private layoutCache?: { key: string; model: NeedsModel; words: NeedWording; layout: NeedLayout };

  protected get contract(): Contract {
    return needsContract;
  }

  private get safeMode(): NeedMode {
    return NEED_MODES.includes(this.mode) ? this.mode : 'shares';
  }

  private get safeProvision(): Provision | undefined {
    return this.provision && PROVISIONS.includes(this.provision) ? this.provision : undefined;
  }

  private get safeSort(): NeedSort | undefined {
    return this.sort && SORTS.includes(this.sort) ? this.sort : undefined;
  }

  private get safeTop(): number | undefined {
    return this.top !== undefined && Number.isFinite(this.top) && this.top >= 1 ? Math.floor(this.top) : undefined;
  }

  protected buildModel(data: ValidatedData): NeedsModel {
    this.layoutCache = undefined;
    const periods = data.columns.get('time_period');
    // a period the data does not have is "no data for …", not an error
    const period = this.period && periods?.includes(this.period) ? this.period : undefined;
    const model = buildNeedsModel(data, { minCount: this.minCount, period, geography: this.geography || undefined, localInComparator: this.compareWith !== 'england', text: this.textOptions });
    if (this.period && !period) return { ...model, groups: [] };
    return model;
  }

  protected isEmpty(model: NeedsModel): boolean {
    if (model.groups.length === 0) return true;
    if (this.safeMode === 'composition') return false;
    return !findNeedGroup(model, this.phase, this.safeProvision);
  }

  protected override isSuppressed(model: NeedsModel): boolean {
    if (this.safeMode === 'composition') return model.groups.every((g) => g.local.suppressed);
    const g = findNeedGroup(model, this.phase, this.safeProvision);
    return !!g && (g.local.suppressed || g.needs.every((r) => r.local.status !== 'shown'));
  }

  protected override emptyFor(): string | undefined {
    const w = this.words;
    const parts = [this.phase ? phaseLabel(this.phase, w).toLowerCase() : '', this.safeProvision ? provisionLabel(this.safeProvision, w) : '', this.period ?? ''].filter(Boolean);
    return parts.join(w.template('listSeparator')) || undefined;
  }

  protected summarise(model: NeedsModel): string {
    if (this.safeMode === 'composition') {
      return summariseComposition(model, { by: this.compositionBy === 'provision' ? 'provision' : 'phase', phase: this.phase, provision: this.safeProvision, ...this.textOptions });
    }
    return summariseNeeds(model, { phase: this.phase, provision: this.safeProvision, ...this.textOptions });
  }

  /** The chart's and its data's text with the `strings` overrides. */
  private get words(): NeedWording {
    return this.wording(NEED_BREAKDOWN_TEXT);
  }

  protected override get defaultName(): string {
    return this.words.t('needChartName');
  }

  private get format() {
    return { share: (f: number, digits = 1) => formatShare(f, this.locale, digits), points: (v: number, digits = 1) => this.points(v, digits) };
  }

  private layoutFor(model: NeedsModel, width: number): NeedLayout {
    const opts = {
      mode: this.safeMode,
      phase: this.phase,
      provision: this.safeProvision,
      top: this.safeMode === 'composition' ? (this.safeTop ?? 6) : this.safeTop,
      sort: this.safeSort,
      by: this.compositionBy === 'provision' ? ('provision' as const) : ('phase' as const),
      hidden: this.hiddenKeys,
    };
    const key = JSON.stringify([Math.round(width), opts, this.locale]);
    const words = this.words;
    if (this.layoutCache?.key === key && this.layoutCache.model === model && this.layoutCache.words === words) return this.layoutCache.layout;
    const layout = layoutNeedBreakdown(model, { width }, { ...opts, format: this.format, text: words });
    this.layoutCache = { key, model, words, layout };
    return layout;
  }

  protected override chartHeight(model: NeedsModel, width: number): number {
    return this.layoutFor(model, width).height;
  }

  // ---- words ------------------------------------------------------------------------------

  private rowWords(row: NeedRow, model: NeedsModel): string {
    const f = this.format;
    const w = this.words;
    const area = model.localLabel;
    const parts: string[] = [];
    if (row.local.share !== undefined) {
      const interval = row.local.lower !== undefined ? w.t('needIntervalWords', { lower: f.share(row.local.lower), upper: f.share(row.local.upper!) }) : '';
      parts.push(w.t('needShareWords', { share: f.share(row.local.share), area, interval }));
    } else parts.push(w.t('needGapWords', { area, gap: gapText(row.local, w) }));
    if (model.comparator) {
      parts.push(row.england?.share !== undefined ? w.t('needEnglandShare', { share: f.share(row.england.share) }) : w.t('needEnglandGap', { gap: gapText(row.england, w) }));
    }
    if (row.difference) parts.push(w.t('needDifferenceWords', { points: f.points(row.difference.points), verdict: w.t(`needVerdict.${row.difference.verdict}`) }));
    if (row.members?.length) {
      const suppressed = row.suppressedMembers ? w.t('needAddsUpSuppressed', { n: formatNumber(row.suppressedMembers, this.locale) }) : '';
      parts.push(w.plural('needAddsUp', row.members.length, { suppressed }));
    }
    return w.t('needRowWords', { need: row.label, parts: parts.join(w.template('listSeparatorLong')) });
  }

  private datumOf(row: NeedRow, phase: string, provision: Provision): NeedDatum {
    const d: NeedDatum = { need: row.key, label: row.label, phase, provision, status: row.local.status };
    if (row.local.status === 'shown') d.pupils = row.local.count;
    if (row.local.share !== undefined) d.share = row.local.share;
    if (row.england?.share !== undefined) d.englandShare = row.england.share;
    if (row.difference) {
      d.differencePoints = row.difference.points;
      d.verdict = row.difference.verdict;
    }
    return d;
  }

  protected override navigation(model: NeedsModel, size: ChartSize): NavSeries[] {
    const layout = this.layoutFor(model, size.width);
    const w = this.words;
    if (layout.mode === 'composition') {
      return layout.bars.map((bar) => ({
        label: layout.by === 'phase' ? phaseLabel(bar.key, w) : provisionLabel(bar.key as Provision, w),
        points: bar.segments.map((s) => ({
          id: `${bar.key}:${s.key}`,
          label: w.t('needSegmentWords', {
            bar: layout.by === 'phase' ? phaseLabel(bar.key, w) : provisionLabel(bar.key as Provision, w),
            need: s.label,
            share: this.format.share(s.share),
            pupils: formatNumber(s.count, this.locale),
          }),
          x: s.box.x + s.box.width / 2,
          y: s.box.y,
          datum: { need: s.key, label: s.label, setting: bar.key, share: s.share, pupils: s.count },
        })),
      }));
    }
    const g = layout.group;
    return [
      {
        label: w.t('needGroupLabel', { phase: phaseLabel(g.phase, w), provision: provisionLabel(g.provision, w) }),
        // bars are listed top to bottom: Down and Up move between needs
        vertical: true,
        points: layout.rows.map((r) => ({
          id: r.key,
          label: this.rowWords(r.row, model),
          x: r.focus.x,
          y: r.focus.y,
          datum: this.datumOf(r.row, g.phase, g.provision),
        })),
      },
    ];
  }

  // ---- controls -----------------------------------------------------------------------------

  protected override renderControls(model: NeedsModel): unknown {
    const id = this.uid;
    const phases = model.phases;
    const phase = findNeedGroup(model, this.phase, this.safeProvision)?.phase ?? this.phase ?? '';
    const w = this.words;
    return html`<div class="controls">
      <label for="${id}-mode"
        >${w.t('needControlShow')}
        <select id="${id}-mode" class="control-select" @change=${(e: Event) => (this.mode = (e.target as HTMLSelectElement).value as NeedMode)}>
          ${NEED_MODES.map((m) => html`<option value=${m} ?selected=${m === this.safeMode} ?disabled=${m === 'difference' && !model.comparator}>${w.t(`needMode.${m}`)}</option>`)}
        </select></label
      >
      ${this.safeMode === 'composition' && model.provisions.includes('sen_support') && model.provisions.includes('ehc_plan')
        ? html`<label for="${id}-by"
            >${w.t('needControlBarsFor')}
            <select id="${id}-by" @change=${(e: Event) => (this.compositionBy = (e.target as HTMLSelectElement).value as 'phase' | 'provision')}>
              <option value="phase" ?selected=${this.compositionBy !== 'provision'}>${w.t('needByPhase')}</option>
              <option value="provision" ?selected=${this.compositionBy === 'provision'}>${w.t('needByProvision')}</option>
            </select></label
          >`
        : nothing}
      ${(this.safeMode !== 'composition' || this.compositionBy === 'provision') && phases.length > 1
        ? html`<label for="${id}-phase"
            >${w.t('needControlPhase')}
            <select id="${id}-phase" @change=${(e: Event) => (this.phase = (e.target as HTMLSelectElement).value)}>
              ${phases.map((p) => html`<option value=${p} ?selected=${p === phase}>${phaseLabel(p, w)}</option>`)}
            </select></label
          >`
        : nothing}
    </div>`;
  }

  // ---- marks -------------------------------------------------------------------------------

  private text(t: TextLine, extra = ''): TemplateResult {
    return svg`<text class="${t.kind} ${extra}" x=${t.x} y=${t.y} text-anchor=${t.anchor}>${t.text}</text>`;
  }

  private renderAxis(layout: NeedLayout): TemplateResult {
    return svg`<g class="axis" aria-hidden="true">
      ${layout.ticks.map(
        (t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${layout.plotTop - 4} y2=${layout.plotBottom}></line>
          <text class="tick" x=${t.textX} y=${layout.plotBottom + layout.lineHeight} text-anchor="middle">${t.text}</text>`,
      )}
    </g>`;
  }

  private renderKey(layout: SharesLayout | DifferenceLayout): TemplateResult {
    return svg`<g class="key">
      ${layout.key.map((k) => {
        const cx = k.x + 9;
        const cy = k.y;
        const mark =
          k.kind === 'bar'
            ? svg`<rect class="bar" x=${k.x} y=${cy - 6} width="18" height="12"></rect>`
            : k.kind === 'marker'
              ? svg`<line class="marker" x1=${cx} x2=${cx} y1=${cy - 8} y2=${cy + 8}></line>`
              : k.kind === 'interval'
                ? svg`<line class="interval" x1=${k.x} x2=${k.x + 18} y1=${cy} y2=${cy}></line>`
                : this.shape(k.kind, cx, cy);
        return svg`${mark}${this.text(k.text)}`;
      })}
    </g>`;
  }

  private shape(kind: 'higher' | 'lower' | 'similar', x: number, y: number): TemplateResult {
    if (kind === 'higher') return svg`<path class="dot higher" d="M${x},${y - 7}L${x + 7},${y + 5}L${x - 7},${y + 5}Z"></path>`;
    if (kind === 'lower') return svg`<path class="dot lower" d="M${x},${y + 7}L${x + 7},${y - 5}L${x - 7},${y - 5}Z"></path>`;
    return svg`<circle class="dot similar" cx=${x} cy=${y} r="5.5"></circle>`;
  }

  private renderRows(layout: SharesLayout | DifferenceLayout): TemplateResult {
    const active = this.activePoint?.series === 0 ? this.activePoint.index : -1;
    return svg`${layout.rows.map((r: NeedRowLayout, i) => {
      const hit = { x: 0, y: r.top - 2, width: layout.width, height: r.bottom - r.top };
      return svg`<g class="row" data-need=${r.key}
          @pointerenter=${() => this.pointerEnter(0, i)}
          @click=${() => this.select({ series: 0, index: i })}>
        <rect class="row-hit" x=${hit.x} y=${hit.y} width=${hit.width} height=${hit.height}></rect>
        ${r.label.map((t) => this.text(t))}
        ${r.bar ? svg`<rect class="bar" x=${r.bar.x} y=${r.bar.y} width=${r.bar.width} height=${r.bar.height}></rect>` : nothing}
        ${r.marker
          ? svg`<line class="marker-halo" x1=${r.marker.x} x2=${r.marker.x} y1=${r.marker.y1} y2=${r.marker.y2}></line>
              <line class="marker" x1=${r.marker.x} x2=${r.marker.x} y1=${r.marker.y1} y2=${r.marker.y2}></line>`
          : nothing}
        ${r.interval ? svg`<line class="interval" x1=${r.interval.x1} x2=${r.interval.x2} y1=${r.interval.y} y2=${r.interval.y}></line>
            <line class="interval" x1=${r.interval.x1} x2=${r.interval.x1} y1=${r.interval.y - 5} y2=${r.interval.y + 5}></line>
            <line class="interval" x1=${r.interval.x2} x2=${r.interval.x2} y1=${r.interval.y - 5} y2=${r.interval.y + 5}></line>` : nothing}
        ${r.dot ? this.shape(r.dot.shape, r.dot.x, r.dot.y) : nothing}
        ${r.gap ? this.text(r.gap, 'gap') : nothing}
        ${r.values.map((t) => this.text(t))}
        ${i === active && !this.pointerActive
          ? svg`<rect class="active-ring-outer" x=${hit.x + 2} y=${hit.y} width=${hit.width - 4} height=${hit.height}></rect>
              <rect class="active-ring" x=${hit.x + 2} y=${hit.y} width=${hit.width - 4} height=${hit.height}></rect>`
          : nothing}
      </g>`;
    })}`;
  }

  private fillOf(fill: SegmentLayout['fill']): string {
    if (fill === 'other') return 'var(--send-need-other, #b1b4b6)';
    if (fill === 'suppressed') return `url(#${this.uid}-hatch)`;
    return seriesColor(fill);
  }

  private renderComposition(layout: CompositionLayout): TemplateResult {
    return svg`${layout.bars.map((bar, b) => svg`<g class="composition-bar" data-setting=${bar.key}>
      ${bar.label.map((t) => this.text(t, 'value'))}
      ${bar.segments.map((s, i) => {
        const active = this.activePoint?.series === b && this.activePoint.index === i && !this.pointerActive;
        const dark = typeof s.fill === 'number' && s.fill % 2 === 0;
        return svg`<g class="segment-group" data-need=${s.key} @pointerenter=${() => this.pointerEnter(b, i)} @click=${() => this.select({ series: b, index: i })}>
          <rect class="segment" x=${s.box.x} y=${s.box.y} width=${s.box.width} height=${s.box.height} fill=${this.fillOf(s.fill)}></rect>
          ${s.text ? this.text(s.text, `segment-text ${dark ? 'on-dark' : 'on-light'}`) : nothing}
          ${active
            ? svg`<rect class="active-ring-outer" x=${s.box.x} y=${s.box.y} width=${s.box.width} height=${s.box.height}></rect>
                <rect class="active-ring" x=${s.box.x} y=${s.box.y} width=${s.box.width} height=${s.box.height}></rect>`
            : nothing}
        </g>`;
      })}
      ${bar.gap ? this.text(bar.gap, 'gap') : nothing}
    </g>`)}`;
  }

  private toggleKey(key: string): void {
    const hidden = new Set(this.hiddenKeys);
    if (hidden.has(key)) hidden.delete(key);
    else hidden.add(key);
    const layout = this.layoutCache?.layout;
    // keep at least one need drawn
    if (layout?.mode === 'composition' && layout.legend.every((e) => hidden.has(e.key))) return;
    this.hiddenKeys = [...hidden];
  }

  private renderLegend(layout: CompositionLayout): TemplateResult {
    return html`<ul class="legend" part="legend" aria-label=${this.words.t('needLegendLabel')}>
        ${layout.legend.map(
          (e) => html`<li>
            <button type="button" data-export="content" aria-pressed=${e.hidden ? 'false' : 'true'} @click=${() => this.toggleKey(e.key)}>
              <span class="swatch" ${cssProps({ background: e.fill === 'suppressed' ? 'repeating-linear-gradient(45deg, #6f777b 0 2px, #ffffff 2px 6px)' : this.fillOf(e.fill) })}></span>
              <span class="legend-label">${e.label}</span>
            </button>
          </li>`,
        )}
      </ul>
      ${layout.bars.some((b) => b.partial) ? html`<p class="legend-hint">${this.words.t('needLegendPartial')}</p>` : nothing}`;
  }

  protected renderChart(model: NeedsModel, size: ChartSize): unknown {
    const layout = this.layoutFor(model, size.width);
    const w = layout.width;
    const h = layout.height;
    const body =
      layout.mode === 'composition'
        ? svg`${this.renderAxis(layout)}${this.renderComposition(layout)}`
        : svg`${this.renderKey(layout)}${this.renderAxis(layout)}
            ${layout.mode === 'difference' ? svg`<line class="zero" x1=${layout.zeroX} x2=${layout.zeroX} y1=${layout.plotTop - 4} y2=${layout.plotBottom}></line>` : nothing}
            ${this.renderRows(layout)}`;
    return html`<svg class="chart" width=${w} height=${h} viewBox="0 0 ${w} ${h}" role="presentation" xmlns="http://www.w3.org/2000/svg">
        <defs>
          <pattern id="${this.uid}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect class="hatch-bg" width="6" height="6" fill="#ffffff"></rect>
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="6" stroke="#6f777b" stroke-width="2"></line>
          </pattern>
        </defs>
        ${body}
      </svg>
      ${layout.mode === 'composition' ? this.renderLegend(layout) : nothing}`;
  }

  // ---- table -------------------------------------------------------------------------------

  protected tableOf(model: NeedsModel): DataTableSpec {
    const f = this.format;
    const w = this.words;
    const suppressedText = this.t('suppressedCell');
    const suppressed = (cell: NeedCell | undefined): TableCell => ({ text: cell?.status === 'suppressed' ? suppressedText : gapText(cell, w), sort: -1 });
    const share = (cell: NeedCell | undefined): TableCell => (cell?.share !== undefined ? { text: f.share(cell.share), sort: cell.share } : suppressed(cell));
    const range = (lower: string, upper: string) => w.t('needRange', { lower, upper });
    const heading = this.heading || w.t('needTableHeading');
    const area = model.localLabel;
    const composition = this.safeMode === 'composition' ? (this.compositionBy === 'provision' ? 'provision' : 'phase') : undefined;
    const notes = needsNotes(model, { phase: this.phase, provision: this.safeProvision, ...(composition ? { composition } : {}), text: w });
    if (model.suppressedCells) notes.push(this.t('suppressedNote', { min: model.minCount }));
    if (this.safeMode === 'composition') {
      const by = this.compositionBy === 'provision' ? ('provision' as const) : ('phase' as const);
      const comp = composeNeeds(model, { by, phase: this.phase, provision: this.safeProvision, top: compositionTop(this.safeTop), text: w });
      const hidden = new Set(this.hiddenKeys);
      const rows: Record<string, TableCell>[] = [];
      const notShown = (s: { status: string }) => ({ text: s.status === 'suppressed' ? suppressedText : w.t('needGapNotAvailable'), sort: -1 });
      for (const bar of comp.bars) {
        const name = by === 'phase' ? phaseLabel(bar.key, w) : provisionLabel(bar.key as Provision, w);
        if (bar.suppressed) rows.push({ setting: name, need: w.t('needTableAllNeeds'), pupils: { text: suppressedText, sort: -1 }, share: { text: suppressedText, sort: -1 } });
        for (const s of bar.segments) {
          if (hidden.has(s.key)) continue;
          const shown = s.status === 'shown' && s.share !== undefined;
          rows.push({
            setting: name,
            need: s.label,
            pupils: shown ? { text: formatNumber(s.count!, this.locale), sort: s.count! } : notShown(s),
            share: shown ? { text: f.share(s.share!), sort: s.share! } : notShown(s),
          });
        }
      }
      return {
        caption: w.t(by === 'phase' ? 'needCaptionByPhase' : 'needCaptionByProvision', { heading, area }),
        columns: [
          { key: 'setting', label: w.t(by === 'phase' ? 'needColSetting' : 'needColProvision') },
          { key: 'need', label: w.t('needColNeed') },
          { key: 'pupils', label: w.t('needColPupils'), numeric: true },
          { key: 'share', label: w.t('needColShare'), numeric: true },
        ],
        rows,
        notes,
      };
    }
    const selection = selectNeeds(model, { phase: this.phase, provision: this.safeProvision, top: this.safeTop, sort: this.safeSort ?? (this.safeMode === 'difference' ? 'difference' : 'share'), text: w });
    const rows = (selection?.rows ?? []).map((r) => {
      const out: Record<string, TableCell> = {
        need: r.label,
        pupils: r.local.status === 'shown' ? { text: formatNumber(r.local.count!, this.locale), sort: r.local.count! } : suppressed(r.local),
        share: share(r.local),
        interval: r.local.lower !== undefined ? range(f.share(r.local.lower), f.share(r.local.upper!)) : '',
      };
      if (model.comparator) {
        out.england = share(r.england);
        out.difference = r.difference ? { text: f.points(r.difference.points), sort: r.difference.points } : { text: '', sort: -Infinity };
        out.differenceInterval = r.difference ? range(f.points(r.difference.lower), f.points(r.difference.upper)) : '';
        out.verdict = r.difference ? w.t(`needVerdict.${r.difference.verdict}`) : '';
        out.p = r.difference ? { text: formatPValue(r.difference.pAdjusted, this.locale), sort: r.difference.pAdjusted } : { text: '', sort: Infinity };
      }
      return out;
    });
    const g = selection?.group;
    const columns = [
      { key: 'need', label: w.t('needColType') },
      { key: 'pupils', label: w.t('needColPupilsIn', { area }), numeric: true },
      { key: 'share', label: w.t('needColShareIn', { area }), numeric: true },
      { key: 'interval', label: w.t('needColInterval') },
    ];
    if (model.comparator) {
      columns.push(
        { key: 'england', label: w.t('needColEngland'), numeric: true },
        { key: 'difference', label: w.t('needColDifference'), numeric: true },
        { key: 'differenceInterval', label: w.t('needColDifferenceInterval') },
        { key: 'verdict', label: w.t('needColCompared') },
        { key: 'p', label: w.t('needColPAdjusted'), numeric: true },
      );
    }
    return {
      caption: w.t('needCaption', {
        heading,
        group: g ? w.t('needGroupLabel', { phase: phaseLabel(g.phase, w), provision: provisionLabel(g.provision, w) }) : '',
        period: model.period ? w.t('needCaptionPeriod', { period: model.period }) : '',
      }),
      columns,
      rows,
      notes,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'send-need-breakdown': SendNeedBreakdown;
  }
}
