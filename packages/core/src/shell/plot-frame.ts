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
 * Where the tooltip of a point goes: at the point, and (through `--tip-*`, which the
 * tooltip's transform clamps against) kept inside the plot at every edge, whatever its size.
 */
function tooltipPlace(a: NavPoint, size: ChartSize): Record<string, string> {
  const x = Math.max(0, Math.min(size.width, a.x));
  const y = Math.max(0, Math.min(size.height, a.y));
  return {
    left: `${x}px`,
    top: `${y}px`,
    '--tip-x': `${x}px`,
    '--tip-y': `${y}px`,
    '--tip-w': `${size.width}px`,
    '--tip-h': `${size.height}px`,
  };
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
    ${
      a
        ? html`${f.pointer ? nothing : html`<div class="focus-marker" data-export="skip" ${cssProps({ left: `${a.x}px`, top: `${a.y}px` })}></div>`}
          <div class="tooltip ${a.y < 90 || a.tipBelow ? 'below' : ''}" part="tooltip" role="tooltip" data-export="skip" ${cssProps(tooltipPlace(a, f.size))}>
            ${a.label}
          </div>`
        : nothing
    }
  </div>`;
}
