/**
 * The scatter bench page: the LSOA scatter (rate against IMD rank, point area by pupils, 800 × 500,
 * alpha 0.6) drawn by each library from the same rows of the deprivation contract, timed alike.
 *
 * - Every library starts from the same row objects (`lsoa_code`, `imd_rank`, `imd_decile`,
 *   `pupils`, `sen_support`, `ehc_plan`) and does its own mapping to x, y and radius inside the
 *   timing; the element takes the rows as its `data` and does validation, disclosure control and
 *   layout inside the timing too.
 * - The rows have no small counts, so every library draws every point; `drawn` reports what each
 *   one drew (the element's own count of points it could not show is read from its chart).
 * - One boundary for all: the clock stops in the first task after the next animation frame has
 *   been rendered (requestAnimationFrame, then a message), so style, layout, paint and the canvas
 *   flush of that frame are inside it. The browser runs with its frame rate unlimited, so no run
 *   waits for a vsync. Reading back one pixel of every canvas afterwards (which forces any canvas
 *   work still pending) is timed on its own and reported beside it.
 * - Set-up and tear-down of the previous run (destroying the last chart) are outside the timing.
 */
import { presented } from './frame.js';

const W = 800;
const H = 500;
const MAX_RANK = 32844;
/** The disclosure threshold the element applies by default; no count in the rows is below it. */
const MIN_COUNT = 10;

/**
 * `n` rows of the deprivation contract, ranks spread evenly over England's 32,844, seeded so every
 * run and library gets the same ones. Every count is at least {@link MIN_COUNT}, and so is every
 * complement (pupils without SEN support), so no figure is suppressed.
 */
export function benchRows(n) {
  let seed = 20240123;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rows = new Array(n);
  for (let i = 0; i < n; i++) {
    const rank = n === 1 ? 1 : 1 + Math.round((i * (MAX_RANK - 1)) / (n - 1));
    const dep = 1 - (rank - 1) / (MAX_RANK - 1);
    const pupils = Math.round(150 + 260 * rnd() + 80 * dep);
    const sen = Math.max(MIN_COUNT + 2, Math.round(pupils * (0.075 + 0.115 * dep ** 1.4) * (0.7 + 0.6 * rnd())));
    const ehc = Math.max(MIN_COUNT + 1, Math.round(pupils * (0.036 + 0.009 * dep) * (0.6 + 0.8 * rnd())));
    rows[i] = {
      lsoa_code: 'X01' + String(i + 1).padStart(6, '0'),
      imd_rank: rank,
      imd_decile: Math.min(10, Math.ceil(rank / 3284.4)),
      pupils,
      sen_support: sen,
      ehc_plan: ehc,
    };
  }
  return rows;
}

/** The same geometry for every peer that is told it: x from rank, y from the rate, area from pupils. */
function mapped(rows) {
  let maxRate = 0;
  let maxPupils = 0;
  for (const d of rows) {
    const rate = (100 * d.sen_support) / d.pupils;
    if (rate > maxRate) maxRate = rate;
    if (d.pupils > maxPupils) maxPupils = d.pupils;
  }
  // the element's radii: up to 2.6 px when dense (over 2,000 points), else 7 px at this width
  const rMax = rows.length > 2000 ? 2.6 : 7;
  const rMin = rows.length > 2000 ? 0.9 : 1.8;
  return { maxRate, radius: (pupils) => Math.max(rMin, Math.sqrt(pupils / maxPupils) * rMax) };
}

const instances = new Map();
const modules = {};
const load = async (name, path) => (modules[name] ??= await import(path));

/** One host per chart, 800 × 500, in `#stage`. */
function hosts(count) {
  const stage = document.getElementById('stage');
  const list = Array.from({ length: count }, () => {
    const host = document.createElement('div');
    host.className = 'host';
    return host;
  });
  stage.replaceChildren(...list);
  return list;
}

/** Destroys the charts of the last run (outside the timing). */
export function clear() {
  for (const [, destroy] of instances) destroy();
  instances.clear();
  document.getElementById('stage').replaceChildren();
}

/** Each library: `load()` brings its code (outside the timing), `draw(host, rows)` draws and returns how many points it drew. */
export const libs = {
  naive: {
    load: async () => {},
    draw(host, rows) {
      const canvas = document.createElement('canvas');
      const dpr = devicePixelRatio || 1;
      canvas.width = W * dpr;
      canvas.height = H * dpr;
      canvas.style.width = `${W}px`;
      canvas.style.height = `${H}px`;
      host.append(canvas);
      const ctx = canvas.getContext('2d');
      ctx.scale(dpr, dpr);
      ctx.globalAlpha = 0.6;
      ctx.fillStyle = '#12436D';
      const { maxRate, radius } = mapped(rows);
      for (const d of rows) {
        const x = 40 + ((d.imd_rank - 1) / (MAX_RANK - 1)) * (W - 60);
        const y = H - 30 - ((100 * d.sen_support) / d.pupils / maxRate) * (H - 60);
        ctx.beginPath();
        ctx.arc(x, y, radius(d.pupils), 0, Math.PI * 2);
        ctx.fill();
      }
      return rows.length;
    },
  },
  'send-insight': {
    load: async () => {
      await load('send-insight', './send-insight-cdn.js');
      if (!customElements.get('send-deprivation-chart')) throw new Error('send-deprivation-chart is not defined');
    },
    async draw(host, rows) {
      const el = document.createElement('send-deprivation-chart');
      el.setAttribute('view', 'area');
      // the same circles as the peers: one measure (SEN support), one point per LSOA
      el.setAttribute('measure', 'sen_support');
      el.setAttribute('heading', 'SEN support by IMD rank');
      el.style.width = `${W}px`;
      const rendered = new Promise((resolve, reject) => {
        el.addEventListener('send-render', resolve, { once: true });
        el.addEventListener(
          'send-data-error',
          (e) => reject(new Error(`send-data-error: ${JSON.stringify(e.detail).slice(0, 300)}`)),
          { once: true },
        );
      });
      el.data = rows;
      host.append(el);
      await rendered;
      // not updateComplete: it settles in the task after the frame that draws the points, so waiting
      // for it and then for presented() would time one frame more than the peers; `drawnBy` checks
      // at the boundary that the points were in the frame presented
      // what it could not show is drawn as ticks on a strip under the axis, never as points
      const strip = el.shadowRoot.querySelector('[data-count]');
      return strip ? rows.length - Number(strip.dataset.count) : NaN;
    },
    /** Charts on the stage whose points are not on their canvas yet. */
    undrawn: () =>
      [...document.getElementById('stage').querySelectorAll('send-deprivation-chart')].filter(
        (el) => el.shadowRoot?.querySelector('canvas.points')?.dataset.drawn !== '1',
      ).length,
  },
  'chart.js': {
    load: () => load('chart.js', './chart.js.js'),
    /** `extra.plugins`: inline plugins (the hover bench's clock); the chart is kept as `last`. */
    draw(host, rows, extra = {}) {
      const { Chart } = modules['chart.js'];
      const canvas = document.createElement('canvas');
      canvas.width = W;
      canvas.height = H;
      host.append(canvas);
      const { radius } = mapped(rows);
      // a bubble chart is Chart.js's documented way to size points by a value (r in pixels)
      const chart = new Chart(canvas, {
        type: 'bubble',
        data: {
          datasets: [
            {
              data: rows.map((d) => ({ x: d.imd_rank, y: (100 * d.sen_support) / d.pupils, r: radius(d.pupils) })),
              backgroundColor: 'rgba(18,67,109,0.6)',
              borderWidth: 0,
            },
          ],
        },
        options: {
          animation: false,
          responsive: false,
          normalized: true,
          devicePixelRatio,
          scales: {
            x: { type: 'linear', min: 1, max: MAX_RANK, ticks: { maxRotation: 0 } },
            y: { type: 'linear', min: 0 },
          },
          plugins: { legend: { display: false } },
        },
        plugins: extra.plugins ?? [],
      });
      instances.set(host, () => chart.destroy());
      this.last = chart;
      return rows.length;
    },
  },
  'observable-plot': {
    load: () => load('observable-plot', './observable-plot.js'),
    draw(host, rows) {
      const Plot = modules['observable-plot'];
      // the element's largest radius (2.6 px over 2,000 points, else 7 px); Plot's r scale is a square root
      host.append(
        Plot.plot({
          width: W,
          height: H,
          r: { range: [0, rows.length > 2000 ? 2.6 : 7] },
          marks: [
            Plot.dot(rows, {
              x: 'imd_rank',
              y: (d) => (100 * d.sen_support) / d.pupils,
              r: 'pupils',
              fill: '#12436D',
              fillOpacity: 0.6,
            }),
          ],
        }),
      );
      return rows.length;
    },
  },
  'vega-lite': {
    load: () => load('vega-lite', './vega-lite_vega_vega-embed.js'),
    async draw(host, rows) {
      const { embed } = modules['vega-lite'];
      const el = document.createElement('div');
      host.append(el);
      const result = await embed(
        el,
        {
          $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
          width: W - 60,
          height: H - 60,
          data: { values: rows },
          transform: [{ calculate: '100 * datum.sen_support / datum.pupils', as: 'rate' }],
          mark: { type: 'circle', opacity: 0.6 },
          encoding: {
            x: { field: 'imd_rank', type: 'quantitative' },
            y: { field: 'rate', type: 'quantitative' },
            size: { field: 'pupils', type: 'quantitative' },
          },
        },
        { renderer: 'canvas', actions: false },
      );
      instances.set(host, () => result.finalize());
      return rows.length;
    },
  },
  echarts: {
    load: () => load('echarts', './echarts_scatter_bar_radar_.js'),
    draw(host, rows) {
      const { echarts } = modules.echarts;
      const el = document.createElement('div');
      el.style.width = `${W}px`;
      el.style.height = `${H}px`;
      host.append(el);
      const chart = echarts.init(el, null, { renderer: 'canvas' });
      const { radius } = mapped(rows);
      chart.setOption({
        animation: false,
        xAxis: { min: 1, max: MAX_RANK },
        yAxis: { min: 0 },
        // progressive: 0 draws every point in this frame instead of over several
        series: [
          {
            type: 'scatter',
            progressive: 0,
            data: rows.map((d) => [d.imd_rank, (100 * d.sen_support) / d.pupils, 2 * radius(d.pupils)]),
            symbolSize: (v) => v[2],
            itemStyle: { color: '#12436D', opacity: 0.6 },
          },
        ],
      });
      instances.set(host, () => chart.dispose());
      return rows.length;
    },
  },
  highcharts: {
    // only when the person running the bench has installed it (see bench/README.md)
    load: () => load('highcharts', './highcharts.js'),
    draw(host, rows) {
      const { Highcharts } = modules.highcharts;
      const el = document.createElement('div');
      el.style.width = `${W}px`;
      el.style.height = `${H}px`;
      host.append(el);
      // bubble with the boost module (last module loaded), which takes over above its threshold
      const chart = Highcharts.chart(el, {
        chart: { type: 'bubble', animation: false, width: W, height: H },
        title: { text: undefined },
        credits: { enabled: false },
        legend: { enabled: false },
        xAxis: { min: 1, max: MAX_RANK },
        yAxis: { min: 0 },
        plotOptions: { series: { animation: false }, bubble: { minSize: 1.8, maxSize: 14 } },
        series: [
          {
            type: 'bubble',
            data: rows.map((d) => [d.imd_rank, (100 * d.sen_support) / d.pupils, d.pupils]),
            color: 'rgba(18,67,109,0.6)',
            marker: { lineWidth: 0 },
          },
        ],
      });
      instances.set(host, () => chart.destroy());
      this.boosted = chart.series[0].boosted;
      return rows.length;
    },
    note() {
      return this.boosted ? 'boost on' : 'boost off: below its threshold';
    },
  },
};

/** Reads one pixel of every canvas on the stage (in shadow roots too): any canvas work still pending is done. */
function readback() {
  const canvases = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el instanceof HTMLCanvasElement) canvases.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document.getElementById('stage'));
  for (const c of canvases) c.getContext('2d')?.getImageData(0, 0, 1, 1);
  return canvases.length;
}

const settle = async () => {
  globalThis.gc?.();
  await presented();
  await presented();
};

/** One timed run: `charts` charts of `rows` each, until presented, then the readback. */
async function once(lib, charts, rows) {
  clear();
  const list = hosts(charts);
  await settle();
  // the marks bound the timed part for bench/trace-render.mjs (the collection in `settle` is outside)
  performance.mark('bench:start');
  const t0 = performance.now();
  const drawn = await Promise.all(list.map((host) => lib.draw(host, rows)));
  await presented();
  const t1 = performance.now();
  performance.mark('bench:end');
  const late = lib.undrawn?.() ?? 0;
  if (late) throw new Error(`${late} of ${charts} charts had not drawn their points when the frame was presented`);
  const canvases = readback();
  const t2 = performance.now();
  return { presented: t1 - t0, readback: t2 - t1, canvases, drawn: drawn.reduce((a, b) => a + b, 0) };
}

/**
 * Times `name` drawing `charts` charts of `n` points each: `warmups` untimed runs, then `runs`
 * timed ones. Returns every run's times and what was drawn.
 */
window.runBench = async (name, n, { runs = 7, warmups = 3, charts = 1 } = {}) => {
  const lib = libs[name];
  await lib.load();
  const rows = benchRows(n);
  for (let i = 0; i < warmups; i++) await once(lib, charts, rows);
  const out = [];
  for (let i = 0; i < runs; i++) out.push(await once(lib, charts, rows));
  clear();
  return {
    presented: out.map((r) => r.presented),
    readback: out.map((r) => r.readback),
    canvases: out[0].canvases,
    drawn: out[0].drawn,
    rows: n * charts,
    note: lib.note?.(),
  };
};

/** Whether a peer's code is on this page (Highcharts only when installed). */
window.available = async (name) => {
  try {
    await libs[name].load();
    return true;
  } catch {
    return false;
  }
};

window.ready = true;
