import { type ActionStatus, type RagRating } from '@send-insight/data';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { KEY_SWATCH, type ExportLayout, type KeyEntry } from './priority-tracker-export.layout.js';
import type { TimelineView } from './priority-tracker.view.js';
import type { TimelineLayout, TimelinePanel } from './priority-tracker-timeline.layout.js';
import type { ActionCard, MeasureCard } from './priority-tracker.layout.js';

/*
 * The tracker's marks as Lit templates: status shapes, an action's card, a measure, and the
 * timeline's two panels. Every figure and word comes from the view; nothing is worked out here.
 */

const STATUS_SHAPES: Record<ActionStatus, (size: number) => TemplateResult> = {
  // filled circle
  on_track: (s) => svg`<circle class="icon-fill" cx=${s / 2} cy=${s / 2} r=${s / 2 - 1}></circle>`,
  // hollow circle
  not_started: (s) => svg`<circle class="icon-stroke" cx=${s / 2} cy=${s / 2} r=${s / 2 - 2}></circle>`,
  // triangle with a bar
  at_risk: (s) =>
    svg`<path class="icon-fill" d=${`M${s / 2} 1 L${s - 1} ${s - 1} L1 ${s - 1} Z`}></path><path class="icon-mark" d=${`M${s / 2} ${s * 0.38} V${s * 0.68}`}></path>`,
  // cross in a square
  off_track: (s) =>
    svg`<rect class="icon-fill" x="1" y="1" width=${s - 2} height=${s - 2}></rect><path class="icon-mark" d=${`M${s * 0.3} ${s * 0.3} L${s * 0.7} ${s * 0.7} M${s * 0.7} ${s * 0.3} L${s * 0.3} ${s * 0.7}`}></path>`,
  // tick in a circle
  complete: (s) =>
    svg`<circle class="icon-fill" cx=${s / 2} cy=${s / 2} r=${s / 2 - 1}></circle><path class="icon-mark" d=${`M${s * 0.28} ${s * 0.52} L${s * 0.44} ${s * 0.68} L${s * 0.73} ${s * 0.34}`}></path>`,
  // hollow square with a bar: closed
  no_longer_monitored: (s) =>
    svg`<rect class="icon-stroke" x="2" y="2" width=${s - 4} height=${s - 4}></rect><path class="icon-stroke" d=${`M${s * 0.3} ${s / 2} H${s * 0.7}`}></path>`,
};

/** Each rating is drawn with the shape of the status it stands nearest. */
const RATING_SHAPES: Record<RagRating, ActionStatus> = {
  red: 'off_track',
  amber: 'at_risk',
  green: 'on_track',
  complete: 'complete',
  closed: 'no_longer_monitored',
};

/** A small status shape (never the only cue: always followed by words). */
export function statusIcon(status: ActionStatus, size = 14): TemplateResult {
  return html`<svg class="s-${status}" width=${size} height=${size} viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false">
    ${STATUS_SHAPES[status](size)}
  </svg>`;
}

/** A rating's shape. */
export function ratingIcon(rating: RagRating, size = 14): TemplateResult {
  return html`<svg class="r-${rating}" width=${size} height=${size} viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false">
    ${STATUS_SHAPES[RATING_SHAPES[rating]](size)}
  </svg>`;
}

/** A measure: the bullet (bar now, dashed baseline, tall target) and the sentence with its standing. */
export function measureTemplate(m: MeasureCard): TemplateResult {
  const b = m.bullet;
  return html`<div class="measure">
    <svg class="bullet" width=${b.width} height=${b.height} viewBox="0 0 ${b.width} ${b.height}" aria-hidden="true" focusable="false">
      <rect class="track" x=${b.track.x} y="6" width=${b.track.width} height="14"></rect>
      ${b.bar ? svg`<rect class="bar" x=${b.bar.x} y="9" width=${b.bar.width} height="8"></rect>` : nothing}
      ${b.baseline !== undefined ? svg`<line class="baseline" x1=${b.baseline} x2=${b.baseline} y1="4" y2="22"></line>` : nothing}
      <line class="target" x1=${b.target} x2=${b.target} y1="1" y2="25"></line>
    </svg>
    <p><span class="measure-sentence">${m.sentence}</span>${m.after}</p>
  </div>`;
}

/** An action's card: reference and title, then owner, due (marked when overdue), status, progress, last update, evidence, measure. */
export function actionTemplate(
  a: ActionCard,
  labels: Record<'owner' | 'due' | 'status' | 'progress' | 'updated' | 'evidence' | 'overdue', string>,
): TemplateResult {
  return html`<li class="action s-${a.status}" part="action" data-action=${a.id}>
    <p class="action-title"><span class="ref">${a.id}</span>${a.action}</p>
    <dl class="fields">
      <div><dt>${labels.owner}</dt><dd class="owner">${a.owner}</dd></div>
      <div>
        <dt>${labels.due}</dt>
        <dd class="due">${a.due}${a.overdue ? html` <span class="overdue">${labels.overdue}</span>` : nothing}</dd>
      </div>
      <div>
        <dt>${labels.status}</dt>
        <dd><span class="status s-${a.status}">${statusIcon(a.status)}<span>${a.statusText}</span></span></dd>
      </div>
      <div>
        <dt>${labels.progress}</dt>
        <dd class="progress">
          <svg width="64" height="10" viewBox="0 0 64 10" aria-hidden="true" focusable="false">
            <rect class="track" x="0" y="0" width="64" height="10"></rect>
            <rect class="fill s-${a.status}" x="0" y="0" width=${(a.progress / 100) * 64} height="10"></rect>
          </svg>
          <span>${a.progressText}</span>
        </dd>
      </div>
      <div><dt>${labels.updated}</dt><dd class="updated">${a.updated}</dd></div>
      ${
        a.evidence
          ? html`<div>
            <dt>${labels.evidence}</dt>
            <dd class="evidence">${a.evidence.href ? html`<a href=${a.evidence.href} rel="noopener noreferrer">${a.evidence.text}</a>` : a.evidence.text}</dd>
          </div>`
          : nothing
      }
    </dl>
    ${a.measure ? measureTemplate(a.measure) : nothing}
  </li>`;
}

/** A panel's frame: title, the scale's title, grid lines with their counts, and the review points under it. */
function frame(p: TimelinePanel): TemplateResult {
  return svg`${p.title.map((t) => svg`<text class="panel-title" x=${t.x} y=${t.y}>${t.text}</text>`)}
    <text class="axis-title" x=${p.axisTitle.x} y=${p.axisTitle.y}>${p.axisTitle.text}</text>
    ${p.yTicks.map(
      (k) => svg`<line class="grid" x1=${p.plot.x} x2=${p.plot.x + p.plot.width} y1=${k.y} y2=${k.y}></line>
        <text x=${p.plot.x - 6} y=${k.y + 4} text-anchor="end">${k.label}</text>`,
    )}
    ${p.xLabels.map((l) => svg`<text x=${l.x} y=${l.y} text-anchor="middle">${l.text}</text>`)}`;
}

/** What the timeline's marks call back: a column hovered or clicked, and which is active. */
export interface TimelineHandlers {
  uid: string;
  active?: number;
  enter: (index: number) => void;
  select: (index: number) => void;
}

/** The statuses drawn hatched over their colour, so that the colour is never all that tells them apart. */
const HATCHED: Partial<Record<ActionStatus, string>> = { at_risk: 'risk', off_track: 'off', not_started: 'not' };

/** The hatch patterns, with ids from `pid` (one set per SVG file: the page's panel, or the drawing). */
function hatchDefs(pid: string): TemplateResult {
  return svg`<defs>
    <pattern id="${pid}-risk" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="hatch" x1="0" y1="0" x2="0" y2="6"></line></pattern>
    <pattern id="${pid}-off" width="6" height="6" patternUnits="userSpaceOnUse"><path class="hatch" d="M0 0 L6 6 M6 0 L0 6"></path></pattern>
    <pattern id="${pid}-not" width="6" height="6" patternUnits="userSpaceOnUse"><circle class="hatch" cx="3" cy="3" r="0.8"></circle></pattern>
  </defs>`;
}

/** A block of a status's colour, hatched where the status is hatched. */
function statusBlock(
  status: ActionStatus,
  pid: string,
  x: number,
  y: number,
  width: number,
  height: number,
  cls = 'seg',
): TemplateResult {
  const hatch = HATCHED[status];
  return svg`<g class="s-${status}"><rect class=${cls} x=${x} y=${y} width=${width} height=${height}></rect>${
    hatch ? svg`<rect x=${x} y=${y} width=${width} height=${height} fill="url(#${pid}-${hatch})"></rect>` : nothing
  }</g>`;
}

/** The reported panel's marks: per review point, a stacked bar of the statuses reported, its total over it. */
function reportedMarks(t: TimelineLayout['reported'], pid: string, h?: TimelineHandlers): TemplateResult {
  return svg`${frame(t)}
    ${t.columns.map(
      (
        c,
        i,
      ) => svg`<g class="column" @pointerenter=${h ? () => h.enter(i) : nothing} @click=${h ? () => h.select(i) : nothing}>
        ${c.segments.map((s) => statusBlock(s.status, pid, c.x, s.y, c.width, s.height))}
        ${c.total ? svg`<text class="total" x=${c.total.x} y=${c.total.y} text-anchor="middle">${c.total.text}</text>` : nothing}
      </g>`,
    )}`;
}

/** The reported panel: per review point, a stacked bar of the statuses reported (hatched where the colour alone would not tell). */
export function reportedPanel(t: TimelineLayout['reported'], h: TimelineHandlers): TemplateResult {
  const pid = `${h.uid}-hatch`;
  const active = h.active === undefined ? undefined : t.columns[h.active];
  return html`<svg class="chart tracker-timeline reported" width=${t.width} height=${t.height} viewBox="0 0 ${t.width} ${t.height}" aria-hidden="true" focusable="false">
    ${hatchDefs(pid)}
    ${reportedMarks(t, pid, h)}
    ${active ? svg`<rect class="active-col" x=${active.x - 4} y=${t.plot.y - 4} width=${active.width + 8} height=${t.plot.height + 8}></rect>` : nothing}
  </svg>`;
}

/** The stock panel's marks: complete by then (solid line, dots) and overdue then (dashed line, squares), the last values labelled. */
function stockMarks(t: TimelineLayout['stock']): TemplateResult {
  const path = (pts: readonly { x: number; y: number }[]) =>
    pts.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' ');
  return svg`${frame(t)}
    <path class="line-complete" d=${path(t.complete)}></path>
    <path class="line-overdue" d=${path(t.overdue)}></path>
    ${t.complete.map((p) => svg`<circle class="dot-complete" cx=${p.x} cy=${p.y} r="4"></circle>`)}
    ${t.overdue.map((p) => svg`<rect class="dot-overdue" x=${p.x - 4} y=${p.y - 4} width="8" height="8"></rect>`)}
    ${t.endLabels.map((l) => svg`<text class="end-label" x=${l.x} y=${l.y}>${l.text}</text>`)}`;
}

/** The stock panel: complete by then (solid line, dots) and overdue then (dashed line, squares), the last values labelled. */
export function stockPanel(t: TimelineLayout['stock']): TemplateResult {
  return html`<svg class="chart tracker-timeline stock" width=${t.width} height=${t.height} viewBox="0 0 ${t.width} ${t.height}" aria-hidden="true" focusable="false">
    ${stockMarks(t)}
  </svg>`;
}

/** The key of the reported panel: each status drawn, as a block like the bars' (colour and hatch) and its words. */
export function statusKey(entries: readonly { status: ActionStatus; text: string }[], uid: string): TemplateResult {
  const { width, height } = KEY_SWATCH;
  return html`<ul class="legend">
    ${entries.map(
      (e) => html`<li>
        <svg class="swatch" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">${statusBlock(e.status, `${uid}-hatch`, 0, 0, width, height, 'seg key')}</svg
        ><span>${e.text}</span>
      </li>`,
    )}
  </ul>`;
}

/** A line of the stock panel's key, as drawn: complete (solid, a dot) or overdue (dashed, a square). */
function lineSample(which: 'complete' | 'overdue', x: number, y: number): TemplateResult {
  return which === 'complete'
    ? svg`<path class="line-complete" d="M${x + 1} ${y} H${x + 21}"></path><circle class="dot-complete" cx=${x + 11} cy=${y} r="4"></circle>`
    : svg`<path class="line-overdue" d="M${x + 1} ${y} H${x + 21}"></path><rect class="dot-overdue" x=${x + 7} y=${y - 4} width="8" height="8"></rect>`;
}

/** The key of the stock panel: the two lines. */
export function lineKey(complete: string, overdue: string): TemplateResult {
  return html`<ul class="legend">
    <li><svg width="22" height="10" aria-hidden="true" focusable="false">${lineSample('complete', 0, 5)}</svg><span>${complete}</span></li>
    <li><svg width="22" height="10" aria-hidden="true" focusable="false">${lineSample('overdue', 0, 5)}</svg><span>${overdue}</span></li>
  </ul>`;
}

/**
 * The timeline as one static drawing, for the SVG download only: both panels and their keys,
 * which on the page are two SVGs with HTML between them. Kept out of sight, of the accessibility
 * tree and of the PNG (which paints the page's panels and keys).
 */
export function timelineDrawingTemplate(t: TimelineView, uid: string): TemplateResult {
  const d = t.drawing;
  const pid = `${uid}-xhatch`;
  const words = (e: KeyEntry) => e.text.map((l) => svg`<text x=${l.x} y=${l.y}>${l.text}</text>`);
  return html`<div class="tracker-drawing" data-export="skip"><svg class="chart" width=${d.width} height=${d.height} viewBox="0 0 ${d.width} ${d.height}" aria-hidden="true" focusable="false">
    ${hatchDefs(pid)}
    ${reportedMarks(t.reported, pid)}
    ${t.statusKey.map((k, i) => {
      const e = d.reportedKey[i]!;
      return svg`${statusBlock(k.status, pid, e.x, e.y + 3, KEY_SWATCH.width, KEY_SWATCH.height)}${words(e)}`;
    })}
    <g transform="translate(0, ${d.stockY})">${stockMarks(t.stock)}</g>
    ${d.lineKey.map((e, i) => svg`${lineSample(i ? 'overdue' : 'complete', e.x, e.y + 9)}${words(e)}`)}
  </svg></div>`;
}

/**
 * The priorities as a static drawing, for the SVG download only: on the page the rows are HTML,
 * so this is kept out of sight, of the accessibility tree and of the PNG (which paints the rows).
 */
export function drawingTemplate(d: ExportLayout): TemplateResult {
  return html`<div class="tracker-drawing" data-export="skip"><svg class="chart" width=${d.width} height=${Math.max(1, d.height)} viewBox="0 0 ${d.width} ${Math.max(1, d.height)}" aria-hidden="true" focusable="false">
    ${d.rows.map(
      (r) => svg`<g class="r-${r.rating}">
        ${r.title.map((t) => svg`<text class="title" x=${t.x} y=${t.y}>${t.text}</text>`)}
        <g transform="translate(${r.badge.cx - 7}, ${r.badge.cy - 7})">${STATUS_SHAPES[RATING_SHAPES[r.rating]](14)}</g>
        ${
          r.bar
            ? svg`<rect class="track" x=${r.bar.x} y=${r.bar.y} width=${r.bar.width} height=${r.bar.height}></rect>
              <rect class="fill" x=${r.bar.x} y=${r.bar.y} width=${r.bar.fill} height=${r.bar.height}></rect>`
            : nothing
        }
        ${[...r.badge.label, ...r.barText, ...r.counts].map((t) => svg`<text x=${t.x} y=${t.y}>${t.text}</text>`)}
      </g>`,
    )}
  </svg></div>`;
}
