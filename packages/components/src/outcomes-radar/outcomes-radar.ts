import {
  buildOutcomesModel,
  outcomesContract,
  outcomesNotes,
  summariseOutcomes,
  suppressionLabel,
  type Contract,
  type OutcomeCell,
  type OutcomesModel,
  type ValidatedData,
} from '@send-insight/data';
import { formatNumber, formatPercent, formatPValue, SendElement, SendHooksElement, type ChartSize, type DataTableSpec, type NavSeries } from '@send-insight/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  chooseOutcomesView,
  layoutOutcomesRadar,
  seriesMarker,
  type BarsLayout,
  type LabelLine,
  type OutcomesLayout,
  type OutcomesSeriesBy,
  type OutcomesWording,
  type RadarLayout,
  type TextBlock,
  type ValueMark,
} from './outcomes-radar.layout.js';
import { OUTCOMES_RADAR_TEXT } from './outcomes-radar.strings.js';
import { outcomesRadarStyles } from './outcomes-radar.styles.js';

/** What `send-select` carries for a point: its figures when shown, only its reason when not. */
export interface OutcomesDatum {
  outcome: string;
  group: string;
  period: string;
  status: OutcomeCell['status'];
  reason?: OutcomeCell['reason'];
  percent?: number;
  lower?: number;
  upper?: number;
  respondents?: number;
  agree?: number;
  change?: OutcomeCell['change'];
}

/**
 * The eight outcomes children, young people and families report (voice heard, healthy, happy,
 * supported, safe, included, able to learn, in control / prepared for adulthood): % agreeing per
 * outcome as a radar, one series per group (or per period), with 95% interval bands and an
 * optional target ring; or, with `view="bars"` and by default on narrow screens, a dot plot per
 * outcome with intervals and the change since the previous period (▲ ▼ when significant).
 * Results from fewer than `min-count` people are gaps labelled "fewer than N responses", never 0.
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
 * @cssprop [--send-outcomes-band-opacity=0.14] - Opacity of the 95% interval bands.
 * @cssprop [--send-outcomes-line-width=2] - Width of the radar lines.
 */
export class SendOutcomesRadar extends SendHooksElement<OutcomesModel> {
  static override styles = [...SendElement.styles, outcomesRadarStyles];

  /** One series per `group` (in one period) or per `period` (for one group). */
  @property({ reflect: true }) series: OutcomesSeriesBy = 'group';

  /** With `series="period"`: the group to show (default the first in the data). */
  @property() group?: string;

  /** A target % agreeing, 0–100. */
  @property({ type: Number }) target?: number;

  /** `auto`, `radar` or `bars`. */
  @property() layout: 'auto' | 'radar' | 'bars' = 'auto';

  private layoutCache?: { key: string; model: OutcomesModel; words: OutcomesWording; layout: OutcomesLayout };
  /** The width last laid out (keyboard positions follow it). */
  private lastWidth = 0;

  protected get contract(): Contract {
    return outcomesContract;
  }

  protected buildModel(data: ValidatedData): OutcomesModel {
    this.layoutCache = undefined;
    // Holm's adjustment takes the changes this view draws as one family: every group's into one period, or one group's into every period
    const view = this.seriesBy === 'group' ? { period: this.period || undefined } : { group: this.group || undefined };
    return buildOutcomesModel(data, { minCount: this.minCount, view });
  }

  protected override isEmpty(model: OutcomesModel): boolean {
    if (model.cells.length === 0) return true;
    if (this.seriesBy === 'group' && this.period && !model.periods.includes(this.period)) return true;
    if (this.seriesBy === 'period' && this.group && !model.groups.includes(this.group)) return true;
    return false;
  }

  protected override isSuppressed(model: OutcomesModel): boolean {
    const cells = this.chartCells(model);
    return cells.length > 0 && cells.every((c) => c.status !== 'shown') && cells.some((c) => c.status === 'suppressed');
  }

  protected override emptyFor(): string | undefined {
    return (this.seriesBy === 'period' ? this.group : this.period) || undefined;
  }

  protected override summarise(model: OutcomesModel): string {
    return this.seriesBy === 'group'
      ? summariseOutcomes(model, { period: this.currentPeriod(model), ...this.text.options })
      : summariseOutcomes(model, { groups: [this.currentGroup(model)], ...this.text.options });
  }

  /** The chart's and its data's text with the `strings` overrides. */
  private get words(): OutcomesWording {
    return this.text.wording(OUTCOMES_RADAR_TEXT);
  }

  protected override get defaultName(): string {
    return this.words.t('outcomesChartName');
  }

  private get seriesBy(): OutcomesSeriesBy {
    return this.series === 'period' ? 'period' : 'group';
  }

  private currentPeriod(model: OutcomesModel): string {
    return this.period && model.periods.includes(this.period) ? this.period : (model.periods[model.periods.length - 1] ?? '');
  }

  private currentGroup(model: OutcomesModel): string {
    return this.group && model.groups.includes(this.group) ? this.group : (model.groups[0] ?? '');
  }

  /** The cells the chart (and so the table and CSV) shows, series by series. */
  private chartCells(model: OutcomesModel): OutcomeCell[] {
    if (this.seriesBy === 'group') {
      const period = this.currentPeriod(model);
      return model.groups.flatMap((g) => model.cells.filter((c) => c.period === period && c.group === g));
    }
    const group = this.currentGroup(model);
    return model.periods.flatMap((p) => model.cells.filter((c) => c.period === p && c.group === group));
  }

  private pct(v: number): string {
    return formatPercent(v, this.locale, 0);
  }

  private layoutFor(model: OutcomesModel, width: number): OutcomesLayout {
    const view = chooseOutcomesView(this.view, this.layout, width);
    const key = [width, view, this.seriesBy, this.period, this.group, this.target, this.locale].join('|');
    const words = this.words;
    if (this.layoutCache?.key === key && this.layoutCache.model === model && this.layoutCache.words === words) return this.layoutCache.layout;
    const layout = layoutOutcomesRadar(
      model,
      { width },
      {
        view,
        series: this.seriesBy,
        period: this.period,
        group: this.group,
        target: this.target,
        format: { percent: (v) => this.pct(v), points: (v) => this.text.points(v, 0) },
        text: words,
      },
    );
    this.layoutCache = { key, model, words, layout };
    return layout;
  }

  protected override chartHeight(model: OutcomesModel, width: number): number {
    this.lastWidth = width;
    return this.layoutFor(model, width).height;
  }

  /** Words for one value, as announced and shown in the tooltip. */
  private describe(cell: OutcomeCell, seriesBy: OutcomesSeriesBy): string {
    const w = this.words;
    const what = w.t('outcomesPointWhat', { outcome: w.t(`outcome.${cell.outcome}`), about: seriesBy === 'group' ? cell.period : cell.group });
    if (cell.status !== 'shown') return w.t('outcomesPointHidden', { what, reason: suppressionLabel(cell, this.minCount, w) });
    let text = w.t('outcomesPointWords', {
      what,
      percent: this.pct(cell.percent!),
      lower: this.pct(cell.lower!),
      upper: this.pct(cell.upper!),
      agree: formatNumber(cell.agree!, this.locale, 0),
      respondents: formatNumber(cell.respondents!, this.locale, 0),
    });
    const c = cell.change;
    if (c?.status === 'shown') {
      const move = this.text.points(c.difference!, 0);
      text += w.t(c.verdict === 'similar' ? 'outcomesPointSimilar' : c.verdict === 'up' ? 'outcomesPointUp' : 'outcomesPointDown', { move, from: c.from });
    } else if (c?.status === 'unavailable') text += w.t('outcomesPointNoComparison', { from: c.from });
    return text;
  }

  private datum(cell: OutcomeCell): OutcomesDatum {
    const { outcome, group, period, status, reason } = cell;
    if (status !== 'shown') return { outcome, group, period, status, ...(reason ? { reason } : {}) };
    return { outcome, group, period, status, percent: cell.percent, lower: cell.lower, upper: cell.upper, respondents: cell.respondents, agree: cell.agree, change: cell.change };
  }

  protected override navigation(model: OutcomesModel, size: ChartSize): NavSeries[] {
    const layout = () => this.layoutFor(model, this.lastWidth || size.width);
    const first = layout();
    return first.series.map((s, si) => ({
      label: s.label,
      points: first.marks[si]!.map((m, axis) => {
        const point = {
          id: `${s.key}|${m.outcome}`,
          label: this.describe(m.cell, first.seriesBy),
          datum: this.datum(m.cell),
          // positions follow the current layout (radar or bars, at the current width)
          get x() {
            return layout().marks[si]![axis]!.x;
          },
          get y() {
            return layout().marks[si]![axis]!.y;
          },
        };
        return point;
      }),
    }));
  }

  protected renderChart(model: OutcomesModel, size: ChartSize): unknown {
    const l = this.layoutFor(model, size.width);
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

  private renderLegend(l: OutcomesLayout): TemplateResult {
    return svg`<g class="legend" part="legend">
      ${l.legend.map((item) =>
        item.kind === 'series'
          ? svg`<g class="s${item.series! % 6}">
              <line class="line" x1=${item.x - 14} x2=${item.x + 14} y1=${item.y} y2=${item.y} stroke-dasharray=${l.series[item.series!]!.dash || nothing}></line>
              <path class="marker" d=${l.series[item.series!]!.marker} transform="translate(${item.x},${item.y})"></path>
              ${this.textBlock(item.text)}
            </g>`
          : svg`<g>
              <line class="target" x1=${item.x - 14} x2=${item.x + 14} y1=${item.y} y2=${item.y}></line>
              ${this.textBlock(item.text, 'target-label')}
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

  private gapIcon(l: OutcomesLayout, line: LabelLine): TemplateResult {
    return svg`<path class="marker hollow s${line.icon! % 6}" d=${seriesMarker(line.icon!, 40)} transform="translate(${line.iconX!.toFixed(2)},${(line.y - l.fontSize * 0.35).toFixed(2)})"></path>`;
  }

  private renderRadar(l: RadarLayout): TemplateResult {
    const n = l.axes.length;
    const isolated = (si: number, axis: number) => {
      const shown = (i: number) => l.marks[si]![(i + n) % n]!.cell.status === 'shown';
      return shown(axis) && !shown(axis - 1) && !shown(axis + 1);
    };
    return svg`
      <g class="grid-layer">
        ${l.rings.map((r) => svg`<path class="ring" d=${r.path}></path>`)}
        ${l.axes.map((a) => svg`<line class="axis-line" x1=${l.cx} y1=${l.cy} x2=${a.x} y2=${a.y}></line>`)}
        ${l.target ? svg`<path class="target" d=${l.target.path}></path>` : nothing}
      </g>
      <g class="series-layer">
        ${l.series.map(
          (s, si) => svg`<g class="series s${si % 6}" data-series=${s.key}>
            <path class="band" d=${l.paths[si]!.band || nothing}></path>
            <path class="line" d=${l.paths[si]!.line || nothing} stroke-dasharray=${s.dash || nothing}></path>
            ${l.marks[si]!.map((m, axis) =>
              m.interval && isolated(si, axis) ? svg`<line class="interval" x1=${m.interval.x1} y1=${m.interval.y1} x2=${m.interval.x2} y2=${m.interval.y2}></line>` : nothing,
            )}
            ${l.marks[si]!.map((m) => (m.cell.status === 'shown' ? this.renderMarker(l, m) : nothing))}
          </g>`,
        )}
      </g>
      <g class="labels">
        ${l.rings.map((r) => (r.label.text ? svg`<text class="ring-label halo" x=${r.label.x} y=${r.label.y}>${r.label.text}</text>` : nothing))}
        ${l.target?.label.text ? svg`<text class="target-label halo" text-anchor="end" x=${l.target.label.x} y=${l.target.label.y}>${l.target.label.text}</text>` : nothing}
        ${l.axes.map(
          (a) => svg`<g class="axis-label" data-outcome=${a.outcome}>
            <text text-anchor=${a.label.anchor}>${a.label.lines
              .filter((line) => line.kind !== 'gap')
              .map((line) => svg`<tspan class="title" x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>
            ${a.label.lines.some((line) => line.kind === 'gap')
              ? svg`<text text-anchor="start">${a.label.lines
                  .filter((line) => line.kind === 'gap')
                  .map((line) => svg`<tspan class="gap-text" x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>`
              : nothing}
            ${a.label.lines.filter((line) => line.icon !== undefined).map((line) => this.gapIcon(l, line))}
          </g>`,
        )}
      </g>`;
  }

  private renderBars(l: BarsLayout): TemplateResult {
    return svg`
      <g class="grid-layer">
        ${l.rows.map((r, i) => (i % 2 ? svg`<rect class="stripe" x="0" y=${r.top} width=${l.width} height=${r.bottom - r.top}></rect>` : nothing))}
        ${l.ticks.map(
          (t) => svg`<line class="grid" x1=${t.pos} x2=${t.pos} y1=${l.plotTop - 4} y2=${l.plotBottom}></line>
            <text class="tick" x=${t.pos} y=${l.plotTop - 8} text-anchor="middle">${t.label}</text>`,
        )}
        ${l.target
          ? svg`<line class="target" x1=${l.target.x} x2=${l.target.x} y1=${l.plotTop} y2=${l.plotBottom}></line>
              <text class="target-label" x=${l.target.label.x} y=${l.target.label.y} text-anchor="middle">${l.target.label.text}</text>`
          : nothing}
      </g>
      <g class="rows">
        ${l.rows.map((r) => svg`<g class="row" data-outcome=${r.outcome}>${this.textBlock(r.label, 'axis-title halo')}</g>`)}
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
                : svg`<text class="gap-text halo" x=${m.x} y=${m.y + 4}>${m.gapText}</text>
                    <path class="marker hollow" d=${seriesMarker(si, 40)} transform="translate(${l.valueX + 5},${m.y})"></path>`,
            )}
          </g>`,
        )}
      </g>`;
  }

  /** Two toggle buttons: radar or dot plot. */
  protected override renderControls(model: OutcomesModel): unknown {
    void model;
    // the width the plot is about to be drawn at (the toolbar renders before the plot)
    const width = this.plotWidth || this.lastWidth;
    const current = chooseOutcomesView(this.view, this.layout, width);
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

  protected override tableOf(model: OutcomesModel): DataTableSpec {
    const w = this.words;
    const cells = this.chartCells(model);
    const suppressed = this.text.t('suppressedCell');
    const about = this.seriesBy === 'group' ? this.currentPeriod(model) : this.currentGroup(model);
    const previous = this.seriesBy === 'group' ? model.periods[model.periods.indexOf(about) - 1] : undefined;
    return {
      caption: w.t('outcomesCaption', { heading: this.heading || w.t('outcomesTableHeading'), about }),
      columns: [
        { key: 'outcome', label: w.t('outcomesColOutcome') },
        { key: 'group', label: w.t('outcomesColGroup') },
        { key: 'period', label: w.t('outcomesColPeriod') },
        { key: 'percent', label: w.t('outcomesColPercent'), numeric: true },
        { key: 'interval', label: w.t('outcomesColInterval'), numeric: true },
        { key: 'agree', label: w.t('outcomesColAgreed'), numeric: true },
        { key: 'respondents', label: w.t('outcomesColResponses'), numeric: true },
        { key: 'change', label: previous ? w.t('outcomesColChange', { previous }) : w.t('outcomesColChangePrevious'), numeric: true },
        { key: 'p', label: w.t('outcomesColPAdjusted'), numeric: true },
      ],
      rows: cells.map((c) => {
        const base = { outcome: w.t(`outcome.${c.outcome}`), group: c.group, period: c.period };
        if (c.status !== 'shown') {
          return { ...base, percent: { text: suppressionLabel(c, this.minCount, w), sort: -1 }, interval: suppressed, agree: suppressed, respondents: suppressed, change: '', p: '' };
        }
        const change = c.change;
        const since = this.seriesBy === 'group' ? '' : w.t('outcomesTableSince', { from: change?.from ?? '' });
        const changeText =
          change?.status === 'shown'
            ? w.t('outcomesTableChange', { points: this.text.points(change.difference!, 0), since, significance: w.t(change.verdict === 'similar' ? 'outcomesNotSignificant' : 'outcomesSignificant') })
            : change?.status === 'unavailable'
              ? w.t('outcomesNotAvailable')
              : '';
        const agree = formatNumber(c.agree!, this.locale, 0);
        return {
          ...base,
          percent: { text: this.pct(c.percent!), sort: c.percent! },
          interval: { text: w.t('outcomesRange', { lower: this.pct(c.lower!), upper: this.pct(c.upper!) }), sort: c.lower! },
          agree: { text: c.agreeDerived ? w.t('outcomesFromPercent', { agree }) : agree, sort: c.agree! },
          respondents: { text: formatNumber(c.respondents!, this.locale, 0), sort: c.respondents! },
          change: change?.status === 'shown' ? { text: changeText, sort: change.difference! } : changeText,
          p: change?.status === 'shown' ? { text: formatPValue(change.pAdjusted!, this.locale), sort: change.pAdjusted! } : '',
        };
      }),
      notes: outcomesNotes(model, { ...(this.seriesBy === 'group' ? { period: about } : { group: about }), text: w }).concat(
        cells.some((c) => c.status === 'suppressed') ? [this.text.t('suppressedNote', { min: this.minCount })] : [],
      ),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'send-outcomes-radar': SendOutcomesRadar;
  }
}
