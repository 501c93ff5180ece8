import { html, type TemplateResult } from 'lit';
import type { SummaryParts } from '../view/chart-view.js';
import type { ShellWords } from './state-message.js';

/**
 * The ids that describe the plot: the summary's, and (when it folds) its rest's, so a screen reader
 * hears the whole summary from the figure whether or not the rest is open.
 */
export function summaryIds(id: string, fold: SummaryParts | undefined): string {
  return fold ? `${id} ${id}-more` : id;
}

/**
 * The chart's summary under its heading (`part="description"`). When it folds (`fold`: a view that
 * splits a long summary, on a narrow chart) the lead shows and the rest is one click away in a
 * disclosure, so the plot is not pushed below the first screen; otherwise one paragraph.
 */
export function summaryBlock(
  id: string,
  summary: string,
  fold: SummaryParts | undefined,
  words: ShellWords,
): TemplateResult {
  if (!fold) return html`<p class="description" part="description" id=${id} ?hidden=${!summary}>${summary}</p>`;
  // the plot's description reads the rest from a hidden copy: Chromium leaves the text of a closed
  // <details> out of a description, but not an element hidden and referenced by id
  return html`<p class="description" part="description" id=${id}>${fold.lead}</p>
    <details class="summary-more" part="description-more">
      <summary>${words.t('summaryMore')}</summary>
      <p>${fold.more}</p>
    </details>
    <p id="${id}-more" hidden>${fold.more}</p>`;
}
