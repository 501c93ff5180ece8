import { html, nothing, type TemplateResult } from 'lit';
import type { NavPoint } from '../a11y/navigation.js';
import type { ChartSize } from '../controllers/resize-controller.js';
import { paintWith } from '../directives/paint-with.js';

/** What the frame around a chart's marks needs. */
export interface PlotFrame {
  size: ChartSize;
  /** The chart's accessible name and role description. */
  label: string;
  role: string;
  /** Id of the summary that describes it. */
  describedBy: string;
  /** Whether it has points to move through (then it takes focus). */
  interactive: boolean;
  /** The marks. */
  chart: unknown;
  /** The point active now, and whether the pointer chose it (no focus ring then). */
  active?: NavPoint;
  pointer: boolean;
  onKeydown: (event: KeyboardEvent) => void;
  onBlur: (event: FocusEvent) => void;
  onPointerLeave: () => void;
}

/** The active point as the plot shows it: its tooltip, and its focus marker when the keyboard chose it. */
export interface ActiveView {
  point?: NavPoint;
  /** Whether the pointer chose it (no focus marker then). */
  pointer: boolean;
  size: ChartSize;
}

/**
 * Where the tooltip of a point goes: at the point, and (through `--tip-*`, which the
 * tooltip's transform clamps against) kept inside the plot at every edge, whatever its size.
 */
function tooltipPlace(a: NavPoint, size: ChartSize): [string, string][] {
  const x = Math.max(0, Math.min(size.width, a.x));
  const y = Math.max(0, Math.min(size.height, a.y));
  return [
    ['left', `${x}px`],
    ['top', `${y}px`],
    ['--tip-x', `${x}px`],
    ['--tip-y', `${y}px`],
    ['--tip-w', `${size.width}px`],
    ['--tip-h', `${size.height}px`],
  ];
}

/**
 * Shows `view` in `plot` (the frame's `part="plot"`): fills, places and shows its tooltip and focus
 * marker, or hides them. Both are made once with the frame and only changed here, so a pointer's
 * move can show its point at once, without an update of the element (they are written through the
 * CSSOM and `textContent`, so `style-src 'self'` holds and no text is read as markup).
 */
export function showActive(plot: Element, view: ActiveView): void {
  const marker = plot.querySelector<HTMLElement>(':scope > .focus-marker');
  const tip = plot.querySelector<HTMLElement>(':scope > .tooltip');
  if (!marker || !tip) return;
  const a = view.point;
  marker.hidden = !a || view.pointer;
  tip.hidden = !a;
  if (!a) {
    tip.textContent = '';
    return;
  }
  if (!view.pointer) {
    marker.style.setProperty('left', `${a.x}px`);
    marker.style.setProperty('top', `${a.y}px`);
  }
  if (tip.textContent !== a.label) tip.textContent = a.label;
  tip.classList.toggle('below', a.y < 90 || Boolean(a.tipBelow));
  for (const [name, value] of tooltipPlace(a, view.size)) tip.style.setProperty(name, value);
}

/**
 * Shows a pointer's move at once, before any update of the element: the active point in the plot
 * (see {@link showActive}) and the announcement in the figure's live region. False when `root`
 * has no plot drawn (the element then updates as usual).
 */
export function paintPointer(
  root: ParentNode,
  nav: { point?: NavPoint; pointer: boolean; announcement: string },
  size: ChartSize,
): boolean {
  const plot = root.querySelector('[part~="plot"]');
  const live = root.querySelector('[part~="base"] > [aria-live]');
  if (!plot || !live) return false;
  showActive(plot, { point: nav.point, pointer: nav.pointer, size });
  showText(live, nav.announcement);
  return true;
}

/** Sets `element`'s text to `text` unless it holds it already (the live region: see {@link paintPointer}). */
export function showText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/**
 * The plot: a focusable group named and described for screen readers, holding the marks, the
 * focus marker of the active point and its tooltip (both left out of exports, hidden while no point
 * is active). Positions are custom properties set through the CSSOM, so `style-src 'self'` holds.
 */
export function plotFrame(f: PlotFrame): TemplateResult {
  return html`<div
    class="plot layout-${f.size.layout}"
    part="plot"
    role="group"
    aria-roledescription=${f.role}
    aria-label=${f.label}
    aria-describedby=${f.describedBy}
    tabindex=${f.interactive ? '0' : nothing}
    @keydown=${f.onKeydown}
    @blur=${f.onBlur}
    @pointerleave=${f.onPointerLeave}
    ${paintWith(showActive, { point: f.active, pointer: f.pointer, size: f.size })}
  >
    ${f.chart}
    <div class="focus-marker" data-export="skip" hidden></div>
    <div class="tooltip" part="tooltip" role="tooltip" data-export="skip" hidden></div>
  </div>`;
}
