import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STRINGS, fill } from '../strings.js';
import type { NavSeries } from '../a11y/navigation.js';
import { NavigationController, POINTER_ANNOUNCE_GAP } from './navigation-controller.js';

const words = {
  t: (key: keyof typeof DEFAULT_STRINGS, values?: Record<string, string | number>) =>
    fill(DEFAULT_STRINGS[key], values),
};

function controller(announcePointer: boolean) {
  const host = {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  const nav = new NavigationController(host, words, () => {});
  const points = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, label: `Point ${i}`, x: i, y: 0, datum: i }));
  nav.points = [{ label: 'Areas', points }] satisfies NavSeries[];
  nav.announcePointer = announcePointer;
  return { nav, host };
}

describe('NavigationController', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('has the expected defaults: the pointer shows a point without announcing it', () => {
    const { nav } = controller(false);
    expect(nav.announcePointer).toBe(false);
    nav.pointerEnter(0, 2);
    expect(nav.point?.label).toBe('Point 2');
    expect(nav.pointer).toBe(true);
    expect(nav.announcement).toBe('');
  });

  it("announces the first point the pointer reaches at once, in the keyboard's words", () => {
    const { nav } = controller(true);
    nav.pointerEnter(0, 3);
    expect(nav.announcement).toBe('Point 3 (4 of 5)');
  });

  it('throttles a sweep: one announcement per gap, and the point the pointer stops on is said when the gap is up', () => {
    const { nav, host } = controller(true);
    nav.pointerEnter(0, 0);
    expect(nav.announcement).toBe('Point 0 (1 of 5)');
    vi.advanceTimersByTime(20);
    nav.pointerEnter(0, 1);
    vi.advanceTimersByTime(20);
    nav.pointerEnter(0, 2);
    // within the gap: the tooltip moves, the live region waits
    expect(nav.point?.label).toBe('Point 2');
    expect(nav.announcement).toBe('Point 0 (1 of 5)');
    const updates = host.updates;
    vi.advanceTimersByTime(POINTER_ANNOUNCE_GAP);
    expect(nav.announcement).toBe('Point 2 (3 of 5)');
    expect(host.updates).toBe(updates + 1);
    // after a pause longer than the gap, the next point is said at once
    vi.advanceTimersByTime(POINTER_ANNOUNCE_GAP + 1);
    nav.pointerEnter(0, 4);
    expect(nav.announcement).toBe('Point 4 (5 of 5)');
  });

  it('says nothing late once the pointer has left or the keyboard has taken over', () => {
    const { nav } = controller(true);
    nav.pointerEnter(0, 0);
    nav.pointerEnter(0, 1);
    nav.pointerLeave();
    vi.advanceTimersByTime(POINTER_ANNOUNCE_GAP * 2);
    expect(nav.announcement).toBe('Point 0 (1 of 5)');
    nav.pointerEnter(0, 2);
    nav.keydown(new KeyboardEventLike('End') as unknown as KeyboardEvent);
    vi.advanceTimersByTime(POINTER_ANNOUNCE_GAP * 2);
    expect(nav.announcement).toBe('Point 4 (5 of 5)');
  });
});

/** Enough of a KeyboardEvent for the controller in Node. */
class KeyboardEventLike {
  constructor(readonly key: string) {}
  preventDefault(): void {}
}
