/** A point a keyboard user can move to. */
export interface NavPoint {
  /** Stable id within the chart. */
  id: string;
  /** What a screen reader hears when the point is reached, in words ("Decile 1 (most deprived): SEN support 19.8 per 100 pupils…"). */
  label: string;
  /** Where to show the tooltip, in plot pixels from the plot's top-left corner. */
  x: number;
  y: number;
  /** The tooltip opens below the point, as it does near the plot's top: above it, it would cover the chart's key. */
  tipBelow?: boolean;
  /** The data behind the point, sent with `send-select`. */
  datum: unknown;
}

/**
 * A row of points that the left/right arrows move along (up/down move between series). A
 * `vertical` series (bars listed top to bottom) swaps them: up/down move along it and
 * left/right between series.
 */
export interface NavSeries {
  label: string;
  points: NavPoint[];
  vertical?: boolean;
}

/** The focused point: series and index. */
export interface ActivePoint {
  series: number;
  index: number;
}

/**
 * Where a key press moves the focus: arrows along and between series, Home/End to the ends,
 * PageUp/PageDown by ten. Pure, so the keyboard model is tested without a browser.
 * Returns undefined for keys it does not handle.
 */
export function moveActive(
  nav: readonly NavSeries[],
  active: ActivePoint | undefined,
  key: string,
): ActivePoint | undefined | 'leave' {
  const series = nav.filter((s) => s.points.length);
  if (!series.length) return key === 'Escape' ? 'leave' : undefined;
  if (key === 'Escape') return 'leave';
  if (!active) {
    if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'PageUp', 'PageDown'].includes(key)) {
      const s = nav.findIndex((x) => x.points.length);
      return key === 'End' ? { series: s, index: nav[s]!.points.length - 1 } : { series: s, index: 0 };
    }
    return undefined;
  }
  const s = Math.min(Math.max(active.series, 0), nav.length - 1);
  if (nav[s]!.vertical) {
    const swap: Record<string, string> = {
      ArrowDown: 'ArrowRight',
      ArrowUp: 'ArrowLeft',
      ArrowRight: 'ArrowDown',
      ArrowLeft: 'ArrowUp',
    };
    if (key in swap) key = swap[key]!;
  }
  const count = nav[s]!.points.length;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'ArrowRight':
      return { series: s, index: clamp(active.index + 1) };
    case 'ArrowLeft':
      return { series: s, index: clamp(active.index - 1) };
    case 'Home':
      return { series: s, index: 0 };
    case 'End':
      return { series: s, index: count - 1 };
    case 'PageDown':
      return { series: s, index: clamp(active.index + 10) };
    case 'PageUp':
      return { series: s, index: clamp(active.index - 10) };
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = key === 'ArrowDown' ? 1 : -1;
      for (let t = s + step; t >= 0 && t < nav.length; t += step) {
        const pts = nav[t]!.points;
        if (pts.length) return { series: t, index: Math.min(active.index, pts.length - 1) };
      }
      return { series: s, index: active.index };
    }
    default:
      return undefined;
  }
}
