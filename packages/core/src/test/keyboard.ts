/** A key press on a chart as a user's makes it: a keydown that bubbles out of the shadow root. */
export const key = (k: string): KeyboardEvent =>
  new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true });

/**
 * Focuses the chart's plot, presses each key in turn (waiting for the element to update after
 * each) and returns what the live region said after each press.
 */
export async function pressKeys(
  el: HTMLElement & { updateComplete: Promise<boolean> },
  keys: readonly string[],
): Promise<string[]> {
  const root = el.shadowRoot!;
  const plot = root.querySelector<HTMLElement>('[part~="plot"]')!;
  const live = root.querySelector('[aria-live="polite"]')!;
  plot.focus();
  const heard: string[] = [];
  for (const k of keys) {
    plot.dispatchEvent(key(k));
    await el.updateComplete;
    heard.push(live.textContent!.trim());
  }
  return heard;
}
