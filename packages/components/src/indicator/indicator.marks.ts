import { html, nothing, svg, type TemplateResult } from 'lit';
import type { TileLayout } from './indicator-tile.layout.js';
import type { PlacedText } from './indicator-trend.layout.js';

/** What the indicator's marks need from the element: the active point, and the pointer's and click's effects. */
export interface IndicatorMarksHost {
  /** Whether the keyboard or pointer is on this point (series, or 0 for the comparison's bars; index). */
  active(series: number, index: number): boolean;
  /** The pointer is over a point. */
  enter(series: number, index: number): void;
  /** A point was chosen. */
  choose(series: number, index: number): void;
}

/**
 * A switch of the toolbar: a group of buttons, the current one pressed (none while the table is
 * shown), each choosing its value.
 */
export function switchGroup<T extends string>(
  label: string,
  options: readonly [T, string][],
  current: T | undefined,
  pick: (value: T) => void,
): TemplateResult {
  return html`<div class="switch" role="group" aria-label=${label}>
    ${options.map(([value, text]) => html`<button type="button" aria-pressed=${value === current ? 'true' : 'false'} @click=${() => pick(value)}>${text}</button>`)}
  </div>`;
}

/** The circle marker, the area's (colour slot 0; the trend's other slots have other shapes, see `marker`). */
export const CIRCLE = 'M0,-4A4,4 0 1 1 0,4A4,4 0 1 1 0,-4Z';

/** A placed text. */
export function label(t: PlacedText, cls = ''): TemplateResult {
  return svg`<text class=${cls || nothing} x=${t.x} y=${t.y} text-anchor=${t.anchor}>${t.text}</text>`;
}

/** The SVG a form draws in. */
export function frame(kind: string, width: number, height: number, body: unknown): TemplateResult {
  return html`<svg class="chart ${kind}" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="presentation">${body}</svg>`;
}

/** A point's marker (`d`, its shape), active or not, with its pointer and click. */
export function point(
  host: IndicatorMarksHost,
  series: number,
  index: number,
  x: number,
  y: number,
  slot: number,
  d: string,
): TemplateResult {
  return svg`<path class="marker s${slot} ${host.active(series, index) ? 'active' : ''}" d=${d} transform="translate(${x.toFixed(1)},${y.toFixed(1)})"
      @pointerenter=${() => host.enter(series, index)} @click=${() => host.choose(series, index)}></path>`;
}

/** The key to the sparkline's gaps: its dotted line, drawn as in the sparkline. */
const gapKey = html`<svg class="gap-key" width="10" height="16" aria-hidden="true"><line class="gap" x1="5" x2="5" y1="1" y2="15"></line></svg>`;

/** The tile: its label, figure and sparkline in SVG, and its lines (change, comparisons, target, rank) as a list. */
export function renderTile(l: TileLayout, host: IndicatorMarksHost): TemplateResult {
  const s = l.spark;
  const lastShown = s.marks.reduce((k, m, i) => (m ? i : k), -1);
  const figure = svg`
      ${l.label.map((t) => label(t, 'tile-label'))}
      ${l.badge ? svg`<g class="badge"><rect x=${l.badge.x} y=${l.badge.y} width=${l.badge.width} height="22"></rect><text x=${l.badge.x + l.badge.width / 2} y=${l.badge.y + 15} text-anchor="middle">${l.badge.text}</text></g>` : nothing}
      ${l.value.lines.map((t) => label(t, l.value.hidden ? 'tile-value hidden' : 'tile-value'))} ${label(l.sub, 'tile-sub')}
      <g class="spark">
        ${s.gaps.map((x) => svg`<line class="gap" x1=${x} x2=${x} y1=${s.top} y2=${s.bottom}></line>`)}
        ${s.paths.map((d) => svg`<path class="line s0" d=${d}></path>`)}
        ${s.marks.map((m, i) => (m && (i === lastShown || host.active(0, i)) ? point(host, 0, i, m.x, m.y, 0, CIRCLE) : nothing))}
        ${s.ends.map((t) => label(t, 'tick'))}
      </g>`;
  return html`${frame('tile', l.width, l.height, figure)}
      <ul class="tile-lines">
        ${l.lines.map((line) => html`<li class=${line.kind}>${line.kind === 'gaps' ? gapKey : nothing}${line.tag ? html`<strong class="tag ${line.verdict}">${line.tag}</strong> ` : nothing}${line.text}</li>`)}
      </ul>`;
}
