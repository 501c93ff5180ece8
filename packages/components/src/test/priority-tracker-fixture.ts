import { fixture, html, waitUntil } from '@open-wc/testing';
import { demoActions } from '@send-insight/data/demo';
import type { SendPriorityTracker } from '../priority-tracker/priority-tracker.js';

/* What the tracker's browser tests share: the demo rows, a row maker, a mount and shadow-DOM look-ups. */

export type Row = Record<string, unknown>;
export const DEMO = demoActions as unknown as Row[];
export const IMPROVEMENT = DEMO.filter((r) => r.plan === 'SEND and Inclusion Improvement Plan');

const base = {
  plan: 'Plan A',
  priority: 1,
  priority_title: 'First priority',
  owner: 'Owner A',
  status: 'on_track',
  progress: 50,
  updated: '2024-01-10',
};
/** One action row of plan A's first priority, with `extra` columns. */
export const one = (extra: Row = {}, i = 1): Row => ({
  ...base,
  action_id: `1.${i}`,
  action: `Action ${i}`,
  due: '2024-06-30',
  ...extra,
});

/**
 * Two actions with text `t` in every free-text field (plan, titles, ids, action, owner, outcome,
 * evidence address and label, measure and unit): the hostile-text tests' rows.
 */
export const hostileRows = (t: string): Row[] => [
  one(
    {
      plan: t,
      priority_title: t,
      action_id: t,
      action: t,
      owner: t,
      outcome: t,
      evidence_url: t,
      measure: t,
      unit: t,
      baseline: 200,
      current: 40,
      target: 0,
      better: 'lower',
    },
    1,
  ),
  one(
    {
      plan: t,
      priority_title: t,
      action_id: `${t} 2`,
      action: t,
      owner: t,
      evidence_url: 'https://example.org/',
      evidence_label: t,
    },
    2,
  ),
];

/** Mounts a tracker in a wrapper `width` px wide and waits until it has settled. */
export async function mount(
  data: unknown,
  attrs: Record<string, string> = {},
  width = 900,
): Promise<SendPriorityTracker> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('send-priority-tracker');
  el.setAttribute('heading', 'Improvement plan tracker');
  el.setAttribute('source', 'Illustrative data');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data as SendPriorityTracker['data'];
  wrapper.append(el);
  await waitUntil(() => ['ready', 'empty', 'error'].includes(el.state), 'never settled', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

export const $ = (el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
export const $$ = (el: HTMLElement, sel: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(sel));
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** An exported PNG's pixels, decoded (the test page has no CSP; the export itself loads no image). */
export async function pngPixels(png: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(png);
  const c = document.createElement('canvas');
  c.width = bitmap.width;
  c.height = bitmap.height;
  const ctx = c.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, c.width, c.height);
}
