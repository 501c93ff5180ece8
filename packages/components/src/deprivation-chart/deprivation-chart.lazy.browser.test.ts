import { aTimeout, expect } from '@open-wc/testing';
import { deprivationDemo, deprivationLsoaDemo, REAL_IOD_WOLVERHAMPTON_CSV } from '@send-insight/data/demo';
import { mountChart } from '../../../core/src/test/mount.js';
import './define.js';
import { LazyPart } from '../lazy-part.js';
import { contextPart } from './deprivation-chart.parts.js';
import type { SendDeprivationChart } from './deprivation-chart.js';

/*
 * The area view and the neighbourhood context are loaded on first use. This file runs in a page
 * of its own, so what it has loaded is what these tests made it load.
 */

type Row = Record<string, string | number>;

/** The chart's modules the page has fetched so far (the test server serves each source file on its own). */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) =>
      /deprivation-(scatter|context)\.(lazy|view|layout|marks|navigation|strings)|deprivation-canvas/.test(n),
    )
    .map((n) => new URL(n).pathname.split('/').pop()!.replace(/\?.*$/, ''));

const mount = (setup: (el: SendDeprivationChart) => void, attributes: Record<string, string> = {}) =>
  mountChart<SendDeprivationChart>('send-deprivation-chart', {
    width: 800,
    attributes: { heading: 'Deprivation', 'loading-delay': '0', ...attributes },
    setup,
  });

describe('<send-deprivation-chart> parts loaded on first use', () => {
  it('draws the chart by decile without loading the area view or the context', async () => {
    const el = await mount((e) => (e.data = deprivationDemo as Row[]));
    expect(el.shadowRoot!.querySelectorAll('rect.bar').length).to.equal(18);
    await aTimeout(50);
    expect(fetched()).to.deep.equal([]);
  });

  it('loads the area view when it is asked for: the loading state, then one send-render with the whole summary', async () => {
    const renders: string[] = [];
    const states: string[] = [];
    const el = await mount(
      (e) => {
        e.data = deprivationLsoaDemo as Row[];
        e.addEventListener('send-render', (ev) => renders.push(ev.detail.summary));
        // the state after each update
        const chart = e as unknown as { updated(c: unknown): void };
        const updated = chart.updated.bind(e);
        chart.updated = (c) => (states.push(e.state), updated(c));
      },
      { view: 'area' },
    );
    expect(states[0]).to.equal('loading');
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.points')!.dataset.drawn).to.equal('1');
    expect(renders).to.have.length(1);
    expect(renders[0]).to.contain('The area view shows 158 neighbourhoods (LSOAs) by IMD rank');
    expect(fetched()).to.include('deprivation-scatter.lazy.ts');
    expect(fetched().some((f) => f.startsWith('deprivation-context'))).to.equal(false);
  });

  it('says so, in the plot, when a part cannot be loaded (a CDN copy without its files)', async () => {
    const broken = new LazyPart<never>(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    await broken.request().catch(() => undefined);
    expect(broken.error).to.contain('Failed to fetch');
    // the context part, made to fail the same way
    Object.assign(contextPart, {
      load: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
    });
    const el = await mount((e) => (e.data = REAL_IOD_WOLVERHAMPTON_CSV), { preset: 'iod2019-lsoa', area: 'E08000031' });
    const note = el.shadowRoot!.querySelector('.part-failed')!;
    expect(note.textContent).to.contain('This view could not be loaded (Failed to fetch dynamically imported module)');
    expect(el.state).to.equal('ready');
  });
});
