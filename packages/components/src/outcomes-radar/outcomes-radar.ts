import {
  buildOutcomesModel,
  outcomesContract,
  type Contract,
  type OutcomesModel,
  type ValidatedData,
} from '@send-insight/data';
import { SendElement, type ChartSize } from '@send-insight/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type {
  BarsLayout,
  LegendItem,
  OutcomesLayout,
  OutcomesSeriesBy,
  OutcomesWording,
  RadarLayout,
  TextBlock,
  ValueMark,
} from './outcomes-radar.layout.js';
import { seriesMarker } from './outcomes-radar.markers.js';
import { OUTCOMES_RADAR_TEXT } from './outcomes-radar.strings.js';
import { outcomesRadarStyles } from './outcomes-radar.styles.js';
import {
  outcomesRadarView,
  outcomesViewOptions,
  type OutcomesRadarView,
  type OutcomesViewOptions,
} from './outcomes-radar.view.js';

export type { OutcomesDatum } from './outcomes-radar.words.js';

/**
 * The eight outcomes children, young people and families report (voice heard, healthy, happy,
 * supported, safe, included, able to learn, in control / prepared for adulthood): % agreeing per
 * outcome as a radar, one series per group (or per period), with an optional target ring; or,
 * with `view="bars"` and by default on narrow screens, a dot plot per outcome with 95% intervals
 * and the change since the previous period (▲ ▼ when the model finds it significant).
 * Results from fewer than `min-count` people are gaps labelled "fewer than N responses", never 0.
 *
 * The radar draws one series' 95% interval band at a time: the band of the group (or period)
 * whose value has the keyboard focus or the pointer, and none when nothing is in focus, because
 * three translucent bands over each other muddy every shape; with a single series its band is
 * always drawn. The legend's key to the band is drawn with it, so a chart exported with nothing in
 * focus (SVG, PNG, the CLI) names no band it does not show; every interval is in the dot plot, the
 * tooltip and the table. Ring
 * values (25%, 50%, 75%, 100%) are written on their rings between two axes, where no marker,
 * line or outcome label is. Where the outcomes' names round the rings would leave the radar
 * smaller than 80 px in radius (a phone's width with `layout="radar"`), each spoke is numbered
 * at its end and a key under the radar names it, with any result not shown.
 *
 * @summary % agreeing on the eight SEND outcomes, by group or period, with intervals and change.
 *
 * @attr series - `group` (default: one series per group, in one period) or `period` (one series per period, for one group).
 * @attr period - With `series="group"`: the period to show (default the latest).
 * @attr group - With `series="period"`: the group to show (default the first).
 * @attr target - A target % agreeing (0–100), drawn as a dashed ring (radar) or line (bars).
 * @attr layout - `auto` (default: bars at 400 px or less, radar above), `radar` or `bars`.
 * @attr view - `chart` (default), `table`, or `radar` / `bars` to fix the chart form.
 * @attr strings - JSON object overriding any text: the shell's (core `DEFAULT_STRINGS`), the chart's (`OUTCOMES_RADAR_STRINGS`: form switch, labels, announcements, table) and the summary's and outcome names (`OUTCOMES_STRINGS` from `@send-insight/data`, e.g. `outcome.voice_heard`).
 *
 * @fires send-render - The chart has drawn; `detail.summary` is its description.
 * @fires send-select - A point was chosen; `detail.datum` is an {@link OutcomesDatum}.
 * @fires send-data-error - The data cannot be drawn; `detail` lists `{row, column, value, message}`.
 *
 * @csspart base - The `<figure>`.
 * @csspart plot - The chart area.
 * @csspart legend - The legend inside the chart.
 * @csspart table - The data table.
 * @csspart error - The error message.
 *
 * @cssprop [--send-color-1=#12436D] - First series (then --send-color-2 … --send-color-6).
 * @cssprop [--send-color-grid=#b1b4b6] - Rings, axes and grid lines.
 * @cssprop [--send-color-comparator=#0b0c0c] - The target ring or line.
 * @cssprop [--send-outcomes-band-opacity=0.18] - Opacity of the 95% interval band in focus.
 * @cssprop [--send-outcomes-line-width=2] - Width of the radar lines.
 */
export class SendOutcomesRadar extends SendElement<OutcomesModel, OutcomesLayout> {
  static override styles = [...SendElement.styles, outcomesRadarStyles];
  /** @internal */
  static override viewProperties: readonly PropertyKey[] = ['target', 'layout'];

  /** One series per `group` (in one period) or per `period` (for one group). */
  @property({ reflect: true }) series: OutcomesSeriesBy = 'group';

  /** With `series="period"`: the group to show (default the first in the data). */
  @property() group?: string;

  /** A target % agreeing, 0–100. */
  @property({ type: Number }) target?: number;

  /** `auto`, `radar` or `bars`. */
  @property() layout: 'auto' | 'radar' | 'bars' = 'auto';

  protected get contract(): Contract {
    return outcomesContract;
  }

  /** The view's options, from the attributes (each default is resolved in `outcomesViewOptions`). */
  private get options(): OutcomesViewOptions {
    const { series, period, group, target, layout, view, heading } = this;
    return outcomesViewOptions({ series, period, group, target, layout, view, heading });
  }

  protected buildModel(data: ValidatedData): OutcomesModel {
    // Holm's adjustment takes the changes this view draws as one family: every group's into one period, or one group's into every period
    const { series, period, group } = this.options;
    return buildOutcomesModel(data, { minCount: this.minCount, view: series === 'group' ? { period } : { group } });
  }

  protected override chartView(model: OutcomesModel, width: number): OutcomesRadarView {
    return outcomesRadarView(model, this.options, this.text.options, width);
  }

  protected override emptyFor(): string | undefined {
    const { series, period, group } = this.options;
    return (series === 'period' ? group : period) || undefined;
  }

  /** The chart's and its data's text with the `strings` overrides. */
  private get words(): OutcomesWording {
    return this.text.wording(OUTCOMES_RADAR_TEXT);
  }

  protected override get defaultName(): string {
    return this.words.t('outcomesChartName');
  }

  protected renderChart(_model: OutcomesModel, _size: ChartSize, { layout: l }: OutcomesRadarView): unknown {
    return html`<svg
      class="chart outcomes ${l.kind}"
      width=${l.width}
      height=${l.height}
      viewBox="0 0 ${l.width} ${l.height}"
      role="presentation"
      data-view=${l.kind}
    >
      ${this.renderLegend(l)} ${l.kind === 'radar' ? this.renderRadar(l) : this.renderBars(l)}
    </svg>`;
  }

  private textBlock(b: TextBlock, cls = ''): TemplateResult {
    return svg`<text class=${cls} text-anchor=${b.anchor}>${b.lines.map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>`;
  }

  private legendSample(l: OutcomesLayout, item: LegendItem): TemplateResult {
    if (item.kind === 'target')
      return svg`<line class="target" x1=${item.x - 14} x2=${item.x + 14} y1=${item.y} y2=${item.y}></line>`;
    if (item.kind === 'band')
      return svg`<rect class="band key" x=${item.x - 14} y=${item.y - 6} width="28" height="12"></rect>`;
    return svg`<line class="line" x1=${item.x - 14} x2=${item.x + 14} y1=${item.y} y2=${item.y} stroke-dasharray=${l.series[item.series!]!.dash || nothing}></line>
      <path class="marker" d=${l.series[item.series!]!.marker} transform="translate(${item.x},${item.y})"></path>`;
  }

  private renderLegend(l: OutcomesLayout): TemplateResult {
    // the key to a band in focus only while one is drawn (its place is kept, so nothing moves)
    const bandDrawn = l.kind !== 'radar' || l.bands === 'all' || this.nav.active !== undefined;
    // a band in focus is drawn in its series' colour, so its key takes that colour too
    const focus = l.kind === 'radar' && l.bands === 'focus' ? this.nav.active?.series : undefined;
    const keyColour = (item: LegendItem) => (item.kind === 'band' && focus !== undefined ? focus : item.series);
    return svg`<g class="legend" part="legend">
      ${l.legend
        .filter((item) => item.kind !== 'band' || bandDrawn)
        .map(
          (
            item,
          ) => svg`<g class="legend-item legend-${item.kind} ${keyColour(item) !== undefined ? `s${keyColour(item)! % 6}` : ''}">
          ${this.legendSample(l, item)} ${this.textBlock(item.text, item.kind === 'target' ? 'target-label' : '')}
        </g>`,
        )}
      ${l.notes.map((n) => this.textBlock(n, 'note'))}
    </g>`;
  }

  private isActive(series: number, axis: number): boolean {
    return this.nav.active?.series === series && this.nav.active.index === axis;
  }

  private renderMarker(l: OutcomesLayout, m: ValueMark): TemplateResult {
    const active = this.isActive(m.series, m.axis);
    return svg`<path
      class="marker ${active ? 'active' : ''}"
      d=${active ? seriesMarker(m.series, 150) : l.series[m.series]!.marker}
      transform="translate(${m.x.toFixed(2)},${m.y.toFixed(2)})"
      @pointerenter=${() => this.nav.pointerEnter(m.series, m.axis)}
      @click=${() => this.select({ series: m.series, index: m.axis })}
    ></path>`;
  }

  private gapIcon(series: number, x: number, y: number): TemplateResult {
    return svg`<path class="marker hollow s${series % 6}" d=${seriesMarker(series, 40)} transform="translate(${x.toFixed(2)},${y.toFixed(2)})"></path>`;
  }

  /** A radar label or key entry: its title (an outcome's name or number) bold, other words plain, gap notes after their series' marker. */
  private labelText(b: TextBlock, fontSize: number): TemplateResult {
    const words = b.lines.filter((line) => line.kind !== 'gap');
    const gaps = b.lines.filter((line) => line.kind === 'gap');
    return svg`<text text-anchor=${b.anchor}>${words.map((line) => svg`<tspan class=${line.kind === 'title' ? 'title' : 'name'} x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>
      ${gaps.length ? svg`<text text-anchor="start">${gaps.map((line) => svg`<tspan class="gap-text" x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>` : nothing}
      ${gaps.filter((line) => line.icon !== undefined).map((line) => this.gapIcon(line.icon!, line.iconX!, line.y - fontSize * 0.35))}`;
  }

  private renderRadar(l: RadarLayout): TemplateResult {
    const focus = this.nav.active?.series;
    return svg`
      <g class="grid-layer">
        ${l.rings.map((r) => svg`<path class="ring" d=${r.path}></path>`)}
        ${l.axes.map((a) => svg`<line class="axis-line" x1=${l.cx} y1=${l.cy} x2=${a.x} y2=${a.y}></line>`)}
        ${l.target ? svg`<path class="target" d=${l.target.path}></path>` : nothing}
      </g>
      <g class="series-layer">
        ${l.series.map(
          (s, si) => svg`<g class="series s${si % 6}" data-series=${s.key}>
            ${l.bands === 'all' || focus === si ? svg`<path class="band" d=${l.paths[si]!.band || nothing}></path>` : nothing}
            <path class="line" d=${l.paths[si]!.line || nothing} stroke-dasharray=${s.dash || nothing}></path>
            ${l.marks[si]!.map((m) =>
              m.alone && m.interval
                ? svg`<line class="interval" x1=${m.interval.x1} y1=${m.interval.y1} x2=${m.interval.x2} y2=${m.interval.y2}></line>`
                : nothing,
            )}
            ${l.marks[si]!.map((m) => (m.cell.status === 'shown' ? this.renderMarker(l, m) : nothing))}
          </g>`,
        )}
      </g>
      <g class="labels">
        ${l.rings.map((r) => (r.label.text ? svg`<text class="ring-label halo" text-anchor="middle" x=${r.label.x} y=${r.label.y}>${r.label.text}</text>` : nothing))}
        ${
          l.target?.label.text
            ? svg`<text class="target-label halo" text-anchor="middle" x=${l.target.label.x} y=${l.target.label.y}>${l.target.label.text}</text>`
            : nothing
        }
        ${l.axes.map(
          (a) => svg`<g class="axis-label" data-outcome=${a.outcome}>
            ${this.labelText(a.label, l.fontSize)} ${a.key ? svg`<g class="key">${this.labelText(a.key, l.fontSize)}</g>` : nothing}
          </g>`,
        )}
      </g>`;
  }

  private renderBars(l: BarsLayout): TemplateResult {
    // a halo is the colour under its text: the page's, or a striped row's
    const striped = new Set(l.rows.filter((_, i) => i % 2).map((r) => r.outcome));
    return svg`
      <g class="grid-layer">
        ${l.rows.map((r, i) => (i % 2 ? svg`<rect class="stripe" x="0" y=${r.top} width=${l.width} height=${r.bottom - r.top}></rect>` : nothing))}
        ${l.ticks.map(
          (
            t,
            i,
          ) => svg`${l.grid[i]!.map(([y1, y2]) => svg`<line class="grid" x1=${t.pos} x2=${t.pos} y1=${y1} y2=${y2}></line>`)}
            <text class="tick" x=${t.labelPos} y=${l.plotTop - 8} text-anchor="middle">${t.label}</text>`,
        )}
        ${
          l.target
            ? svg`${l.target.pieces.map(([y1, y2]) => svg`<line class="target" x1=${l.target!.x} x2=${l.target!.x} y1=${y1} y2=${y2}></line>`)}
              <text class="target-label" x=${l.target.label.x} y=${l.target.label.y} text-anchor="middle">${l.target.label.text}</text>`
            : nothing
        }
      </g>
      <g class="rows">
        ${l.rows.map((r, i) => svg`<g class="row" data-outcome=${r.outcome}>${this.textBlock(r.label, i % 2 ? 'axis-title halo on-stripe' : 'axis-title halo')}</g>`)}
      </g>
      <g class="series-layer">
        ${l.series.map(
          (s, si) => svg`<g class="series s${si % 6}" data-series=${s.key}>
            ${l.marks[si]!.map((m) =>
              m.cell.status === 'shown'
                ? svg`<line class="interval" x1=${m.interval!.x1} y1=${m.y} x2=${m.interval!.x2} y2=${m.y}></line>
                    <line class="interval" x1=${m.interval!.x1} y1=${m.y - 4} x2=${m.interval!.x1} y2=${m.y + 4}></line>
                    <line class="interval" x1=${m.interval!.x2} y1=${m.y - 4} x2=${m.interval!.x2} y2=${m.y + 4}></line>
                    ${this.renderMarker(l, m)}
                    <text class="value" x=${l.valueX} y=${m.y + 4}>${m.valueText}</text>
                    ${m.changeText ? svg`<text class="change ${m.changeSignificant ? 'sig' : ''}" x=${l.changeX} y=${m.y + 4}>${m.changeText}</text>` : nothing}`
                : svg`${this.gapIcon(si, m.x - 8, m.y)}<text class="gap-text halo ${striped.has(m.outcome) ? 'on-stripe' : ''}" x=${m.x} y=${m.y + 4}>${m.gapText}</text>`,
            )}
          </g>`,
        )}
      </g>`;
  }

  /** Two toggle buttons: radar or dot plot. */
  protected override renderControls(_model: OutcomesModel): unknown {
    // the form the plot is drawn in at its width (the toolbar renders before the plot)
    const current = (this.currentView() as OutcomesRadarView).form;
    const pick = (form: 'radar' | 'bars') => {
      this.layout = form;
      if (this.view !== 'table') this.view = 'chart';
    };
    const w = this.words;
    return html`<div class="form-switch" role="group" aria-label=${w.t('outcomesFormLabel')}>
      <button type="button" aria-pressed=${current === 'radar' && this.view !== 'table' ? 'true' : 'false'} @click=${() => pick('radar')}>${w.t('outcomesFormRadar')}</button>
      <button type="button" aria-pressed=${current === 'bars' && this.view !== 'table' ? 'true' : 'false'} @click=${() => pick('bars')}>${w.t('outcomesFormBars')}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'send-outcomes-radar': SendOutcomesRadar;
  }
}
