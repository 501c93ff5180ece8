import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { DEMO_OUTCOMES_LABEL, demoOutcomesRows, demoOutcomesSuppressedRows } from '@send-insight/data/demo';
import '@send-insight/components';
import { neverFinishingFetch } from './shared/never-finishing-fetch.js';

interface Args {
  heading: string;
  source: string;
  series: 'group' | 'period';
  period?: string;
  group?: string;
  target?: number;
  layout: 'auto' | 'radar' | 'bars';
  view: 'chart' | 'table' | 'radar' | 'bars';
  minCount: number;
  data?: unknown;
  src?: string;
}

const render = (a: Args) => html`<send-outcomes-radar
  heading=${a.heading}
  source=${a.source}
  series=${a.series}
  period=${a.period ?? nothing}
  group=${a.group ?? nothing}
  target=${a.target ?? nothing}
  layout=${a.layout}
  view=${a.view}
  min-count=${a.minCount}
  src=${a.src ?? nothing}
  .data=${a.data}
></send-outcomes-radar>`;

const meta: Meta<Args> = {
  title: 'Charts/Outcomes radar',
  component: 'send-outcomes-radar',
  tags: ['autodocs'],
  render,
  args: {
    heading: 'What children, young people, families and practitioners tell us',
    source: DEMO_OUTCOMES_LABEL,
    series: 'group',
    layout: 'auto',
    view: 'chart',
    minCount: 10,
    data: demoOutcomesRows(),
  },
  argTypes: {
    series: { control: 'inline-radio', options: ['group', 'period'] },
    layout: { control: 'inline-radio', options: ['auto', 'radar', 'bars'] },
    view: { control: 'inline-radio', options: ['chart', 'table', 'radar', 'bars'] },
    period: { control: 'select', options: [undefined, '2023', '2024', '2025'] },
    target: { control: { type: 'number', min: 0, max: 100 } },
    data: { control: false },
    src: { control: false },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The element's shadow root once it has settled in `state`. */
async function settled(canvasElement: HTMLElement, state: string): Promise<ShadowRoot> {
  const el = canvasElement.querySelector('send-outcomes-radar')!;
  await waitFor(() => expect(el.state).toBe(state));
  await el.updateComplete;
  return el.shadowRoot!;
}

/** Illustrative results for the eight outcomes, by group, in the latest year (a dot plot when narrow). */
export const Ready: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    // every outcome is labelled: round the radar, or as a row of the dot plot on a narrow screen
    const bars = root.querySelector('svg.outcomes')?.getAttribute('data-view') === 'bars';
    await expect(root.querySelectorAll(bars ? '.row[data-outcome]' : '.axis-label[data-outcome]')).toHaveLength(8);
  },
};

/**
 * While a `src` file loads. This story answers its own made-up address with a request that never
 * finishes, so the loading message stays on screen; every other request goes through as usual.
 */
export const Loading: Story = {
  args: { data: undefined, src: 'never-finishes://outcomes.csv' },
  beforeEach: neverFinishingFetch,
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'loading');
    await waitFor(() => expect(root.querySelector('[role="status"].loading')?.textContent).toContain('Loading'));
  },
};

/** A file with a header and no rows. */
export const Empty: Story = {
  args: { data: 'outcome,group,period,respondents,agree\n' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'empty');
  },
};

/** More people agreeing than answered: the error names the row and column. */
export const BadData: Story = {
  args: {
    data: 'outcome,group,period,respondents,agree\nsafe,Parents and carers,2025,120,64\nhappy,Parents and carers,2025,120,131\n',
  },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'error');
    await expect(root.querySelector('[role="alert"]')?.textContent).toContain('row 3');
  },
};

/** Seven children and young people answered the "safe" question in 2025: a labelled gap, never 0. */
export const Suppressed: Story = {
  args: { data: demoOutcomesSuppressedRows() },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    // round the radar the gap is labelled at the outcome; in the dot plot (narrow screens), on the series' row
    const bars = root.querySelector('svg.outcomes')?.getAttribute('data-view') === 'bars';
    const gaps = bars
      ? [...root.querySelectorAll('.series-layer .gap-text')].map((t) => t.textContent)
      : [root.querySelector('.axis-label[data-outcome="safe"] .gap-text')?.textContent];
    await expect(gaps).toContain('fewer than 10 responses');
  },
};

/** Long group names wrap in the legend; outcome labels wrap round the radar. */
export const LongLabels: Story = {
  args: {
    heading: 'Outcomes reported through the co-production surveys of the SEND and Inclusion Partnership Board',
    data: demoOutcomesRows().map((r) => ({
      ...r,
      group:
        r.group === 'Practitioners'
          ? 'Practitioners in early years settings, schools, colleges, health and social care'
          : `${r.group} — annual survey run with the local participation forum`,
    })),
    target: 70,
  },
};

/** The same figures as a sortable table (also what the CSV download holds). */
export const TableView: Story = { args: { view: 'table' } };

/** The dot plot: each outcome with its 95% interval and the change since 2024 (▲ ▼ when significant). */
export const Bars: Story = {
  args: { view: 'bars', target: 70 },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    await expect(root.querySelector('svg.outcomes')?.getAttribute('data-view')).toBe('bars');
  },
};

/** One group over three years: a series per period. */
export const ByPeriod: Story = {
  args: {
    heading: 'What parents and carers tell us, 2023 to 2025',
    series: 'period',
    group: 'Parents and carers (Voice 4 Parents)',
  },
};

/**
 * One group's 95% interval band at a time: the radar shades the band of the group whose value
 * has the keyboard focus or the pointer, and none otherwise (three bands over each other muddy
 * every shape). This story moves the focus to parents and carers' first value; move on with the
 * arrow keys, or point at a marker. Every interval is in the dot plot and the table too.
 */
export const IntervalInFocus: Story = {
  args: { layout: 'radar' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('send-outcomes-radar')!;
    const root = await settled(canvasElement, 'ready');
    const plot = root.querySelector<HTMLElement>('[part~="plot"]')!;
    plot.focus();
    for (const key of ['ArrowRight', 'ArrowDown']) {
      plot.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await el.updateComplete;
    }
    const bands = [...root.querySelectorAll('.series-layer path.band')].map((b) =>
      b.closest('.series')!.getAttribute('data-series'),
    );
    await expect(bands).toEqual(['Parents and carers (Voice 4 Parents)']);
  },
};
