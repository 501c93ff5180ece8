/**
 * Page-level benchmarks: 50 charts of the four kinds on one page (time until every `send-render`
 * and the frame after it, the boundary of every bench page), and 200 data updates to one chart
 * (time per update, heap growth).
 */
import { presented } from './frame.js';
import './send-insight-cdn.js';
import * as demo from './demo.js';

const KINDS = [
  ['send-deprivation-chart', () => demo.deprivationDemo, {}],
  ['send-need-breakdown', () => demo.demoNeedsRows(), { phase: 'primary' }],
  ['send-outcomes-radar', () => demo.demoOutcomesRows(), {}],
  ['send-priority-tracker', () => demo.demoActions, { 'as-of': demo.DEMO_ACTIONS_AS_OF }],
].filter(([tag]) => customElements.get(tag));

function make(i) {
  const [tag, data, attrs] = KINDS[i % KINDS.length];
  const el = document.createElement(tag);
  el.setAttribute('heading', `${tag} ${i}`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data();
  return el;
}

window.kinds = () => KINDS.map(([tag]) => tag);

/** Appends `count` charts and resolves with ms until all have fired send-render. */
window.manyCharts = async (count = 50) => {
  const grid = document.getElementById('grid');
  grid.replaceChildren();
  const els = Array.from({ length: count }, (_, i) => make(i));
  const t0 = performance.now();
  const done = Promise.all(els.map((el) => new Promise((r) => el.addEventListener('send-render', r, { once: true }))));
  grid.append(...els);
  await done;
  await presented();
  return performance.now() - t0;
};

/** Sets new data `updates` times on one chart; returns ms per update and heap before/after. */
window.updates = async (updates = 200) => {
  const grid = document.getElementById('grid');
  grid.replaceChildren();
  const el = make(1);
  grid.append(el);
  await new Promise((r) => el.addEventListener('send-render', r, { once: true }));
  const a = KINDS[1 % KINDS.length][1]();
  const b = a.map((row) => ({ ...row }));
  const heap = () => (globalThis.gc?.(), performance.memory?.usedJSHeapSize ?? 0);
  const before = heap();
  const t0 = performance.now();
  for (let i = 0; i < updates; i++) {
    const rendered = new Promise((r) => el.addEventListener('send-render', r, { once: true }));
    el.data = i % 2 ? a : b;
    await rendered;
  }
  const perUpdate = (performance.now() - t0) / updates;
  await new Promise((r) => setTimeout(r, 50));
  const after = heap();
  return { perUpdate, before, after };
};
