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
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { CompareLayout, CompareScope } from './indicator-compare.layout.js';
import type { TileLayout } from './indicator-tile.layout.js';
import type { IndicatorViewWording, PlacedText, TrendLayout } from './indicator-trend.layout.js';
import { SEND_INDICATOR_TEXT } from './indicator.strings.js';
import { indicatorStyles } from './indicator.styles.js';
import { defaultScale, defaultScope, viewIndicator, type IndicatorForm, type IndicatorView } from './indicator.view.js';

const FORMS: readonly IndicatorForm[] = ['tile', 'trend', 'compare'];
const list = (text: string | undefined) => (text ?? '').split(/[\s,]+/).filter(Boolean);

/** The four marker shapes, by colour slot: circle, square, triangle, diamond. */
const MARKERS = [
  'M0,-4A4,4 0 1 1 0,4A4,4 0 1 1 0,-4Z',
  'M-3.5,-3.5h7v7h-7Z',
  'M0,-4.5L4.5,3.5H-4.5Z',
  'M0,-5L5,0L0,5L-5,0Z',
];
const marker = (slot: number) => MARKERS[slot % 4]!;

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
  static override viewProperties: readonly PropertyKey[] = ['scope', 'scale', 'localData'];

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

  protected get contract(): Contract {
    return indicatorsContract;
  }

  /** Every area and period of the file (to rank and compare authorities) as indicators, only the measure asked for. */
  protected override presetOptions(): PresetOptions {
    return { everyArea: true, indicators: true, ...(this.indicator ? { indicator: this.indicator } : {}) };
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
      ...(this.compare ? { compare } : {}),
      neighbours: list(this.neighbours),
      ...(this.better === 'higher' || this.better === 'lower' ? { better: this.better } : {}),
      ...(Number.isFinite(this.target) ? { target: this.target } : {}),
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
    const options = {
      form: this.form,
      ...(this.scope ? { scope: this.scope } : {}),
      ...(this.scale === 'index' || this.scale === 'value' ? { scale: this.scale } : {}),
      local: this.localData,
      heading: this.heading,
      suppressedNote: this.text.t('suppressedNote', { min: this.minCount }),
    };
    return viewIndicator(model, options, this.words, width);
  }

  /** Switches: the chart form; the comparison's scope; the trend's scale (counts). */
  protected override renderControls(model: IndicatorModel): unknown {
    const w = this.words;
    const table = this.view === 'table';
    const group = <T extends string>(
      label: string,
      options: readonly [T, string][],
      current: T,
      pick: (v: T) => void,
    ) =>
      html`<div class="switch" role="group" aria-label=${label}>
        ${options.map(([value, text]) => html`<button type="button" aria-pressed=${!table && value === current ? 'true' : 'false'} @click=${() => pick(value)}>${text}</button>`)}
      </div>`;
    const forms = group(
      w.t('indicatorViewLabel'),
      [
        ['tile', w.t('indicatorViewTile')],
        ['trend', w.t('indicatorViewTrend')],
        ['compare', w.t('indicatorViewCompare')],
      ],
      this.form,
      (v) => (this.view = v),
    );
    const scopes: [CompareScope, string][] = [];
    if (model.series.some((s) => s.role === 'neighbour')) scopes.push(['neighbours', w.t('indicatorScopeNeighbours')]);
    if (model.area.region) scopes.push(['region', w.t('indicatorScopeRegion')]);
    scopes.push(['all', w.t('indicatorScopeAll')]);
    const scope =
      this.form === 'compare' && scopes.length > 1
        ? group(w.t('indicatorScopeLabel'), scopes, this.scope ?? defaultScope(model), (v) => (this.scope = v))
        : nothing;
    const scale =
      this.form === 'trend' && model.unit === 'count' && model.indexBase
        ? group(
            w.t('indicatorScaleLabel'),
            [
              ['value', w.t('indicatorScaleValue')],
              ['index', w.t('indicatorScaleIndex')],
            ],
            this.scale ?? defaultScale(model),
            (v) => (this.scale = v),
          )
        : nothing;
    return html`${forms}${scope}${scale}`;
  }

  protected renderChart(_model: IndicatorModel, _size: ChartSize, { layout }: IndicatorView): unknown {
    return layout.kind === 'tile'
      ? this.renderTile(layout)
      : layout.kind === 'trend'
        ? this.renderTrend(layout)
        : this.renderCompare(layout);
  }

  private label(t: PlacedText, cls = ''): TemplateResult {
    return svg`<text class=${cls || nothing} x=${t.x} y=${t.y} text-anchor=${t.anchor}>${t.text}</text>`;
  }

  private frame(kind: string, width: number, height: number, body: unknown): TemplateResult {
    return html`<svg class="chart ${kind}" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="presentation">${body}</svg>`;
  }

  private active(series: number, index: number): boolean {
    return this.nav.active?.series === series && this.nav.active.index === index;
  }

  private point(series: number, index: number, x: number, y: number, slot: number): TemplateResult {
    return svg`<path class="marker s${slot} ${this.active(series, index) ? 'active' : ''}" d=${marker(slot)} transform="translate(${x.toFixed(1)},${y.toFixed(1)})"
      @pointerenter=${() => this.nav.pointerEnter(series, index)} @click=${() => this.select({ series, index })}></path>`;
  }

  private renderTile(l: TileLayout): TemplateResult {
    const s = l.spark;
    const lastShown = s.marks.reduce((k, m, i) => (m ? i : k), -1);
    const figure = svg`
      ${l.label.map((t) => this.label(t, 'tile-label'))}
      ${l.badge ? svg`<g class="badge"><rect x=${l.badge.x} y=${l.badge.y} width=${l.badge.width} height="22"></rect><text x=${l.badge.x + 6} y=${l.badge.y + 15}>${l.badge.text}</text></g>` : nothing}
      ${l.value.lines.map((t) => this.label(t, l.value.hidden ? 'tile-value hidden' : 'tile-value'))} ${this.label(l.sub, 'tile-sub')}
      <g class="spark">
        ${s.gaps.map((x) => svg`<line class="gap" x1=${x} x2=${x} y1=${s.top} y2=${s.bottom}></line>`)}
        ${s.paths.map((d) => svg`<path class="line s0" d=${d}></path>`)}
        ${s.marks.map((m, i) => (m && (i === lastShown || this.active(0, i)) ? this.point(0, i, m.x, m.y, 0) : nothing))}
        ${s.ends.map((t) => this.label(t, 'tick'))}
      </g>`;
    return html`${this.frame('tile', l.width, l.height, figure)}
      <ul class="tile-lines">
        ${l.lines.map((line) => html`<li class=${line.kind}>${line.tag ? html`<strong class="tag ${line.verdict}">${line.tag}</strong> ` : nothing}${line.text}</li>`)}
      </ul>`;
  }

  private renderTrend(l: TrendLayout): TemplateResult {
    const p = l.plot;
    const body = svg`
      <g class="legend" part="legend">${l.legend.map((g) => svg`<g class="s${g.slot} ${g.role}"><line class="line" x1=${g.x} x2=${g.x + 20} y1=${g.y - 4} y2=${g.y - 4}></line><path class="marker" d=${marker(g.slot)} transform="translate(${g.x + 10},${g.y - 4})"></path><text x=${g.x + 26} y=${g.y}>${g.text}</text></g>`)}</g>
      ${l.yTitle ? this.label(l.yTitle, 'axis-title') : nothing}
      <g class="grid">
        ${l.yTicks.map((t) => svg`<line x1=${p.x} x2=${p.x + p.width} y1=${t.y} y2=${t.y}></line><text class="tick" x=${p.x - 6} y=${t.y + 4} text-anchor="end">${t.text}</text>`)}
        ${l.xTicks.map((t) => this.label(t, 'tick'))}
      </g>
      ${l.gaps.map((g) => svg`<g class="gap-mark"><rect x=${g.x - 6} y=${p.y} width="12" height=${p.height}></rect><text x=${g.x} y=${p.y - 4} text-anchor="middle">${g.symbol}</text></g>`)}
      ${l.target ? svg`<line class="target" x1=${p.x} x2=${p.x + p.width} y1=${l.target.y} y2=${l.target.y}></line>${this.label(l.target.label, 'target-label halo')}` : nothing}
      ${l.lines.map(
        (line) => svg`<g class="series s${line.slot} ${line.role}" data-series=${line.name}>
          ${line.bands.map((d) => svg`<path class="band" d=${d}></path>`)}
          ${line.paths.map((d) => svg`<path class="line" d=${d}></path>`)}
          ${line.marks.map((m, i) => (m ? this.point(l.lines.indexOf(line), i, m.x, m.y, line.slot) : nothing))}
          ${line.label ? svg`<path class="marker" d=${marker(line.slot)} transform="translate(${line.label.x + 5},${line.label.y - 4})"></path>${this.label({ ...line.label, x: line.label.x + 14 }, 'end-label halo')}` : nothing}
        </g>`,
      )}`;
    return html`${this.frame('trend', l.width, l.height, body)}${l.notes.map((n) => html`<p class="note">${n}</p>`)}`;
  }

  private renderCompare(l: CompareLayout): TemplateResult {
    // bars, then England's line over them, then the words over both (with a halo)
    const body = svg`
      ${l.sentence.map((t) => this.label(t, 'sentence'))}
      <g class="grid">${l.ticks.map((t) => svg`<line x1=${t.x} x2=${t.x} y1=${l.axisY} y2=${l.plotBottom}></line><text class="tick" x=${t.x} y=${l.axisY - 4} text-anchor="middle">${t.text}</text>`)}</g>
      ${l.rows.map(
        (
          r,
          i,
        ) => svg`<g class="row ${r.area ? 'area' : ''} ${this.active(0, i) ? 'active' : ''}" data-code=${r.authority.code} @pointerenter=${() => this.nav.pointerEnter(0, i)} @click=${() => this.select({ series: 0, index: i })}>
          ${r.bar ? svg`<rect class="bar" x=${r.bar.x} y=${r.bar.y} width=${r.bar.width} height=${r.bar.height}></rect>` : nothing}
        </g>`,
      )}
      ${l.england ? svg`<line class="england-line" x1=${l.england.x} x2=${l.england.x} y1=${l.axisY - 14} y2=${l.plotBottom}></line>${this.label(l.england.label, 'england-label halo')}` : nothing}
      <g class="labels">
        ${l.rows.map((r) => svg`<g class=${r.area ? 'area' : nothing}>${r.label ? this.label(r.label, 'name') : nothing}${r.value ? this.label(r.value, 'value halo') : nothing}${r.gap ? this.label(r.gap, 'gap-text') : nothing}</g>`)}
        ${l.hidden ? this.label(l.hidden, 'gap-text halo') : nothing}
      </g>`;
    return html`${this.frame('compare', l.width, l.height, body)}${l.notes.map((n) => html`<p class="note">${n}</p>`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'send-indicator': SendIndicator;
  }
}
