import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import {
  DEMO_ACTIONS_AS_OF,
  DEMO_ACTIONS_LABEL,
  DEMO_NEEDS_LABEL,
  DEMO_OUTCOMES_LABEL,
  DEPRIVATION_DEMO_NOTE,
  demoActions,
  demoNeedsRows,
  demoOutcomesRows,
  deprivationDemo,
  REAL_SEN2_MI_CSV,
  REAL_SEN2_MI_SOURCE,
} from '@send-insight/data/demo';
import '@send-insight/components';

interface Args {
  theme: string;
}

/** The charts side by side in one built-in theme, on the theme's own background. */
const render = ({ theme }: Args) => html`<style>
    .send-theme-demo {
      display: grid;
      gap: 2rem 1.5rem;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 34rem), 1fr));
      align-items: start;
    }
  </style>
  <div class="send-theme-demo" data-theme=${theme}>
  <send-deprivation-chart theme=${theme || nothing} heading="SEN support and EHC plans by deprivation" heading-level="3" source=${DEPRIVATION_DEMO_NOTE} .data=${deprivationDemo}></send-deprivation-chart>
  <send-need-breakdown theme=${theme || nothing} heading="Primary need, primary pupils" heading-level="3" phase="primary" source=${DEMO_NEEDS_LABEL} .data=${demoNeedsRows()}></send-need-breakdown>
  <send-outcomes-radar theme=${theme || nothing} heading="What families and practitioners tell us" heading-level="3" source=${DEMO_OUTCOMES_LABEL} .data=${demoOutcomesRows()}></send-outcomes-radar>
  <send-priority-tracker theme=${theme || nothing} heading="Improvement plan progress" heading-level="3" as-of=${DEMO_ACTIONS_AS_OF} source=${DEMO_ACTIONS_LABEL} .data=${demoActions}></send-priority-tracker>
  <send-indicator theme=${theme || nothing} heading="New EHC plans issued within 20 weeks" heading-level="3" preset="ees-sen2-mi" indicator="no_exc_20week_rate" area="E08000031" view="trend" source=${REAL_SEN2_MI_SOURCE} .data=${REAL_SEN2_MI_CSV}></send-indicator>
</div>`;

const meta: Meta<Args> = {
  title: 'Charts/Themes',
  render,
  args: { theme: '' },
  argTypes: { theme: { control: 'select', options: ['', 'council', 'nhs', 'high-contrast', 'dark'] } },
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Council: Story = { args: { theme: 'council' } };
export const Nhs: Story = { name: 'NHS', args: { theme: 'nhs' } };
export const HighContrast: Story = { args: { theme: 'high-contrast' } };
/** Dark: the elements paint their own dark background; the page around them is dark too here. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { value: 'dark' } },
  globals: { backgrounds: { value: 'dark' } },
};
