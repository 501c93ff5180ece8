import { aTimeout, expect } from '@open-wc/testing';
import { applyPreset, fromCsvText, isMissing } from '@send-insight/data';
import { REAL_SEN2_MI_CSV } from '@send-insight/data/demo';
import { mountChart } from '../../../core/src/test/mount.js';
import './define.js';
import { comparePart, tablePart } from './indicator.parts.js';
import type { SendIndicator } from './indicator.js';

/*
 * The trend, the comparison and the tile's table are loaded on first use; a page of tiles loads
 * none of them. This file runs in a page of its own, so what it has loaded is what these tests
 * made it load (in order: the tile's table, then the trend, then a comparison that fails).
 */

/** The indicator's modules the page has fetched so far (the test server serves each source file on its own). */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /indicator-(trend|compare|forms|table)\.[a-z]+\.ts|indicator\.table\.ts/.test(n))
    .map((n) => new URL(n).pathname.split('/').pop()!.replace(/\?.*$/, ''));

/** The 20-week rate for every authority in 2022 and Wolverhampton, the West Midlands and England in 2014–2022, as rows. */
const rows = () => {
  const raw = applyPreset('ees-sen2-mi', fromCsvText(REAL_SEN2_MI_CSV), {
    everyArea: true,
    indicator: 'no_exc_20week_rate',
  }).data;
  return Array.from({ length: raw.numRows }, (_, r) =>
    Object.fromEntries(
      raw.columns.map((c) => {
        const v = raw.values.get(c)![r];
        return [c, isMissing(v) ? v.symbol : ((v as string | number | undefined) ?? '')];
      }),
    ),
  );
};

const mount = (attributes: Record<string, string> = {}, setup?: (el: SendIndicator) => void) =>
  mountChart<SendIndicator>('send-indicator', {
    width: 720,
    attributes: { heading: 'New EHC plans within 20 weeks', area: 'E08000031', 'loading-delay': '0', ...attributes },
    setup: (el) => {
      el.data = rows();
      setup?.(el);
    },
  });

describe('<send-indicator> forms loaded on first use', () => {
  it('draws a tile without loading the trend, the comparison or its table', async () => {
    const el = await mount();
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('svg.chart.tile')).to.exist;
    expect(el.summary).to.contain('25.7%');
    await aTimeout(50);
    expect(fetched()).to.deep.equal([]);
  });

  it("loads the tile's table when the CSV is asked for (toCsv says to wait for tableReady until then)", async () => {
    const el = await mount();
    expect(() => el.toCsv()).to.throw(/await tableReady\(\) before toCsv\(\)/);
    await el.tableReady();
    expect(el.toCsv().split('\r\n')[0]).to.contain('Period');
    expect(el.toCsv()).to.contain('25.7%');
    expect(fetched()).to.include('indicator-table.lazy.ts');
    expect(fetched().some((f) => /trend|compare|forms\.styles/.test(f))).to.equal(false);
  });

  it('shows the table view of a tile at once once its code is loaded, with its caption and notes', async () => {
    const el = await mount({ view: 'table' });
    expect(el.state).to.equal('ready');
    const table = el.shadowRoot!.querySelector('table[part~="table"]')!;
    expect(table.querySelector('caption')!.textContent).to.contain('New EHC plans within 20 weeks: Wolverhampton');
    expect(el.shadowRoot!.querySelector('.table-notes')!.textContent).to.contain('Wilson 95% intervals');
  });

  it('loads the trend when it is chosen: the loading state, then one send-render, the scale of the switch and the trend drawn', async () => {
    const renders: string[] = [];
    const states: string[] = [];
    const el = await mount({}, (e) => {
      e.addEventListener('send-render', (ev) => renders.push(ev.detail.summary));
      const chart = e as unknown as { updated(c: unknown): void };
      const updated = chart.updated.bind(e);
      chart.updated = (c) => (states.push(e.state), updated(c));
    });
    expect(renders).to.have.length(1);
    states.length = 0;
    el.view = 'trend';
    await el.updateComplete;
    expect(states[0]).to.equal('loading');
    expect(el.state).to.equal('ready');
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('svg.chart.trend g.series').length).to.equal(3);
    expect(root.querySelector('.switch button[aria-pressed="true"]')!.textContent).to.equal('Over time');
    // the forms' styles came with their code: England's line is dashed, the grid drawn in its colour
    expect(getComputedStyle(root.querySelector('g.series.england .line')!).strokeDasharray).to.equal('6px, 3px');
    expect(getComputedStyle(root.querySelector('.grid line')!).stroke).to.not.equal('none');
    // the summary is the same in every form, so it is not announced again
    expect(renders).to.have.length(1);
    expect(fetched()).to.include('indicator-trend.lazy.ts');
    expect(fetched().some((f) => f.startsWith('indicator-compare'))).to.equal(false);
    // exported as drawn
    const exported = await el.toSvg();
    expect(exported.includes('data-series="Wolverhampton"') && exported.includes('Wolverhampton 25.7%')).to.equal(true);
  });

  it('draws the trend at once when the page asks for it (view="trend"), as the CLI and print do', async () => {
    const el = await mount({ view: 'trend' });
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('svg.chart.trend g.series').length).to.equal(3);
  });

  it('says "Loading data…" (role="status", the figure busy) while a form\'s code is on its way, after the loading delay', async () => {
    const part = comparePart as unknown as { load: () => Promise<unknown>; module?: unknown; pending?: unknown };
    const load = part.load;
    let arrive = () => {};
    const gate = new Promise<void>((r) => (arrive = r));
    part.load = () => gate.then(load);
    try {
      const el = await mount();
      el.view = 'compare';
      await aTimeout(100);
      const root = el.shadowRoot!;
      // before, the heading and the source with nothing between them until the code came
      expect(root.querySelector('.state.loading[role="status"]')?.textContent).to.equal('Loading data…');
      expect(root.querySelector('figure')!.getAttribute('aria-busy')).to.equal('true');
      arrive();
      await el.updateComplete;
      expect(root.querySelector('.state.loading')).to.equal(null);
      expect(root.querySelector('svg.chart.compare')).to.exist;
    } finally {
      // as if never loaded, for the next test
      Object.assign(part, { load, module: undefined, pending: undefined });
    }
  });

  it('says so, in the plot, when a form cannot be loaded (a CDN copy without its files), and keeps the switches', async () => {
    Object.assign(comparePart, {
      load: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
    });
    const el = await mount({ view: 'compare' });
    const note = el.shadowRoot!.querySelector('.part-failed')!;
    expect(note.textContent).to.contain('This view could not be loaded (Failed to fetch dynamically imported module)');
    expect(el.state).to.equal('ready');
    // back to the tile, which needs nothing more
    el.view = 'tile';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg.chart.tile')).to.exist;
    expect(el.shadowRoot!.querySelector('.part-failed')).to.equal(null);
  });

  it("says so when the tile's table cannot be loaded: in the table view's caption, and from toCsv", async () => {
    // as if it had never loaded: no module, no import on its way
    Object.assign(tablePart, {
      module: undefined,
      pending: undefined,
      load: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
    });
    const el = await mount({ view: 'table' });
    expect(el.state).to.equal('ready');
    const caption = el.shadowRoot!.querySelector('table[part~="table"] caption')!;
    expect(caption.textContent).to.contain(
      'This view could not be loaded (Failed to fetch dynamically imported module)',
    );
    await el.tableReady();
    expect(() => el.toCsv()).to.throw(/Failed to fetch dynamically imported module/);
  });
});
