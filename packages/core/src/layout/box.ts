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
