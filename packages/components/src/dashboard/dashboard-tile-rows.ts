/**
 * Lines up the toolbars of headline tiles that share a row of the grid, however many lines their
 * headings and notes take: each toolbar (`part="toolbar"`) is given the top padding that brings it
 * level with the lowest in its row. A tile alone on its row (a phone) is given none. Called again
 * whenever a tile's size changes (a heading wraps, notes open), on the next frame.
 */
export class TileRows {
  private readonly observer = new ResizeObserver(() => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.align());
  });
  private frame = 0;
  private tiles: HTMLElement[] = [];

  /** Watches these tiles (and no others) from now on. */
  watch(tiles: HTMLElement[]): void {
    this.observer.disconnect();
    this.tiles = tiles;
    for (const t of tiles) this.observer.observe(t);
  }

  /** Stops watching. */
  stop(): void {
    this.observer.disconnect();
    cancelAnimationFrame(this.frame);
  }

  /** Sets each toolbar's top padding (a margin would fold into the heading's) from where the toolbars stand without it. */
  align(): void {
    const bars = this.tiles.map((t) => t.shadowRoot?.querySelector<HTMLElement>('[part~="toolbar"]'));
    for (const b of bars) b?.style.removeProperty('padding-top');
    // tiles in one row of the grid share their top: the lowest toolbar of each row
    const placed = this.tiles.map((t, i) => {
      const top = Math.round(t.getBoundingClientRect().top);
      return { top, at: bars[i] ? bars[i].getBoundingClientRect().top - top : 0 };
    });
    const lowest = new Map<number, number>();
    for (const p of placed) lowest.set(p.top, Math.max(lowest.get(p.top) ?? 0, p.at));
    placed.forEach((p, i) => {
      const gap = lowest.get(p.top)! - p.at;
      if (bars[i] && gap > 0.5) bars[i].style.paddingTop = `${gap}px`;
    });
  }
}
