import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ContextLayout } from './deprivation-context.layout.js';

/** What the marks need from the element: the active decile and the pointer handlers. */
export interface ContextMarksHost {
  /** Index (0–9) of the decile the keyboard or pointer is on. */
  active?: number;
  enter(index: number): void;
  choose(index: number): void;
}

/**
 * The context's marks as an SVG group: heading (compact), legend, share axis (full), England's
 * even spread as a dashed line behind the bars (no halo of its own, which would cut the bars in
 * two), in pieces round every figure it would cross, the bars, their labels standing on their
 * ends (in the full view a figure the line would cross stands inside its bar's end when the bar
 * holds it), and the decile axis.
 */
export function renderContextMarks(l: ContextLayout, host: ContextMarksHost, offsetY = 0): TemplateResult {
  const { plot } = l;
  const vertical = l.orientation === 'vertical';
  const axisY = plot.y + plot.height;
  return svg`<g class="context context-${l.mode}" data-mode=${l.mode} transform=${offsetY ? `translate(0, ${offsetY})` : nothing}>
    ${l.mode === 'compact' ? svg`<line class="context-rule" x1="0" x2=${l.width} y1="0.5" y2="0.5"></line>` : nothing}
    ${l.title ? svg`<text class="context-title" x=${l.title.x}>${l.title.lines.map((t) => svg`<tspan x=${l.title!.x} y=${t.y}>${t.text}</tspan>`)}</text>` : nothing}
    <g class="legend context-legend" part="legend">
      ${l.legend.map(
        (item) => svg`<g class="legend-item" data-kind=${item.kind === 'bar' ? 'context' : 'even'}>
          ${
            item.kind === 'bar'
              ? svg`<rect class="context-bar" x=${item.x} y=${item.y} width="18" height="12"></rect>`
              : svg`<line class="even" x1=${item.x} x2=${item.x + 18} y1=${item.y + 6} y2=${item.y + 6}></line>`
          }
          <text x=${item.x + 24} y=${item.y + 10}>${item.label}</text>
        </g>`,
      )}
    </g>
    <g class="value-axis">
      ${l.valueTicks.map((t) =>
        vertical
          ? svg`<line class="grid" x1=${plot.x} x2=${plot.x + plot.width} y1=${t.pos} y2=${t.pos}></line>
              <text class="tick" x=${plot.x - 6} y=${t.pos + 4} text-anchor="end">${t.label}</text>`
          : svg`<line class="grid" x1=${t.pos} x2=${t.pos} y1=${plot.y} y2=${axisY}></line>
              <text class="tick" x=${t.pos} y=${axisY + 16} text-anchor="middle">${t.label}</text>`,
      )}
      ${l.valueTitle ? svg`<text class="axis-title" x=${l.valueTitle.x} y=${l.valueTitle.y} text-anchor=${l.valueTitle.anchor}>${l.valueTitle.text}</text>` : nothing}
    </g>
    <g class="even-line" data-share="0.1">${l.referencePieces.map(([a, b]) =>
      vertical
        ? svg`<line class="even" x1=${a} y1=${l.reference.y1} x2=${b} y2=${l.reference.y2}></line>`
        : svg`<line class="even" x1=${l.reference.x1} y1=${a} x2=${l.reference.x2} y2=${b}></line>`,
    )}</g>
    <g class="context-marks">
      ${l.bars.map(
        (
          b,
          i,
        ) => svg`<g class="context-group ${host.active === i ? 'active' : ''}" data-decile=${b.decile} data-lsoas=${b.lsoas} @pointerenter=${() => host.enter(i)} @click=${() => host.choose(i)}>
          <rect class="context-bar" x=${b.bar.x} y=${b.bar.y} width=${b.bar.width} height=${Math.max(b.bar.height, 0)}></rect>
        </g>`,
      )}
    </g>
    <g class="decile-axis">
      ${
        vertical
          ? svg`<line class="axis" x1=${l.mode === 'compact' ? Math.min(plot.x, l.reference.x1) : plot.x} x2=${l.mode === 'compact' ? Math.max(plot.x + plot.width, l.reference.x2) : plot.x + plot.width} y1=${axisY} y2=${axisY}></line>`
          : svg`<line class="axis" x1=${plot.x} x2=${plot.x} y1=${plot.y} y2=${axisY}></line>`
      }
      ${l.decileTicks.map((t) =>
        vertical
          ? svg`<text class="tick decile-tick" x=${t.pos} y=${l.decileTickAt} text-anchor="middle">${t.label}</text>`
          : svg`<text class="tick decile-tick" x=${l.decileTickAt} y=${t.pos + 4} text-anchor="end">${t.label}</text>`,
      )}
      ${l.decileEnds.map((e) => svg`<text class="secondary" x=${e.x} y=${e.y} text-anchor=${e.anchor}>${e.text}</text>`)}
      ${l.decileTitle ? svg`<text class="axis-title" x=${l.decileTitle.x} y=${l.decileTitle.y} text-anchor=${l.decileTitle.anchor}>${l.decileTitle.text}</text>` : nothing}
    </g>
    <g class="context-labels">
      ${l.bars.map(
        (b) => svg`<g class="context-label" data-decile=${b.decile}>
          ${b.labels.map(
            (t) =>
              svg`<text class="value-label context-${t.kind} ${t.inside ? 'inside' : ''}" x=${t.x} y=${t.y} text-anchor=${t.anchor}>${t.text}</text>`,
          )}
        </g>`,
      )}
    </g>
  </g>`;
}

/** The context view on its own: the whole chart is the neighbourhoods by decile. */
export function renderContextChart(l: ContextLayout, host: ContextMarksHost): TemplateResult {
  return html`<svg class="chart deprivation-context" width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" role="presentation" data-view="context" data-orientation=${l.orientation}>
    ${renderContextMarks(l, host)}
  </svg>`;
}
