import { textWidth, verticalLineAround, type Box, type PlacedTick } from '@send-insight/core/layout';
import type { GapText, GridTick, TextLine } from './need-breakdown.types.js';

/** Space kept between a gridline and the nearest text, px. */
const GRID_CLEAR = 3;
/**
 * The shortest piece of a gridline drawn, in font sizes: between the rows' words ("suppressed",
 * one under another) the pieces left were 11–22 px, and a column of them read as a dashed line (a
 * marker of its own) rather than as a scale's line. A piece through a row with a mark is longer.
 */
export const GRID_MIN_PIECE = 2;

/**
 * The box a line of the chart's text takes, from its cap height to below its descenders. Measured
 * bold, the widest of the chart's faces, so a bar's bold name and an italic reason are covered too.
 *
 * @example textLineBox({ text: 'SLCN', x: 0, y: 20, anchor: 'start', kind: 'label' }, 16).y // 7.2
 */
export function textLineBox(t: TextLine, fontSize: number): Box {
  const width = textWidth(t.text, fontSize, true);
  const x = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - width : t.x - width / 2;
  return { x, y: t.y - fontSize * 0.8, width, height: fontSize * 1.05 };
}

/**
 * The pieces of a vertical line at `x` from `top` to `bottom` that come no nearer than 3 px to
 * any of `texts`: a gridline drawn only where no text is (on a phone the names stand above
 * their bars, across the plot). A piece shorter than {@link GRID_MIN_PIECE} font sizes is left
 * out, so a line stops above a run of words rather than going on as dashes between them.
 *
 * @example lineAround(10, 0, 100, [{ text: 'SLCN', x: 0, y: 20, anchor: 'start', kind: 'label' }], 16) // [[27, 100]] (the 4.2 px above the name is too short to draw)
 */
export function lineAround(
  x: number,
  top: number,
  bottom: number,
  texts: readonly TextLine[],
  fontSize: number,
): [number, number][] {
  return verticalLineAround(
    x,
    top,
    bottom,
    texts.map((t) => textLineBox(t, fontSize)),
    GRID_CLEAR,
  ).filter(([y1, y2]) => y2 - y1 >= GRID_MIN_PIECE * fontSize);
}

/** Each tick with its gridline from `top` to `bottom` in the pieces that cross none of `texts`. */
export function gridAround(
  ticks: readonly PlacedTick[],
  top: number,
  bottom: number,
  texts: readonly TextLine[],
  fontSize: number,
): GridTick[] {
  return ticks.map((t) => ({ ...t, pieces: lineAround(t.pos, top, bottom, texts, fontSize) }));
}

/** Each line of a gap's words as a line of text, `lineHeight` px apart. */
export function gapTextLines(gap: GapText | undefined, lineHeight: number): TextLine[] {
  return gap ? gap.lines.map((text, j) => ({ ...gap, text, y: gap.y + j * lineHeight })) : [];
}
