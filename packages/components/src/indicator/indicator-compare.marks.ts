import type { IndicatorModel } from '@send-insight/data';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { CompareLayout, CompareScope } from './indicator-compare.layout.js';
import { defaultScope } from './indicator-compare.view.js';
import type { IndicatorFormsWording } from './indicator-forms.strings.js';
import { frame, label, switchGroup, type IndicatorMarksHost } from './indicator.marks.js';
import type { FormSettings } from './indicator.parts.js';

/** The comparison's switch of authorities (neighbours, the region, all), when there is a choice; else nothing. */
export function scopeSwitch(
  model: IndicatorModel,
  settings: FormSettings,
  table: boolean,
  w: IndicatorFormsWording,
): unknown {
  const scopes: [CompareScope, string][] = [];
  if (model.series.some((s) => s.role === 'neighbour')) scopes.push(['neighbours', w.t('indicatorScopeNeighbours')]);
  if (model.area.region) scopes.push(['region', w.t('indicatorScopeRegion')]);
  scopes.push(['all', w.t('indicatorScopeAll')]);
  if (scopes.length < 2) return nothing;
  const scope = table ? undefined : (settings.scope ?? defaultScope(model));
  return switchGroup(w.t('indicatorScopeLabel'), scopes, scope, (v) => (settings.scope = v));
}

/** The comparison: the rank sentence, the grid, a bar per authority, England's line over them (grid and line drawn only where no word is), then the words; notes under it. */
export function renderCompare(l: CompareLayout, host: IndicatorMarksHost): TemplateResult {
  const body = svg`
      ${l.sentence.map((t) => label(t, 'sentence'))}
      <g class="grid">${l.ticks.map((t) => svg`${t.pieces.map(([y1, y2]) => svg`<line x1=${t.x} x2=${t.x} y1=${y1} y2=${y2}></line>`)}<text class="tick" x=${t.labelX} y=${l.axisY - 4} text-anchor="middle">${t.text}</text>`)}</g>
      ${l.rows.map(
        (
          r,
          i,
        ) => svg`<g class="row ${r.area ? 'area' : ''} ${host.active(0, i) ? 'active' : ''}" data-code=${r.authority.code} @pointerenter=${() => host.enter(0, i)} @click=${() => host.choose(0, i)}>
          ${r.bar ? svg`<rect class="bar" x=${r.bar.x} y=${r.bar.y} width=${r.bar.width} height=${r.bar.height}></rect>` : nothing}
        </g>`,
      )}
      ${l.england ? svg`${l.england.pieces.map(([y1, y2]) => svg`<line class="england-line" x1=${l.england!.x} x2=${l.england!.x} y1=${y1} y2=${y2}></line>`)}${label(l.england.label, 'england-label halo')}` : nothing}
      <g class="labels">
        ${l.rows.map((r) => svg`<g class=${r.area ? 'area' : nothing}>${r.label ? label(r.label, 'name') : nothing}${r.value ? label(r.value, 'value halo') : nothing}${r.gap ? label(r.gap, 'gap-text') : nothing}</g>`)}
        ${(l.hidden ?? []).map((h) => label(h, 'gap-text halo'))}
      </g>`;
  return html`${frame('compare', l.width, l.height, body)}${l.notes.map((n) => html`<p class="note">${n}</p>`)}`;
}
