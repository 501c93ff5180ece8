import { html, nothing, type TemplateResult } from 'lit';
import type { ShellWords } from './state-message.js';

/** A download a chart offers. */
export type DownloadKind = 'png' | 'svg' | 'csv';

/**
 * The toolbar above a chart: the chart's own controls, the table toggle (`aria-pressed`) and a
 * downloads menu (PNG and SVG of the chart, CSV of the table; only CSV in the table view). The
 * toggle and the menu are one group, which wraps as a whole, so Download never stands alone.
 */
export function toolbar(
  controls: unknown,
  table: boolean,
  words: ShellWords,
  onToggle: () => void,
  onDownload: (kind: DownloadKind, event: Event) => void,
): TemplateResult {
  const t = words.t.bind(words);
  const item = (kind: DownloadKind, label: string) =>
    html`<li><button type="button" data-kind=${kind} @click=${(e: Event) => onDownload(kind, e)}>${label}</button></li>`;
  return html`<div class="toolbar" part="toolbar">
    ${controls}
    <div class="toolbar-end">
      <button type="button" class="toggle-table" aria-pressed=${table ? 'true' : 'false'} @click=${onToggle}>${table ? t('hideTable') : t('showTable')}</button>
      <details class="download">
        <summary>${t('download')}</summary>
        <ul>
          ${table ? nothing : html`${item('png', t('downloadPng'))}${item('svg', t('downloadSvg'))}`} ${item('csv', t('downloadCsv'))}
        </ul>
      </details>
    </div>
  </div>`;
}
