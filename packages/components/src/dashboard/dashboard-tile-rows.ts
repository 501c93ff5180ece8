/**
 * Lines up the toolbars of headline tiles that share a row of the grid, however many lines their
 * headings and notes take: each toolbar (`part="toolbar"`) is padded down to the lowest in its row
 * (a margin would fold into the heading's). A tile alone on its row (a phone) gets no padding.
 */
export function levelToolbars(tiles: HTMLElement[]): void {
  const bars = tiles.map((t) => t.shadowRoot?.querySelector<HTMLElement>('[part~="toolbar"]'));
  for (const b of bars) b?.style.removeProperty('padding-top');
  // tiles in one row of the grid share their top (the toolbar's offset is within its tile, which is positioned)
  const lowest: Record<number, number> = {};
  tiles.forEach((t, i) => (lowest[t.offsetTop] = Math.max(lowest[t.offsetTop] ?? 0, bars[i]?.offsetTop ?? 0)));
  tiles.forEach((t, i) => bars[i]?.style.setProperty('padding-top', `${lowest[t.offsetTop]! - bars[i]!.offsetTop}px`));
}
