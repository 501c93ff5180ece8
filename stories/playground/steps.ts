import { listPresets, type AreaOption, type Contract } from '@send-insight/data';
import { html, nothing, type TemplateResult } from 'lit';
import { CHARTS } from './charts.js';
import { autoMatch } from './derive.js';

/** What the "Chart and file type" step shows, and what it calls when the user chooses. */
export interface ChartStep {
  chart: string;
  preset: string;
  area: string;
  /** The areas the file holds under the preset (a free-text box when none are known). */
  areas: readonly AreaOption[];
  onChart(tag: string): void;
  onPreset(name: string): void;
  onArea(code: string): void;
}

/**
 * The playground's "2. Chart and file type" step: the chart, whether the file is published (a preset) and its
 * area. The presets are radios, not a select: their names (up to 80 characters) wrap on a phone, where a
 * select's closed box cut them short; for the same reason the area is a text box that offers the file's areas.
 */
export function chartStep(s: ChartStep): TemplateResult {
  const presets = listPresets();
  return html`<section aria-labelledby="step-chart" class="step">
    <h2 id="step-chart">2. Chart and file type</h2>
    <fieldset>
      <legend>Which chart?</legend>
      ${CHARTS.map(
        (c) => html`<div class="radio">
          <input type="radio" name="chart" id="chart-${c.tag}" value=${c.tag} .checked=${s.chart === c.tag} @change=${() => s.onChart(c.tag)} aria-describedby="chart-${c.tag}-hint" />
          <label for="chart-${c.tag}">${c.title}</label>
          <p class="hint" id="chart-${c.tag}-hint">${c.blurb} Data: the <strong>${c.contract.name}</strong> contract.</p>
        </div>`,
      )}
    </fieldset>
    <fieldset class="presets" aria-describedby="preset-hint">
      <legend>Is it a published file?</legend>
      <p class="hint" id="preset-hint">A preset reads a Department for Education or MHCLG file exactly as published and reshapes it for the chart.</p>
      ${[{ name: '', title: 'No: my file follows the data contract' }, ...presets].map(
        (p) => html`<div class="radio">
          <input type="radio" name="preset" id="preset-${p.name || 'none'}" value=${p.name} .checked=${s.preset === p.name} @change=${() => s.onPreset(p.name)} />
          <label for="preset-${p.name || 'none'}">${p.title}</label>
        </div>`,
      )}
    </fieldset>
    ${s.preset ? areaField(s) : nothing}
  </section>`;
}

/**
 * The local authority: a text box taking a GSS code or a name, offering the file's areas as you type
 * (a select's closed box cut the longest names, such as Bournemouth, Christchurch and Poole, at 288 px),
 * with the authority chosen written in full under it, where it wraps.
 */
function areaField(s: ChartStep): TemplateResult {
  const want = s.area.trim().toLowerCase();
  const chosen = want ? s.areas.find((a) => a.code.toLowerCase() === want || a.name.toLowerCase() === want) : undefined;
  return html`<label for="area">Local authority</label>
    <p class="hint" id="area-hint">Its GSS code or name${s.areas.length ? `: the file has ${s.areas.length}, offered as you type` : ''}.</p>
    <input id="area" type="text" autocomplete="off" spellcheck="false" list=${s.areas.length ? 'areas' : nothing}
      aria-describedby="area-hint${chosen ? ' area-chosen' : ''}" placeholder="e.g. E08000031 or Wolverhampton"
      .value=${s.area} @change=${(e: Event) => s.onArea((e.target as HTMLInputElement).value.trim())} />
    ${s.areas.length ? html`<datalist id="areas">${s.areas.map((a) => html`<option value=${a.code}>${a.name}</option>`)}</datalist>` : nothing}
    ${chosen ? html`<p class="chosen" id="area-chosen">${chosen.name} (${chosen.code})</p>` : nothing}`;
}

/** What the "Match your columns" step shows, and what it calls when a column is chosen. */
export interface MappingStep {
  contract: Contract;
  /** The headers of the user's file (after the preset, when there is one). */
  headers: readonly string[];
  mapping: Readonly<Record<string, string>>;
  onMapping(column: string, header: string): void;
}

/** The playground's "3. Match your columns" step: each contract column and the header it is read from. */
export function mappingStep(s: MappingStep): TemplateResult {
  const headers = s.headers;
  const contract = s.contract;
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
              const chosen = s.mapping[c.name] ?? '';
              return html`<tr>
                <th scope="row"><code>${c.name}</code>${c.required ? html` <span class="required">(required)</span>` : nothing}<br /><span class="hint">${c.description}</span></th>
                <td>
                  <label class="sr-only" for="map-${c.name}">Read ${c.name} from</label>
                  <select id="map-${c.name}" @change=${(e: Event) => s.onMapping(c.name, (e.target as HTMLSelectElement).value)}>
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
