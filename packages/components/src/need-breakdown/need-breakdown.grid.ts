import { textWidth, verticalLineAround, type Box, type PlacedTick } from '@send-insight/core/layout';
import type { GapText, GridTick, TextLine } from './need-breakdown.types.js';

/** Space kept between a gridline and the nearest text, px. */
const GRID_CLEAR = 3;

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
 * their bars, across the plot).
 *
 * @example lineAround(10, 0, 100, [{ text: 'SLCN', x: 0, y: 20, anchor: 'start', kind: 'label' }], 16)[0] // [0, 4.2]
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
  );
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
