import { html, nothing, type TemplateResult } from 'lit';
import { paintWith } from '../directives/paint-with.js';
import { showText } from './plot-frame.js';
import type { ChartState } from '../events.js';

/** What the `<figure>` around every chart holds, each part already made by the element. */
export interface FigureShell {
  state: ChartState;
  /** The element's id prefix: the heading is `<uid>-heading`, the summary `<uid>-desc`. */
  uid: string;
  heading?: string;
  /** The heading's level, 1–6 (rounded and clamped; 2 when not a number). */
  headingLevel: number;
  /** The figure's name when it has no heading. */
  defaultName: string;
  /** The summary's block (`summaryBlock`: one paragraph, or the opening with the rest folded away). */
  description: unknown;
  warnings: unknown;
  toolbar: unknown;
  /** The state's message (loading, empty, suppressed, error). */
  message: unknown;
  /** The plot or the table, when ready. */
  body: unknown;
  /** The source note's text, prefix included, when there is a source. */
  source?: string;
  /**
   * What the polite live region says now. A pointer's move may write it directly first (see
   * `NavigationController.paintPointer`), so the render writes it only where the region holds other words.
   */
  announcement: string;
}

/**
 * The figure every chart renders: heading, summary, warnings, toolbar, the state's message, the
 * plot or table, the source note and the live region. Named by its heading (or the chart's own
 * name) and busy while loading.
 */
export function figureShell(f: FigureShell): TemplateResult {
  const { heading, uid, state } = f;
  const level = Math.min(6, Math.max(1, Math.round(f.headingLevel) || 2));
  return html`<figure
    part="base"
    class="state-${state}"
    aria-labelledby=${heading ? `${uid}-heading` : nothing}
    aria-label=${heading ? nothing : f.defaultName}
    aria-busy=${state === 'loading' ? 'true' : 'false'}
  >
    ${heading ? html`<div class="heading" part="heading" role="heading" aria-level=${level} id=${`${uid}-heading`}>${heading}</div>` : nothing}
    ${f.description}
    ${f.warnings} ${f.toolbar} ${f.message} ${f.body}
    ${f.source ? html`<p class="source" part="source">${f.source}</p>` : nothing}
    <div class="sr-only" role="status" aria-live="polite" aria-atomic="true" ${paintWith(showText, f.announcement)}></div>
  </figure>`;
}
