import { textWidth, wrapText } from '@send-insight/core/layout';
import type { LegendItem, OutcomesFmt, SeriesInfo, TextBlock } from './outcomes-radar.types.js';

/**
 * Text wrapped to `maxWidth` as a block whose top is `y`, aligned on `x` by `anchor`.
 *
 * @example textBlock('Voice heard', 10, 0, 200, 13, 16, 'start').lines[0] // { text: 'Voice heard', x: 10, y: 10.4 }
 */
export function textBlock(
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  fontSize: number,
  lineHeight: number,
  anchor: TextBlock['anchor'],
): TextBlock {
  const lines = wrapText(text, maxWidth, fontSize);
  const width = Math.max(0, ...lines.map((l) => textWidth(l, fontSize)));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return {
    anchor,
    lines: lines.map((t, i) => ({ text: t, x, y: y + fontSize * 0.8 + i * lineHeight })),
    box: { x: left, y, width, height: lines.length * lineHeight },
  };
}

/** A text block moved by `dx`, `dy`. */
export function shiftBlock(b: TextBlock, dx: number, dy: number): TextBlock {
  return {
    anchor: b.anchor,
    box: { ...b.box, x: b.box.x + dx, y: b.box.y + dy },
    lines: b.lines.map((l) => ({ ...l, x: l.x + dx, y: l.y + dy })),
  };
}

/** What the legend names besides the series. */
export interface LegendExtras {
  /** The target %, drawn as a dashed ring or line. */
  target?: number;
  /** The interval band's key: its words, and the series whose colour its sample takes (none: neutral). */
  band?: { text: string; series?: number };
}

/**
 * The legend's entries in rows across `width` from `top`: each series (line and marker sample,
 * then its name, wrapped when long), then the target and the interval band when drawn.
 *
 * @returns the entries, and the bottom of the last row
 */
export function layoutLegend(
  series: SeriesInfo[],
  extras: LegendExtras,
  width: number,
  top: number,
  fontSize: number,
  lineHeight: number,
  fmt: OutcomesFmt,
) {
  const items: LegendItem[] = [];
  const entries: { kind: LegendItem['kind']; series?: number; text: string }[] = series.map((s) => ({
    kind: 'series',
    series: s.index,
    text: s.label,
  }));
  if (extras.target !== undefined)
    entries.push({ kind: 'target', text: fmt.w.t('outcomesTarget', { value: fmt.percent(extras.target) }) });
  if (extras.band) entries.push({ kind: 'band', series: extras.band.series, text: extras.band.text });
  const sample = 30;
  let x = 0;
  let y = top;
  let rowHeight = 0;
  for (const e of entries) {
    const maxText = Math.max(40, width - sample - 6);
    const lines = wrapText(e.text, maxText, fontSize);
    const textW = Math.max(...lines.map((l) => textWidth(l, fontSize)));
    const itemW = sample + 6 + textW;
    if (x > 0 && x + itemW > width) {
      x = 0;
      y += rowHeight + 4;
      rowHeight = 0;
    }
    const text = textBlock(e.text, x + sample + 6, y, maxText, fontSize, lineHeight, 'start');
    items.push({ kind: e.kind, series: e.series, x: x + sample / 2, y: y + lineHeight / 2, text });
    rowHeight = Math.max(rowHeight, text.box.height);
    x += itemW + 18;
  }
  return { items, bottom: entries.length ? y + rowHeight : top };
}
