import { textWidth, wrapText, type TextMeasure } from '@send-insight/core/layout';
import type { RagRating } from '@send-insight/data';
import type { PlacedText, TimelineLayout } from './priority-tracker-timeline.layout.js';
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
    (text ? wrapText(text, w - x, size, { bold, measure }) : []).map((line, i) => ({
      text: line,
      x,
      y: y + i * (size === SMALL ? smallLine : titleLine),
    }));
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

/** One entry of a key drawn in SVG: its swatch's top left corner and its words, wrapped after it. */
export interface KeyEntry {
  x: number;
  y: number;
  text: PlacedText[];
}

/** The timeline as one static SVG drawing: the two panels one under the other, each with its key under it. */
export interface TimelineDrawing {
  width: number;
  height: number;
  /** Where the reported panel's key starts, and its entries (one per status drawn, in the key's order). */
  reportedKey: KeyEntry[];
  /** Where the second panel starts. */
  stockY: number;
  /** The lines' key: complete, then overdue. */
  lineKey: KeyEntry[];
}

/** A key's swatch, px: as wide as the line key's sample, as tall as a line of text. */
export const KEY_SWATCH = { width: 22, height: 12 };

/**
 * Lays a key out as the page's does: entries side by side, a new line when the next would not
 * fit, an entry's words wrapped where they are wider than the whole width.
 *
 * @param labels the entries' words
 * @param top where the key starts
 * @param width in px
 * @example layoutKey(['Complete by then', 'Overdue then'], 0, 640).entries[1].x // beside the first
 */
export function layoutKey(
  labels: readonly string[],
  top: number,
  width: number,
  measure?: TextMeasure,
): { entries: KeyEntry[]; bottom: number } {
  const line = Math.round(SMALL * 1.35);
  const indent = KEY_SWATCH.width + 6;
  const entries: KeyEntry[] = [];
  let x = 0;
  let y = top;
  let lines = 1;
  for (const label of labels) {
    const words = wrapText(label, Math.max(1, width - indent), SMALL, { measure });
    const wide = indent + Math.max(0, ...words.map((t) => (measure ?? textWidth)(t, SMALL, false)));
    if (x > 0 && (words.length > 1 || x + wide > width)) {
      x = 0;
      y += lines * line + 4;
      lines = 1;
    }
    entries.push({ x, y, text: words.map((t, i) => ({ text: t, x: x + indent, y: y + SMALL - 2 + i * line })) });
    lines = Math.max(lines, words.length);
    x += wide + 16;
  }
  return { entries, bottom: labels.length ? y + lines * line : top };
}

/**
 * Lays the timeline out as one static drawing for the SVG file the tracker downloads: on the page
 * its panels are two SVGs with HTML keys between them, and a file of the first SVG alone would
 * lose the second panel and both keys. The panels keep the layout the page draws.
 *
 * @param timeline the view's timeline layout
 * @param statusLabels the reported panel's key, one entry per status drawn
 * @param lineLabels the stock panel's key: complete, then overdue
 * @example layoutTimelineDrawing(layoutTimeline(points, 640, w), ['Reported on track'], ['Complete', 'Overdue']).stockY
 */
export function layoutTimelineDrawing(
  timeline: TimelineLayout,
  statusLabels: readonly string[],
  lineLabels: readonly string[],
  measure?: TextMeasure,
): TimelineDrawing {
  const width = timeline.reported.width;
  const reportedKey = layoutKey(statusLabels, timeline.reported.height + 8, width, measure);
  const stockY = reportedKey.bottom + 24;
  const lineKey = layoutKey(lineLabels, stockY + timeline.stock.height + 8, width, measure);
  return { width, height: lineKey.bottom + 8, reportedKey: reportedKey.entries, stockY, lineKey: lineKey.entries };
}
