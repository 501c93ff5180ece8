import { toRawData, type AreaOption, type DataIssue, type RawData, type ValidatedData } from '@send-insight/data';
import { THEMES } from '@send-insight/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { CHARTS, chartOptions, EXAMPLES, type ChartChoice, type ChartOption } from './charts.js';
import type { CleanedData } from './clean.js';
import { playgroundStyles } from './playground.styles.js';
import { dataPayload, npmSnippet, scriptTagSnippet, type EmbedSpec } from './snippet.js';
import { derivePlayground } from './derive.js';
import { issuesPanel } from './issues-panel.js';
import { chartStep, mappingStep } from './steps.js';

/** Text longer than this is kept out of the text box (a whole published file), but still used. */
const SHOW_IN_BOX = 150_000;

/** Text with `code` spans from JSDoc, rendered as <code> (as text: nothing here is parsed as HTML). */
const withCode = (text: string) => text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

/**
 * The "Your data" playground: paste CSV (or drop a file, or give an address), pick a chart,
 * match your columns to its data contract, fix what validation reports, set the chart's
 * options, and copy an embed snippet that draws exactly the chart shown. Nothing leaves the
 * browser: the only request it ever makes is to an address you type in.
 *
 * @summary Try your own data in a send-insight chart and copy the embed code.
 * @attr chart - Tag of the chart to start with, e.g. `send-need-breakdown`.
 * @attr example - Id of an example data set to load at the start (`needs`, `needs-real`, `deprivation`, `outcomes`, `actions`).
 */
@customElement('send-playground')
export class SendPlayground extends LitElement {
  static override styles = playgroundStyles;

  /** The chart to start with. */
  @property() chart = 'send-need-breakdown';
  /** An example to load at the start. */
  @property() example?: string;

  @state() private text = '';
  @state() private dataLabel = '';
  /** The address the data was loaded from, when it was. */
  @state() private sourceUrl = '';
  /** Whether the embed carries the cleaned data (`inline`) or reads the file from `sourceUrl` (`src`). */
  @state() private dataMode: 'inline' | 'src' = 'inline';
  @state() private preset = '';
  @state() private area = '';
  @state() private mapping: Record<string, string> = {};
  @state() private options: Record<string, string> = {};
  @state() private url = '';
  @state() private loadMessage = '';
  @state() private copyMessage = '';
  @state() private chartIssues: DataIssue[] = [];
  @state() private dragging = false;

  @query('.preview') private previewHost?: HTMLElement;

  // derived
  private raw?: RawData;
  private shaped?: RawData;
  private areas: AreaOption[] = [];
  private validated?: ValidatedData;
  private dataIssues: DataIssue[] = [];
  private clean?: CleanedData;
  private spec?: EmbedSpec;
  private shownKey = '';

  /** The chart currently chosen. */
  get choice(): ChartChoice {
    return CHARTS.find((c) => c.tag === this.chart) ?? CHARTS[0]!;
  }

  /** Every issue found in the data (validation first, then what the chart itself reported). */
  get issues(): readonly DataIssue[] {
    return [
      ...this.dataIssues,
      ...this.chartIssues.filter((c) => !this.dataIssues.some((d) => d.message === c.message && d.row === c.row)),
    ];
  }

  /** The cleaned data, when the data has no errors. */
  get cleaned(): CleanedData | undefined {
    return this.clean;
  }

  /** The embed snippets for what is shown, when the data has no errors. */
  get snippets(): { html: string; npm: string } | undefined {
    return this.spec ? { html: scriptTagSnippet(this.spec), npm: npmSnippet(this.spec) } : undefined;
  }

  /** The live chart element. */
  get previewElement(): HTMLElement | null {
    return this.previewHost?.firstElementChild as HTMLElement | null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.example) this.loadExample(this.example);
  }

  // ---- derived state --------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('example') && this.example && changed.get('example') !== undefined) this.loadExample(this.example);
    const inputs = ['text', 'chart', 'preset', 'area', 'mapping', 'options', 'dataMode', 'sourceUrl'];
    if (!inputs.some((k) => (changed as Map<PropertyKey, unknown>).has(k))) return;
    this.derive();
    // a new chart starts with no chart-reported issues
    if (this.specKey() !== this.shownKey) this.chartIssues = [];
  }

  private specKey(): string {
    return this.spec ? JSON.stringify([this.spec.tag, this.spec.attributes, this.spec.csv]) : '';
  }

  private derive(): void {
    const out = derivePlayground({
      text: this.text,
      label: this.dataLabel,
      preset: this.preset,
      area: this.area,
      mapping: this.mapping,
      choice: this.choice,
      options: this.options,
      dataMode: this.dataMode,
      sourceUrl: this.sourceUrl,
    });
    this.raw = out.raw;
    this.shaped = out.shaped;
    this.areas = out.areas;
    this.validated = out.validated;
    this.dataIssues = out.issues;
    this.clean = out.clean;
    this.spec = out.spec;
  }

  protected override updated(): void {
    // the live chart is built from exactly the same element, attributes and data text as the snippet
    const host = this.previewHost;
    if (!host) return;
    const key = this.specKey();
    if (key === this.shownKey) return;
    this.shownKey = key;
    host.replaceChildren();
    if (!this.spec) return;
    const chart = document.createElement(this.spec.tag);
    for (const [name, value] of this.spec.attributes) chart.setAttribute(name, value);
    if (this.spec.src) {
      host.append(chart);
      return;
    }
    const payload = dataPayload(this.spec);
    const script = document.createElement('script');
    script.type = payload.type;
    script.textContent = payload.text;
    chart.append(script);
    host.append(chart);
  }

  // ---- input ----------------------------------------------------------------------------

  private setData(text: string, label: string, url = ''): void {
    this.text = text.replace(/^\uFEFF/, '');
    this.dataLabel = label;
    this.sourceUrl = url;
    if (!url) this.dataMode = 'inline';
    this.mapping = {};
    const rows = (() => {
      try {
        return toRawData(this.text).numRows;
      } catch {
        return undefined;
      }
    })();
    this.loadMessage =
      rows === undefined ? `Read ${label}.` : `Read ${rows.toLocaleString('en-GB')} rows from ${label}.`;
  }

  /** Loads one of the built-in examples (also used by the stories). */
  loadExample(id: string): void {
    const example = EXAMPLES.find((e) => e.id === id);
    if (!example) return;
    this.chart = example.tag;
    this.preset = example.preset ?? '';
    this.area = example.area ?? '';
    this.options = { ...this.options, source: example.source };
    this.setData(example.csv, `the example "${example.label}"`);
  }

  private onPaste(event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.text = value;
    this.dataLabel = 'the pasted text';
    this.sourceUrl = '';
    this.dataMode = 'inline';
    this.loadMessage = '';
  }

  private async readFile(file: File | undefined): Promise<void> {
    if (!file) return;
    try {
      this.setData(await file.text(), `the file ${file.name}`);
    } catch (e) {
      this.loadMessage = `The file ${file.name} could not be read (${e instanceof Error ? e.message : String(e)}).`;
    }
  }

  private onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    void this.readFile(input.files?.[0]);
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    void this.readFile(event.dataTransfer?.files?.[0]);
  }

  private onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging = true;
  }

  private async loadUrl(event: Event): Promise<void> {
    event.preventDefault();
    const url = this.url.trim();
    if (!url) return;
    this.loadMessage = `Loading ${url}…`;
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      this.setData(await response.text(), `the address ${url}`, url);
    } catch (e) {
      this.loadMessage = `The address ${url} could not be loaded (${e instanceof Error ? e.message : String(e)}). Check the link points at the CSV file itself, or download the file and choose it above.`;
    }
  }

  private setChart(tag: string): void {
    this.chart = tag;
    this.mapping = {};
  }

  private setOption(name: string, value: string): void {
    this.options = { ...this.options, [name]: value };
  }

  private setMapping(column: string, header: string): void {
    this.mapping = { ...this.mapping, [column]: header };
  }

  // ---- output ---------------------------------------------------------------------------

  private async copy(kind: 'html' | 'npm'): Promise<void> {
    const text = kind === 'html' ? this.snippets?.html : this.snippets?.npm;
    if (!text) return;
    const what = kind === 'html' ? 'script-tag snippet' : 'npm snippet';
    try {
      await navigator.clipboard.writeText(text);
      this.copyMessage = `Copied the ${what}.`;
    } catch {
      const box = this.renderRoot.querySelector<HTMLTextAreaElement>(`#snippet-${kind}`);
      box?.focus();
      box?.select();
      this.copyMessage = `Your browser did not allow copying: the ${what} is selected, press Ctrl+C (or Cmd+C) to copy it.`;
    }
  }

  private downloadCsv(): void {
    if (!this.clean) return;
    const blob = new Blob(['\uFEFF' + this.clean.downloadCsv], { type: 'text/csv;charset=utf-8' });
    const href = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = href;
    a.download = `${this.choice.contract.name}-cleaned.csv`;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  }

  private onChartError(event: Event): void {
    const detail = (event as CustomEvent<DataIssue[]>).detail;
    this.chartIssues = Array.isArray(detail)
      ? detail.map((d) => ({ ...d, severity: 'error' as const, code: d.code ?? 'chart' }))
      : [];
  }

  // ---- rendering ------------------------------------------------------------------------

  private renderData(): unknown {
    const big = this.text.length > SHOW_IN_BOX;
    return html`<section aria-labelledby="step-data" class="step ${this.dragging ? 'dragging' : ''}" @dragover=${this.onDragOver} @dragleave=${() => (this.dragging = false)} @drop=${this.onDrop}>
      <h2 id="step-data">1. Your data</h2>
      <label for="csv">Paste CSV (or JSON) here, or drop a file on this box</label>
      <p class="hint" id="csv-hint">The first row must be the column names. Nothing you paste leaves your browser.</p>
      <textarea
        id="csv"
        rows="8"
        spellcheck="false"
        aria-describedby="csv-hint"
        .value=${big ? '' : this.text}
        placeholder=${big ? `${this.dataLabel} is loaded (${Math.round(this.text.length / 1024).toLocaleString('en-GB')} KB); paste here to replace it` : ''}
        @input=${this.onPaste}
      ></textarea>
      <div class="row">
        <div>
          <label for="file">Or choose a CSV file</label>
          <input id="file" type="file" accept=".csv,.json,text/csv,application/json" @change=${this.onFile} />
        </div>
        <form class="url" @submit=${this.loadUrl}>
          <label for="url">Or load it from an address</label>
          <div class="inline">
            <input id="url" type="url" inputmode="url" placeholder="https://…/data.csv" .value=${this.url} @input=${(e: Event) => (this.url = (e.target as HTMLInputElement).value)} />
            <button type="submit">Load</button>
          </div>
        </form>
      </div>
      <label for="example">Or start from an example</label>
      <select id="example" @change=${(e: Event) => this.loadExample((e.target as HTMLSelectElement).value)}>
        <option value="">Choose an example…</option>
        ${EXAMPLES.map((x) => html`<option value=${x.id}>${x.choice}</option>`)}
      </select>
      <p class="status" role="status">${this.loadMessage}</p>
    </section>`;
  }

  private renderChartPicker(): unknown {
    return chartStep({
      chart: this.chart,
      preset: this.preset,
      area: this.area,
      areas: this.areas,
      onChart: (tag) => this.setChart(tag),
      onPreset: (name) => {
        this.preset = name;
        this.mapping = {};
      },
      onArea: (code) => (this.area = code),
    });
  }

  private renderMapping(): unknown {
    return mappingStep({
      contract: this.choice.contract,
      headers: this.shaped?.columns ?? this.raw?.columns ?? [],
      mapping: this.mapping,
      onMapping: (column, header) => this.setMapping(column, header),
    });
  }

  private renderIssues(): unknown {
    return issuesPanel(this.issues, {
      hasText: Boolean(this.text.trim()),
      rows: this.validated?.numRows ?? 0,
      contract: this.choice.contract.name,
    });
  }

  /** Options whose values come from the data (period, phase, group…): offer the values the data holds. */
  private fromData(option: ChartOption): ChartOption {
    if (option.kind !== 'text' || !this.validated) return option;
    const source = {
      period: ['time_period', 'period'],
      phase: ['phase'],
      group: ['group'],
      geography: ['geography'],
      plan: ['plan'],
      'filter-owner': ['owner'],
    }[option.attribute];
    const column = source?.map((c) => this.validated!.columns.get(c)).find((c) => c !== undefined);
    if (!column) return option;
    const values = [...new Set(column.filter((v): v is string => typeof v === 'string' && v !== ''))];
    return values.length ? { ...option, kind: 'choice', choices: values } : option;
  }

  private renderOption(input: ChartOption): unknown {
    const option = this.fromData(input);
    const key = `${this.chart}:${option.attribute}`;
    const id = `opt-${option.attribute}`;
    const value = this.options[key] ?? '';
    const hint = html`<p class="hint" id="${id}-hint">${withCode(option.description)}</p>`;
    if (option.kind === 'boolean') {
      return html`<div class="check"><input type="checkbox" id=${id} aria-describedby="${id}-hint" .checked=${value === 'true'} @change=${(e: Event) => this.setOption(key, (e.target as HTMLInputElement).checked ? 'true' : '')} /><label for=${id}>${option.attribute}</label>${hint}</div>`;
    }
    if (option.kind === 'choice') {
      return html`<div><label for=${id}>${option.attribute}</label>${hint}
        <select id=${id} aria-describedby="${id}-hint" @change=${(e: Event) => this.setOption(key, (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!value}>Default${option.default ? ` (${option.default})` : ''}</option>
          ${option.choices.map((c) => html`<option value=${c} ?selected=${value === c}>${c}</option>`)}
        </select></div>`;
    }
    return html`<div><label for=${id}>${option.attribute}</label>${hint}
      <input id=${id} aria-describedby="${id}-hint" type=${option.kind === 'number' ? 'number' : 'text'} .value=${value} @change=${(e: Event) => this.setOption(key, (e.target as HTMLInputElement).value)} /></div>`;
  }

  private renderSettings(): unknown {
    const o = this.options;
    const text = (name: string, label: string, hint: string, fallback = '') => html`<div>
      <label for="opt-${name}">${label}</label><p class="hint" id="opt-${name}-hint">${hint}</p>
      <input id="opt-${name}" type="text" aria-describedby="opt-${name}-hint" .value=${o[name] ?? fallback} @change=${(e: Event) => this.setOption(name, (e.target as HTMLInputElement).value)} />
    </div>`;
    return html`<section aria-labelledby="step-options" class="step">
      <h2 id="step-options">5. Options</h2>
      <div class="options">
        ${text('heading', 'Heading', 'The chart’s title.', 'Your chart')}
        ${text('description', 'Description', 'Leave empty to use the automatic plain-English summary.')}
        ${text('source', 'Source note', 'Where the figures come from, shown under the chart.')}
        <div>
          <label for="opt-theme">Theme</label><p class="hint" id="opt-theme-hint">Colours; your page can also set any --send-* token.</p>
          <select id="opt-theme" aria-describedby="opt-theme-hint" @change=${(e: Event) => this.setOption('theme', (e.target as HTMLSelectElement).value)}>
            ${Object.keys(THEMES).map((t) => html`<option value=${t === 'default' ? '' : t} ?selected=${(o.theme ?? '') === (t === 'default' ? '' : t)}>${t}</option>`)}
          </select>
        </div>
        <div>
          <label for="opt-min-count">Smallest count shown</label><p class="hint" id="opt-min-count-hint">Counts from 1 up to one less than this are suppressed everywhere (default 10).</p>
          <input id="opt-min-count" type="number" min="1" step="1" aria-describedby="opt-min-count-hint" .value=${o['min-count'] ?? '10'} @change=${(e: Event) => this.setOption('min-count', (e.target as HTMLInputElement).value)} />
        </div>
        ${chartOptions(this.chart).map((option) => this.renderOption(option))}
      </div>
    </section>`;
  }

  private renderEmbed(): unknown {
    const snippets = this.snippets;
    const payload = this.spec ? dataPayload(this.spec) : undefined;
    return html`<section aria-labelledby="step-embed" class="step">
      <h2 id="step-embed">7. Embed</h2>
      ${
        snippets
          ? html`<p class="hint">${
              this.spec?.src
                ? 'Both snippets draw exactly the chart above, reading the file at the address with the same preset, area and column mapping.'
                : 'Both snippets draw exactly the chart above, from the cleaned data (your columns renamed to the contract’s, values as checked).'
            }</p>
            ${
              this.sourceUrl
                ? html`<fieldset>
                  <legend>Where the embed gets its data</legend>
                  <div class="radio">
                    <input type="radio" name="data-mode" id="mode-inline" .checked=${this.dataMode === 'inline'} @change=${() => (this.dataMode = 'inline')} />
                    <label for="mode-inline">Inside the page (the cleaned data, fixed as it is now)</label>
                  </div>
                  <div class="radio">
                    <input type="radio" name="data-mode" id="mode-src" aria-describedby="mode-src-hint" .checked=${this.dataMode === 'src'} @change=${() => (this.dataMode = 'src')} />
                    <label for="mode-src">From the address, each time the page is read</label>
                    <p class="hint" id="mode-src-hint">The chart follows the file when it is updated. Your page must be allowed to read that address (same site, or one that allows it).</p>
                  </div>
                </fieldset>`
                : nothing
            }
            ${payload?.reason && !this.spec?.src ? html`<p class="note">${payload.reason}</p>` : nothing}
            <label for="snippet-html">Script tag (copy <code>send-insight.js</code> to your site)</label>
            <textarea id="snippet-html" class="code" readonly rows="12" spellcheck="false" .value=${snippets.html}></textarea>
            <button type="button" @click=${() => this.copy('html')}>Copy script-tag snippet</button>
            <label for="snippet-npm">npm (in your site’s JavaScript; put <code>&lt;div id="send-chart"&gt;&lt;/div&gt;</code> where the chart goes)</label>
            <textarea id="snippet-npm" class="code" readonly rows="10" spellcheck="false" .value=${snippets.npm}></textarea>
            <button type="button" @click=${() => this.copy('npm')}>Copy npm snippet</button>
            <button type="button" class="secondary" @click=${this.downloadCsv}>Download cleaned CSV</button>
            <p class="status" role="status">${this.copyMessage}</p>`
          : html`<p>The snippets appear here once the data has no problems.</p>`
      }
    </section>`;
  }

  protected override render(): unknown {
    return html`<div class="layout">
      <div class="inputs">${this.renderData()} ${this.renderChartPicker()} ${this.renderMapping()} ${this.renderIssues()} ${this.renderSettings()}</div>
      <div class="outputs">
        <section aria-labelledby="step-preview" class="step">
          <h2 id="step-preview">6. Your chart</h2>
          ${this.spec ? nothing : html`<p>Your chart appears here once the data has no problems.</p>`}
          <div class="preview" @send-data-error=${this.onChartError}></div>
        </section>
        ${this.renderEmbed()}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'send-playground': SendPlayground;
  }
}
