import { html, nothing, type TemplateResult } from 'lit';
import type { NavPoint } from '../a11y/navigation.js';
import type { ChartSize } from '../controllers/resize-controller.js';
import { cssProps } from '../directives/css-props.js';

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

/**
 * The plot: a focusable group named and described for screen readers, holding the marks, the
 * focus marker of the active point and its tooltip (both left out of exports). Positions are
 * custom properties through `cssProps`, so `style-src 'self'` holds.
 */
export function plotFrame(f: PlotFrame): TemplateResult {
  const a = f.active;
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
  >
    ${f.chart}
    ${a
      ? html`${f.pointer ? nothing : html`<div class="focus-marker" data-export="skip" ${cssProps({ left: `${a.x}px`, top: `${a.y}px` })}></div>`}
          <div class="tooltip ${a.y < 60 ? 'below' : ''}" part="tooltip" role="tooltip" data-export="skip" ${cssProps({ left: `${Math.max(0, Math.min(f.size.width, a.x))}px`, top: `${a.y}px` })}>
            ${a.label}
          </div>`
      : nothing}
  </div>`;
}
