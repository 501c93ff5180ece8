import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import {
  DEMO_LOCAL_INDICATORS_SOURCE,
  DEMO_REVIEWS_SOURCE,
  demoLocalTimelinessRows,
  demoReviewBacklogRows,
  REAL_EHC_CASELOAD_CSV,
  REAL_EHC_CASELOAD_SOURCE,
  REAL_SEN2_MI_CSV,
  REAL_SEN2_MI_SOURCE,
} from '@send-insight/data/demo';
import '@send-insight/components';
import { neverFinishingFetch } from './shared/never-finishing-fetch.js';

interface Args {
  heading: string;
  source: string;
  preset?: string;
  indicator?: string;
  area?: string;
  period?: string;
  compare?: string;
  neighbours?: string;
  view: 'tile' | 'trend' | 'compare' | 'table';
  scope?: 'region' | 'all' | 'neighbours';
  scale?: 'value' | 'index';
  better?: 'higher' | 'lower';
  target?: number;
  localData?: boolean;
  minCount: number;
  data?: unknown;
  src?: string;
}

const render = (a: Args) => html`<send-indicator
  heading=${a.heading}
  source=${a.source}
  preset=${a.preset ?? nothing}
  indicator=${a.indicator ?? nothing}
  area=${a.area ?? nothing}
  period=${a.period ?? nothing}
  compare=${a.compare ?? nothing}
  neighbours=${a.neighbours ?? nothing}
  view=${a.view}
  scope=${a.scope ?? nothing}
  scale=${a.scale ?? nothing}
  better=${a.better ?? nothing}
  target=${a.target ?? nothing}
  ?local-data=${a.localData}
  min-count=${a.minCount}
  src=${a.src ?? nothing}
  .data=${a.data}
></send-indicator>`;

const meta: Meta<Args> = {
  title: 'Charts/Indicator',
  component: 'send-indicator',
  tags: ['autodocs'],
  render,
  args: {
    heading: 'New EHC plans issued within 20 weeks',
    source: REAL_SEN2_MI_SOURCE,
    preset: 'ees-sen2-mi',
    indicator: 'no_exc_20week_rate',
    area: 'E08000031',
    view: 'tile',
    minCount: 10,
    data: REAL_SEN2_MI_CSV,
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['tile', 'trend', 'compare', 'table'] },
    scope: { control: 'inline-radio', options: [undefined, 'region', 'all', 'neighbours'] },
    scale: { control: 'inline-radio', options: [undefined, 'value', 'index'] },
    better: { control: 'inline-radio', options: [undefined, 'higher', 'lower'] },
    data: { control: false },
    src: { control: false },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The element's shadow root once it has settled in `state`. */
async function settled(canvasElement: HTMLElement, state: string, index = 0): Promise<ShadowRoot> {
  const el = canvasElement.querySelectorAll('send-indicator')[index]!;
  await waitFor(() => expect(el.state).toBe(state));
  await el.updateComplete;
  return el.shadowRoot!;
}

const text = (root: ShadowRoot) => (root.textContent ?? '').replace(/\s+/g, ' ');

/**
 * The tile, from DfE's published SEN2 file (a committed extract, read as published with
 * `preset="ees-sen2-mi"`): Wolverhampton's 25.7% of new EHC plans within 20 weeks in 2022, worse
 * than 2021's 38.1% by a test, against England's 49.2% and the West Midlands' 50.1%, 111th of 131 shown (148 published: 13 are hidden for small numbers and 4 more to protect them, none of them ranked).
 */
export const Ready: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    await expect(root.querySelector('.tile-value')?.textContent).toBe('25.7%');
    await expect(text(root)).toContain('Worsened since 2021 (38.1%)');
    await expect(text(root)).toContain(
      'Ranks 111th of 131 authorities with a value shown for 2022 (1st is the highest) and 11th of 12 West Midlands authorities shown.',
    );
  },
};

/** While a `src` file loads. The story answers its own made-up address with a request that never finishes. */
export const Loading: Story = {
  args: { data: undefined, preset: undefined, src: 'never-finishes://indicators.csv' },
  beforeEach: neverFinishingFetch,
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'loading');
    await waitFor(() => expect(root.querySelector('[role="status"].loading')?.textContent).toContain('Loading'));
  },
};

/** A file with a header and no rows. */
export const Empty: Story = {
  args: {
    preset: undefined,
    indicator: undefined,
    area: undefined,
    data: 'area_code,time_period,indicator,unit,value\n',
  },
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'empty');
  },
};

/** A count of "12.5" plans: the error names the row and the column. */
export const BadData: Story = {
  args: {
    preset: undefined,
    indicator: undefined,
    data: 'area_code,time_period,indicator,unit,value\nE08000031,2024/25,ehc_plans,count,3148\nE08000031,2023/24,ehc_plans,count,12.5\n',
  },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'error');
    await expect(root.querySelector('[role="alert"]')?.textContent).toContain('row 3');
  },
};

/**
 * A headline figure withheld: Solihull's 2022 share is made from a small count, so the tile shows
 * why in place of the figure (England's and the West Midlands' still show), and so do its summary,
 * table and download. Herefordshire's is withheld too, so Solihull's cannot be worked out from the
 * region's total. (Wolverhampton's Over time view shows withheld periods as gaps.)
 */
export const Suppressed: Story = {
  args: { heading: 'New EHC plans issued within 20 weeks: a figure withheld', area: 'E08000029' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    await expect(root.querySelector('.tile-value.hidden')?.textContent).toBe('not shown to protect small numbers');
    await expect(text(root)).toContain('England: 49.2%.');
    await expect(root.querySelector('.tile-value:not(.hidden)')).toBeNull();
  },
};

/** A long measure and a long authority name wrap in the tile, under a heading of its own. */
export const LongLabels: Story = {
  args: {
    heading: 'EHC needs assessments, 2022',
    indicator: 'ass_none_ehc_pc',
    area: 'Bournemouth, Christchurch and Poole',
  },
};

/** The figures as a sortable table (also what the CSV download holds), with the tests named in its notes. */
export const TableView: Story = { args: { view: 'table' } };

/** The trend: Wolverhampton against England and the West Midlands, 2014 to 2022, with the 95% interval of its own rate. */
export const Trend: Story = {
  args: { view: 'trend' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    await expect(root.querySelectorAll('svg.trend .series')).toHaveLength(3);
  },
};

/** The comparison: the 14 West Midlands authorities, best first, England as a line; switch to all 152. */
export const Compare: Story = {
  args: { view: 'compare' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    await expect(root.querySelectorAll('svg.compare .row')).toHaveLength(14);
    await expect(root.querySelector('svg.compare .row.area')?.getAttribute('data-code')).toBe('E08000031');
  },
};

/** Every authority in England in 2022: thin bars, only Wolverhampton labelled; the keyboard reaches each one. */
export const CompareAll: Story = {
  args: { view: 'compare', scope: 'all' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    await expect(root.querySelectorAll('svg.compare .row')).toHaveLength(152);
  },
};

/**
 * EHC plans each January (the `ees-ehc-caseload` preset on DfE's caseload file): Wolverhampton
 * 2,847 → 3,148 (+10.6%) against England +10.8%; indexed to January 2019, both end near 180.
 */
export const CaseloadIndex: Story = {
  args: {
    heading: 'EHC plans maintained each January',
    source: REAL_EHC_CASELOAD_SOURCE,
    preset: 'ees-ehc-caseload',
    indicator: undefined,
    data: REAL_EHC_CASELOAD_CSV,
    view: 'trend',
  },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    await expect(text(root)).toContain(
      'Since 2018/19: Wolverhampton 1,752 to 3,148 (+79.7%); England 353,995 to 638,745 (+80.4%)',
    );
    await expect(root.querySelector('svg.trend .axis-title')?.textContent).toBe('Index (2018/19 = 100)');
  },
};

/** Worcestershire (the 2017–2021 strategy's county): 3,502 EHC plans in January 2019, 6,970 in January 2025. */
export const Worcestershire: Story = {
  args: { ...CaseloadIndex.args, area: 'Worcestershire', view: 'tile' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    await expect(text(root)).toContain('Worcestershire 3,502 to 6,970 (+99.0%)');
  },
};

const grid = (tiles: unknown) => html`<div class="indicator-grid">${tiles}</div>
  <style>
    .indicator-grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
      gap: 1.5rem;
    }
  </style>`;

/**
 * The strategy's own figure, 70.0% of EHC assessments within 20 weeks (January to July 2023), as a
 * tile labelled as local data beside the published series (25.7% in 2022): no counts are given,
 * so no test; England's 49.1% is for 2023 and the tile says so.
 */
export const LocalBesidePublished: Story = {
  render: (a) =>
    grid(html`${render({ ...a, heading: 'Published: SEN2 2022' })}
      <send-indicator heading="Local data: January to July 2023" source=${DEMO_LOCAL_INDICATORS_SOURCE} local-data .data=${demoLocalTimelinessRows()}></send-indicator>`),
  play: async ({ canvasElement }) => {
    const local = await settled(canvasElement, 'ready', 1);
    await expect(local.querySelector('.badge')?.textContent).toBe('Local data');
    await expect(text(local)).toContain('England: 49.1% in 2023; Wolverhampton is 20.9 points higher.');
  },
};

/** The Written Statement of Action's backlog: 200 annual reviews overdue, target none (lower is better). */
export const ReviewBacklog: Story = {
  args: {
    heading: 'Annual reviews overdue',
    source: DEMO_REVIEWS_SOURCE,
    preset: undefined,
    indicator: undefined,
    data: demoReviewBacklogRows(),
    localData: true,
  },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    await expect(root.querySelector('.tile-value')?.textContent).toBe('200');
    await expect(text(root)).toContain('Target 0: not met.');
  },
};

/** Tiles side by side in a CSS grid (one column on a phone): the partnership dashboard's headline measures. */
export const TileGrid: Story = {
  render: (a) =>
    grid(html`${render(a)}
      ${render({ ...a, heading: 'EHC plans maintained each January', source: REAL_EHC_CASELOAD_SOURCE, preset: 'ees-ehc-caseload', indicator: undefined, data: REAL_EHC_CASELOAD_CSV })}
      <send-indicator heading="EHC assessments within 20 weeks" source=${DEMO_LOCAL_INDICATORS_SOURCE} local-data .data=${demoLocalTimelinessRows()}></send-indicator>
      <send-indicator heading="Annual reviews overdue" source=${DEMO_REVIEWS_SOURCE} local-data .data=${demoReviewBacklogRows()}></send-indicator>`),
  play: async ({ canvasElement }) => {
    for (let i = 0; i < 4; i++) await settled(canvasElement, 'ready', i);
  },
};
