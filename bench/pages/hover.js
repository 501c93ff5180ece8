/**
 * Hover on the element's LSOA scatter: from a pointer event over a point until the tooltip shows
 * its text and until the live region has said something new, both read from the element's shadow
 * root (`part="tooltip"`, the `role="status"` live region). Four cases: the first hover when the
 * pointer arrives as soon as the chart's frame has been drawn (no idle time yet), the first
 * hover after a second of idle time, later hovers one after another (the live region is
 * throttled: at most one announcement per 300 ms, the last point reached), and later hovers
 * spaced {@link SPACED} ms apart, more than that gap, so each one is announced at once. Also where the tooltip lands against the
 * plot (`part="plot"`) when the pointer is on the leftmost, rightmost and topmost points.
 */
import { presented } from './frame.js';
import { benchRows, libs } from './scatter.js';

const WAIT = 500;
/** The pause before each spaced hover: more than the live region's 300 ms between announcements. */
const SPACED = 400;

/** Client coordinates of pixels inside single points (alpha of one point at 0.6, no overlap, no line). */
function targets(el, count) {
  const canvas = el.shadowRoot.querySelector('canvas');
  if (!canvas) throw new Error('the element drew no canvas');
  const rect = canvas.getBoundingClientRect();
  const { width, height } = canvas;
  const data = canvas.getContext('2d').getImageData(0, 0, width, height).data;
  const inside = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const a = data[(y * width + x) * 4 + 3];
      if (a >= 140 && a <= 165) inside.push([x, y]);
    }
  }
  if (!inside.length) throw new Error('no point found on the canvas');
  const client = ([x, y]) => ({
    x: rect.left + ((x + 0.5) * rect.width) / width,
    y: rect.top + ((y + 0.5) * rect.height) / height,
  });
  let seed = 7;
  const rnd = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const picks = Array.from({ length: count }, () => client(inside[Math.floor(rnd() * inside.length)]));
  const by = (f) => client(inside.reduce((best, p) => (f(p) < f(best) ? p : best)));
  return { picks, left: by(([x]) => x), right: by(([x]) => -x), top: by(([, y]) => y) };
}

/** One pointer move over `at`; ms until the tooltip has text and until the live region changed (undefined: not within 500 ms). */
async function hover(el, at) {
  const root = el.shadowRoot;
  const liveText = () => root.querySelector('[role="status"][aria-live]')?.textContent.trim() ?? '';
  const before = liveText();
  const under = root.elementFromPoint(at.x, at.y) ?? el;
  let tooltip;
  let live;
  let t0 = 0;
  const check = () => {
    const now = performance.now() - t0;
    if (tooltip === undefined && root.querySelector('[part~="tooltip"]')?.textContent.trim()) tooltip = now;
    if (live === undefined && liveText() && liveText() !== before) live = now;
    return tooltip !== undefined && live !== undefined;
  };
  t0 = performance.now();
  under.dispatchEvent(
    new PointerEvent('pointermove', {
      clientX: at.x,
      clientY: at.y,
      bubbles: true,
      composed: true,
      pointerType: 'mouse',
      isPrimary: true,
    }),
  );
  await el.updateComplete;
  if (!check()) {
    await new Promise((resolve) => {
      const observer = new MutationObserver(() => check() && done());
      const timer = setTimeout(() => done(), WAIT);
      const done = () => (observer.disconnect(), clearTimeout(timer), resolve());
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  }
  const tip = root.querySelector('[part~="tooltip"]')?.getBoundingClientRect();
  const plot = root.querySelector('[part~="plot"]')?.getBoundingClientRect();
  const overflow =
    tip && plot
      ? Math.max(0, plot.left - tip.left, tip.right - plot.right, plot.top - tip.top, tip.bottom - plot.bottom)
      : undefined;
  return { tooltip, live, overflow };
}

const element = libs['send-insight'];

async function render(rows) {
  const stage = document.getElementById('stage');
  const host = document.createElement('div');
  host.className = 'host';
  stage.replaceChildren(host);
  await element.draw(host, rows);
  await presented();
  return host.firstElementChild;
}

/**
 * Hover timings at `n` points: `runs` fresh charts hovered in their first task after the frame,
 * `runs` more hovered after a second idle, then `later` hovers on one chart, and the tooltip's
 * overflow past the plot at the leftmost, rightmost and topmost points.
 */
window.runHover = async (n, { runs = 7, warmups = 3, later = 30, spaced = 10 } = {}) => {
  await element.load();
  const rows = benchRows(n);
  let el;
  for (let i = 0; i < warmups; i++) el = await render(rows);
  const at = targets(el, runs * 2 + later + spaced);
  const atFirstFrame = [];
  const afterIdle = [];
  for (let i = 0; i < runs; i++) atFirstFrame.push(await hover(await render(rows), at.picks[i]));
  for (let i = 0; i < runs; i++) {
    el = await render(rows);
    await new Promise((r) => setTimeout(r, 1000));
    afterIdle.push(await hover(el, at.picks[runs + i]));
  }
  const laterHovers = [];
  for (let i = 0; i < later; i++) laterHovers.push(await hover(el, at.picks[runs * 2 + i]));
  const spacedHovers = [];
  for (let i = 0; i < spaced; i++) {
    await new Promise((r) => setTimeout(r, SPACED));
    spacedHovers.push(await hover(el, at.picks[runs * 2 + later + i]));
  }
  const edges = {};
  for (const edge of ['left', 'right', 'top']) edges[edge] = (await hover(el, at[edge])).overflow;
  document.getElementById('stage').replaceChildren();
  return { atFirstFrame, afterIdle, later: laterHovers, spaced: spacedHovers, edges };
};

/** For bench/trace-hover.mjs: draw a chart, then (after the caller's idle time) one hover over a point. */
let traced;
window.traceHover = {
  async prepare(n) {
    await element.load();
    const rows = benchRows(n);
    for (let i = 0; i < 3; i++) traced = await render(rows);
  },
  hover: () => hover(traced, targets(traced, 1).picks[0]),
};
