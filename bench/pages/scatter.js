/**
 * Draws the same scatter (rate against IMD rank, point size by pupils, 800 × 500, alpha 0.6)
 * with each library and times it until drawn: the call, then two animation frames so that
 * layout and paint of SVG or canvas have happened for everyone alike.
 */
const W = 800;
const H = 500;

function points(n) {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const rows = new Array(n);
  for (let i = 0; i < n; i++) {
    const rank = 1 + Math.floor(rnd() * 32844);
    const pupils = 40 + Math.floor(rnd() * 260);
    const rate = Math.max(0, 22 - (rank / 32844) * 12 + (rnd() - 0.5) * 8);
    rows[i] = { imd_rank: rank, rate, pupils };
  }
  return rows;
}

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const stage = document.getElementById('stage');

function fresh() {
  stage.replaceChildren();
  return stage;
}

const libs = {
  async naive(rows) {
    const canvas = document.createElement('canvas');
    const dpr = devicePixelRatio || 1;
    canvas.width = W * dpr;
    canvas.height = H * dpr;
    canvas.style.width = `${W}px`;
    canvas.style.height = `${H}px`;
    fresh().append(canvas);
    const ctx = canvas.getContext('2d');
    ctx.scale(dpr, dpr);
    ctx.globalAlpha = 0.6;
    ctx.fillStyle = '#12436D';
    for (const d of rows) {
      const x = 40 + (d.imd_rank / 32844) * (W - 60);
      const y = H - 30 - (d.rate / 30) * (H - 60);
      const r = 1.5 + Math.sqrt(d.pupils / 300) * 3;
      ctx.beginPath();
      ctx.arc(x, y, r, 0, Math.PI * 2);
      ctx.fill();
    }
  },
  async 'chart.js'(rows) {
    const { Chart } = await import('./chart.js.js');
    const canvas = document.createElement('canvas');
    canvas.width = W;
    canvas.height = H;
    fresh().append(canvas);
    this.chartjs?.destroy();
    this.chartjs = new Chart(canvas, {
      type: 'scatter',
      data: { datasets: [{ data: rows.map((d) => ({ x: d.imd_rank, y: d.rate })), pointRadius: rows.map((d) => 1.5 + Math.sqrt(d.pupils / 300) * 3), backgroundColor: 'rgba(18,67,109,0.6)', borderWidth: 0 }] },
      options: { animation: false, responsive: false, devicePixelRatio: devicePixelRatio, plugins: { legend: { display: false } } },
    });
  },
  async 'observable-plot'(rows) {
    const Plot = await import('./observable-plot.js');
    fresh().append(Plot.plot({ width: W, height: H, marks: [Plot.dot(rows, { x: 'imd_rank', y: 'rate', r: 'pupils', fill: '#12436D', fillOpacity: 0.6 })] }));
  },
  async 'vega-lite'(rows) {
    const { embed } = await import('./vega-lite_vega_vega-embed.js');
    const el = document.createElement('div');
    fresh().append(el);
    await embed(el, {
      $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
      width: W - 60,
      height: H - 60,
      data: { values: rows },
      mark: { type: 'circle', opacity: 0.6 },
      encoding: { x: { field: 'imd_rank', type: 'quantitative' }, y: { field: 'rate', type: 'quantitative' }, size: { field: 'pupils', type: 'quantitative' } },
    }, { renderer: 'canvas', actions: false });
  },
  async echarts(rows) {
    const { echarts } = await import('./echarts_scatter_bar_radar_.js');
    const el = document.createElement('div');
    el.style.width = `${W}px`;
    el.style.height = `${H}px`;
    fresh().append(el);
    this.echart?.dispose();
    this.echart = echarts.init(el, null, { renderer: 'canvas' });
    this.echart.setOption({
      animation: false,
      xAxis: {},
      yAxis: {},
      series: [{ type: 'scatter', progressive: 0, data: rows.map((d) => [d.imd_rank, d.rate, d.pupils]), symbolSize: (v) => 3 + Math.sqrt(v[2] / 300) * 6, itemStyle: { color: '#12436D', opacity: 0.6 } }],
    });
  },
  async 'send-insight'(rows) {
    await import('./send-insight-cdn.js');
    if (!customElements.get('send-deprivation-chart')) throw new Error('send-deprivation-chart is not defined yet');
    const el = document.createElement('send-deprivation-chart');
    el.setAttribute('view', 'area');
    // the same circles as the baseline: one measure (SEN support), one point per LSOA
    el.setAttribute('measure', 'sen_support');
    el.setAttribute('heading', 'SEN support by IMD rank');
    el.style.width = `${W}px`;
    this.lsoaRows ??= new WeakMap();
    let data = this.lsoaRows.get(rows);
    if (!data) this.lsoaRows.set(rows, (data = rows.map((d, i) => ({ lsoa_code: `E0100${String(i).padStart(4, '0')}`, imd_rank: d.imd_rank, imd_decile: Math.min(10, 1 + Math.floor(((d.imd_rank - 1) / 32844) * 10)), pupils: d.pupils, sen_support: Math.round((d.rate / 100) * d.pupils), ehc_plan: Math.round(d.pupils * 0.04) }))));
    const rendered = new Promise((r) => el.addEventListener('send-render', r, { once: true }));
    el.data = data;
    fresh().append(el);
    await rendered;
  },
};

/**
 * Forces what "drawn" means for every library alike: layout of the stage, and rasterising each
 * canvas (reading one pixel makes Chromium replay its recorded canvas operations).
 */
function settle() {
  stage.getBoundingClientRect();
  const canvases = [...stage.querySelectorAll('canvas')];
  for (const el of stage.querySelectorAll('*')) if (el.shadowRoot) canvases.push(...el.shadowRoot.querySelectorAll('canvas'));
  for (const c of canvases) c.getContext('2d')?.getImageData(0, 0, 1, 1);
}

/** Times `lib` drawing `n` points, `runs` times, after one warm-up; returns the times in ms. */
window.runBench = async (lib, n, runs = 5) => {
  const rows = points(n);
  const draw = libs[lib];
  await draw.call(libs, rows); // warm-up: module load and JIT
  settle();
  await frames();
  const times = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    await frames();
    const t0 = performance.now();
    await draw.call(libs, rows);
    settle();
    times.push(performance.now() - t0);
  }
  return times;
};
