import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { SendSelectEvent } from '@send-insight/core';
import { buildDeprivationModel, deprivationContract, toRawData, validate } from '@send-insight/data';
import {
  deprivationDemo,
  deprivationLsoaDemo,
  deprivationPeriodsDemo,
  illustrativeEnglandLsoaRows,
} from '@send-insight/data/demo';
import { rasterCircles, RASTER_THRESHOLD } from './deprivation-canvas.js';
import { everyChannel, runChartBaseTests } from '../../../core/src/test/chart-base-tests.js';
import './define.js';
import type { DeprivationAreaDatum, SendDeprivationChart } from './deprivation-chart.js';
import { layoutDeprivationScatter } from './deprivation-scatter.layout.js';
import { key, pressKeys } from '../../../core/src/test/keyboard.js';
import { mountChart, within } from '../../../core/src/test/mount.js';
import { emulateMedia } from '@web/test-runner-commands';

type Row = Record<string, string | number>;

/** The opaque colours on a canvas (as "r,g,b", each once), read back from its pixels. */
function canvasColours(canvas: HTMLCanvasElement): string[] {
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  const seen = new Set<string>();
  for (let i = 0; i < data.length; i += 4)
    if (data[i + 3] === 255) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
  return [...seen];
}

const mount = (data: unknown, width = 720, attributes: Record<string, string> = {}) =>
  mountChart<SendDeprivationChart>('send-deprivation-chart', {
    width,
    attributes: { heading: 'SEN support and EHC plans by deprivation', 'loading-delay': '0', ...attributes },
    setup: (el) => (el.data = data as SendDeprivationChart['data']),
  });

/** Rates per 100 from the demo rows, worked out here independently of the model. */
function demoRate(decile: number, column: 'sen_support' | 'ehc_plan'): string {
  const row = deprivationDemo.find((r) => r.geography === 'local' && r.imd_decile === decile)!;
  return ((100 * (row[column] as number)) / (row.pupils as number)).toFixed(1);
}

/** Waits for a promise, failing with a message (not hanging) if it takes longer than `ms`. */

/** Valid rows where decile 10 has 7 EHC plans (suppressed) and decile 9 the next smallest count, 17. */
function smallRows(): Row[] {
  return Array.from({ length: 10 }, (_, i) => ({
    imd_decile: i + 1,
    pupils: i === 9 ? 523 : 1000,
    sen_support: 190 - 8 * i,
    ehc_plan: i === 9 ? 7 : i === 8 ? 17 : 41 + i,
  }));
}

describe('<send-deprivation-chart>', () => {
  runChartBaseTests('send-deprivation-chart', {
    valid: () => deprivationDemo,
    bad: {
      csv: 'imd_decile,pupils,sen_support,ehc_plan\n1,500,60,20\neleven,400,30,10\n',
      row: 3,
      column: 'imd_decile',
    },
    hostile: (text) => deprivationDemo.map((r) => ({ ...r, area_name: text, time_period: text })),
    small: {
      data: smallRows,
      // the hidden counts (7, 17) and rates (1.3, 1.7) as text, in words, in table cells and in the CSV
      // (SVG coordinates are numbers too, so bare digits inside markup attributes are not searched)
      forbidden: [
        />\s*(17|1\.3|1\.7)\s*</,
        /\b(7|17) of\b/,
        /(^|,)"?(7|17|1\.3|1\.7)"?(,|\r|\n|$)/m,
        /\b(1\.3|1\.7) per\b/,
        /(interval|to) (1\.3|1\.7)\b/,
        /\)(7|17|1\.3|1\.7)(?![\d.,])/,
      ],
    },
  });

  it('has the expected defaults', async () => {
    // wide enough for the demo's suppressed deciles to say so flat in columns
    const el = await mount(deprivationDemo, 1200);
    expect(el.measure).to.equal('both');
    expect(el.comparator).to.equal('england');
    expect(el.orientation).to.equal('auto');
    expect(el.view).to.equal('chart');
    expect(el.minCount).to.equal(10);
    const svg = el.shadowRoot!.querySelector('svg.chart')!;
    expect(svg.getAttribute('data-orientation')).to.equal('vertical');
  });

  it('renders the demo data: a panel per measure, a bar per shown decile labelled with its rate, England beside each', async () => {
    const el = await mount(deprivationDemo, 1280);
    const root = el.shadowRoot!;
    for (let d = 1; d <= 10; d++) {
      const label = root.querySelector(`.bar-group[data-measure="sen_support"][data-decile="${d}"] text.value-label`);
      expect(label?.textContent, `SEN support decile ${d}`).to.equal(demoRate(d, 'sen_support'));
    }
    for (let d = 1; d <= 8; d++) {
      const label = root.querySelector(`.bar-group[data-measure="ehc_plan"][data-decile="${d}"] text.value-label`);
      expect(label?.textContent, `EHC plans decile ${d}`).to.equal(demoRate(d, 'ehc_plan'));
    }
    // bars grow with the rate: decile 1's SEN support bar is taller than decile 10's
    const h = (d: number) =>
      Number(
        root
          .querySelector(`.bar-group[data-measure="sen_support"][data-decile="${d}"] rect.bar`)!
          .getAttribute('height'),
      );
    expect(h(1)).to.be.greaterThan(h(10));
    // England: a short line beside each decile's bar, at England's rate, named once per panel
    const ticks = [
      ...root.querySelectorAll('.england-series[data-measure="sen_support"] line.england-tick[data-decile]'),
    ];
    expect(ticks).to.have.length(10);
    const bar1 = root
      .querySelector('.bar-group[data-measure="sen_support"][data-decile="1"] rect.bar')!
      .getBoundingClientRect();
    const tick1 = ticks[0]!.getBoundingClientRect();
    expect(tick1.left).to.be.at.least(bar1.right);
    expect(Math.abs(tick1.top + tick1.height / 2 - bar1.top)).to.be.below(2); // England 16.5 = local 16.5
    expect([...root.querySelectorAll('.england-label')].map((t) => t.textContent)).to.deep.equal([
      'England',
      'England',
    ]);
    expect([...root.querySelectorAll('.panel-title')].map((t) => t.textContent)).to.deep.equal([
      'SEN support per 100 pupils',
      'EHC plans per 100 pupils',
    ]);
    // the intervals and the trend are one click or one table away, not on the chart
    expect(root.querySelector('path.whisker')).to.equal(null);
    expect(root.querySelector('.trend, .legend')).to.equal(null);
    expect(el.toCsv()).to.contain('SEN support: 95% interval');
    el.view = 'table';
    await el.updateComplete;
    expect(root.querySelector('.table-notes')!.textContent).to.match(
      /SEN support: the rate in the most deprived tenth is 2\.0 times that in the least.*test for trend/,
    );
    el.view = 'chart';
    await el.updateComplete;
    expect(el.summary).to.match(
      /^SEN support: 16\.5 per 100 pupils in the most deprived tenth against 8\.4 in the least, 2\.0 times as many/,
    );
    expect(root.querySelector('[part~="description"]')!.textContent).to.contain(
      'EHC plans: 3.9 against 3.9 per 100 (decile 1 against decile 8), about the same rate',
    );
    expect(el.summary).to.contain('no clear trend across the deciles');
  });

  it('draws the suppressed deciles as the word at the baseline, never as bars', async () => {
    const el = await mount(deprivationDemo, 1280);
    const root = el.shadowRoot!;
    for (const d of [9, 10]) {
      const g = root.querySelector(`.bar-group[data-measure="ehc_plan"][data-decile="${d}"]`)!;
      expect(g.getAttribute('data-status')).to.equal('suppressed');
      expect(g.querySelector('rect.bar')).to.equal(null);
      const word = root.querySelector(`text.gap-label[data-measure="ehc_plan"][data-decile="${d}"]`)!;
      expect(word.textContent).to.equal('suppressed');
      // at the baseline, no taller than a line of text (the old hatched column ran the plot's height)
      const axis = g.closest('.panel')!.querySelector('.decile-axis line.axis')!.getBoundingClientRect();
      const box = word.getBoundingClientRect();
      expect(axis.top - box.bottom).to.be.within(0, 8);
      expect(box.height).to.be.below(20);
    }
    expect(root.querySelector('pattern, rect.gap')).to.equal(null);
    // decile 10 has 5 EHC plans and decile 9 has 27: neither appears anywhere
    const all = await everyChannel(el);
    expect(all).to.not.match(/\b5 of 203\b/);
    expect(all).to.not.match(/(?<![\d.,])27(?![\d.,])/);
    expect(all).to.not.match(/(?<![\d.])2\.5(?!\d)/);
  });

  it('moves through all ten deciles with the keyboard, announcing each, then to EHC plans', async () => {
    const el = await mount(deprivationDemo);
    const root = el.shadowRoot!;
    const plot = root.querySelector<HTMLElement>('[part~="plot"]')!;
    const live = root.querySelector('[aria-live="polite"]')!;
    const heard = await pressKeys(el, Array(10).fill('ArrowRight'));
    expect(heard[0]).to.match(
      /^SEN support\. Decile 1 \(most deprived\): SEN support 16\.5 per 100 pupils \(95% interval \d+\.\d to \d+\.\d; 1,829 of 11,078 pupils\); England 16\.5 \(1 of 10\)$/,
    );
    for (let d = 2; d <= 9; d++)
      expect(heard[d - 1]).to.contain(`Decile ${d}: SEN support ${demoRate(d, 'sen_support')} per 100`);
    expect(heard[9]).to.contain('Decile 10 (least deprived)');
    expect(new Set(heard).size).to.equal(10);
    // the tooltip says the same
    expect(root.querySelector('[part~="tooltip"]')!.textContent!.trim()).to.contain('Decile 10 (least deprived)');
    plot.dispatchEvent(key('ArrowDown'));
    await el.updateComplete;
    expect(live.textContent).to.contain(
      'EHC plans. Decile 10 (least deprived): EHC plans suppressed to protect small numbers',
    );
    const selected = oneEvent(el, 'send-select');
    plot.dispatchEvent(key('Enter'));
    const event = (await within(selected, 'send-select')) as SendSelectEvent;
    expect(event.detail.datum).to.deep.equal({ kind: 'decile', measure: 'ehc_plan', decile: 10, status: 'suppressed' });
  });

  it('shows the same values in the table as in the chart', async () => {
    const el = await mount(deprivationDemo, 1280);
    const root = el.shadowRoot!;
    const chartValues = Array.from(
      { length: 10 },
      (_, i) =>
        root.querySelector(`.bar-group[data-measure="sen_support"][data-decile="${i + 1}"] text.value-label`)!
          .textContent,
    );
    const ehcValues = Array.from(
      { length: 10 },
      (_, i) =>
        root.querySelector(`.bar-group[data-measure="ehc_plan"][data-decile="${i + 1}"] text.value-label`)
          ?.textContent ?? 'suppressed',
    );
    el.view = 'table';
    await el.updateComplete;
    const table = root.querySelector('table')!;
    const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent!.trim());
    const senCol = headers.findIndex((h) => h.startsWith('SEN support per 100'));
    const ehcCol = headers.findIndex((h) => h.startsWith('EHC plans per 100'));
    expect(senCol).to.be.greaterThan(0);
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    expect(rows).to.have.length(10);
    rows.forEach((tr, i) => {
      const cells = Array.from(tr.children).map((c) => c.textContent!.trim());
      expect(cells[senCol], `row ${i + 1}`).to.equal(chartValues[i]);
      expect(cells[ehcCol], `row ${i + 1}`).to.equal(ehcValues[i]);
    });
    const csv = el.toCsv();
    expect(csv).to.contain('Decile 1 (most deprived),"11,078","1,829",16.5');
  });

  it('turns to rows at 320 px without overflowing and keeps every label inside', async () => {
    const el = await mount(deprivationDemo, 320);
    const root = el.shadowRoot!;
    const svg = root.querySelector<SVGSVGElement>('svg.chart')!;
    expect(svg.getAttribute('data-orientation')).to.equal('horizontal');
    expect(root.querySelector('[part~="base"]')!.scrollWidth).to.be.at.most(322);
    const box = svg.getBoundingClientRect();
    for (const t of Array.from(svg.querySelectorAll('text'))) {
      const b = t.getBoundingClientRect();
      if (!b.width) continue;
      expect(b.left, t.textContent!).to.be.at.least(box.left - 1);
      expect(b.right, t.textContent!).to.be.at.most(box.right + 1);
    }
    expect(svg.querySelectorAll('.series rect.bar').length).to.equal(18);
  });

  it('draws one measure when asked, and leaves England out with comparator="none"', async () => {
    const el = await mount(deprivationDemo, 720, { measure: 'ehc_plan', comparator: 'none' });
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.series')).to.have.length(1);
    expect(root.querySelector('.series')!.getAttribute('data-measure')).to.equal('ehc_plan');
    expect(root.querySelector('.england-series')).to.equal(null);
    expect(el.summary).to.match(/^EHC plans/);
    expect(el.summary).to.not.contain('England');
  });

  it('shows the 95% intervals at the press of a button, and hides them again', async () => {
    const el = await mount(deprivationDemo, 720);
    const root = el.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('button.intervals')!;
    expect(button.textContent!.trim()).to.equal('Show 95% intervals');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(root.querySelectorAll('path.whisker')).to.have.length(0);
    button.click();
    await el.updateComplete;
    expect(root.querySelector('button.intervals')!.getAttribute('aria-pressed')).to.equal('true');
    expect(root.querySelectorAll('path.whisker')).to.have.length(18);
    // the whisker runs from the lower to the upper end of decile 1's interval (the words say where)
    const plot = root.querySelector<HTMLElement>('[part~="plot"]')!;
    const heard = await pressKeys(el, ['ArrowRight']);
    const [, lower, upper] = /95% interval (\d+\.\d) to (\d+\.\d)/.exec(heard[0]!)!;
    expect(Number(lower)).to.be.below(16.5);
    expect(Number(upper)).to.be.above(16.5);
    plot.blur();
    root.querySelector<HTMLButtonElement>('button.intervals')!.click();
    await el.updateComplete;
    expect(root.querySelectorAll('path.whisker')).to.have.length(0);
    // a view property: the model is not rebuilt, and no button in the area view or the table
    el.view = 'table';
    await el.updateComplete;
    expect(root.querySelector('button.intervals')).to.equal(null);
  });

  it('offers a period selector when there are several periods', async () => {
    const el = await mount(deprivationPeriodsDemo);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.period select')!;
    expect(Array.from(select.options).map((o) => o.value)).to.deep.equal(['2020/21', '2021/22', '2022/23']);
    expect(select.value).to.equal('2022/23');
    const rendered = oneEvent(el, 'send-render');
    select.value = '2020/21';
    select.dispatchEvent(new Event('change'));
    await within(rendered, 'send-render after the period change');
    await el.updateComplete;
    expect(el.period).to.equal('2020/21');
    expect(el.summary).to.contain('Figures for 2020/21.');
  });

  describe('area view', () => {
    it('draws every LSOA on a canvas and finds the right one under the pointer', async () => {
      const el = await mount(deprivationLsoaDemo, 800, { view: 'area', measure: 'sen_support' });
      const root = el.shadowRoot!;
      const canvas = root.querySelector<HTMLCanvasElement>('canvas.points')!;
      expect(canvas.dataset.drawn).to.equal('1');
      const svg = root.querySelector<SVGSVGElement>('svg.chart')!;
      expect(svg.getAttribute('data-view')).to.equal('area');
      // work out where an LSOA is drawn, independently of the element
      const model = buildDeprivationModel(validate(toRawData(deprivationLsoaDemo), deprivationContract));
      const width = Math.round(svg.getBoundingClientRect().width);
      const layout = layoutDeprivationScatter(
        model,
        { width, height: Number(svg.getAttribute('height')) },
        { measure: 'sen_support' },
      );
      const set = layout.sets[0]!;
      const k =
        set.index.findIndex((i) => model.lsoas!.codes[i] === 'E01010519') >= 0
          ? set.index.findIndex((i) => model.lsoas!.codes[i] === 'E01010519')
          : 20;
      const lsoa = set.index[k]!;
      const x = set.x[k]!;
      const y = set.y[k]!;
      // the canvas has paint there
      const dpr = canvas.width / width;
      const pixel = canvas.getContext('2d')!.getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data;
      expect(pixel[3]).to.be.greaterThan(0);
      // hit-testing and the pointer both find it
      expect(el.hitTest(x + 0.5, y - 0.5)).to.equal(lsoa);
      const wrap = root.querySelector<HTMLElement>('.area-wrap')!;
      const box = wrap.getBoundingClientRect();
      wrap.dispatchEvent(
        new PointerEvent('pointermove', { clientX: box.left + x, clientY: box.top + y, bubbles: true, composed: true }),
      );
      await el.updateComplete;
      const tooltip = root.querySelector('[part~="tooltip"]')!;
      expect(tooltip.textContent).to.contain(model.lsoas!.names[lsoa]!);
      expect(tooltip.textContent).to.contain(
        `${model.lsoas!.measures.sen_support.rates[lsoa]!.toFixed(1)} per 100 pupils`,
      );
      const selected = oneEvent(el, 'send-select');
      expect(root.querySelector('svg.overlay circle.highlight')).to.exist;
      wrap.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const datum = ((await within(selected, 'send-select')) as SendSelectEvent).detail.datum as DeprivationAreaDatum;
      expect(datum.lsoa_code).to.equal(model.lsoas!.codes[lsoa]);
      // far from any point: nothing
      expect(el.hitTest(2, 2)).to.equal(undefined);
    });

    it('says the area under the pointer in the live region, and keeps the tooltip inside the plot at every edge, at 1,280 and 320 px', async () => {
      const model = buildDeprivationModel(validate(toRawData(deprivationLsoaDemo), deprivationContract));
      for (const width of [1280, 320]) {
        const el = await mount(deprivationLsoaDemo, width, { view: 'area', measure: 'sen_support' });
        const root = el.shadowRoot!;
        const svg = root.querySelector<SVGSVGElement>('svg.chart')!;
        const layout = layoutDeprivationScatter(
          model,
          { width: Math.round(svg.getBoundingClientRect().width), height: Number(svg.getAttribute('height')) },
          { measure: 'sen_support' },
        );
        const set = layout.sets[0]!;
        const wrap = root.querySelector<HTMLElement>('.area-wrap')!;
        const plot = root.querySelector<HTMLElement>('[part~="plot"]')!.getBoundingClientRect();
        const live = root.querySelector('[aria-live="polite"]')!;
        const pick = (score: (k: number) => number) =>
          Array.from(set.x, (_, k) => k).reduce((a, b) => (score(b) < score(a) ? b : a));
        const edges = {
          left: pick((k) => set.x[k]!),
          right: pick((k) => -set.x[k]!),
          top: pick((k) => set.y[k]!),
          bottom: pick((k) => -set.y[k]!),
        };
        let first = true;
        for (const [edge, k] of Object.entries(edges)) {
          const where = `${edge} at ${width} px`;
          const box = wrap.getBoundingClientRect();
          wrap.dispatchEvent(
            new PointerEvent('pointermove', {
              clientX: box.left + set.x[k]!,
              clientY: box.top + set.y[k]!,
              bubbles: true,
              composed: true,
            }),
          );
          // shown in the pointer's own event, before any update of the element: tooltip and highlight
          const name = model.lsoas!.names[set.index[k]!]!;
          const tip = root.querySelector<HTMLElement>('[part~="tooltip"]')!;
          expect(tip.hidden, where).to.equal(false);
          expect(tip.textContent, where).to.contain(name);
          const ring = root.querySelector('svg.overlay circle.highlight')!;
          expect(ring.getAttribute('visibility'), where).to.equal('visible');
          expect(Number(ring.getAttribute('cx')), where).to.be.closeTo(set.x[k]!, 0.01);
          await el.updateComplete;
          const r = tip.getBoundingClientRect();
          expect(r.left, `${where}: left`).to.be.at.least(plot.left - 0.5);
          expect(r.right, `${where}: right`).to.be.at.most(plot.right + 0.5);
          expect(r.top, `${where}: top`).to.be.at.least(plot.top - 0.5);
          expect(r.bottom, `${where}: bottom`).to.be.at.most(plot.bottom + 0.5);
          expect(r.width, `${where}: width`).to.be.above(Math.min(150, plot.width * 0.5));
          // the first hover is said at once, in the same event; later ones within 300 ms wait, then say where the pointer is
          if (first) expect(live.textContent, where).to.contain(name);
          else
            await waitUntil(() => live.textContent!.includes(name), `the live region to say ${name}`, {
              timeout: 1000,
            });
          first = false;
        }
        // leaving the plot hides the tooltip and the highlight at once
        root.querySelector('[part~="plot"]')!.dispatchEvent(new PointerEvent('pointerleave'));
        expect(root.querySelector<HTMLElement>('[part~="tooltip"]')!.hidden, `left at ${width} px`).to.equal(true);
        const ring = root.querySelector('svg.overlay circle.highlight')!;
        expect(ring.getAttribute('visibility'), `left at ${width} px`).to.equal('hidden');
        await expect(el).to.be.accessible();
        el.remove();
      }
    });

    it('redraws the points in the theme colours when the theme changes', async () => {
      const el = await mount(deprivationLsoaDemo, 800, { view: 'area', measure: 'sen_support' });
      const root = el.shadowRoot!;
      const model = buildDeprivationModel(validate(toRawData(deprivationLsoaDemo), deprivationContract));
      const svg = root.querySelector<SVGSVGElement>('svg.chart')!;
      const layout = layoutDeprivationScatter(
        model,
        { width: Math.round(svg.getBoundingClientRect().width), height: Number(svg.getAttribute('height')) },
        { measure: 'sen_support' },
      );
      const set = layout.sets[0]!;
      const canvas = root.querySelector<HTMLCanvasElement>('canvas.points')!;
      const dpr = canvas.width / layout.width;
      // the largest point, so its centre pixel is fully covered by one circle
      let k = 0;
      for (let i = 1; i < set.r.length; i++) if (set.r[i]! > set.r[k]!) k = i;
      const rgb = () =>
        Array.from(
          canvas
            .getContext('2d')!
            .getImageData(Math.round(set.x[k]! * dpr), Math.round(set.y[k]! * dpr), 1, 1)
            .data.slice(0, 3),
        );
      // translucent pixels read back with a rounding error of a unit or two
      const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 2);
      expect(near(rgb(), [0x12, 0x43, 0x6d]), String(rgb())).to.equal(true);
      el.setAttribute('theme', 'nhs');
      await el.updateComplete;
      expect(near(rgb(), [0x00, 0x5e, 0xb8]), String(rgb())).to.equal(true);
    });

    it('draws the points in the colour the page gives --send-color-1, also when it changes the theme after', async () => {
      const el = await mount(deprivationLsoaDemo, 800, { view: 'area', measure: 'sen_support' });
      const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.points')!;
      // the page's own colour for SEN support, set on the element after its first paint
      el.style.setProperty('--send-color-1', '#d4351c');
      el.setAttribute('theme', 'nhs');
      await el.updateComplete;
      expect(canvas.dataset.drawn).to.equal('1');
      expect(canvasColours(canvas)).to.include('212,53,28');
      expect(canvasColours(canvas)).not.to.include('0,94,184');
    });

    it('draws the points at once, before any frame, while the page is printed', async () => {
      await mount(deprivationLsoaDemo, 800, { view: 'area' }); // the area view's code is loaded
      await emulateMedia({ media: 'print' });
      try {
        let frames = 0;
        requestAnimationFrame(() => frames++);
        const wrapper = document.createElement('div');
        wrapper.style.width = '700px';
        document.body.append(wrapper);
        const el = document.createElement('send-deprivation-chart');
        el.setAttribute('view', 'area');
        el.data = deprivationLsoaDemo as SendDeprivationChart['data'];
        wrapper.append(el);
        await el.updateComplete;
        const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.points')!;
        // printing draws the pages without a frame: the points must be there before one
        expect(frames, 'frames before the points were drawn').to.equal(0);
        expect(canvas.dataset.drawn).to.equal('1');
        expect(canvasColours(canvas).length).to.be.greaterThan(0);
        wrapper.remove();
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('draws the points of a chart rendered while hidden, and they are there when it is shown', async () => {
      const wrapper = document.createElement('div');
      wrapper.style.width = '700px';
      wrapper.hidden = true;
      document.body.append(wrapper);
      const el = document.createElement('send-deprivation-chart');
      el.setAttribute('view', 'area');
      el.data = deprivationLsoaDemo as SendDeprivationChart['data'];
      wrapper.append(el);
      await within(el.updateComplete, 'updateComplete of a hidden chart');
      const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.points')!;
      expect(canvas.dataset.drawn).to.equal('1');
      wrapper.hidden = false;
      // laid out again at the width it is shown at, and drawn again
      await waitUntil(() => canvas.width === Math.round(700 * (globalThis.devicePixelRatio || 1)), 'redrawn at 700 px');
      await el.updateComplete;
      expect(canvas.dataset.drawn).to.equal('1');
      expect(canvasColours(canvas).length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      wrapper.remove();
    });

    it('moves through deciles (up/down) and their areas (left/right) with the keyboard', async () => {
      const el = await mount(deprivationLsoaDemo, 800, { view: 'area' });
      const root = el.shadowRoot!;
      const plot = root.querySelector<HTMLElement>('[part~="plot"]')!;
      const live = root.querySelector('[aria-live="polite"]')!;
      plot.focus();
      plot.dispatchEvent(key('ArrowRight'));
      await el.updateComplete;
      expect(live.textContent).to.match(
        /^Decile 1 \(most deprived\), 33 areas\. .+ \(E01\d+\), IMD rank [\d,]+, decile 1: SEN support .+ \(1 of 33\)$/,
      );
      const seen = new Set<string>();
      for (let d = 2; d <= 10; d++) {
        plot.dispatchEvent(key('ArrowDown'));
        await el.updateComplete;
        expect(live.textContent).to.contain(d === 10 ? 'Decile 10 (least deprived), 1 area.' : `Decile ${d}`);
        seen.add(live.textContent!);
      }
      expect(seen.size).to.equal(9);
      await expect(el).to.be.accessible();
    });

    // the masks draw from RASTER_THRESHOLD points up: at 3,000 (radii 1-4 px, as when dense) and
    // at the threshold itself, where the radii are those of a sparse chart (1.8-7 px)
    for (const [n, rMin, rMax] of [
      [3000, 1, 4],
      [RASTER_THRESHOLD, 1.8, 7],
    ] as const)
      it(`rasterises ${n} circles of ${rMin}-${rMax} px as filling them one by one would (coverage masks)`, async () => {
        const w = 300;
        const h = 200;
        let seed = 3;
        const rnd = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
        const x = Float32Array.from({ length: n }, () => 10 + rnd() * (w - 20));
        const y = Float32Array.from({ length: n }, () => 10 + rnd() * (h - 20));
        const r = Float32Array.from({ length: n }, () => rMin + rnd() * (rMax - rMin));
        const paint = (fast: boolean) => {
          const c = document.createElement('canvas');
          c.width = w;
          c.height = h;
          const ctx = c.getContext('2d')!;
          if (fast) rasterCircles(ctx, x, y, r, '#12436D', 0.6, 1);
          else {
            ctx.globalAlpha = 0.6;
            ctx.fillStyle = '#12436D';
            for (let i = 0; i < n; i++) {
              ctx.beginPath();
              ctx.arc(Math.round(x[i]!), Math.round(y[i]!), r[i]!, 0, Math.PI * 2);
              ctx.fill();
            }
          }
          return ctx.getImageData(0, 0, w, h).data;
        };
        const a = paint(false);
        const b = paint(true);
        let diff = 0;
        let far = 0;
        let painted = 0;
        for (let p = 3; p < a.length; p += 4) {
          const d = Math.abs(a[p]! - b[p]!);
          diff += d;
          if (d > 60) far++;
          if (a[p]! > 0) painted++;
        }
        expect(painted).to.be.greaterThan(w * h * 0.3);
        expect(diff / (w * h)).to.be.below(6);
        expect(far / (w * h)).to.be.below(0.01);
        // the colour is the fill colour wherever there is paint (within the unit the canvas's
        // premultiplied store loses when a translucent pixel is read back)
        const i = Array.from({ length: w * h }, (_, k) => k).find((k) => b[k * 4 + 3]! > 200)!;
        const rgb = [b[i * 4]!, b[i * 4 + 1]!, b[i * 4 + 2]!];
        expect(
          rgb.every((v, c) => Math.abs(v - [0x12, 0x43, 0x6d][c]!) <= 1),
          String(rgb),
        ).to.equal(true);
      });

    it('draws all 32,844 LSOAs of England and still finds the one under the pointer', async () => {
      const rows = illustrativeEnglandLsoaRows();
      const el = await mount(rows, 800, { view: 'area', measure: 'sen_support' });
      const root = el.shadowRoot!;
      const canvas = root.querySelector<HTMLCanvasElement>('canvas.points')!;
      expect(canvas.dataset.drawn).to.equal('1');
      expect(el.summary).to.contain('shows 32,844 neighbourhoods');
      const model = buildDeprivationModel(validate(toRawData(rows), deprivationContract));
      const svg = root.querySelector<SVGSVGElement>('svg.chart')!;
      const layout = layoutDeprivationScatter(
        model,
        { width: Math.round(svg.getBoundingClientRect().width), height: Number(svg.getAttribute('height')) },
        { measure: 'sen_support' },
      );
      const set = layout.sets[0]!;
      expect(set.x.length).to.be.greaterThan(30_000);
      const ctx = canvas.getContext('2d')!;
      const dpr = canvas.width / layout.width;
      for (const k of [0, 5000, 20_000, set.x.length - 1]) {
        const px = ctx.getImageData(Math.round(set.x[k]! * dpr), Math.round(set.y[k]! * dpr), 1, 1).data;
        expect(px[3], `point ${k}`).to.be.greaterThan(0);
        const found = el.hitTest(set.x[k]!, set.y[k]!)!;
        // with points this dense another may sit on the same spot: the hit must be within a pixel
        const j = Array.from(set.index).indexOf(found);
        expect(Math.hypot(set.x[j]! - set.x[k]!, set.y[j]! - set.y[k]!)).to.be.at.most(1);
      }
    });

    it('puts suppressed areas on the strip, says how many, and never shows their counts', async () => {
      const el = await mount(deprivationLsoaDemo, 800, { view: 'area', measure: 'ehc_plan' });
      const root = el.shadowRoot!;
      const model = buildDeprivationModel(validate(toRawData(deprivationLsoaDemo), deprivationContract));
      const hidden = model.lsoas!.measures.ehc_plan.rates.filter((r) => r === null).length;
      expect(Number(root.querySelector('.suppressed-strip')!.getAttribute('data-count'))).to.equal(hidden);
      expect(el.summary).to.contain(`${hidden} have EHC plans figures suppressed`);
      el.view = 'table';
      await el.updateComplete;
      const rows = Array.from(root.querySelectorAll('tbody tr'));
      expect(rows).to.have.length(158);
      // every shown count in the table is 10 or more
      for (const tr of rows) {
        const count = tr.children[5]!.textContent!.trim();
        if (count !== 'suppressed') expect(Number(count.replace(/,/g, ''))).to.be.at.least(10);
      }
    });
  });
});
