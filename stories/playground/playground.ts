import {
  applyPreset,
  hasErrors,
  issue,
  listAreas,
  listPresets,
  SendDataError,
  toRawData,
  validate,
  type AreaOption,
  type DataIssue,
  type RawData,
  type ValidatedData,
} from '@send-insight/data';
import { THEMES } from '@send-insight/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { CHARTS, chartOptions, EXAMPLES, type ChartChoice, type ChartOption } from './charts.js';
import { cleanData, type CleanedData } from './clean.js';
import { playgroundStyles } from './playground.styles.js';
import { dataPayload, npmSnippet, scriptTagSnippet, type EmbedSpec } from './snippet.js';

/** Text longer than this is kept out of the text box (a whole published file), but still used. */
const SHOW_IN_BOX = 150_000;

/** Text with `code` spans from JSDoc, rendered as <code> (as text: nothing here is parsed as HTML). */
const withCode = (text: string) => text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

const rowLabel = (row: number) => (row > 1 ? String(row) : row === 1 ? '1 (header)' : '—');

/** The header a contract column is read from when nothing is mapped (the same rule as `validate`). */
function autoMatch(
  name: string,
  aliases: readonly string[] | undefined,
  headers: readonly string[],
): string | undefined {
  const lower = new Map(headers.map((h) => [h.trim().toLowerCase(), h]));
  return lower.get(name) ?? aliases?.map((a) => lower.get(a)).find((h) => h !== undefined);
}

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
    this.raw = undefined;
    this.shaped = undefined;
    this.validated = undefined;
    this.clean = undefined;
    this.spec = undefined;
    this.dataIssues = [];
    if (!this.text.trim()) {
      this.areas = [];
      return;
    }
    try {
      this.raw = toRawData(this.text, this.dataLabel || 'your data');
    } catch (e) {
      this.dataIssues = e instanceof SendDataError ? e.issues : [issue('unreadable', 0, '', '', String(e))];
      return;
    }
    let shaped = this.raw;
    const notes: DataIssue[] = [];
    if (this.preset) {
      try {
        this.areas = listAreas(this.raw, this.preset);
      } catch {
        this.areas = [];
      }
      try {
        const out = applyPreset(this.preset, this.raw, { area: this.area || undefined });
        shaped = out.data;
        notes.push(...out.issues);
      } catch (e) {
        this.dataIssues =
          e instanceof SendDataError ? e.issues : [issue('preset-failed', 0, 'preset', this.preset, String(e))];
        return;
      }
    } else this.areas = [];
    this.shaped = shaped;
    const contract = this.choice.contract;
    const known = new Set(contract.columns.map((c) => c.name));
    const columns = Object.fromEntries(
      Object.entries(this.mapping).filter(([k, v]) => v && known.has(k) && shaped.columns.includes(v)),
    );
    if (shaped.numRows === 0) {
      this.dataIssues = [
        ...notes,
        issue(
          'no-rows',
          0,
          '',
          '',
          'there are no data rows to draw: check the area and that the file has rows under its header',
        ),
      ];
      return;
    }
    const validated = validate(shaped, contract, { columns });
    this.dataIssues = [...notes, ...validated.issues];
    if (hasErrors(validated.issues)) return;
    this.validated = validated;
    this.clean = cleanData(validated);
    const attributes = this.embedAttributes();
    if (this.dataMode === 'src' && this.sourceUrl) {
      // the file as published, read by the element itself with the same preset, area and mapping
      attributes.push(['src', this.sourceUrl]);
      if (this.preset) attributes.push(['preset', this.preset]);
      if (this.preset && this.area) attributes.push(['area', this.area]);
      if (Object.keys(columns).length) attributes.push(['columns', JSON.stringify(columns)]);
      this.spec = { tag: this.choice.tag, attributes, csv: this.clean.csv, rows: this.clean.rows, src: this.sourceUrl };
    } else {
      this.spec = { tag: this.choice.tag, attributes, csv: this.clean.csv, rows: this.clean.rows };
    }
  }

  private embedAttributes(): [string, string][] {
    const out: [string, string][] = [];
    const o = this.options;
    out.push(['heading', o.heading ?? 'Your chart']);
    if (o.description) out.push(['description', o.description]);
    if (o.source) out.push(['source', o.source]);
    if (o.theme) out.push(['theme', o.theme]);
    if (o['min-count'] && o['min-count'] !== '10') out.push(['min-count', o['min-count']]);
    for (const option of chartOptions(this.choice.tag)) {
      const value = o[`${this.choice.tag}:${option.attribute}`];
      if (value === undefined || value === '') continue;
      if (option.kind === 'boolean') {
        if (value === 'true') out.push([option.attribute, '']);
      } else out.push([option.attribute, value]);
    }
    return out;
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
        ${EXAMPLES.map((x) => html`<option value=${x.id}>${x.label}</option>`)}
      </select>
      <p class="status" role="status">${this.loadMessage}</p>
    </section>`;
  }

  private renderChartPicker(): unknown {
    const presets = listPresets();
    return html`<section aria-labelledby="step-chart" class="step">
      <h2 id="step-chart">2. Chart and file type</h2>
      <fieldset>
        <legend>Which chart?</legend>
        ${CHARTS.map(
          (c) => html`<div class="radio">
            <input type="radio" name="chart" id="chart-${c.tag}" value=${c.tag} .checked=${this.chart === c.tag} @change=${() => this.setChart(c.tag)} aria-describedby="chart-${c.tag}-hint" />
            <label for="chart-${c.tag}">${c.title}</label>
            <p class="hint" id="chart-${c.tag}-hint">${c.blurb} Data: the <strong>${c.contract.name}</strong> contract.</p>
          </div>`,
        )}
      </fieldset>
      <label for="preset">Is it a published file?</label>
      <p class="hint" id="preset-hint">A preset reads a Department for Education or MHCLG file exactly as published and reshapes it for the chart.</p>
      <select id="preset" aria-describedby="preset-hint" @change=${(e: Event) => {
        this.preset = (e.target as HTMLSelectElement).value;
        this.mapping = {};
      }}>
        <option value="" ?selected=${!this.preset}>No: my file follows the data contract</option>
        ${presets.map((p) => html`<option value=${p.name} ?selected=${this.preset === p.name}>${p.title}</option>`)}
      </select>
      ${
        this.preset
          ? html`<label for="area">Local authority</label>
            ${
              this.areas.length
                ? html`<select id="area" @change=${(e: Event) => (this.area = (e.target as HTMLSelectElement).value)}>
                  <option value="" ?selected=${!this.area}>Choose one…</option>
                  ${this.areas.map((a) => html`<option value=${a.code} ?selected=${this.area === a.code}>${a.name} (${a.code})</option>`)}
                </select>`
                : html`<input id="area" type="text" placeholder="GSS code or name, e.g. E08000031" .value=${this.area} @change=${(e: Event) => (this.area = (e.target as HTMLInputElement).value)} />`
            }`
          : nothing
      }
    </section>`;
  }

  private renderMapping(): unknown {
    const headers = this.shaped?.columns ?? this.raw?.columns ?? [];
    const contract = this.choice.contract;
    return html`<section aria-labelledby="step-columns" class="step">
      <h2 id="step-columns">3. Match your columns</h2>
      <p class="hint">Each column the ${contract.name} contract knows, and the column of your file it is read from. Required columns are marked.</p>
      ${
        headers.length
          ? html`<div class="table-wrap"><table class="mapping">
            <caption class="sr-only">Contract columns and the columns of your data they are read from</caption>
            <thead><tr><th scope="col">Contract column</th><th scope="col">Read from</th></tr></thead>
            <tbody>
              ${contract.columns.map((c) => {
                const auto = autoMatch(c.name, c.aliases, headers);
                const chosen = this.mapping[c.name] ?? '';
                return html`<tr>
                  <th scope="row"><code>${c.name}</code>${c.required ? html` <span class="required">(required)</span>` : nothing}<br /><span class="hint">${c.description}</span></th>
                  <td>
                    <label class="sr-only" for="map-${c.name}">Read ${c.name} from</label>
                    <select id="map-${c.name}" @change=${(e: Event) => this.setMapping(c.name, (e.target as HTMLSelectElement).value)}>
                      <option value="" ?selected=${!chosen}>${auto ? `${auto} (automatic)` : '— not in my file —'}</option>
                      ${headers.map((h) => html`<option value=${h} ?selected=${chosen === h}>${h}</option>`)}
                    </select>
                  </td>
                </tr>`;
              })}
            </tbody>
          </table></div>`
          : html`<p>Add some data first.</p>`
      }
    </section>`;
  }

  private renderIssues(): unknown {
    const all = this.issues;
    const errors = all.filter((i) => i.severity === 'error');
    const warnings = all.filter((i) => i.severity === 'warning');
    const rows = this.validated?.numRows ?? 0;
    const summary = !this.text.trim()
      ? 'No data yet.'
      : errors.length
        ? `${errors.length.toLocaleString('en-GB')} ${errors.length === 1 ? 'problem' : 'problems'} to fix before the chart can be drawn.`
        : `Your data is ready: ${rows.toLocaleString('en-GB')} ${rows === 1 ? 'row' : 'rows'} checked against the ${this.choice.contract.name} contract${warnings.length ? `, with ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}` : ''}.`;
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
