import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { DEMO_NEEDS_LABEL, demoNeedsRows } from '@send-insight/data/demo';
import '@send-insight/components';
import { neverFinishingFetch } from './shared/never-finishing-fetch.js';

interface Args {
  heading: string;
  source: string;
  phase?: string;
  provision?: 'sen_support' | 'ehc_plan' | 'all';
  top?: number;
  sort?: 'share' | 'england' | 'difference' | 'name' | 'code';
  mode: 'shares' | 'difference' | 'composition';
  compositionBy: 'phase' | 'provision';
  view: 'chart' | 'table';
  minCount: number;
  data?: unknown;
  src?: string;
}

const render = (a: Args) => html`<send-need-breakdown
  heading=${a.heading}
  source=${a.source}
  phase=${a.phase ?? nothing}
  provision=${a.provision ?? nothing}
  top=${a.top ?? nothing}
  sort=${a.sort ?? nothing}
  mode=${a.mode}
  composition-by=${a.compositionBy}
  view=${a.view}
  min-count=${a.minCount}
  src=${a.src ?? nothing}
  .data=${a.data}
></send-need-breakdown>`;

const meta: Meta<Args> = {
  title: 'Charts/Need breakdown',
  component: 'send-need-breakdown',
  tags: ['autodocs'],
  render,
  args: {
    heading: 'Primary type of need, primary pupils with SEN',
    source: DEMO_NEEDS_LABEL,
    phase: 'primary',
    provision: 'all',
    mode: 'shares',
    compositionBy: 'phase',
    view: 'chart',
    minCount: 10,
    data: demoNeedsRows(),
  },
  argTypes: {
    phase: { control: 'select', options: [undefined, 'primary', 'secondary', 'special', 'all'] },
    provision: { control: 'inline-radio', options: [undefined, 'sen_support', 'ehc_plan', 'all'] },
    sort: { control: 'select', options: [undefined, 'share', 'england', 'difference', 'name', 'code'] },
    mode: { control: 'inline-radio', options: ['shares', 'difference', 'composition'] },
    compositionBy: { control: 'inline-radio', options: ['phase', 'provision'] },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    top: { control: { type: 'number', min: 1, max: 14 } },
    data: { control: false },
    src: { control: false },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The element's shadow root once it has settled in `state`. */
async function settled(canvasElement: HTMLElement, state: string): Promise<ShadowRoot> {
  const el = canvasElement.querySelector('send-need-breakdown')!;
  await waitFor(() => expect(el.state).toBe(state));
  await el.updateComplete;
  return el.shadowRoot!;
}

/** The value texts of one need's row. */
const values = (root: ShadowRoot, need: string) =>
  [...root.querySelectorAll(`g.row[data-need="${need}"] text.value, g.row[data-need="${need}"] text.secondary`)].map(
    (t) => t.textContent,
  );

/** Illustrative figures matching the strategy: primary SLCN 36.3% against England's 35.4%. */
export const Ready: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    await expect(values(root, 'SLCN')).toEqual(['36.3%', 'England 35.4%']);
  },
};

/**
 * While a `src` file loads. This story answers its own made-up address with a request that never
 * finishes, so the loading message stays on screen; every other request goes through as usual.
 */
export const Loading: Story = {
  args: { data: undefined, src: 'never-finishes://needs.csv' },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('send-need-breakdown')!.shadowRoot!;
    await waitFor(() => expect(root.querySelector('[role="status"].loading')?.textContent).toContain('Loading'));
  },
  beforeEach: neverFinishingFetch,
};

/** A file with a header and no rows. */
export const Empty: Story = {
  args: { data: 'geography,phase,provision,need,pupils\n' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'empty');
  },
};

/** An unknown need code ("AUT"): the error names the row and column and suggests a code. */
export const BadData: Story = {
  args: { data: 'geography,phase,provision,need,pupils\nlocal,primary,all,SLCN,1210\nlocal,primary,all,AUT,460\n' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'error');
    await expect(root.querySelector('[role="alert"]')?.textContent).toContain('row 3');
    await expect(root.querySelector('[role="alert"]')?.textContent).toContain('"need"');
  },
};

/** Seven pupils with autism: suppressed, with the next smallest need hidden too so it cannot be worked out from the total. */
export const Suppressed: Story = {
  args: {
    heading: 'Primary type of need, one small area',
    source: 'Illustrative data: made-up counts for one small area and for England; not published statistics.',
    phase: 'primary',
    data: [
      ['SLCN', 1203, 35400],
      ['ASD', 7, 20000],
      ['SEMH', 311, 20000],
      ['HI', 47, 4600],
      ['MLD', 500, 20000],
    ].flatMap(([need, local, england]) => [
      { geography: 'local', phase: 'primary', provision: 'all', need, pupils: local },
      { geography: 'england', phase: 'primary', provision: 'all', need, pupils: england },
    ]),
  },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    await expect(root.querySelector('g.row[data-need="ASD"] text.gap')?.textContent).toBe('suppressed');
    await expect(root.querySelector('g.row[data-need="HI"] text.gap')?.textContent).toBe('suppressed');
    await expect(root.textContent).not.toMatch(/(?<![\d.,])(7|47)(?![\d.,])/);
  },
};

/** Long setting labels (as in the EHC plans by placement file) and a long area name wrap rather than overflow. */
export const LongLabels: Story = {
  args: {
    heading: 'Primary type of need among children and young people with an EHC plan, by type of placement, 2022/23',
    source: `${DEMO_NEEDS_LABEL} The special-school figures are shown under a made-up placement name, to show how a long one wraps.`,
    phase: 'Independent or non-maintained special school, including out-of-area placements',
    provision: 'ehc_plan',
    data: demoNeedsRows()
      .filter((r) => r.provision === 'ehc_plan' && r.phase === 'special')
      .map((r) => ({ ...r, phase: 'Independent or non-maintained special school, including out-of-area placements' })),
  },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    const box = root.querySelector('svg.chart')!.getBoundingClientRect();
    for (const t of root.querySelectorAll('svg.chart text')) {
      const r = t.getBoundingClientRect();
      await expect(r.left).toBeGreaterThanOrEqual(box.left - 1);
      await expect(r.right).toBeLessThanOrEqual(box.right + 1);
    }
  },
};

/** The same figures as a sortable table (also what the CSV download holds). */
export const TableView: Story = {
  args: { view: 'table', phase: 'secondary', heading: 'Primary type of need, secondary pupils with SEN' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    const mld = [...root.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('(MLD)'))!;
    await expect([...mld.children].map((c) => c.textContent!.trim()).slice(2, 6)).toEqual([
      '28.5%',
      expect.stringMatching(/%/),
      '16.8%',
      '+11.7 pts',
    ]);
  },
};

/** Secondary: the percentage-point difference from England with 95% intervals; MLD is 11.7 points higher. */
export const Difference: Story = {
  args: { mode: 'difference', phase: 'secondary', heading: 'Difference from England, secondary pupils with SEN' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    await expect(
      [...root.querySelectorAll('g.row[data-need="MLD"] text.value, g.row[data-need="MLD"] text.flag')].map(
        (t) => t.textContent,
      ),
    ).toEqual(['+11.7 pts', '▲ Higher']);
  },
};

/** The make-up of need in each phase, 100% stacked; the legend switches needs off and on. */
export const Composition: Story = {
  args: { mode: 'composition', heading: 'Primary type of need by phase', top: 6 },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    await expect(root.querySelectorAll('g.composition-bar')).toHaveLength(3);
    await expect(root.querySelectorAll('[part~="legend"] button[aria-pressed="true"]').length).toBeGreaterThan(3);
  },
};
