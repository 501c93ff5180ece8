import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { DEMO_ACTIONS_AS_OF, DEMO_ACTIONS_LABEL, DEMO_ACTIONS_PLANS, demoActions } from '@send-insight/data/demo';
import '@send-insight/components';
import { neverFinishingFetch } from './shared/never-finishing-fetch.js';

interface Args {
  heading: string;
  source: string;
  asOf?: string;
  plan?: string;
  mode: 'priorities' | 'timeline';
  view: 'chart' | 'table';
  filterStatus: string;
  filterOwner: string;
  filterOverdue: boolean;
  expanded: boolean;
  itemLabel?: string;
  minCount: number;
  data?: unknown;
  src?: string;
}

const render = (a: Args) => html`<send-priority-tracker
  heading=${a.heading}
  source=${a.source}
  as-of=${a.asOf ?? nothing}
  plan=${a.plan ?? nothing}
  mode=${a.mode}
  view=${a.view}
  filter-status=${a.filterStatus || nothing}
  filter-owner=${a.filterOwner || nothing}
  ?filter-overdue=${a.filterOverdue}
  ?expanded=${a.expanded}
  item-label=${a.itemLabel ?? nothing}
  min-count=${a.minCount}
  src=${a.src ?? nothing}
  .data=${a.data}
></send-priority-tracker>`;

const rows = demoActions as unknown as Record<string, unknown>[];
const improvementRows = rows.filter((r) => r.plan === DEMO_ACTIONS_PLANS[0]);

const meta: Meta<Args> = {
  title: 'Charts/Priority tracker',
  component: 'send-priority-tracker',
  tags: ['autodocs'],
  render,
  args: {
    heading: 'Improvement plan: progress on the five priorities',
    source: DEMO_ACTIONS_LABEL,
    asOf: DEMO_ACTIONS_AS_OF,
    mode: 'priorities',
    view: 'chart',
    filterStatus: '',
    filterOwner: '',
    filterOverdue: false,
    expanded: false,
    minCount: 10,
    data: rows,
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['priorities', 'timeline'] },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    plan: { control: 'select', options: [undefined, ...DEMO_ACTIONS_PLANS] },
    filterStatus: {
      control: 'select',
      options: [
        '',
        'not_started',
        'on_track',
        'at_risk',
        'off_track',
        'complete',
        'no_longer_monitored',
        'at_risk,off_track',
      ],
    },
    data: { control: false },
    src: { control: false },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The illustrative improvement plan with the strategy's five priorities, as of 1 October 2025. */
export const Ready: Story = {};

/**
 * While a `src` file loads. This story answers its own made-up address with a request that never
 * finishes, so the loading message stays on screen; every other request goes through as usual.
 */
export const Loading: Story = {
  args: { data: undefined, src: 'never-finishes://actions.csv' },
  beforeEach: neverFinishingFetch,
};

/** A file with the header and no rows. */
export const Empty: Story = {
  args: { data: 'priority,priority_title,action_id,action,owner,due,status,progress,updated\n' },
};

/** A complete action at 60% and a progress of 140: the error names each row and column. */
export const BadData: Story = {
  args: {
    data:
      'priority,priority_title,action_id,action,owner,due,status,progress,updated\n' +
      '1,Develop a System Underpinned by National Standards,1.1,Publish pre-diagnosis support,Local Offer Manager,2025-03-31,complete,60,2025-03-06\n' +
      '1,Develop a System Underpinned by National Standards,1.2,Open early support hubs,Head of Inclusion Support,2025-12-31,on_track,140,2025-09-12\n',
  },
};

/** Long titles, owners and actions wrap; nothing is cut off. */
export const LongLabels: Story = {
  args: {
    heading:
      'SEND and Inclusion Improvement Plan 2024 to 2027: progress reported to the SEND and Inclusion Partnership Board and the Children and Families Together Board',
    expanded: true,
    data: improvementRows.map((r) => ({
      ...r,
      priority_title: `${r.priority_title as string}, delivered through the designated work groups of the SEND and Inclusion Partnership`,
      owner: `${r.owner as string} on behalf of the City of Wolverhampton Council and the Black Country Integrated Care Board`,
    })),
  },
};

/** Every action as a sortable table (also what the CSV download holds). */
export const TableView: Story = { args: { view: 'table' } };

/** The six-monthly review points with the statuses reported at each, complete by then and overdue then. */
export const Timeline: Story = {
  args: {
    heading: 'Written Statement of Action: statuses reported and actions complete at each six-monthly review',
    mode: 'timeline',
    plan: DEMO_ACTIONS_PLANS[1],
    itemLabel: 'area',
  },
};

/**
 * The Written Statement of Action: overdue annual reviews down from 200 to 40 (target 0), waits
 * for assessments, and the two areas no longer monitored (co-production; transitions).
 */
export const WrittenStatementOfAction: Story = {
  args: {
    heading: 'Written Statement of Action: areas of weakness',
    plan: DEMO_ACTIONS_PLANS[1],
    itemLabel: 'area',
    expanded: true,
  },
};

/** Only the actions that are at risk or off track. */
export const Filtered: Story = {
  args: {
    heading: 'SEND and Inclusion Improvement Plan: actions at risk or off track',
    filterStatus: 'at_risk,off_track',
  },
};

/**
 * The board paper: what printing gives (everything open, the priorities following on, no controls).
 * Use the browser's print preview to see the page breaks; here every priority is open.
 */
export const Print: Story = {
  args: { expanded: true },
  parameters: {
    docs: {
      description: {
        story:
          'Print this story (Ctrl+P) to see the board-paper layout: controls hidden, every priority open, each on its own page.',
      },
    },
  },
};
