import { html, nothing, svg, type TemplateResult } from 'lit';
import type { DecileMark, DecilePanel, DeprivationLayout, TextMark } from './deprivation-chart.layout.js';

/** What the marks need from the element: the point the keyboard or pointer is on, and the pointer's handlers. */
export interface DecileMarksHost {
  /** The active keyboard stop (series = panel, index = decile − 1). */
  active?: { series: number; index: number };
  enter(series: number, index: number): void;
  choose(series: number, index: number): void;
}

/** A line of text; rotated −90° about its point when the layout says so. */
export function textMark(t: TextMark, cls: string): TemplateResult {
  return svg`<text class=${cls} x=${t.x} y=${t.y} text-anchor=${t.anchor} transform=${t.rotate ? `rotate(-90 ${t.x} ${t.y})` : nothing}>${t.text}</text>`;
}

function mark(m: DecileMark, panel: DecilePanel, si: number, di: number, host: DecileMarksHost): TemplateResult {
  const active = host.active?.series === si && host.active.index === di;
  const w = m.whisker;
  const vertical = w ? w.x1 === w.x2 : false;
  const whisker = w
    ? vertical
      ? `M${w.x1},${w.y1} V${w.y2} M${w.x1 - w.cap / 2},${w.y1} H${w.x1 + w.cap / 2} M${w.x2 - w.cap / 2},${w.y2} H${w.x2 + w.cap / 2}`
      : `M${w.x1},${w.y1} H${w.x2} M${w.x1},${w.y1 - w.cap / 2} V${w.y1 + w.cap / 2} M${w.x2},${w.y2 - w.cap / 2} V${w.y2 + w.cap / 2}`
    : '';
  return svg`<g class="bar-group ${active ? 'active' : ''}" data-measure=${m.measure} data-decile=${m.decile} data-status=${m.status}
      @pointerenter=${() => host.enter(si, di)} @click=${() => host.choose(si, di)}>
    <rect class="hit" x=${m.hit.x} y=${m.hit.y} width=${m.hit.width} height=${m.hit.height}></rect>
    ${m.bar ? svg`<rect class="bar m${panel.colorIndex}" x=${m.bar.x} y=${m.bar.y} width=${m.bar.width} height=${m.bar.height}></rect>` : nothing}
    ${w ? svg`<path class="whisker" d=${whisker}></path>` : nothing}
    ${m.valueLabel ? textMark(m.valueLabel, m.valueLabel.inside ? `value-label inside on-${panel.colorIndex + 1}` : 'value-label') : nothing}
    ${
      m.gapLabel
        ? svg`<text class="gap-label" data-measure=${m.measure} data-decile=${m.decile} x=${m.gapLabel.x} y=${m.gapLabel.y} text-anchor=${m.gapLabel.anchor}
        transform=${m.gapLabel.rotate ? `rotate(-90 ${m.gapLabel.x} ${m.gapLabel.y})` : nothing}>${m.gapLabel.text}</text>`
        : nothing
    }
  </g>`;
}

function panelMarks(l: DeprivationLayout, p: DecilePanel, si: number, host: DecileMarksHost): TemplateResult {
  const vertical = l.orientation === 'vertical';
  const { plot } = p;
  const e = p.englandLabel;
  return svg`<g class="panel" data-measure=${p.measure}>
    <text class="panel-title">${p.title.map((t) => svg`<tspan x=${t.x} y=${t.y}>${t.text}</tspan>`)}</text>
    <g class="value-axis">
      ${p.valueTicks.map((t) =>
        vertical
          ? svg`<line class="grid" x1=${plot.x} x2=${plot.x + plot.width} y1=${t.pos} y2=${t.pos}></line>`
          : svg`<line class="grid" x1=${t.pos} x2=${t.pos} y1=${plot.y} y2=${plot.y + plot.height}></line>`,
      )}
      ${p.valueTickLabels.map((t) => textMark(t, 'tick'))}
    </g>
    <g class="decile-axis">
      ${
        vertical
          ? svg`<line class="axis" x1=${plot.x} x2=${plot.x + plot.width} y1=${plot.y + plot.height} y2=${plot.y + plot.height}></line>`
          : svg`<line class="axis" x1=${plot.x} x2=${plot.x} y1=${plot.y} y2=${plot.y + plot.height}></line>`
      }
      ${p.decileTickLabels.map((t) => textMark(t, 'tick decile-tick'))}
    </g>
    <g class="series" data-measure=${p.measure}>${p.marks.map((m, di) => mark(m, p, si, di, host))}</g>
    ${
      p.england.length
        ? svg`<g class="england-series" data-measure=${p.measure}>
          ${p.england.map((t) =>
            t.pieces
              ? t.pieces.map(
                  ([y1, y2]) =>
                    svg`<line class="england-halo" x1=${t.x1} y1=${y1} x2=${t.x2} y2=${y2}></line><line class="england-tick" data-decile=${t.decile} x1=${t.x1} y1=${y1} x2=${t.x2} y2=${y2}></line>`,
                )
              : svg`<line class="england-tick" data-decile=${t.decile} x1=${t.x1} y1=${t.y1} x2=${t.x2} y2=${t.y2}></line>`,
          )}
          ${e ? svg`${e.key ? svg`<line class="england-tick" x1=${e.key.x1} y1=${e.key.y1} x2=${e.key.x2} y2=${e.key.y2}></line>` : nothing}${textMark(e, 'england-label')}` : nothing}
        </g>`
        : nothing
    }
  </g>`;
}

/**
 * The chart by decile as SVG: a panel per measure (title, value grid, bars with their rates, the
 * words for deciles not shown, England's ticks named once), the decile axis's ends and title, and
 * `extra` (the neighbourhood strip) in the same SVG, so downloads hold it too.
 */
export function renderDecileChart(
  l: DeprivationLayout,
  host: DecileMarksHost,
  height = l.height,
  extra: unknown = nothing,
): TemplateResult {
  return html`<svg class="chart deprivation" width=${l.width} height=${height} viewBox="0 0 ${l.width} ${height}" role="presentation"
      data-view="deciles" data-orientation=${l.orientation} data-intervals=${l.intervals ? 'shown' : 'hidden'}>
    ${l.panels.map((p, si) => panelMarks(l, p, si, host))}
    <g class="decile-titles">
      ${l.decileEnds.map((t) => textMark(t, 'secondary'))}
      ${textMark(l.decileTitle, 'axis-title')}
    </g>
    ${extra}
  </svg>`;
}
