import type { DataIssue } from '@send-insight/data';
import { html, nothing, type TemplateResult } from 'lit';

const rowLabel = (row: number) => (row > 1 ? String(row) : row === 1 ? '1 (header)' : '—');

/** What the "Check" step says besides the issues themselves. */
export interface IssuesPanelContext {
  /** Whether any data has been given. */
  hasText: boolean;
  /** Rows checked (0 until the data validates). */
  rows: number;
  /** The contract's name, e.g. `needs`. */
  contract: string;
}

/**
 * The playground's "4. Check" step: a one-line verdict (announced politely), then the problems to
 * fix and the warnings, each a table of row, column, value and what to do (the first 50 of each).
 */
export function issuesPanel(all: readonly DataIssue[], context: IssuesPanelContext): TemplateResult {
  const errors = all.filter((i) => i.severity === 'error');
  const warnings = all.filter((i) => i.severity === 'warning');
  const rows = context.rows;
  const summary = !context.hasText
    ? 'No data yet.'
    : errors.length
      ? `${errors.length.toLocaleString('en-GB')} ${errors.length === 1 ? 'problem' : 'problems'} to fix before the chart can be drawn.`
      : `Your data is ready: ${rows.toLocaleString('en-GB')} ${rows === 1 ? 'row' : 'rows'} checked against the ${context.contract} contract${warnings.length ? `, with ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}` : ''}.`;
  // explicit roles keep the table a table for screen readers when narrow screens stack its cells
  const list = (items: DataIssue[], caption: string) => html`<table class="issues" role="table">
      <caption>${caption}</caption>
      <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Row</th><th scope="col" role="columnheader">Column</th><th scope="col" role="columnheader">Value</th><th scope="col" role="columnheader">What to fix</th></tr></thead>
      <tbody role="rowgroup">
        ${items.slice(0, 50).map(
          (i) => html`<tr role="row">
            <td role="cell" data-label="Row">${rowLabel(i.row)}</td>
            <td role="cell" data-label="Column">${i.column ? html`<code>${i.column}</code>` : '—'}</td>
            <td role="cell" data-label="Value">${i.value ? html`<code>${i.value}</code>` : '—'}</td>
            <td role="cell" data-label="What to fix">${i.message}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${items.length > 50 ? html`<p>…and ${(items.length - 50).toLocaleString('en-GB')} more.</p>` : nothing}`;
  return html`<section aria-labelledby="step-check" class="step">
    <h2 id="step-check">4. Check</h2>
    <p class="summary ${errors.length ? 'bad' : rows ? 'good' : ''}" role="status" aria-live="polite">${summary}</p>
    ${errors.length ? list(errors, 'Problems to fix (row numbers count the header as row 1, as in a spreadsheet)') : nothing}
    ${warnings.length ? list(warnings, 'Warnings (the chart can still be drawn)') : nothing}
  </section>`;
}
