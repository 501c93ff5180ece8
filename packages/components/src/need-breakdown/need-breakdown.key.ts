import { textWidth, wrapText, type Box } from '@send-insight/core/layout';
import type { LegendEntry, TextLine } from './need-breakdown.types.js';

/** One entry of the composition's key as the SVG file draws it: a swatch and the need's name. */
export interface ExportKeyItem {
  key: string;
  fill: LegendEntry['fill'];
  swatch: Box;
  /** The name, one line or more. */
  text: TextLine[];
}

/** The composition's key for the SVG file, under the chart, and the height the file's chart takes with it. */
export interface ExportKey {
  items: ExportKeyItem[];
  height: number;
}

const SWATCH = 14;

/**
 * The composition view's colour key laid out in SVG, under a chart `height` px tall and `width`
 * wide: on the page the key is the legend's toggle buttons (HTML), which an SVG file cannot carry,
 * so the file draws this one in their place. Each need drawn (not hidden) has a swatch and its
 * name, left to right, a name wrapped to the width where it is longer. Pure: no DOM.
 *
 * @example exportKey([{ key: 'SLCN', label: 'SLCN', fill: 0, hidden: false }], 320, 200, 16, 21).height // 229
 */
export function exportKey(
  legend: readonly LegendEntry[],
  width: number,
  height: number,
  fontSize: number,
  lineHeight: number,
): ExportKey {
  const items: ExportKeyItem[] = [];
  let x = 0;
  let top = height + 4;
  let rowH = lineHeight;
  for (const e of legend) {
    if (e.hidden) continue;
    const room = Math.max(40, width - SWATCH - 6);
    const lines = wrapText(e.label, room, fontSize);
    const w = SWATCH + 6 + Math.max(...lines.map((l) => textWidth(l, fontSize)));
    if (x > 0 && x + w > width) {
      x = 0;
      top += rowH;
      rowH = lineHeight;
    }
    const mid = top + lineHeight / 2;
    items.push({
      key: e.key,
      fill: e.fill,
      swatch: { x, y: mid - SWATCH / 2, width: SWATCH, height: SWATCH },
      text: lines.map((text, j) => ({
        text,
        x: x + SWATCH + 6,
        y: mid + fontSize * 0.35 + j * lineHeight,
        anchor: 'start' as const,
        kind: 'label' as const,
      })),
    });
    rowH = Math.max(rowH, lines.length * lineHeight);
    x += w + 16;
  }
  return { items, height: items.length ? Math.ceil(top + rowH + 4) : height };
}
