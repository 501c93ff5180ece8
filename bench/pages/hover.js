/**
 * Hover on the LSOA scatter: from a pointer event over a point until the tooltip shows it (and,
 * where there is one, until the live region has said something new), for three subjects drawn
 * from the same rows in the same browser:
 *
 * - the element (`send-deprivation-chart view="area"`): its `part="tooltip"` text and its
 *   `role="status"` live region, read from its shadow root;
 * - a bare hand-written hover (the baseline): a canvas of the same points, a nearest-point scan
 *   and a tooltip `div` and live region whose text is set in the `pointermove` handler itself,
 *   the least work a hover can do; its times are what the machine and the browser take around
 *   that handler, so the element's are read against them;
 * - Chart.js (bubble chart, animation off): its canvas tooltip, until the tooltip has been drawn
 *   for the new point (its `afterTooltipDraw` hook). Chart.js handles a pointer event in the next
 *   animation frame (its events are throttled to frames), so its time includes that wait.
 *
 * Four cases for each: the first hover when the pointer arrives as soon as the chart's frame has
 * been drawn (no idle time yet), the first hover after a second of idle time, later hovers one
 * after another (the element's live region is throttled: at most one announcement per 300 ms, the
 * last point reached), and later hovers spaced {@link SPACED} ms apart, more than that gap, so each
 * one is announced at once. Also where the element's tooltip lands against its plot
 * (`part="plot"`) when the pointer is on the leftmost, rightmost, topmost and lowest points.
 */
import { presented } from './frame.js';
import { benchRows, clear, libs } from './scatter.js';

const WAIT = 500;
/** The pause before each spaced hover: more than the live region's 300 ms between announcements. */
const SPACED = 400;
const W = 800;
const H = 500;
const MAX_RANK = 32844;

/** Canvas pixels inside single points of the element's chart (alpha of one point at 0.6, no overlap, no line). */
function elementTargets(el, count) {
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
  const picks = pick(inside, count).map(client);
  const by = (f) => client(inside.reduce((best, p) => (f(p) < f(best) ? p : best)));
  return { picks, left: by(([x]) => x), right: by(([x]) => -x), top: by(([, y]) => y), bottom: by(([, y]) => -y) };
}

/** `count` items of `list`, seeded, the same for every subject. */
function pick(list, count) {
  let seed = 7;
  const rnd = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () => list[Math.floor(rnd() * list.length)]);
}

/** Resolves a hover's wait: any subject may call it when it has drawn something (Chart.js's canvas). */
let poke;

/**
 * One pointer move over `at` on subject handle `h`; ms until its tooltip shows the new point and
 * until its live region changed (undefined: not within 500 ms, or no live region).
 */
async function hover(h, at) {
  const before = h.live?.() ?? '';
  const under = h.under(at);
  let tooltip;
  let live;
  let t0 = 0;
  const check = () => {
    const now = performance.now() - t0;
    if (tooltip === undefined && h.tip(t0)) tooltip = now;
    if (h.live && live === undefined && h.live() && h.live() !== before) live = now;
    return tooltip !== undefined && (!h.live || live !== undefined);
  };
  t0 = performance.now();
  h.dispatch(under, at);
  await h.settled?.();
  if (!check()) {
    await new Promise((resolve) => {
      const observer = new MutationObserver(() => check() && done());
      const timer = setTimeout(() => done(), WAIT);
      const done = () => (observer.disconnect(), clearTimeout(timer), (poke = undefined), resolve());
      poke = () => check() && done();
      observer.observe(h.root, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  }
  return { tooltip, live, overflow: h.overflow?.() };
}

/** A pointer event as a mouse makes it, at client point `at`. */
const pointer = (type, at) =>
  new PointerEvent(type, {
    clientX: at.x,
    clientY: at.y,
    bubbles: true,
    composed: true,
    pointerType: 'mouse',
    isPrimary: true,
  });

const stage = () => document.getElementById('stage');

/** A fresh host in the stage, 800 px wide, as the render bench makes them. */
function freshHost() {
  clear();
  const host = document.createElement('div');
  host.className = 'host';
  stage().replaceChildren(host);
  return host;
}

/** The element: its tooltip and live region in its shadow root. */
const element = {
  load: () => libs['send-insight'].load(),
  async render(rows) {
    await libs['send-insight'].draw(freshHost(), rows);
    await presented();
    const el = stage().querySelector('send-deprivation-chart');
    const root = el.shadowRoot;
    const tooltip = () => root.querySelector('[part~="tooltip"]');
    let tipBefore = '';
    return {
      root,
      el,
      targets: (count) => elementTargets(el, count),
      under: (at) => root.elementFromPoint(at.x, at.y) ?? el,
      dispatch(under, at) {
        tipBefore = tooltip()?.hidden ? '' : (tooltip()?.textContent ?? '');
        under.dispatchEvent(pointer('pointermove', at));
      },
      settled: () => el.updateComplete,
      // shown, with words other than before the move (the tooltip is made once and kept, hidden while no point is active)
      tip: () =>
        Boolean(tooltip() && !tooltip().hidden && tooltip().textContent.trim() && tooltip().textContent !== tipBefore),
      live: () => root.querySelector('[role="status"][aria-live]')?.textContent.trim() ?? '',
      overflow() {
        const tip = root.querySelector('[part~="tooltip"]')?.getBoundingClientRect();
        const plot = root.querySelector('[part~="plot"]')?.getBoundingClientRect();
        return tip && plot
          ? Math.max(0, plot.left - tip.left, tip.right - plot.right, plot.top - tip.top, tip.bottom - plot.bottom)
          : undefined;
      },
    };
  },
};

/** Positions of the rows as the peers place them (x from rank, y from the rate, radius from pupils). */
function placed(rows) {
  let maxRate = 0;
  let maxPupils = 0;
  for (const d of rows) {
    maxRate = Math.max(maxRate, (100 * d.sen_support) / d.pupils);
    maxPupils = Math.max(maxPupils, d.pupils);
  }
  const rMax = rows.length > 2000 ? 2.6 : 7;
  const rMin = rows.length > 2000 ? 0.9 : 1.8;
  const n = rows.length;
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  const r = new Float32Array(n);
  rows.forEach((d, i) => {
    x[i] = 40 + ((d.imd_rank - 1) / (MAX_RANK - 1)) * (W - 60);
    y[i] = H - 30 - ((100 * d.sen_support) / d.pupils / maxRate) * (H - 60);
    r[i] = Math.max(rMin, Math.sqrt(d.pupils / maxPupils) * rMax);
  });
  return { x, y, r };
}

/**
 * The baseline: the least a hover can do. A canvas of the same points, and in the `pointermove`
 * handler a scan for the nearest point within 6 px and the tooltip's and live region's text and
 * place set at once, no framework, no frame waited for.
 */
const bare = {
  load: async () => {},
  async render(rows) {
    const host = freshHost();
    const canvas = document.createElement('canvas');
    canvas.width = W;
    canvas.height = H;
    const tip = document.createElement('div');
    tip.setAttribute('part', 'tooltip');
    tip.style.position = 'absolute';
    const live = document.createElement('div');
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    host.append(canvas, tip, live);
    const { x, y, r } = placed(rows);
    const ctx = canvas.getContext('2d');
    ctx.globalAlpha = 0.6;
    ctx.fillStyle = '#12436D';
    for (let i = 0; i < x.length; i++) {
      ctx.beginPath();
      ctx.arc(x[i], y[i], r[i], 0, Math.PI * 2);
      ctx.fill();
    }
    canvas.addEventListener('pointermove', (e) => {
      const box = canvas.getBoundingClientRect();
      const px = e.clientX - box.left;
      const py = e.clientY - box.top;
      let best = -1;
      let bestD = 36;
      for (let i = 0; i < x.length; i++) {
        const d = (x[i] - px) ** 2 + (y[i] - py) ** 2;
        if (d < bestD) ((bestD = d), (best = i));
      }
      if (best < 0) return;
      const d = rows[best];
      const text = `${d.lsoa_code}, IMD rank ${d.imd_rank}: ${((100 * d.sen_support) / d.pupils).toFixed(1)} per 100`;
      tip.textContent = text;
      tip.style.left = `${x[best]}px`;
      tip.style.top = `${y[best]}px`;
      live.textContent = text;
    });
    await presented();
    const picks = (count) => {
      const rect = canvas.getBoundingClientRect();
      return pick(
        Array.from(x, (_, i) => i),
        count,
      ).map((i) => ({ x: rect.left + x[i], y: rect.top + y[i] }));
    };
    return {
      root: host,
      targets: (count) => ({ picks: picks(count) }),
      under: () => canvas,
      dispatch: (under, at) => under.dispatchEvent(pointer('pointermove', at)),
      tip: () => Boolean(tip.textContent),
      live: () => live.textContent,
    };
  },
};

/** Chart.js, as the render bench draws it, with a hook that notes when its tooltip was drawn and for which point. */
const chartjs = {
  load: () => libs['chart.js'].load(),
  async render(rows) {
    const host = freshHost();
    let drawn = { at: -Infinity, index: undefined };
    const hook = {
      id: 'benchTooltipClock',
      afterTooltipDraw(chart, { tooltip }) {
        const active = tooltip.opacity > 0 ? tooltip.getActiveElements() : [];
        drawn = { at: performance.now(), index: active[0]?.index };
        poke?.();
      },
    };
    libs['chart.js'].draw(host, rows, { plugins: [hook] });
    const chart = libs['chart.js'].last;
    await presented();
    const canvas = host.querySelector('canvas');
    let before;
    return {
      root: host,
      targets(count) {
        const rect = canvas.getBoundingClientRect();
        const points = chart.getDatasetMeta(0).data;
        return { picks: pick(points, count).map((p) => ({ x: rect.left + p.x, y: rect.top + p.y })) };
      },
      under: () => canvas,
      dispatch(under, at) {
        before = drawn.index;
        // Chart.js listens for mouse events (its default `events`), and handles them in the next animation frame
        under.dispatchEvent(new MouseEvent('mousemove', { clientX: at.x, clientY: at.y, bubbles: true }));
      },
      tip: (t0) => drawn.at >= t0 && drawn.index !== undefined && drawn.index !== before,
    };
  },
};

/** The subjects timed, by name. */
const subjects = { bare, 'send-insight': element, 'chart.js': chartjs };

/**
 * Hover timings of subject `name` at `n` points: `runs` fresh charts hovered in their first task
 * after the frame, `runs` more hovered after a second idle, then `later` hovers on one chart back
 * to back and `spaced` hovers 400 ms apart; for the element, also the tooltip's overflow past the
 * plot at the leftmost, rightmost, topmost and lowest points.
 */
window.runHover = async (n, { runs = 7, warmups = 3, later = 30, spaced = 10, subject = 'send-insight' } = {}) => {
  const s = subjects[subject];
  await s.load();
  const rows = benchRows(n);
  let h;
  for (let i = 0; i < warmups; i++) h = await s.render(rows);
  const at = h.targets(runs * 2 + later + spaced);
  const atFirstFrame = [];
  const afterIdle = [];
  for (let i = 0; i < runs; i++) atFirstFrame.push(await hover(await s.render(rows), at.picks[i]));
  for (let i = 0; i < runs; i++) {
    h = await s.render(rows);
    await new Promise((r) => setTimeout(r, 1000));
    afterIdle.push(await hover(h, at.picks[runs + i]));
  }
  const laterHovers = [];
  for (let i = 0; i < later; i++) laterHovers.push(await hover(h, at.picks[runs * 2 + i]));
  const spacedHovers = [];
  for (let i = 0; i < spaced; i++) {
    await new Promise((r) => setTimeout(r, SPACED));
    spacedHovers.push(await hover(h, at.picks[runs * 2 + later + i]));
  }
  const edges = {};
  if (at.left) for (const edge of ['left', 'right', 'top', 'bottom']) edges[edge] = (await hover(h, at[edge])).overflow;
  clear();
  return { atFirstFrame, afterIdle, later: laterHovers, spaced: spacedHovers, edges };
};

/** For bench/trace-hover.mjs: draw a chart and find a point (before tracing), then one hover over it. */
let traced;
window.traceHover = {
  async prepare(n, subject = 'send-insight') {
    const s = subjects[subject];
    await s.load();
    const rows = benchRows(n);
    for (let i = 0; i < 3; i++) traced = await s.render(rows);
    traced.at = traced.targets(1).picks[0];
  },
  hover: () => hover(traced, traced.at),
};
