import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { applyPreset, fromCsvText, isValue, listAreas, protectCounts, type Missing } from '@send-insight/data';
import {
  REAL_CIN_SEN_CSV,
  REAL_CIN_SEN_SOURCE,
  REAL_EHC_CASELOAD_CSV,
  REAL_EHC_CASELOAD_SOURCE,
  REAL_EHC_NEEDS_CSV,
  REAL_EHC_NEEDS_SOURCE,
  REAL_IOD_SOURCE,
  REAL_IOD_WOLVERHAMPTON_CSV,
} from '@send-insight/data/demo';
import '@send-insight/components';
import type { SendDeprivationChart, SendNeedBreakdown } from '@send-insight/components';

/**
 * Real published figures, read exactly as the Department for Education and MHCLG publish them,
 * through a `preset`. The files are small extracts of whole published rows (England and a few
 * authorities) shipped in `@send-insight/data/demo`; with the whole file, `src` + `preset` +
 * `area` draws any authority. Every figure here is real: none is illustrative.
 */

/** A REAL_*_SOURCE note without its leading "Source:", which the element's `source` note adds itself. */
const note = (text: string) => text.replace(/^Source:\s*/, '');

interface Args {
  heading: string;
  source: string;
  preset: string;
  area: string;
  phase?: string;
  mode: 'shares' | 'difference' | 'composition';
  view: 'chart' | 'table';
  minCount: number;
  data?: unknown;
}

const render = (a: Args) => html`<send-need-breakdown
  heading=${a.heading}
  source=${a.source}
  preset=${a.preset}
  area=${a.area}
  phase=${a.phase ?? nothing}
  mode=${a.mode}
  view=${a.view}
  min-count=${a.minCount}
  .data=${a.data}
></send-need-breakdown>`;

const meta: Meta<Args> = {
  title: 'Your data/Published data',
  component: 'send-need-breakdown',
  tags: ['autodocs'],
  render,
  args: {
    heading: 'EHC plans by primary type of need, Wolverhampton and England, January 2025',
    source: note(REAL_EHC_NEEDS_SOURCE),
    preset: 'ees-ehc-plans-by-need',
    area: 'E08000031',
    mode: 'shares',
    view: 'chart',
    minCount: 10,
    data: REAL_EHC_NEEDS_CSV,
  },
  argTypes: {
    area: {
      control: 'select',
      options: ['E08000031', 'E08000030', 'E06000023', 'E06000017', 'Wolverhampton', 'Wolverhamton'],
    },
    phase: { control: 'text' },
    mode: { control: 'inline-radio', options: ['shares', 'difference', 'composition'] },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    preset: { control: false },
    data: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Real figures from published files, read with a `preset`. The need breakdown reads DfE\'s `sen_needs_all_plans.csv` ("Education, health and care plans", January 2025). ' +
          'The deprivation chart reads MHCLG\'s IoD2019 File 1 (`iod2019-lsoa`); the caseload story shows its preset as a table drawn by the story. See the guide "Using published data". ' +
          'Contains public sector information licensed under the Open Government Licence v3.0.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The need breakdown's shadow root once it has settled in `state`. */
async function settled(canvasElement: HTMLElement, state: string): Promise<ShadowRoot> {
  const el = canvasElement.querySelector<SendNeedBreakdown>('send-need-breakdown')!;
  await waitFor(() => expect(el.state).toBe(state));
  await el.updateComplete;
  return el.shadowRoot!;
}

/** The published percentage column of Wolverhampton's "All EHC plans" row in the extract, read here from the CSV text. */
function publishedPercent(column: string, setting = 'All EHC plans'): string {
  const lines = REAL_EHC_NEEDS_CSV.split(/\r?\n/);
  const head = lines[0]!.split(',');
  const row = lines.find(
    (l) =>
      l.includes(',E08000031,') &&
      l.includes(setting === 'All EHC plans' ? ',All EHC plans,All EHC plans,' : `,Type of placement,${setting},`),
  )!;
  return Number(row.split(',')[head.indexOf(column)]).toFixed(1);
}

/**
 * Wolverhampton's 3,148 EHC plans against England's 638,745, by primary type of need:
 * `<send-need-breakdown preset="ees-ehc-plans-by-need" area="E08000031">` on the published rows.
 * Multi-sensory impairment (1 plan) is suppressed, and specific learning difficulty (11) with it so
 * that it cannot be worked out from the total.
 */
export const EhcPlansByNeed: Story = {
  name: 'EHC plans by need: Wolverhampton',
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    const slcn = root.querySelector('g.row[data-need="SLCN"]')!;
    await expect(slcn.textContent).toContain(`${publishedPercent('slcn_pc')}%`);
    await expect(root.querySelector('g.row[data-need="MSI"] text.gap')?.textContent).toBe('suppressed');
  },
};

/** The same file by type of placement: special schools (`phase="Special - total"`), where severe learning difficulty leads. */
export const EhcPlansInSpecialSchools: Story = {
  name: 'EHC plans by need: special schools',
  args: {
    phase: 'Special - total',
    heading: 'EHC plans by primary type of need in special schools, Wolverhampton and England, January 2025',
  },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    await expect(root.querySelector('g.row[data-need="SLD"]')!.textContent).toContain(
      `${publishedPercent('sld_pc', 'Special - total')}%`,
    );
  },
};

/** Mainstream schools (`phase="Mainstream - total"`): any placement type the file publishes can be chosen. */
export const EhcPlansInMainstream: Story = {
  name: 'EHC plans by need: mainstream',
  args: {
    phase: 'Mainstream - total',
    heading: 'EHC plans by primary type of need in mainstream schools, Wolverhampton and England, January 2025',
  },
};

/** Difference from England, percentage points with 95% intervals. */
export const EhcPlansDifference: Story = {
  name: 'EHC plans by need: difference from England',
  args: {
    mode: 'difference',
    heading: 'EHC plans by primary type of need: Wolverhampton against England, January 2025',
  },
};

/** The data table of the real figures, with the suppressed cells marked. */
export const EhcPlansTable: Story = {
  name: 'EHC plans by need: table',
  args: { view: 'table' },
};

/**
 * Children on a child protection plan with SEN in Wolverhampton, 31 March 2022 (`ees-cin-sen-la` on
 * DfE's `sen_la.csv`): seven of the thirteen needs are suppressed at source (`c`), but every share
 * is of all 77 pupils with SEN (`t_all_SEN`, the group's total row), as DfE publishes: moderate
 * learning difficulty is 27.3%, 9.7 points above England's 17.6%. Tested against the rest of England
 * (p 0.025) and adjusted with Holm over the four needs compared (0.101), that is not called a
 * significant difference. See the Methods guide.
 */
export const ChildProtectionByNeed: Story = {
  name: 'Children in need: child protection plans by need',
  render: (a) => html`<send-need-breakdown
    heading="Children on a child protection plan with SEN, by primary type of need: Wolverhampton and England, 31 March 2022"
    source=${note(REAL_CIN_SEN_SOURCE)}
    preset="ees-cin-sen-la"
    area="E08000031"
    period="2021/22"
    phase="CPPO at 31 March"
    mode=${a.mode}
    view=${a.view}
    min-count=${a.minCount}
    .data=${REAL_CIN_SEN_CSV}
  ></send-need-breakdown>`,
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'ready');
    await expect(root.querySelector('g.row[data-need="MLD"]')!.textContent).toContain('27.3%');
    const el = canvasElement.querySelector<SendNeedBreakdown>('send-need-breakdown')!;
    await expect(el.summary).toContain('No need’s share differs significantly from England’s.');
  },
};

/** An area the file does not have: no data for it (empty, not an error), naming the closest authorities the file has. */
export const UnknownArea: Story = {
  name: 'Unknown authority',
  args: { area: 'Wolverhamton', heading: 'EHC plans by primary type of need' },
  play: async ({ canvasElement }) => {
    // an area the file does not hold is no data for that area, not bad data: empty, saying why, with no alert
    const root = await settled(canvasElement, 'empty');
    await expect(root.querySelector('.state.empty')!.textContent).toContain('Wolverhampton (E08000031)');
    await expect(root.querySelector('[role="alert"]')).toBeNull();
  },
};

/**
 * Pick an authority: the options come from `listAreas` over the published rows (here the extract's
 * four authorities; with the whole file, all 153), and the choice sets the chart's `area`.
 */
export const AuthorityPicker: Story = {
  name: 'Pick an authority',
  render: (a) => {
    const areas = listAreas(fromCsvText(REAL_EHC_NEEDS_CSV), 'ees-ehc-plans-by-need');
    const pick = (event: Event) => {
      const select = event.target as HTMLSelectElement;
      const chart = select.closest('.published-picker')!.querySelector<SendNeedBreakdown>('send-need-breakdown')!;
      const name = select.selectedOptions[0]!.textContent!.replace(/ \(E\d+\)$/, '');
      chart.area = select.value;
      chart.heading = `EHC plans by primary type of need, ${name} and England, January 2025`;
    };
    return html`<div class="published-picker">
      ${pickerStyles}
      <p>
        <label for="published-area">Local authority</label>
        <select id="published-area" @change=${pick}>
          ${areas.map((area) => html`<option value=${area.code} ?selected=${area.code === a.area}>${area.name} (${area.code})</option>`)}
        </select>
      </p>
      ${render(a)}
    </div>`;
  },
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'ready');
    const select = canvasElement.querySelector<HTMLSelectElement>('#published-area')!;
    await expect([...select.options].map((o) => o.value)).toEqual(
      expect.arrayContaining(['E08000031', 'E08000030', 'E06000023', 'E06000017']),
    );
    select.value = 'E06000023';
    select.dispatchEvent(new Event('change'));
    const el = canvasElement.querySelector<SendNeedBreakdown>('send-need-breakdown')!;
    await waitFor(() => expect(el.area).toBe('E06000023'));
    await settled(canvasElement, 'ready');
    await expect(el.heading).toContain('Bristol, City of');
  },
};

// the picker as the playground's fields are: a bold label above a 16 px select with a 2 px border (the
// browser's default was 13 px text in a thin box)
const pickerStyles = html`<style>
  .published-picker label { display: block; font: 700 16px/1.4 system-ui, sans-serif; margin: 0 0 0.25rem; }
  .published-picker select { font: 16px/1.4 system-ui, sans-serif; min-height: 2.75rem; max-width: 100%; padding: 0.25rem 0.375rem; border: 2px solid #0b0c0c; border-radius: 0; background: #fff; color: #0b0c0c; }
</style>`;

// ---- the other presets, drawn as tables by the story ------------------------------------------

const number = (v: number) => v.toLocaleString('en-GB');

// text at the size the elements use (GOV.UK's body text, 16 px; the source notes' grey), not 13-14 px
const storyStyles = html`<style>
  .published-table { border-collapse: collapse; font: 16px/1.4 system-ui, sans-serif; }
  .published-title { font: 600 16px/1.4 system-ui, sans-serif; margin: 0 0 0.5rem; max-width: 48rem; }
  .published-table th, .published-table td { border-bottom: 1px solid #b1b4b6; padding: 0.35rem 0.6rem; text-align: left; }
  .published-table td.num, .published-table th.num { text-align: right; font-variant-numeric: tabular-nums; }
  .published-note { font: 16px/1.4 system-ui, sans-serif; max-width: 48rem; }
  .published-source { font: 16px/1.4 system-ui, sans-serif; color: #505a5f; max-width: 48rem; }
  .published-wrap { overflow-x: auto; max-width: 100%; }
  .published-wrap:focus-visible { outline: 3px solid #ffdd00; outline-offset: 2px; }
</style>`;

const PLACEMENTS = [
  'mainstream',
  'special',
  'alternative_provision',
  'further_education',
  'educated_elsewhere',
  'early_years',
  'placement_unknown',
] as const;

/**
 * The EHC plans caseload each January, 2019 to 2025 (`ees-ehc-caseload` on DfE's `caseload.csv`),
 * for Wolverhampton and England, split by mainstream and special schools, as a table; the total over
 * time is `<send-indicator>`'s (Charts / Indicator / Caseload index). Counts go through `protectCounts` (per period and area, over all placement types), so no
 * count below 10 is shown; `x` in the file is "not published".
 */
export const CaseloadTable: Story = {
  name: 'EHC plans caseload, 2019 to 2025 (table)',
  render: () => {
    const { data } = applyPreset('ees-ehc-caseload', fromCsvText(REAL_EHC_CASELOAD_CSV), { area: 'E08000031' });
    const col = (name: string) => data.values.get(name)! as unknown[];
    const periods = col('time_period') as string[];
    const geos = col('geography') as string[];
    // one disclosure group per period × area: the placement totals add up to the area's EHC plans
    const values: (number | Missing)[] = [];
    const groups: string[] = [];
    for (let r = 0; r < data.numRows; r++) {
      for (const p of PLACEMENTS) {
        values.push(col(p)[r] as number | Missing);
        groups.push(`${periods[r]}|${geos[r]}`);
      }
    }
    const safe = protectCounts(values, groups, { minCount: 10 });
    const cell = (r: number, p: (typeof PLACEMENTS)[number]) => {
      const v = safe.values[r * PLACEMENTS.length + PLACEMENTS.indexOf(p)]!;
      return isValue(v)
        ? number(v)
        : safe.reasons[r * PLACEMENTS.length + PLACEMENTS.indexOf(p)]
          ? 'suppressed'
          : 'not published';
    };
    const rowOf = (period: string, geo: string) => {
      for (let r = 0; r < data.numRows; r++) if (periods[r] === period && geos[r] === geo) return r;
      return -1;
    };
    const total = (r: number) => {
      const v = col('ehc_plans')[r];
      return typeof v === 'number' ? number(v) : 'not published';
    };
    const years = [...new Set(periods)];
    const january = (label: string) => `January ${Number(label.slice(0, 4)) + 1}`;
    return html`${storyStyles}
      <h3 class="published-title" id="caseload-title">Number of EHC plans each January, Wolverhampton and England, with the number in mainstream and special schools</h3>
      <div class="published-wrap" role="region" tabindex="0" aria-labelledby="caseload-title">
        <table class="published-table" aria-labelledby="caseload-title">
          <thead>
            <tr>
              <th scope="col">January</th>
              <th scope="col" class="num">Wolverhampton: EHC plans</th>
              <th scope="col" class="num">in mainstream</th>
              <th scope="col" class="num">in special schools</th>
              <th scope="col" class="num">England: EHC plans</th>
              <th scope="col" class="num">in mainstream</th>
              <th scope="col" class="num">in special schools</th>
            </tr>
          </thead>
          <tbody>
            ${years.map((y) => {
              const l = rowOf(y, 'local');
              const e = rowOf(y, 'england');
              return html`<tr>
                <th scope="row">${january(y)}</th>
                <td class="num">${total(l)}</td>
                <td class="num">${cell(l, 'mainstream')}</td>
                <td class="num">${cell(l, 'special')}</td>
                <td class="num">${total(e)}</td>
                <td class="num">${cell(e, 'mainstream')}</td>
                <td class="num">${cell(e, 'special')}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <p class="published-note">
        Drawn by this story as a table, for the split between mainstream and special schools. The total each January is
        drawn over time, against England and the region, by <code>&lt;send-indicator preset="ees-ehc-caseload"&gt;</code>
        (Charts / Indicator / Caseload index).
      </p>
      <p class="published-source">${REAL_EHC_CASELOAD_SOURCE}</p>`;
  },
  play: async ({ canvasElement }) => {
    const cells = [...canvasElement.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent!.trim()),
    );
    await expect(cells).toHaveLength(7);
    // the published checks in SOURCES.md: Wolverhampton 2,676 in January 2023, England 638,745 in January 2025
    await expect(cells.find((r) => r[0] === 'January 2023')![1]).toBe('2,676');
    await expect(cells.find((r) => r[0] === 'January 2025')![4]).toBe('638,745');
  },
};

/** Wolverhampton's LSOAs per decile, read from the extract's own lines (the decile is the last cell). */
function extractDeciles(): number[] {
  const counts = new Array<number>(10).fill(0);
  for (const line of REAL_IOD_WOLVERHAMPTON_CSV.split(/\r?\n/).slice(1)) {
    if (line.includes(',E08000031,')) counts[Number(line.slice(line.lastIndexOf(',') + 1)) - 1]!++;
  }
  return counts;
}

/**
 * How Wolverhampton's 158 neighbourhoods (LSOAs) spread over England's IMD deciles:
 * `<send-deprivation-chart preset="iod2019-lsoa" area="E08000031">` on the rows of MHCLG's IoD2019
 * File 1 as published. With no pupil counts in the data, the chart draws its context view: a bar
 * per national decile with the number and share of the authority's LSOAs, against England's even
 * spread of a tenth per decile. These are counts of areas, not of children.
 */
export const DeprivationDeciles: Story = {
  name: 'IoD2019: Wolverhampton neighbourhoods by decile',
  render: () => html`<send-deprivation-chart
    heading="Where Wolverhampton's 158 neighbourhoods (LSOAs) sit in England's deprivation deciles, IMD 2019"
    source=${note(REAL_IOD_SOURCE)}
    preset="iod2019-lsoa"
    area="E08000031"
    .data=${REAL_IOD_WOLVERHAMPTON_CSV}
  ></send-deprivation-chart>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SendDeprivationChart>('send-deprivation-chart')!;
    await waitFor(() => expect(el.state).toBe('ready'));
    await el.updateComplete;
    const drawn = [...el.shadowRoot!.querySelectorAll('.context-group')].map((g) =>
      Number(g.getAttribute('data-lsoas')),
    );
    // the extract's own lines, and SOURCES.md: 1:33, 2:45, 3:17, 4:15, 5:11, 6:9, 7:13, 8:11, 9:3, 10:1 (158 LSOAs)
    await expect(drawn).toEqual(extractDeciles());
    await expect(drawn).toEqual([33, 45, 17, 15, 11, 9, 13, 11, 3, 1]);
    await expect(el.summary).toContain(
      'Wolverhampton has 158 neighbourhoods (LSOAs). 78 of them (49%) are among the 20% most deprived in England',
    );
  },
};
