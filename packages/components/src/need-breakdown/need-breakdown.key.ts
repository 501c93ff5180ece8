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

/** Widest a legend column grows, px: a longer name wraps within it. */
const LEGEND_COLUMN = 280;

/**
 * How many columns the composition legend (toggle buttons in a grid under the chart) has at a
 * width: as many columns as entries of the widest name fit (each a 1 rem swatch, gaps, padding and
 * border, about 42 px, besides its text; at most {@link LEGEND_COLUMN} px), then as few as give the
 * same number of rows, so the rows are even.
 *
 * @example legendGrid(['SLCN', 'SEMH', 'MLD', 'ASD', 'SpLD', 'NSA', 'Other needs', 'Suppressed'], 1248, 14) // 4: two rows of four
 */
export function legendGrid(labels: readonly string[], width: number, fontSize: number): number {
  if (!labels.length) return 1;
  const column = Math.min(LEGEND_COLUMN, Math.max(...labels.map((l) => textWidth(l, fontSize) + 42)));
  const fit = Math.max(1, Math.min(labels.length, Math.floor((width + 8) / (column + 8))));
  const rows = Math.ceil(labels.length / fit);
  return Math.ceil(labels.length / rows);
}

const SWATCH = 14;
/** Space between two columns of the key, px. */
const GAP = 16;
/** Space between two rows of the key, in lines. */
const ROW_GAP = 1 / 3;

/**
 * The composition view's colour key laid out in SVG, under a chart `height` px tall and `width`
 * wide: on the page the key is the legend's toggle buttons (HTML), which an SVG file cannot carry,
 * so the file draws this one in their place. Each need drawn (not hidden) has a swatch and its
 * name in a grid of even rows, the same number of columns as the page's legend works out for these
 * names ({@link legendGrid}), a name wrapped within its column where it is longer. Pure: no DOM.
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
  const drawn = legend.filter((e) => !e.hidden);
  const columns = legendGrid(
    drawn.map((e) => e.label),
    width,
    fontSize,
  );
  const column = Math.max(SWATCH + 46, (width + GAP) / columns - GAP);
  const room = column - SWATCH - 6;
  const items: ExportKeyItem[] = [];
  let top = height + 4;
  for (let first = 0; first < drawn.length; first += columns) {
    const row = drawn.slice(first, first + columns).map((e) => ({ e, lines: wrapText(e.label, room, fontSize) }));
    row.forEach(({ e, lines }, i) => {
      const x = Math.round(i * (column + GAP));
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
    });
    // rows stand a third of a line apart, so a name's second line is not read as the next row's
    top += Math.max(...row.map((r) => r.lines.length)) * lineHeight + ROW_GAP * lineHeight;
  }
  return { items, height: items.length ? Math.ceil(top - ROW_GAP * lineHeight + 4) : height };
}
