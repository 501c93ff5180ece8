import type { IndicatorModel } from '@send-insight/data';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { IndicatorFormsWording } from './indicator-forms.strings.js';
import type { TrendLayout } from './indicator-trend.layout.js';
import { defaultScale } from './indicator-trend.view.js';
import type { FormSettings } from './indicator.parts.js';
import { CIRCLE, frame, label, point, switchGroup, type IndicatorMarksHost } from './indicator.marks.js';

/** The four marker shapes, by colour slot: circle, square, triangle, diamond. */
const MARKERS = [CIRCLE, 'M-3.5,-3.5h7v7h-7Z', 'M0,-4.5L4.5,3.5H-4.5Z', 'M0,-5L5,0L0,5L-5,0Z'];

/** The marker of a colour slot (the shape repeats every four); England's (slot 4) a ring wider than the area's dot, drawn around it where they meet. */
export const marker = (slot: number) =>
  slot === 4 ? 'M0,-5.5A5.5,5.5 0 1 1 0,5.5A5.5,5.5 0 1 1 0,-5.5Z' : MARKERS[slot % 4]!;

/** The trend's scale switch (values or the index), for counts with a common first period; else nothing. */
export function scaleSwitch(
  model: IndicatorModel,
  settings: FormSettings,
  table: boolean,
  w: IndicatorFormsWording,
): unknown {
  if (model.unit !== 'count' || !model.indexBase) return nothing;
  const options: ['value' | 'index', string][] = [
    ['value', w.t('indicatorScaleValue')],
    ['index', w.t('indicatorScaleIndex')],
  ];
  const scale = table ? undefined : (settings.scale ?? defaultScale(model));
  return switchGroup(w.t('indicatorScaleLabel'), options, scale, (v) => (settings.scale = v));
}

/**
 * The trend: the legend (when the lines cannot be labelled at their ends), the grid, gaps with
 * their symbol, the target, and a line per series with its bands, markers and end label; notes
 * under it.
 */
export function renderTrend(l: TrendLayout, host: IndicatorMarksHost): TemplateResult {
  const p = l.plot;
  const body = svg`
      <g class="legend" part="legend">${l.legend.map((g) => svg`<g class="s${g.slot} ${g.role}"><line class="line" x1=${g.x} x2=${g.x + 20} y1=${g.y - 4} y2=${g.y - 4}></line><path class="marker" d=${marker(g.slot)} transform="translate(${g.x + 10},${g.y - 4})"></path><text x=${g.x + 26} y=${g.y}>${g.text}</text></g>`)}</g>
      ${l.yTitle ? label(l.yTitle, 'axis-title') : nothing}
      <g class="grid">
        ${l.yTicks.map((t) => svg`<line x1=${p.x} x2=${p.x + p.width} y1=${t.y} y2=${t.y}></line><text class="tick" x=${p.x - 6} y=${t.y + 4} text-anchor="end">${t.text}</text>`)}
        ${l.xTicks.map((t) => label(t, 'tick'))}
      </g>
      ${l.gaps.map((g) => svg`<g class="gap-mark"><rect x=${g.x - 6} y=${p.y} width="12" height=${p.height}></rect><text x=${g.x} y=${p.y - 4} text-anchor="middle">${g.symbol}</text></g>`)}
      ${l.target ? svg`<line class="target" x1=${p.x} x2=${p.x + p.width} y1=${l.target.y} y2=${l.target.y}></line>${label(l.target.label, 'target-label halo')}` : nothing}
      ${l.lines
        .map(
          (line, s) => svg`<g class="series s${line.slot} ${line.role}" data-series=${line.name}>
          ${line.bands.map((d) => svg`<path class="band" d=${d}></path>`)}
          ${line.paths.map((d) => svg`<path class="line" d=${d}></path>`)}
          ${line.marks.map((m, i) => (m ? point(host, s, i, m.x, m.y, line.slot, marker(line.slot)) : nothing))}
          ${line.label ? svg`<path class="marker" d=${marker(line.slot)} transform="translate(${line.label.x + 5},${line.label.y - 4})"></path>${label({ ...line.label, x: line.label.x + 14 }, 'end-label halo')}` : nothing}
        </g>`,
        )
        // the area's line and points over the others'
        .reverse()}`;
  return html`${frame('trend', l.width, l.height, body)}${l.notes.map((n) => html`<p class="note">${n}</p>`)}`;
}
