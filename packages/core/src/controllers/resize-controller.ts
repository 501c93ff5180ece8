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
 */
export class ResizeController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;
  private target?: Element;

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
    this.width = Math.round(target.getBoundingClientRect().width);
  }

  hostConnected(): void {
    if (this.target && this.observer) this.observer.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }
}
