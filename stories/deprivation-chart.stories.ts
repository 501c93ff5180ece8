import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import {
  DEPRIVATION_DEMO_NOTE,
  deprivationDemo,
  deprivationLsoaDemo,
  deprivationPeriodsDemo,
  illustrativeEnglandLsoaRows,
  REAL_IOD_SOURCE,
  REAL_IOD_WOLVERHAMPTON_CSV,
} from '@send-insight/data/demo';
import type { SendDeprivationChart } from '@send-insight/components';
import '@send-insight/components';
import { expect, waitFor } from 'storybook/test';
import { neverFinishingFetch } from './shared/never-finishing-fetch.js';

interface Args {
  heading: string;
  source: string;
  measure: 'both' | 'sen_support' | 'ehc_plan' | 'all_sen';
  comparator: 'england' | 'none';
  orientation: 'auto' | 'vertical' | 'horizontal';
  view: 'chart' | 'area' | 'table';
  minCount: number;
  period?: string;
  data?: unknown;
  src?: string;
  preset?: string;
  area?: string;
  /** Neighbourhood (LSOA) rows shown beside the rates. */
  context?: unknown;
}

const render = (a: Args) => html`<send-deprivation-chart
  heading=${a.heading}
  source=${a.source}
  measure=${a.measure}
  comparator=${a.comparator}
  orientation=${a.orientation}
  view=${a.view}
  min-count=${a.minCount}
  period=${a.period ?? nothing}
  src=${a.src ?? nothing}
  preset=${a.preset ?? nothing}
  area=${a.area ?? nothing}
  .data=${a.data}
  .context=${a.context}
></send-deprivation-chart>`;

const meta: Meta<Args> = {
  title: 'Charts/Deprivation chart',
  component: 'send-deprivation-chart',
  tags: ['autodocs'],
  render,
  args: {
    heading: 'Pupils with SEN support and EHC plans by deprivation of home area',
    source: DEPRIVATION_DEMO_NOTE,
    measure: 'both',
    comparator: 'england',
    orientation: 'auto',
    view: 'chart',
    minCount: 10,
    data: deprivationDemo,
  },
  argTypes: {
    measure: { control: 'inline-radio', options: ['both', 'sen_support', 'ehc_plan', 'all_sen'] },
    comparator: { control: 'inline-radio', options: ['england', 'none'] },
    orientation: { control: 'inline-radio', options: ['auto', 'vertical', 'horizontal'] },
    view: { control: 'inline-radio', options: ['chart', 'area', 'table'] },
    minCount: { control: { type: 'number', min: 1, max: 100 } },
    data: { control: false },
    src: { control: false },
    preset: { control: false },
    context: { control: false },
  },
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Illustrative Wolverhampton-like figures (49,696 pupils; 6,846 SEN support; 2,035 EHC plans):
 * SEN support rises steeply with deprivation, EHC plans hardly at all. Decile 10 is a single
 * neighbourhood, so its EHC plan count is suppressed (and decile 9's with it).
 */
export const Ready: Story = {};

/** While a `src` file loads: this story's made-up address never answers, so the loading message stays. */
export const Loading: Story = {
  args: { data: undefined, src: 'never-finishes://deprivation.csv' },
  beforeEach: neverFinishingFetch,
};

/** A file with a header and no rows. */
export const Empty: Story = { args: { data: 'imd_decile,pupils,sen_support,ehc_plan\n' } };

/** Decile "eleven" and a misspelt header: the error names the row and the column. */
export const BadData: Story = {
  args: { data: 'imd_decile,pupils,sen_support,ehcp\n1,11078,1829,427\neleven,15212,2315,655\n' },
};

/** A small area: counts under 10 are suppressed, with a second decile hidden so no count can be worked out from the total. */
export const Suppressed: Story = {
  args: {
    heading: 'One small area: suppressed deciles',
    source: 'Illustrative data: made-up counts for one small area.',
    data: [
      [1, 820, 131, 31],
      [2, 640, 95, 22],
      [3, 410, 52, 14],
      [4, 300, 33, 9],
      [5, 260, 27, 11],
      [6, 150, 14, 6],
      [7, 120, 11, 4],
      [8, 60, 5, 3],
      [9, 8, 1, 0],
      [10, 0, 0, 0],
    ].map(([imd_decile, pupils, sen_support, ehc_plan]) => ({ imd_decile, pupils, sen_support, ehc_plan })),
  },
};

/** A long heading and area name wrap rather than overflow. */
export const LongLabels: Story = {
  args: {
    heading:
      'Rate of pupils receiving SEN support and of pupils with an education, health and care plan, per 100 pupils in state-funded schools, by the Index of Multiple Deprivation decile of the home address, January 2023 school census',
    data: deprivationDemo.map((r) =>
      r.geography === 'local'
        ? { ...r, area_name: 'City of Wolverhampton Council (local area partnership including NHS Black Country ICB)' }
        : r,
    ),
  },
};

/** The same figures as a sortable table (also what the CSV download holds). */
export const TableView: Story = { args: { view: 'table' } };

/**
 * Every neighbourhood (LSOA) by IMD rank, drawn on a canvas; hover or use the arrow keys (up and
 * down: deciles; left and right: areas). The area view plots one measure, SEN support here, so its
 * heading and source name that measure and these rows only (made-up counts on the real LSOAs).
 */
export const AreaView: Story = {
  args: {
    heading: 'Pupils with SEN support by deprivation of their neighbourhood (LSOA)',
    source:
      "Illustrative data: made-up pupil and SEN support counts for Wolverhampton's 158 neighbourhoods (LSOAs); their codes, names and IMD ranks are the real English Indices of Deprivation 2019 rows (MHCLG, OGL v3.0). Do not quote these figures as real.",
    view: 'area',
    measure: 'sen_support',
    data: deprivationLsoaDemo,
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SendDeprivationChart>('send-deprivation-chart')!;
    await waitFor(() => expect(el.state).toBe('ready'));
    // heading, source and summary agree with the one measure drawn
    for (const words of [el.heading, el.source, el.summary]) {
      await expect(words).toMatch(/SEN support/);
      await expect(words).not.toMatch(/EHC/);
    }
  },
};

/** All 32,844 LSOAs in England (made-up counts; not real LSOA codes): the canvas stays smooth. */
export const AreaViewEngland: Story = {
  args: {
    heading: 'Made-up SEN support rates for every LSOA in England',
    source:
      'Illustrative data: made-up counts for 32,844 neighbourhoods spread evenly over the IMD ranks; the codes are not real LSOA codes.',
    view: 'area',
    measure: 'sen_support',
    data: illustrativeEnglandLsoaRows(),
  },
};

/** Several periods: a selector chooses which to show. */
export const Periods: Story = {
  args: { data: deprivationPeriodsDemo, source: `${DEPRIVATION_DEMO_NOTE} The earlier years are made up too.` },
};

/** A phone-width column (320 px): deciles turn into rows. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};

/** The IoD2019 source note, for the context stories. */
const IOD_NOTE = REAL_IOD_SOURCE.replace(/^Source:\s*/, '');

/**
 * Neighbourhoods only: given MHCLG's IoD2019 File 1 rows with `preset="iod2019-lsoa"` and
 * `area="E08000031"` (real figures), and no pupil counts, the chart shows where Wolverhampton's
 * 158 LSOAs sit among England's deciles, against an even spread of a tenth per decile.
 */
export const ContextView: Story = {
  args: {
    heading: "Where Wolverhampton's neighbourhoods (LSOAs) sit in England's deprivation deciles",
    source: IOD_NOTE,
    preset: 'iod2019-lsoa',
    area: 'E08000031',
    data: REAL_IOD_WOLVERHAMPTON_CSV,
  },
};

/**
 * SEN rates with their neighbourhoods: the illustrative rates, and under them, decile under decile,
 * how many of Wolverhampton's 158 LSOAs (real, IoD2019) are in each decile (`context`, or
 * `context-src` for a file). The summary adds how many are among the 20% most deprived.
 */
export const WithNeighbourhoods: Story = {
  args: {
    heading: 'Pupils with SEN support and EHC plans by deprivation of home area, with where the neighbourhoods are',
    source: `${DEPRIVATION_DEMO_NOTE} Neighbourhoods: ${IOD_NOTE}`,
    context: REAL_IOD_WOLVERHAMPTON_CSV,
  },
};

/** The same at phone width: the rates turn into rows and the neighbourhoods stay columns underneath. */
export const WithNeighbourhoodsNarrow: Story = {
  args: WithNeighbourhoods.args,
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
