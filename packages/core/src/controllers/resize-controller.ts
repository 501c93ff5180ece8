import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The space a chart has, and the layout it should use there. */
export interface ChartSize {
  width: number;
  height: number;
  /** narrow: ≤ 400 px (a phone, or a sidebar); medium: ≤ 720 px; wide: more. */
  layout: 'narrow' | 'medium' | 'wide';
}

export function layoutFor(width: number): ChartSize['layout'] {
  return width <= 400 ? 'narrow' : width <= 720 ? 'medium' : 'wide';
}

/**
 * Watches an element's width with a ResizeObserver and asks the host to update at most once
 * per animation frame. Stops observing when the host disconnects.
 *
 * On paper, too: when the page is printed, Chromium lays it out for the paper and then switches
 * `(print)` media on, before the pages are drawn. The width is read again there and the host
 * updated at once (Lit renders in a microtask, which runs before the pages are drawn), so a chart
 * prints laid out for the paper's width at its own type size, not a screen layout scaled to fit;
 * when printing ends, the screen width comes back the same way.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;
  private target?: Element;
  private print?: MediaQueryList;
  private readonly onPrint = (): void => {
    if (!this.target) return;
    const w = Math.round(this.target.getBoundingClientRect().width);
    if (!w || w === this.width) return;
    this.width = w;
    cancelAnimationFrame(this.frame);
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** Starts watching `target` (call after first render). */
  observe(target: Element): void {
    if (this.target === target) return;
    this.observer?.disconnect();
    this.target = target;
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[entries.length - 1]!.contentRect.width);
      if (w === this.width) return;
      this.width = w;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(target);
    // no measuring here: this runs after each element's render, and a read of layout between one
    // element's render and the next forces a layout of the whole page every time (50 charts, 50
    // layouts). The width read when the host connected stands until the observer reports.
  }

  hostConnected(): void {
    if (this.target && this.observer) this.observer.observe(this.target);
    // measured when connected, before any element of the batch has rendered: the first read lays
    // the page out once, and the reads of the other elements appended with it find it clean
    if (!this.width) this.width = Math.round(this.host.getBoundingClientRect().width);
    if (typeof matchMedia !== 'undefined') {
      this.print ??= matchMedia('print');
      this.print.addEventListener('change', this.onPrint);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.print?.removeEventListener('change', this.onPrint);
    cancelAnimationFrame(this.frame);
  }
}
