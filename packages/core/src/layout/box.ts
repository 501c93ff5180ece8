/** A rectangle in SVG pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space kept clear on each side of a plot, in px. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The plot area left inside `width × height` by a margin (never negative).
 *
 * @example plotBox(640, 400, { top: 20, right: 10, bottom: 40, left: 50 }) // { x: 50, y: 20, width: 580, height: 340 }
 */
export function plotBox(width: number, height: number, margin: Margin): Box {
  return {
    x: margin.left,
    y: margin.top,
    width: Math.max(0, width - margin.left - margin.right),
    height: Math.max(0, height - margin.top - margin.bottom),
  };
}

/**
 * Whether two boxes overlap, counting boxes less than `gap` px apart as overlapping.
 *
 * @example boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 12, y: 0, width: 10, height: 10 }, 4) // true
 */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

/**
 * The pieces of a vertical line at `x`, from `y1` down to `y2`, that cross none of `boxes` (each
 * widened by `gap` px on every side): a reference line drawn only where no text is.
 *
 * @example verticalLineAround(50, 0, 100, [{ x: 40, y: 20, width: 30, height: 10 }], 2) // [[0, 18], [32, 100]]
 */
export function verticalLineAround(
  x: number,
  y1: number,
  y2: number,
  boxes: readonly Box[],
  gap = 0,
): [number, number][] {
  const cuts = boxes
    .filter((b) => x > b.x - gap && x < b.x + b.width + gap && b.y - gap < y2 && b.y + b.height + gap > y1)
    .map((b) => [b.y - gap, b.y + b.height + gap] as const)
    .sort((a, b) => a[0] - b[0]);
  const pieces: [number, number][] = [];
  let from = y1;
  for (const [top, bottom] of cuts) {
    if (top > from) pieces.push([from, top]);
    from = Math.max(from, bottom);
  }
  if (from < y2) pieces.push([from, y2]);
  return pieces;
}
