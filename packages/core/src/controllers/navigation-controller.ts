import type { ReactiveControllerHost } from 'lit';
import { moveActive, type ActivePoint, type NavPoint, type NavSeries } from '../a11y/navigation.js';
import type { SendStrings } from '../strings.js';

/** The shell's strings with the element's overrides: the announcement is `announce`, `announceSeries` and `pointOf`. */
export interface NavigationWords {
  t(key: keyof SendStrings, values?: Record<string, string | number>): string;
}

/** The least time between two announcements of points the pointer passes over, ms. */
export const POINTER_ANNOUNCE_GAP = 300;

/**
 * Keyboard and pointer navigation over a chart's points: which point is active and whether the
 * pointer chose it, what the live region says, and where Enter, Space or a click selects; each
 * change asks the host to update. It needs none of the host's lifecycle, so it is not added as a
 * controller. The element gives it the drawn points ({@link points}) and draws the highlight.
 */
export class NavigationController {
  /** The point focused by keyboard or pointer. */
  active?: ActivePoint;
  /** Whether the active point came from the pointer (no focus ring). */
  pointer = false;
  /** What the live region says. */
  announcement = '';
  /** The points as drawn now, by series. */
  points: NavSeries[] = [];
  /**
   * Whether the point under the pointer is announced as well as shown in the tooltip. Politely
   * throttled: a point is said at once when nothing was said for {@link POINTER_ANNOUNCE_GAP} ms,
   * else when that time is up (the last point reached then), so a sweep across thousands of points
   * is not read out point by point and the point the pointer stops on always is.
   */
  announcePointer = false;
  /**
   * Shows what the pointer changed at once, without waiting for the host's update: set by the
   * shell, which writes the tooltip and live region directly (false: it could not).
   */
  paintPointer?: () => boolean;
  /**
   * Draws the pointer's point's highlight in the marks directly: set by a chart whose marks can
   * (the deprivation chart's area view). When both paint, a pointer's move needs no update of the
   * host; otherwise the host updates too (the marks draw the highlight in their template).
   */
  paintHighlight?: (point: NavPoint | undefined) => boolean;
  private spokenAt = -Infinity;
  private pending?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly words: NavigationWords,
    private readonly onSelect: (point: ActivePoint) => void,
  ) {}

  /** The active point, if any, as drawn. */
  get point(): NavPoint | undefined {
    const a = this.active;
    return a && this.points[a.series]?.points[a.index];
  }

  /** Forgets the active point (the points it named have gone). */
  reset(): void {
    this.set(undefined, false);
  }

  /** Arrows, Home/End and PageUp/PageDown move; Enter and Space select; Escape leaves. */
  keydown(event: KeyboardEvent): void {
    const nav = this.points;
    if ((event.key === 'Enter' || event.key === ' ') && this.active) {
      event.preventDefault();
      this.onSelect(this.active);
      return;
    }
    const next = moveActive(nav, this.active, event.key);
    if (next === undefined) return;
    event.preventDefault();
    if (next === 'leave') {
      this.announcement = '';
      this.set(undefined, false);
      return;
    }
    this.announcement = this.describe(next);
    this.set(next, false);
  }

  /** A mark's pointerenter: shows the tooltip without moving keyboard focus (and, when {@link announcePointer}, says it). */
  pointerEnter(series: number, index: number): void {
    this.active = { series, index };
    this.pointer = true;
    if (this.announcePointer) {
      const wait = this.spokenAt + POINTER_ANNOUNCE_GAP - performance.now();
      if (wait <= 0) this.sayPointer();
      else
        this.pending ??= setTimeout(() => {
          this.pending = undefined;
          if (this.pointer && this.active) {
            this.sayPointer();
            this.changed(true);
          }
        }, wait);
    }
    this.changed(true);
  }

  /** The plot's pointerleave. */
  pointerLeave(): void {
    if (this.pointer) this.set(undefined, false, true);
  }

  /** The plot's blur: keyboard focus left the chart (not for a control inside it). */
  blur(event: FocusEvent, root: Node): void {
    const next = event.relatedTarget as Node | null;
    if (next && root.contains(next)) return;
    if (!this.pointer) this.set(undefined, false);
  }

  /** What the live region says of a point: its series (when there are several), its words and its place. */
  private describe(at: ActivePoint): string {
    const nav = this.points;
    const series = nav[at.series]!;
    const point = series.points[at.index]!;
    const t = this.words.t.bind(this.words);
    const several = nav.filter((s) => s.points.length).length > 1 && series.label;
    const position = t('pointOf', { index: at.index + 1, count: series.points.length });
    return t('announce', {
      series: several ? t('announceSeries', { series: series.label }) : '',
      point: point.label,
      position,
    });
  }

  private sayPointer(): void {
    const a = this.active;
    if (!a || !this.points[a.series]?.points[a.index]) return;
    this.announcement = this.describe(a);
    this.spokenAt = performance.now();
  }

  private set(active: ActivePoint | undefined, pointer: boolean, byPointer = false): void {
    this.active = active;
    this.pointer = pointer;
    if (!pointer && this.pending !== undefined) {
      clearTimeout(this.pending);
      this.pending = undefined;
    }
    this.changed(byPointer);
  }

  /** Asks the host to show the change: a pointer's directly when the host can ({@link paintPointer}), else by an update. */
  private changed(byPointer: boolean): void {
    if (byPointer && this.paintPointer?.() && this.paintHighlight?.(this.point)) return;
    this.host.requestUpdate();
  }
}
