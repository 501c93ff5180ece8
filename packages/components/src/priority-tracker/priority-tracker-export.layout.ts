import { wrapText, type TextMeasure } from '@send-insight/core/layout';
import type { RagRating } from '@send-insight/data';
import type { PlacedText } from './priority-tracker-timeline.layout.js';
import type { PriorityRowLayout } from './priority-tracker.layout.js';

/** One priority drawn for the SVG file: title, rating, bar and figures, in SVG pixels. */
export interface ExportRow {
  rating: RagRating;
  title: PlacedText[];
  /** The rating's shape (centre) and its words, wrapped beside it. */
  badge: { cx: number; cy: number; label: PlacedText[] };
  /** The weighted-progress bar; undefined for a closed area or nothing to weigh. */
  bar?: { x: number; y: number; width: number; height: number; fill: number };
  /** The bar's words, or the closed area's note, wrapped. */
  barText: PlacedText[];
  /** The counts, then the overdue figure on a line of its own, wrapped. */
  counts: PlacedText[];
}

/** The priorities as one static SVG drawing, for the SVG download (the page shows them as HTML rows). */
export interface ExportLayout {
  width: number;
  height: number;
  rows: ExportRow[];
}

/** GOV.UK's small heading and the chart text size (`--send-font-size-chart`), as the drawing's styles set them. */
const TITLE = 19;
const SMALL = 16;

/**
 * Lays the priorities' rows out as a static drawing, for the SVG file the tracker downloads: on
 * the page they are HTML that flows and opens, which an SVG cannot hold. Each row: the title
 * (bold), the rating's shape and word under it, the bar with its words, then the counts and the
 * overdue figure, each wrapped to the width. Words come from the rows the view made, so the file
 * says what the page says.
 *
 * @param rows the view's priority rows
 * @param width in px
 * @example layoutExport(layoutPriorities(model, w).rows, 720).rows[0].bar?.fill // 0.59 × the bar's width
 */
export function layoutExport(rows: readonly PriorityRowLayout[], width: number, measure?: TextMeasure): ExportLayout {
  const w = Math.max(0, width);
  const titleLine = Math.round(TITLE * 1.3);
  const smallLine = Math.round(SMALL * 1.35);
  const out: ExportRow[] = [];
  if (w <= 0) return { width: 0, height: 0, rows: out };
  /** Text wrapped to the width left of `x`, its first baseline at `y`. */
  const block = (text: string, x: number, y: number, size = SMALL, bold = false): PlacedText[] =>
    (text ? wrapText(text, w - x, size, { bold, measure }) : []).map((line, i) => ({ text: line, x, y: y + i * (size === SMALL ? smallLine : titleLine) }));
  let y = 0;
  for (const row of rows) {
    const title = block(row.title, 0, y + TITLE, TITLE, true);
    let cursor = y + title.length * titleLine + 4;
    const label = block(row.ratingText, 20, cursor + 7 + SMALL * 0.35);
    const badge = { cx: 7, cy: cursor + 7, label };
    cursor += Math.max(1, label.length) * smallLine + 6;
    let bar: ExportRow['bar'];
    if (row.bar) {
      bar = { x: 0, y: cursor, width: Math.min(w, 560), height: 14, fill: row.bar.fill * Math.min(w, 560) };
      cursor += 14 + 4;
    }
    const barText = block(row.bar ? row.bar.words : (row.barNote ?? ''), 0, cursor + SMALL);
    cursor += barText.length * smallLine;
    const counts = block(row.counts, 0, cursor + SMALL);
    cursor += counts.length * smallLine;
    counts.push(...block(row.overdue, 0, cursor + SMALL));
    cursor = (counts.at(-1)?.y ?? cursor) + 4 + 18;
    out.push({ rating: row.rating, title, badge, bar, barText, counts });
    y = cursor;
  }
  return { width: w, height: y, rows: out };
}
