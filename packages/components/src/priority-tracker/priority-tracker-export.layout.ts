import { wrapText, type TextMeasure } from '@send-insight/core/layout';
import type { RagRating } from '@send-insight/data';
import type { PlacedText } from './priority-tracker-timeline.layout.js';
import type { PriorityRowLayout } from './priority-tracker.layout.js';

/** One priority drawn for the SVG file: title, rating, bar and figures, in SVG pixels. */
export interface ExportRow {
  rating: RagRating;
  title: PlacedText[];
  /** The rating's shape (centre) and its words. */
  badge: { cx: number; cy: number; label: PlacedText };
  /** The weighted-progress bar; undefined for a closed area or nothing to weigh. */
  bar?: { x: number; y: number; width: number; height: number; fill: number };
  /** The bar's words, or the closed area's note. */
  barText: PlacedText;
  /** Counts and overdue, wrapped. */
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
 * (wrapped, bold), the rating's shape and word under it, the bar with its words, then the counts
 * and overdue, wrapped. Words come from the rows the view made, so the file says what the page says.
 *
 * @param rows the view's priority rows
 * @param width in px
 * @param separator between the counts and the overdue figure (the wording's `listSeparatorLong`)
 * @example layoutExport(layoutPriorities(model, w).rows, 720, '; ').rows[0].bar?.fill // 0.59 × the bar's width
 */
export function layoutExport(rows: readonly PriorityRowLayout[], width: number, separator: string, measure?: TextMeasure): ExportLayout {
  const w = Math.max(0, width);
  const titleLine = Math.round(TITLE * 1.3);
  const smallLine = Math.round(SMALL * 1.35);
  const out: ExportRow[] = [];
  let y = 0;
  if (w <= 0) return { width: 0, height: 0, rows: out };
  for (const row of rows) {
    const title = wrapText(row.title, w, TITLE, { bold: true, measure }).map((text, i) => ({ text, x: 0, y: y + TITLE + i * titleLine }));
    let cursor = y + title.length * titleLine + 4;
    const badge = { cx: 7, cy: cursor + 7, label: { text: row.ratingText, x: 20, y: cursor + 7 + SMALL * 0.35 } };
    cursor += SMALL + 8;
    let bar: ExportRow['bar'];
    let barText: PlacedText;
    if (row.bar) {
      const barWidth = Math.min(w, 560);
      bar = { x: 0, y: cursor, width: barWidth, height: 14, fill: row.bar.fill * barWidth };
      barText = { text: row.bar.words, x: 0, y: cursor + 14 + smallLine };
      cursor += 14 + smallLine;
    } else {
      barText = { text: row.barNote ?? '', x: 0, y: cursor + SMALL };
      cursor += smallLine;
    }
    const counts = wrapText(`${row.counts}${separator}${row.overdue}`, w, SMALL, { measure }).map((text, i) => ({ text, x: 0, y: cursor + smallLine * (i + 1) }));
    cursor += counts.length * smallLine + 18;
    out.push({ rating: row.rating, title, badge, bar, barText, counts });
    y = cursor;
  }
  return { width: w, height: y, rows: out };
}
