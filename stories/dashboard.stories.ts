import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  REAL_EHC_CASELOAD_CSV,
  REAL_EHC_CASELOAD_SOURCE,
  REAL_EHC_NEEDS_CSV,
  REAL_EHC_NEEDS_SOURCE,
  REAL_IOD_SOURCE,
  REAL_IOD_WOLVERHAMPTON_CSV,
  REAL_SEN2_MI_CSV,
  REAL_SEN2_MI_SOURCE,
} from '@send-insight/data/demo';
import '@send-insight/components';
import type { SendDashboard } from '@send-insight/components';

interface Args {
  area: string;
  theme: 'council' | 'nhs' | 'high-contrast' | 'dark';
  minCount: number;
}

const note = (source: string) => source.replace(/^Source:\s*/, '');

/**
 * The area dashboard of `examples/area-dashboard` on the committed extracts of the same published
 * files: EHC plans (England, the West Midlands and its 14 authorities), SEN2 (Wolverhampton every
 * year, every authority in 2022), EHC plans by need (four authorities) and Wolverhampton's LSOAs.
 */
const render = (
  a: Args,
) => html`<send-dashboard area=${a.area} theme=${a.theme} min-count=${a.minCount} url-param="" areas-from="plans">
  <h2>Headline figures</h2>
  <send-indicator id="plans" heading="EHC plans maintained" heading-level="3" preset="ees-ehc-caseload" indicator="ehc_plans" source=${note(REAL_EHC_CASELOAD_SOURCE)} .data=${REAL_EHC_CASELOAD_CSV}></send-indicator>
  <send-indicator id="timeliness" heading="New EHC plans issued within 20 weeks" heading-level="3" preset="ees-sen2-mi" indicator="no_exc_20week_rate" source=${note(REAL_SEN2_MI_SOURCE)} .data=${REAL_SEN2_MI_CSV}></send-indicator>
  <send-indicator id="independent" heading="EHC plans in independent special schools" heading-level="3" preset="ees-ehc-caseload" indicator="special_independent" source=${note(REAL_EHC_CASELOAD_SOURCE)} .data=${REAL_EHC_CASELOAD_CSV}></send-indicator>
  <h2>EHC plans over time</h2>
  <send-indicator id="trend" view="trend" heading="EHC plans maintained each January, against England and the region" heading-level="3" preset="ees-ehc-caseload" indicator="ehc_plans" source=${note(REAL_EHC_CASELOAD_SOURCE)} .data=${REAL_EHC_CASELOAD_CSV}></send-indicator>
  <h2>Primary type of need</h2>
  <send-need-breakdown id="needs" heading="EHC plans by primary type of need, January 2025, against England" heading-level="3" preset="ees-ehc-plans-by-need" source=${note(REAL_EHC_NEEDS_SOURCE)} .data=${REAL_EHC_NEEDS_CSV}></send-need-breakdown>
  <h2>Deprivation of the area's neighbourhoods</h2>
  <send-deprivation-chart id="context" heading="Neighbourhoods (LSOAs) by national deprivation decile" heading-level="3" preset="iod2019-lsoa" source=${note(REAL_IOD_SOURCE)} .data=${REAL_IOD_WOLVERHAMPTON_CSV}></send-deprivation-chart>
</send-dashboard>`;

const meta: Meta<Args> = {
  title: 'Layout/Dashboard',
  component: 'send-dashboard',
  tags: ['autodocs'],
  render,
  args: { area: 'E08000031', theme: 'council', minCount: 10 },
  argTypes: { theme: { control: 'inline-radio', options: ['council', 'nhs', 'high-contrast', 'dark'] } },
};
export default meta;
type Story = StoryObj<Args>;

const FINAL = ['ready', 'empty', 'suppressed', 'error'];
type Chart = HTMLElement & { state: string; summary: string; updateComplete: Promise<boolean> };

/** The dashboard once every element inside has finished with its data. */
async function settled(canvasElement: HTMLElement): Promise<SendDashboard> {
  const dashboard = canvasElement.querySelector('send-dashboard')!;
  await waitFor(() => expect(dashboard.elements.length).toBe(6), { timeout: 10_000 });
  await waitFor(() => expect(dashboard.elements.every((el) => FINAL.includes((el as Chart).state))).toBe(true), {
    timeout: 10_000,
  });
  await Promise.all(dashboard.elements.map((el) => (el as Chart).updateComplete));
  await dashboard.updateComplete;
  return dashboard;
}

const summary = (dashboard: SendDashboard, id: string) => (dashboard.querySelector(`#${id}`) as Chart).summary;
/** What an element in its empty state says. */
const empty = (dashboard: SendDashboard, id: string) =>
  (dashboard.querySelector(`#${id}`)!.shadowRoot!.querySelector('.state.empty')?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Wolverhampton from the committed extracts, the figures of issue #25: 3,148 EHC plans (+10.6%),
 * 25.7% of new plans within 20 weeks in 2022 against 49.2% for England, 158 neighbourhoods with 78
 * (49%) in the two most deprived deciles, and the need shares as published (SLCN 22.7% against 21.3%).
 */
export const Wolverhampton: Story = {
  play: async ({ canvasElement }) => {
    const dashboard = await settled(canvasElement);
    await expect(dashboard.elements.map((el) => (el as Chart).state)).toEqual([
      'ready',
      'ready',
      'ready',
      'ready',
      'ready',
      'ready',
    ]);
    await expect(summary(dashboard, 'plans')).toContain(
      'Wolverhampton, 2024/25: 3,148. Changed since 2023/24 (2,847): up 301 (+10.6%)',
    );
    await expect(summary(dashboard, 'timeliness')).toContain('Wolverhampton, 2022: 25.7%');
    await expect(summary(dashboard, 'timeliness')).toContain('England: 49.2%');
    await expect(summary(dashboard, 'context')).toContain('158 neighbourhoods');
    await expect(summary(dashboard, 'context')).toContain('78 of them (49%)');
    await expect(summary(dashboard, 'needs')).toContain(
      'speech, language and communication needs (SLCN): 22.7%, against 21.3% in England',
    );
    await expect(dashboard.areaOptions.length).toBe(14);
  },
};

/**
 * Choosing Worcestershire in the picker (typed, then Show): every element shows it from the data it
 * already holds, and the tiles read 6,970 plans. The extracts of the needs file and of the IoD2019
 * file do not hold Worcestershire (and IoD2019 lists a county under its districts): those two say so.
 */
export const ChooseWorcestershire: Story = {
  play: async ({ canvasElement }) => {
    const dashboard = await settled(canvasElement);
    const input = dashboard.shadowRoot!.querySelector('input')!;
    input.value = 'Worcestershire';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await userEvent.click(dashboard.shadowRoot!.querySelector('form button')!);
    // the dashboard's own live region (the picker has one of its own, for the matches)
    const said = () => dashboard.shadowRoot!.querySelector('.dashboard > [role="status"]')?.textContent?.trim();
    await waitFor(
      () => expect(said()).toBe('Showing Worcestershire: 6 charts updated. 2 of them cannot be shown for this area.'),
      { timeout: 10_000 },
    );
    await expect(summary(dashboard, 'plans')).toContain('Worcestershire, 2024/25: 6,970');
    await expect(summary(dashboard, 'trend')).toContain('Worcestershire, 2024/25: 6,970');
    await expect(summary(dashboard, 'timeliness')).toContain('Worcestershire, 2022');
    await expect(['needs', 'context'].map((id) => (dashboard.querySelector(`#${id}`) as Chart).state)).toEqual([
      'empty',
      'empty',
    ]);
    await expect(empty(dashboard, 'needs')).toContain('The file has no local authority "E10000034"');
    await expect(empty(dashboard, 'context')).toContain(
      "a county council's neighbourhoods are listed under its district councils",
    );
    await expect(input.value).toBe('Worcestershire');
  },
};

/** The NHS theme, set once on the dashboard, on the picker and every element. */
export const NhsTheme: Story = {
  args: { theme: 'nhs' },
  play: async ({ canvasElement }) => {
    const dashboard = await settled(canvasElement);
    await expect(dashboard.elements.map((el) => el.getAttribute('theme'))).toEqual(Array(6).fill('nhs'));
    await expect(getComputedStyle(dashboard).getPropertyValue('--send-color-link').trim().toLowerCase()).toBe(
      '#005eb8',
    );
  },
};

/** A phone (320 px): one column, the picker's field and button stacked where they do not fit. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const dashboard = await settled(canvasElement);
    const wide = dashboard.elements.filter((el) => el.getBoundingClientRect().width > 321).map((el) => el.id);
    await expect(wide).toEqual([]);
  },
};
