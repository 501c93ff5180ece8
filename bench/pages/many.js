/**
 * Page-level benchmarks: 50 charts of the four kinds on one page (time until every `send-render`
 * and the frame after it, the boundary of every bench page), and 200 data updates to one chart, the
 * need breakdown (time per update, heap growth).
 *
 * The disclosure control keeps the results of its last few inputs (`protectLinkedCounts`), so a
 * chart given figures it has protected before does not solve them again. Each measure therefore
 * runs two ways: with the demo data as it is (every need breakdown on the page shows one table; the
 * updates give the same two tables in turn) and with `fresh` figures (one large count raised by a
 * number never used before on the page, in the need breakdown's England figures and the
 * deprivation chart's first decile, so that every chart solves its own).
 */
import { presented } from './frame.js';
import './send-insight-cdn.js';
import * as demo from './demo.js';

/** Figures raised by this much have not been given to any chart on the page yet. */
let serial = 0;

/** The demo rows with one large count raised by `by` (0: unchanged). */
const raised = (rows, at, by) =>
  by ? rows.map((row, i) => (i === at ? { ...row, pupils: row.pupils + by } : row)) : rows;
const NEEDS_ENGLAND_ROW = demo.demoNeedsRows().findIndex((r) => r.geography === 'england' && r.pupils > 1000);

const KINDS = [
  ['send-deprivation-chart', (by) => raised(demo.deprivationDemo, 0, by), {}],
  ['send-need-breakdown', (by) => raised(demo.demoNeedsRows(), NEEDS_ENGLAND_ROW, by), { phase: 'primary' }],
  ['send-outcomes-radar', () => demo.demoOutcomesRows(), {}],
  ['send-priority-tracker', () => demo.demoActions, { 'as-of': demo.DEMO_ACTIONS_AS_OF }],
].filter(([tag]) => customElements.get(tag));

/** The chart the updates are timed on. */
const UPDATED = 1;

function make(i, fresh, only) {
  const kinds = only ? KINDS.filter(([tag]) => tag === only) : KINDS;
  const [tag, data, attrs] = kinds[i % kinds.length];
  const el = document.createElement(tag);
  el.setAttribute('heading', `${tag} ${i}`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data(fresh ? ++serial : 0);
  return el;
}

window.kinds = () => KINDS.map(([tag]) => tag);
window.updatedKind = () => KINDS[UPDATED % KINDS.length][0];

/**
 * Appends `count` charts and resolves with ms until all have fired send-render; `fresh`: figures of
 * their own; `only`: charts of that one kind (a tag name) instead of the four in turn.
 */
window.manyCharts = async (count = 50, { fresh = false, only } = {}) => {
  const grid = document.getElementById('grid');
  grid.replaceChildren();
  // the last run's charts are collected and the page settled outside the timing, as on the scatter page
  globalThis.gc?.();
  await presented();
  await presented();
  const els = Array.from({ length: count }, (_, i) => make(i, fresh, only));
  const t0 = performance.now();
  const done = Promise.all(els.map((el) => new Promise((r) => el.addEventListener('send-render', r, { once: true }))));
  grid.append(...els);
  await done;
  await presented();
  return performance.now() - t0;
};

/**
 * Sets new data `updates` times on one chart (the need breakdown): the same two tables in turn, or
 * with `fresh`, new figures every time. Returns ms per update and heap before/after.
 */
window.updates = async (updates = 200, { fresh = false } = {}) => {
  const grid = document.getElementById('grid');
  grid.replaceChildren();
  const el = make(UPDATED, fresh);
  grid.append(el);
  await new Promise((r) => el.addEventListener('send-render', r, { once: true }));
  const data = KINDS[UPDATED % KINDS.length][1];
  const a = data(0);
  const b = a.map((row) => ({ ...row }));
  const tables = fresh ? Array.from({ length: updates }, () => data(++serial)) : [];
  const heap = () => (globalThis.gc?.(), performance.memory?.usedJSHeapSize ?? 0);
  const before = heap();
  const t0 = performance.now();
  for (let i = 0; i < updates; i++) {
    const rendered = new Promise((r) => el.addEventListener('send-render', r, { once: true }));
    el.data = fresh ? tables[i] : i % 2 ? a : b;
    await rendered;
  }
  const perUpdate = (performance.now() - t0) / updates;
  tables.length = 0;
  await new Promise((r) => setTimeout(r, 50));
  const after = heap();
  return { perUpdate, before, after };
};
