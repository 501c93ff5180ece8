import { textWidth, verticalLineAround, type Box } from '@send-insight/core/layout';
import type { TextMark } from './deprivation-chart.layout.js';

/*
 * The chart by decile in rows: where a bar's figure stands, and the pieces of England's line,
 * which crosses the bar over its decile's whole band. A figure belongs to the bar it touches, so
 * it stands inside the bar's end or just past it, never past England's line; England's line
 * never stands under or over a figure, where it read as an underline (issue 22).
 */

/**
 * Space between a figure inside a bar and the bar's end, px. With the 4 px before a figure past
 * the end, England's line (LINE_CLEAR + LINE_HALF from either) always leaves one of the two
 * places clear when the bar holds the figure.
 */
const INSIDE_PAD = 6;
/** A bar this much longer than its figure holds it with room to spare, px; a shorter one holds it only to keep it off England's line. */
const ROOMY = 20;
/** Least space between England's line and a text's ink, px. */
const LINE_CLEAR = 3;
/** Half the width England's line takes across (its 3 px stroke and 1 px of halo each side), px. */
const LINE_HALF = 2.5;
/** How far England's line reaches past its decile's band at each end, px (rows are 20% of a step apart). */
export const LINE_REACH = 2;

/** Where a bar's figure goes in rows. */
export interface RowFigure {
  text: string;
  /** The bar's end, px. */
  barEnd: number;
  /** The bar's start (the axis), px. */
  barStart: number;
  /** Where the figure must clear: the bar's end, or its interval's when intervals are drawn. */
  end: number;
  /** Whether the interval is drawn (its line runs through the bar's middle, so no figure inside). */
  interval: boolean;
  /** The middle of the bar, across. */
  middle: number;
  /** England's rate for the decile, px along the value axis. */
  england?: number;
  fontSize: number;
}

/**
 * The figure inside its bar's end, when the bar holds it with room to spare (or just holds it,
 * where past the end England's line would run through it) and England's line stays clear of it
 * there; else just past the end (or the interval's end), starting past England's line only
 * when that line stands on the end itself (at most 8 px out). Only past a short bar or an
 * interval can England's line then meet the figure; {@link englandPieces} takes it round.
 *
 * @example rowFigure({ text: '16.5', barEnd: 200, barStart: 30, end: 200, interval: false, middle: 50, fontSize: 16 }).x // 194
 */
export function rowFigure(f: RowFigure): TextMark {
  const tw = textWidth(f.text, f.fontSize);
  const ex = f.england;
  const clear = LINE_CLEAR + LINE_HALF;
  const y = f.middle + f.fontSize * 0.35;
  const onEnd = ex !== undefined && ex >= f.end - 2 && ex + clear <= f.end + 8;
  // outside, England's line would run through the figure
  const crossedPast = ex !== undefined && !onEnd && ex > f.end + 4 - clear && ex < f.end + 4 + tw + clear;
  const length = f.barEnd - f.barStart;
  // a figure fills a bar only when that keeps it off England's line; else it takes a roomy bar
  const inside =
    !f.interval &&
    length >= tw + INSIDE_PAD + 2 &&
    (crossedPast || length >= tw + ROOMY) &&
    (ex === undefined || ex < f.barEnd - INSIDE_PAD - tw - clear || ex > f.barEnd - INSIDE_PAD + clear);
  if (inside) return { x: f.barEnd - INSIDE_PAD, y, text: f.text, anchor: 'end', inside: true };
  return { x: Math.max(f.end + 4, onEnd ? ex + clear : 0), y, text: f.text, anchor: 'start' };
}

/**
 * Where a decile's word ("suppressed") starts in rows: at `from` (the baseline), or just past
 * England's line at `england` when the line would cross the word there.
 *
 * @example wordStart(30, 80, 60) // 65.5
 */
export function wordStart(from: number, width: number, england: number | undefined): number {
  const clear = LINE_CLEAR + LINE_HALF;
  return england !== undefined && england > from - clear && england < from + width + clear ? england + clear : from;
}

/**
 * The stretches (y from, y to) of England's vertical line at `x`, from `y1` to `y2`, that keep
 * 3 px from the ink of `texts` (a figure or a decile's word); stubs under 2 px are left out.
 */
export function englandPieces(
  x: number,
  y1: number,
  y2: number,
  texts: readonly TextMark[],
  fontSize: number,
): [number, number][] {
  // each text's ink widened by the line's half width: its ends are square, its sides are not
  const boxes = texts.map((t) => {
    const b = inkBox(t, fontSize);
    return { ...b, x: b.x - LINE_HALF, width: b.width + 2 * LINE_HALF };
  });
  return verticalLineAround(x, y1, y2, boxes, LINE_CLEAR).filter(([a, b]) => b - a >= 2);
}

/**
 * The ink of a line of the chart's text: from the capitals' height to just under the baseline
 * for a figure ("16.5", "21%"), to the descenders' depth for words and brackets.
 */
export function inkBox(t: Pick<TextMark, 'x' | 'y' | 'text' | 'anchor'>, fs: number): Box {
  const width = textWidth(t.text, fs);
  const x = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - width : t.x - width / 2;
  return { x, y: t.y - fs * 0.8, width, height: fs * (/^[\d.,%\s-]+$/.test(t.text) ? 0.9 : 1.05) };
}
