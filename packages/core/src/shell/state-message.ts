import type { DataIssue } from '@send-insight/data';
import { html, nothing } from 'lit';
import type { ChartState } from '../events.js';
import type { SendStrings } from '../strings.js';

/** The shell's words: its strings with the element's overrides, and data problems in them. */
export interface ShellWords {
  t(key: keyof SendStrings, values?: Record<string, string | number>): string;
  issue(i: DataIssue): string;
}

/** What a state's message says beyond its kind. */
export interface StateDetails {
  /** Loading has taken longer than the delay (no message before, so a quick load does not flash). */
  slow: boolean;
  /** What "No data for …" names. */
  emptyFor?: string;
  /** Why there is nothing to show, when the data says (an area it does not hold). */
  reasons?: readonly string[];
  minCount: number;
  /** Errors to list, and the file they came from. */
  errors: readonly DataIssue[];
  file?: string;
}

/**
 * The message a chart shows in place of its plot: loading (after the delay, `role="status"`),
 * nothing given or nothing to show (and why, when the data says), every figure suppressed, or an
 * error (`role="alert"`) that names the file and lists the first ten problems, each with its
 * column and row.
 */
export function stateMessage(state: ChartState, words: ShellWords, d: StateDetails): unknown {
  const t = words.t.bind(words);
  switch (state) {
    case 'loading':
      return d.slow ? html`<div class="state loading" role="status">${t('loading')}</div>` : nothing;
    case 'idle':
      return html`<div class="state empty"><p>${t('empty', { for: '' })}</p></div>`;
    case 'empty':
      return html`<div class="state empty">
        <p>${t('empty', { for: d.emptyFor ? t('emptyFor', { what: d.emptyFor }) : '' })}</p>
        ${(d.reasons ?? []).map((r) => html`<p class="empty-reason">${r}</p>`)}
      </div>`;
    case 'suppressed':
      return html`<div class="state suppressed"><p>${t('suppressed', { min: d.minCount })}</p></div>`;
    case 'error': {
      const shown = d.errors.slice(0, 10);
      return html`<div class="state error" part="error" role="alert">
        <p class="error-title">${t('errorTitle')}</p>
        ${d.file ? html`<p>${t('errorFile', { file: d.file })}</p>` : nothing}
        <ul>
          ${shown.map((i) => html`<li>${words.issue(i)}</li>`)}
          ${d.errors.length > shown.length ? html`<li>${t('errorMore', { count: d.errors.length - shown.length })}</li>` : nothing}
        </ul>
        <p>${t('errorFix')}</p>
      </div>`;
    }
    default:
      return nothing;
  }
}

/** The notes on the data (warnings) a chart still draws with, folded away, the first twenty listed. */
export function warningsNote(warnings: readonly DataIssue[], words: ShellWords): unknown {
  if (!warnings.length) return nothing;
  return html`<details class="warnings">
    <summary>${words.t('warningsTitle')} (${warnings.length})</summary>
    <ul>
      ${warnings.slice(0, 20).map((i) => html`<li>${words.issue(i)}</li>`)}
    </ul>
  </details>`;
}
