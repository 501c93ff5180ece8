/** The most cells along one side of the grid (bounds memory when a few points lie far apart). */
const MAX_SIDE = 1024;

/**
 * Hit-testing for thousands of points: "which point is nearest the pointer". A uniform grid of
 * cells, each listing its points (one counting sort into typed arrays), built on first use — not
 * at draw time, so the first render does not pay for it. A pointer query looks only at the cells
 * within reach, so it costs the same at 100 points or 32,844. Smaller and quicker to build than a
 * quadtree, and as quick to ask for the short distances a pointer needs.
 */
export class PointIndex {
  private cells?: Uint32Array;
  private starts?: Uint32Array;
  private x0 = 0;
  private y0 = 0;
  private cell = 1;
  private cols = 1;
  private rows = 1;
  private maxRadius = 0;

  /** `x` and `y` are the points' plot positions in CSS pixels; `radius` their drawn radii. */
  constructor(
    private readonly x: ArrayLike<number>,
    private readonly y: ArrayLike<number>,
    private readonly radius?: ArrayLike<number>,
  ) {}

  get size(): number {
    return this.x.length;
  }

  /**
   * The index of the nearest point within `maxDistance` (plus its radius) of (px, py), or -1.
   * The nearest centre closer than `maxDistance` plus the largest radius is found first (of two
   * at the same distance, the lower index), then kept only if it is within `maxDistance` of its
   * own circle. Points with a coordinate that is not a finite number are never found.
   */
  find(px: number, py: number, maxDistance = 12): number {
    if (!this.starts) this.build();
    const { x, y, cell, cols, rows, x0, y0 } = this;
    const cells = this.cells!;
    const starts = this.starts!;
    const reach = maxDistance + this.maxRadius;
    let best = -1;
    let bestD2 = reach * reach;
    // the cells the search square touches: none when it lies wholly before the grid; the last
    // ones when it lies past its end (they hold the points clamped into them)
    const c0 = Math.max(0, Math.min(cols - 1, Math.floor((px - reach - x0) / cell)));
    const c1 = Math.min(cols - 1, Math.floor((px + reach - x0) / cell));
    const r0 = Math.max(0, Math.min(rows - 1, Math.floor((py - reach - y0) / cell)));
    const r1 = Math.min(rows - 1, Math.floor((py + reach - y0) / cell));
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const k = r * cols + c;
        for (let j = starts[k]!, end = starts[k + 1]!; j < end; j++) {
          const i = cells[j]!;
          const dx = x[i]! - px;
          const dy = y[i]! - py;
          const d2 = dx * dx + dy * dy;
          if (d2 < bestD2 || (d2 === bestD2 && best >= 0 && i < best)) {
            bestD2 = d2;
            best = i;
          }
        }
      }
    }
    if (best < 0) return -1;
    const r = this.radius ? this.radius[best]! : 0;
    return Math.sqrt(bestD2) <= maxDistance + r ? best : -1;
  }

  /** Sorts the points into cells: about two points a cell on average, at most MAX_SIDE a side. */
  private build(): void {
    const { x, y, radius } = this;
    const n = x.length;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const yi = y[i]!;
      if (!Number.isFinite(xi) || !Number.isFinite(yi)) continue;
      if (xi < x0) x0 = xi;
      if (xi > x1) x1 = xi;
      if (yi < y0) y0 = yi;
      if (yi > y1) y1 = yi;
    }
    if (radius) for (let i = 0; i < radius.length; i++) if (radius[i]! > this.maxRadius) this.maxRadius = radius[i]!;
    if (x0 > x1) ((x0 = x1 = 0), (y0 = y1 = 0)); // no finite point: one empty cell
    const w = x1 - x0;
    const h = y1 - y0;
    const cell = Math.max(Math.sqrt((w * h * 2) / Math.max(1, n)), w / MAX_SIDE, h / MAX_SIDE, 1e-9);
    const cols = Math.min(MAX_SIDE, Math.floor(w / cell) + 1);
    const rows = Math.min(MAX_SIDE, Math.floor(h / cell) + 1);
    const cellOf = new Int32Array(n);
    const starts = new Uint32Array(cols * rows + 1);
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const yi = y[i]!;
      if (!Number.isFinite(xi) || !Number.isFinite(yi)) {
        cellOf[i] = -1;
        continue;
      }
      const k =
        Math.min(rows - 1, Math.floor((yi - y0) / cell)) * cols + Math.min(cols - 1, Math.floor((xi - x0) / cell));
      cellOf[i] = k;
      starts[k + 1]!++;
    }
    for (let k = 0; k < cols * rows; k++) starts[k + 1]! += starts[k]!;
    const fill = starts.slice(0, -1);
    const cells = new Uint32Array(starts[cols * rows]!);
    for (let i = 0; i < n; i++) if (cellOf[i]! >= 0) cells[fill[cellOf[i]!]!++] = i;
    this.cells = cells;
    this.starts = starts;
    this.x0 = x0;
    this.y0 = y0;
    this.cell = cell;
    this.cols = cols;
    this.rows = rows;
  }
}
