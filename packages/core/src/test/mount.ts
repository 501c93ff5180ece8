import { aTimeout, fixture, html, oneEvent } from '@open-wc/testing';

export interface MountOptions<T> {
  /** Width of the wrapper the chart is placed in, px. Default 720. */
  width?: number;
  /** Attributes set before the element connects (e.g. `heading`, `view`). */
  attributes?: Record<string, string>;
  /** Gives the element its data (or anything else) before it connects. */
  setup?: (el: T) => void;
  /** What to wait for: an event name (default `send-render`), or `settled` for `send-render` or `send-data-error`. */
  until?: string;
}

/** Rejects with "timed out waiting for …" when `promise` has not settled within `ms`, so a test says what never happened. */
export function within<T>(promise: Promise<T>, what: string, ms = 8000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms)),
  ]);
}

/**
 * Places a chart element of `tag` in a wrapper of the given width, as a page would, and waits
 * until it has drawn (or failed, with `until: 'settled'`) and its ResizeObserver has reported
 * the real width.
 *
 * @example const el = await mountChart<SendNeedBreakdown>('send-need-breakdown', { attributes: { heading: 'Needs' }, setup: (e) => (e.data = rows) })
 */
export async function mountChart<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  tag: string,
  options: MountOptions<T> = {},
): Promise<T> {
  const { width = 720, attributes = {}, setup, until = 'send-render' } = options;
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  setup?.(el);
  const done =
    until === 'settled'
      ? Promise.race([oneEvent(el, 'send-render'), oneEvent(el, 'send-data-error')])
      : oneEvent(el, until);
  wrapper.append(el);
  await within(done, until === 'settled' ? 'send-render or send-data-error' : until);
  await el.updateComplete;
  await aTimeout(30); // let the resize observer report the real width
  await el.updateComplete;
  return el;
}
