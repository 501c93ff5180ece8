import type { DeprivationContext } from '@send-insight/data';
import { formatNumber, formatShare, type DataTableSpec, type TableCell } from '@send-insight/core';
import { nothing, svg, type TemplateResult } from 'lit';
import { DEFAULT_WORDING, type DeprivationWording } from './deprivation-chart.layout.js';
import type { ContextLayout } from './deprivation-context.layout.js';

/** What `send-select` carries for a decile of the neighbourhood context. */
export interface DeprivationContextDatum {
  kind: 'context';
  /** National IMD decile, 1 (most deprived) to 10. */
  decile: number;
  /** The area's LSOAs in the decile. */
  lsoas: number;
  /** Their share of the area's LSOAs, 0–1. */
  share: number;
  /** The share an even (national) spread gives: 0.1. */
  evenShare: number;
}

/** "Decile 1 (most deprived)", "Decile 5", "Decile 10 (least deprived)". */
export function decileName(d: number, w: DeprivationWording = DEFAULT_WORDING): string {
  return w.t(d === 1 ? 'deprivationDecileMost' : d === 10 ? 'deprivationDecileLeast' : 'deprivationDecileName', { decile: d });
}

/** Where the area's name goes in words: " in Wolverhampton", or nothing. */
export const inArea = (w: DeprivationWording, name: string | undefined) => (name ? w.t('deprivationInArea', { name }) : '');

/**
 * A decile of the context in words, for the live region, the tooltip and `send-select`'s label:
 * "Decile 1 (most deprived): 33 of the 158 neighbourhoods (LSOAs) in Wolverhampton, 20.9% (England: 10% in each decile)".
 */
export function describeContextDecile(context: DeprivationContext, index: number, name: string | undefined, locale: string, w: DeprivationWording = DEFAULT_WORDING): string {
  return w.t('deprivationLsoaWords', {
    decile: decileName(index + 1, w),
    n: formatNumber(context.lsoas[index]!, locale),
    lsoas: w.plural('deprivationNeighbourhoods', context.total),
    in: inArea(w, name),
    share: formatShare(context.shares[index]!, locale),
    even: w.t('deprivationEvenSpread', { share: formatShare(context.evenShare, locale, 0) }),
  });
}

/** The datum `send-select` carries for a decile. */
export function contextDatum(context: DeprivationContext, index: number): DeprivationContextDatum {
  return { kind: 'context', decile: index + 1, lsoas: context.lsoas[index]!, share: context.shares[index]!, evenShare: context.evenShare };
}

/** The two table cells of a decile: its LSOAs and their share. */
export function contextCells(context: DeprivationContext, index: number, locale: string): { lsoas: TableCell; share: TableCell } {
  const n = context.lsoas[index]!;
  const f = context.shares[index]!;
  return { lsoas: { text: formatNumber(n, locale), sort: n }, share: { text: formatShare(f, locale), sort: f } };
}

/**
 * The data table of the context view: for each decile, the area's LSOAs, their share, and the
 * share an even spread over England's deciles gives. Counts of neighbourhoods, not people, so no
 * disclosure control applies.
 */
export function contextTable(context: DeprivationContext, caption: string, name: string | undefined, locale: string, w: DeprivationWording = DEFAULT_WORDING): DataTableSpec {
  const columns: DataTableSpec['columns'] = [
    { key: 'decile', label: w.t('deprivationColNationalDecile') },
    { key: 'lsoas', label: w.t('deprivationLsoas'), numeric: true },
    { key: 'share', label: w.t('deprivationLsoaShare'), numeric: true },
    { key: 'even', label: w.t('deprivationColEven'), numeric: true },
  ];
  const even = formatShare(context.evenShare, locale);
  const rows = context.lsoas.map((_, i) => ({
    decile: { text: decileName(i + 1, w), sort: i + 1 },
    ...contextCells(context, i, locale),
    even: { text: even, sort: context.evenShare },
  }));
  return {
    caption,
    columns,
    rows,
    notes: [
      `${w.t('deprivationNoteContext', {
        lsoas: w.plural('deprivationNeighbourhoods', context.total),
        in: inArea(w, name),
        even: formatShare(context.evenShare, locale, 0),
      })} ${w.t('deprivationNoteNotPeople')}`,
    ],
  };
}

/** What the marks need from the element: the active decile and the pointer handlers. */
export interface ContextMarksHost {
  /** Index (0–9) of the decile the keyboard or pointer is on. */
  active?: number;
  enter(index: number): void;
  choose(index: number): void;
}

/**
 * The context view's marks as an SVG group: heading (compact), legend, share axis (full), the
 * bars, England's even spread as a dashed line, the bars' labels over it (with a halo, so the line
 * never strikes through a figure), and the decile axis.
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
          ${item.kind === 'bar'
            ? svg`<rect class="context-bar" x=${item.x} y=${item.y} width="18" height="12"></rect>`
            : svg`<line class="even" x1=${item.x} x2=${item.x + 18} y1=${item.y + 6} y2=${item.y + 6}></line>`}
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
    <g class="decile-axis">
      ${vertical
        ? svg`<line class="axis" x1=${l.mode === 'compact' ? Math.min(plot.x, l.reference.x1) : plot.x} x2=${l.mode === 'compact' ? Math.max(plot.x + plot.width, l.reference.x2) : plot.x + plot.width} y1=${axisY} y2=${axisY}></line>`
        : svg`<line class="axis" x1=${plot.x} x2=${plot.x} y1=${plot.y} y2=${axisY}></line>`}
      ${l.decileTicks.map((t) =>
        vertical
          ? svg`<text class="tick decile-tick" x=${t.pos} y=${l.decileTickAt} text-anchor="middle">${t.label}</text>`
          : svg`<text class="tick decile-tick" x=${l.decileTickAt} y=${t.pos + 4} text-anchor="end">${t.label}</text>`,
      )}
      ${l.decileEnds.map((e) => svg`<text class="secondary" x=${e.x} y=${e.y} text-anchor=${e.anchor}>${e.text}</text>`)}
      ${l.decileTitle ? svg`<text class="axis-title" x=${l.decileTitle.x} y=${l.decileTitle.y} text-anchor=${l.decileTitle.anchor}>${l.decileTitle.text}</text>` : nothing}
    </g>
    <g class="context-marks">
      ${l.bars.map(
        (b, i) => svg`<g class="context-group ${host.active === i ? 'active' : ''}" data-decile=${b.decile} data-lsoas=${b.lsoas} @pointerenter=${() => host.enter(i)} @click=${() => host.choose(i)}>
          <rect class="context-bar" x=${b.bar.x} y=${b.bar.y} width=${b.bar.width} height=${Math.max(b.bar.height, 0)}></rect>
        </g>`,
      )}
    </g>
    <line class="even-casing" x1=${l.reference.x1} y1=${l.reference.y1} x2=${l.reference.x2} y2=${l.reference.y2}></line>
    <line class="even" data-share="0.1" x1=${l.reference.x1} y1=${l.reference.y1} x2=${l.reference.x2} y2=${l.reference.y2}></line>
    <g class="context-labels">
      ${l.bars.map(
        (b) => svg`<g class="context-label" data-decile=${b.decile}>
          ${b.labels.map((t) => svg`<text class="value-label context-${t.kind}" x=${t.x} y=${t.y} text-anchor=${t.anchor}>${t.text}</text>`)}
        </g>`,
      )}
    </g>
  </g>`;
}
