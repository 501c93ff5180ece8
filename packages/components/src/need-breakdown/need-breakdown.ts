import {
  buildNeedsModel,
  needsContract,
  type Contract,
  type NeedSort,
  type NeedsModel,
  type Provision,
  type ValidatedData,
} from '@send-insight/data';
import { cssProps, SendElement, seriesColor, type ChartSize } from '@send-insight/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  CompositionLayout,
  DifferenceLayout,
  GapText,
  NeedLayout,
  NeedRowLayout,
  SegmentLayout,
  SharesLayout,
  TextLine,
} from './need-breakdown.layout.js';
import { exportKey, type ExportKey } from './need-breakdown.key.js';
import { NEED_BREAKDOWN_TEXT } from './need-breakdown.strings.js';
import { needBreakdownStyles } from './need-breakdown.styles.js';
import {
  NEED_MODES,
  needBreakdownView,
  needViewOptions,
  type NeedBreakdownView,
  type NeedMode,
  type NeedViewOptions,
} from './need-breakdown.view.js';
import { phaseLabel, provisionLabel, type NeedWording } from './need-breakdown.words.js';

export type { NeedDatum } from './need-breakdown.navigation.js';

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
 * @cssprop [--send-need-font-size=16px] - Text size inside the chart (the layout spaces labels for 16px).
 */
export class SendNeedBreakdown extends SendElement<NeedsModel, NeedLayout> {
  static override styles = [...SendElement.styles, needBreakdownStyles];
  /** @internal */
  static override viewProperties: readonly PropertyKey[] = [
    'phase',
    'provision',
    'top',
    'sort',
    'mode',
    'compositionBy',
    'hiddenKeys',
  ];

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

  protected get contract(): Contract {
    return needsContract;
  }

  /** The view's options, from the attributes (each default is resolved in `needViewOptions`). */
  private get options(): NeedViewOptions {
    const { mode, phase, provision, top, sort, compositionBy, hiddenKeys: hidden, heading } = this;
    return needViewOptions({ mode, phase, provision, top, sort, compositionBy, hidden, heading });
  }

  protected buildModel(data: ValidatedData): NeedsModel {
    const periods = data.columns.get('time_period');
    // a period the data does not have is "no data for …", not an error
    const period = this.period && periods?.includes(this.period) ? this.period : undefined;
    const model = buildNeedsModel(data, {
      minCount: this.minCount,
      period,
      geography: this.geography || undefined,
      localInComparator: this.compareWith !== 'england',
      text: this.text.options,
    });
    if (this.period && !period) return { ...model, groups: [] };
    return model;
  }

  protected override chartView(model: NeedsModel, width: number): NeedBreakdownView {
    return needBreakdownView(model, this.options, this.text.options, width);
  }

  protected override emptyFor(): string | undefined {
    const w = this.words;
    const { phase, provision } = this.options;
    const parts = [
      phase ? phaseLabel(phase, w).toLowerCase() : '',
      provision ? provisionLabel(provision, w) : '',
      this.period ?? '',
    ].filter(Boolean);
    return parts.join(w.template('listSeparator')) || undefined;
  }

  /** The chart's and its data's text with the `strings` overrides. */
  private get words(): NeedWording {
    return this.text.wording(NEED_BREAKDOWN_TEXT);
  }

  protected override get defaultName(): string {
    return this.words.t('needChartName');
  }

  // ---- controls -----------------------------------------------------------------------------

  protected override renderControls(model: NeedsModel): unknown {
    const id = this.uid;
    const phases = model.phases;
    const phase = (this.currentView() as NeedBreakdownView).phase ?? '';
    const { mode, by } = this.options;
    const w = this.words;
    return html`<div class="controls">
      <label for="${id}-mode"
        >${w.t('needControlShow')}
        <select id="${id}-mode" class="control-select" @change=${(e: Event) => (this.mode = (e.target as HTMLSelectElement).value as NeedMode)}>
          ${NEED_MODES.map((m) => html`<option value=${m} ?selected=${m === mode} ?disabled=${m === 'difference' && !model.comparator}>${w.t(`needMode.${m}`)}</option>`)}
        </select></label
      >
      ${
        mode === 'composition' && model.provisions.includes('sen_support') && model.provisions.includes('ehc_plan')
          ? html`<label for="${id}-by"
            >${w.t('needControlBarsFor')}
            <select id="${id}-by" @change=${(e: Event) => (this.compositionBy = (e.target as HTMLSelectElement).value as 'phase' | 'provision')}>
              <option value="phase" ?selected=${by === 'phase'}>${w.t('needByPhase')}</option>
              <option value="provision" ?selected=${by === 'provision'}>${w.t('needByProvision')}</option>
            </select></label
          >`
          : nothing
      }
      ${
        (mode !== 'composition' || by === 'provision') && phases.length > 1
          ? html`<label for="${id}-phase"
            >${w.t('needControlPhase')}
            <select id="${id}-phase" @change=${(e: Event) => (this.phase = (e.target as HTMLSelectElement).value)}>
              ${phases.map((p) => html`<option value=${p} ?selected=${p === phase}>${phaseLabel(p, w)}</option>`)}
            </select></label
          >`
          : nothing
      }
    </div>`;
  }

  // ---- marks -------------------------------------------------------------------------------

  private textLine(t: TextLine, extra = ''): TemplateResult {
    return svg`<text class="${t.kind} ${extra}" x=${t.x} y=${t.y} text-anchor=${t.anchor}>${t.text}</text>`;
  }

  /** A reason in the plot, one line after another in one text (a space ends each but the last, so it reads whole). */
  private gapLines(t: GapText, lh: number): TemplateResult {
    const n = t.lines.length;
    return svg`<text class="secondary gap" x=${t.x} y=${t.y}>${t.lines.map((line, j) => svg`<tspan x=${t.x} dy=${j ? lh : 0}>${j < n - 1 ? `${line} ` : line}</tspan>`)}</text>`;
  }

  private renderAxis(layout: NeedLayout): TemplateResult {
    return svg`<g class="axis" aria-hidden="true">
      ${layout.ticks.map(
        (
          t,
        ) => svg`${t.pieces.map(([y1, y2]) => svg`<line class="grid" x1=${t.pos} x2=${t.pos} y1=${y1} y2=${y2}></line>`)}
          <text class="tick" x=${t.labelPos} y=${layout.plotBottom + layout.lineHeight} text-anchor="middle">${t.label}</text>`,
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
        return svg`${mark}${this.textLine(k.text)}`;
      })}
    </g>`;
  }

  private shape(kind: 'higher' | 'lower' | 'similar', x: number, y: number): TemplateResult {
    if (kind === 'higher')
      return svg`<path class="dot higher" d="M${x},${y - 7}L${x + 7},${y + 5}L${x - 7},${y + 5}Z"></path>`;
    if (kind === 'lower')
      return svg`<path class="dot lower" d="M${x},${y + 7}L${x + 7},${y - 5}L${x - 7},${y - 5}Z"></path>`;
    return svg`<circle class="dot similar" cx=${x} cy=${y} r="5.5"></circle>`;
  }

  private renderRows(layout: SharesLayout | DifferenceLayout): TemplateResult {
    const active = this.nav.active?.series === 0 ? this.nav.active.index : -1;
    return svg`${layout.rows.map((r: NeedRowLayout, i) => {
      const hit = { x: 0, y: r.top - 2, width: layout.width, height: r.bottom - r.top };
      return svg`<g class="row" data-need=${r.key}
          @pointerenter=${() => this.nav.pointerEnter(0, i)}
          @click=${() => this.select({ series: 0, index: i })}>
        <rect class="row-hit" x=${hit.x} y=${hit.y} width=${hit.width} height=${hit.height}></rect>
        ${r.label.map((t) => this.textLine(t))}
        ${r.bar ? svg`<rect class="bar" x=${r.bar.x} y=${r.bar.y} width=${r.bar.width} height=${r.bar.height}></rect>` : nothing}
        ${
          r.marker
            ? svg`<line class="marker-halo" x1=${r.marker.x} x2=${r.marker.x} y1=${r.marker.y1} y2=${r.marker.y2}></line>
              <line class="marker" x1=${r.marker.x} x2=${r.marker.x} y1=${r.marker.y1} y2=${r.marker.y2}></line>`
            : nothing
        }
        ${
          r.interval
            ? svg`<line class="interval" x1=${r.interval.x1} x2=${r.interval.x2} y1=${r.interval.y} y2=${r.interval.y}></line>
            <line class="interval" x1=${r.interval.x1} x2=${r.interval.x1} y1=${r.interval.y - 5} y2=${r.interval.y + 5}></line>
            <line class="interval" x1=${r.interval.x2} x2=${r.interval.x2} y1=${r.interval.y - 5} y2=${r.interval.y + 5}></line>`
            : nothing
        }
        ${r.dot ? this.shape(r.dot.shape, r.dot.x, r.dot.y) : nothing}
        ${r.gap ? this.gapLines(r.gap, layout.lineHeight) : nothing}
        ${r.values.map((t) => this.textLine(t))}
        ${
          i === active && !this.nav.pointer
            ? svg`<rect class="active-ring-outer" x=${hit.x + 2} y=${hit.y} width=${hit.width - 4} height=${hit.height}></rect>
              <rect class="active-ring" x=${hit.x + 2} y=${hit.y} width=${hit.width - 4} height=${hit.height}></rect>`
            : nothing
        }
      </g>`;
    })}`;
  }

  private fillOf(fill: SegmentLayout['fill']): string {
    if (fill === 'other') return 'var(--send-need-other, #b1b4b6)';
    if (fill === 'suppressed') return `url(#${this.uid}-hatch)`;
    return seriesColor(fill);
  }

  private renderComposition(layout: CompositionLayout): TemplateResult {
    return svg`${layout.bars.map(
      (bar, b) => svg`<g class="composition-bar" data-setting=${bar.key}>
      ${bar.label.map((t) => this.textLine(t, 'value'))}
      ${bar.segments.map((s, i) => {
        const active = this.nav.active?.series === b && this.nav.active.index === i && !this.nav.pointer;
        // the theme says which text colour reads on each series colour (--send-color-on-1…6); a suppressed
        // segment is hatched over the background, so its word takes the text colour with a background halo
        const on =
          typeof s.fill === 'number'
            ? `on-${(s.fill % 6) + 1}`
            : s.fill === 'suppressed'
              ? 'on-background'
              : 'on-light';
        return svg`<g class="segment-group" data-need=${s.key} @pointerenter=${() => this.nav.pointerEnter(b, i)} @click=${() => this.select({ series: b, index: i })}>
          <rect class="segment" x=${s.box.x} y=${s.box.y} width=${s.box.width} height=${s.box.height} fill=${this.fillOf(s.fill)}></rect>
          ${s.text ? this.textLine(s.text, `segment-text ${on}`) : nothing}
          ${
            active
              ? svg`<rect class="active-ring-outer" x=${s.box.x} y=${s.box.y} width=${s.box.width} height=${s.box.height}></rect>
                <rect class="active-ring" x=${s.box.x} y=${s.box.y} width=${s.box.width} height=${s.box.height}></rect>`
              : nothing
          }
        </g>`;
      })}
      ${bar.gap ? this.textLine(bar.gap, 'gap') : nothing}
    </g>`,
    )}`;
  }

  /** The key only an SVG file shows, below the chart's foot (hidden on the page, where the legend's buttons are the key; the PNG paints those). */
  private renderFileKey(key: ExportKey): TemplateResult {
    return svg`<g class="file-key" data-export="svg" aria-hidden="true">${key.items.map(
      (
        k,
      ) => svg`<rect class="segment" x=${k.swatch.x} y=${k.swatch.y} width=${k.swatch.width} height=${k.swatch.height} fill=${this.fillOf(k.fill)}></rect>
        ${k.text.map((t) => this.textLine(t))}`,
    )}</g>`;
  }

  private toggleKey(key: string): void {
    const hidden = new Set(this.hiddenKeys);
    if (hidden.has(key)) hidden.delete(key);
    else hidden.add(key);
    const layout = this.currentView().layout;
    // keep at least one need drawn
    if (layout.mode === 'composition' && layout.legend.every((e) => hidden.has(e.key))) return;
    this.hiddenKeys = [...hidden];
  }

  private renderLegend(layout: CompositionLayout): TemplateResult {
    return html`<ul class="legend" part="legend" aria-label=${this.words.t('needLegendLabel')} ${cssProps({ '--legend-columns': String(layout.legendColumns) })}>
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

  protected renderChart(_model: NeedsModel, _size: ChartSize, { layout }: NeedBreakdownView): unknown {
    const w = layout.width;
    const h = layout.height;
    const body =
      layout.mode === 'composition'
        ? svg`${this.renderAxis(layout)}${this.renderComposition(layout)}`
        : svg`${this.renderKey(layout)}${this.renderAxis(layout)}
            ${layout.mode === 'difference' ? layout.zeroPieces.map(([y1, y2]) => svg`<line class="zero" x1=${layout.zeroX} x2=${layout.zeroX} y1=${y1} y2=${y2}></line>`) : nothing}
            ${this.renderRows(layout)}`;
    // the composition's key is HTML on the page (toggle buttons); an SVG file draws its own under the chart
    const fileKey =
      layout.mode === 'composition' ? exportKey(layout.legend, w, h, layout.fontSize, layout.lineHeight) : undefined;
    return html`<svg class="chart" width=${w} height=${h} viewBox="0 0 ${w} ${h}" role="presentation" xmlns="http://www.w3.org/2000/svg" data-export-height=${fileKey?.height ?? nothing}>
        <defs>
          <pattern id="${this.uid}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect class="hatch-bg" width="6" height="6" fill="#ffffff"></rect>
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="6" stroke="#6f777b" stroke-width="2"></line>
          </pattern>
        </defs>
        ${body}${fileKey ? this.renderFileKey(fileKey) : nothing}
      </svg>
      ${layout.mode === 'composition' ? this.renderLegend(layout) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'send-need-breakdown': SendNeedBreakdown;
  }
}
