import type { RawData } from '../input.js';
import { EES_GEOGRAPHY, eesAreas, selectEesRows } from './ees.js';
import type { Preset, PresetOptions, PresetResult } from './preset.js';
import { column, count, periodLabel, rawFrom, requireColumns, text } from './read-cells.js';

/**
 * Output column → published column of the EHC plans caseload file (`caseload.csv`), for the
 * placement groups it totals. `ehcplans` (spelt so in the file) becomes `ehc_plans`.
 */
export const CASELOAD_COLUMNS: Readonly<Record<string, string>> = Object.freeze({
  ehc_plans: 'ehcplans',
  mainstream: 'mainstream_total',
  special: 'special_total',
  alternative_provision: 'ap_pru_total',
  further_education: 'fe_total',
  educated_elsewhere: 'ed_elsewhere',
  early_years: 'nm_early_years',
  placement_unknown: 'placement_unknown',
});

const REQUIRED = [...EES_GEOGRAPHY, 'breakdown_topic', ...Object.values(CASELOAD_COLUMNS)];

/**
 * **ees-ehc-caseload**: DfE "Education, health and care plans" (EES), file `caseload.csv`, read as
 * published → a tidy time series: one row per period × geography with `time_period` (label,
 * 2024/25), `area_code`, `area_name`, `geography` ("local" for the chosen authority, "england"),
 * `ehc_plans` and the placement totals named in {@link CASELOAD_COLUMNS}. Only the "All EHC plans"
 * breakdown is read. Counts are numbers or typed missing values (`x` → not available).
 */
export const eesEhcCaseloadPreset: Preset = {
  name: 'ees-ehc-caseload',
  title: 'EHC plans caseload over time (DfE)',
  reads: 'caseload.csv from DfE "Education, health and care plans" (Explore Education Statistics), January 2019 onwards',
  produces: 'time series rows: time_period, area_code, area_name, geography, ehc_plans and placement totals',
  description: 'The number of EHC plans each January for one local authority and England, with totals by type of placement, for trend charts.',
  requires: REQUIRED,
  areas: eesAreas,
  apply(raw: RawData, options: PresetOptions): PresetResult {
    requireColumns(raw, REQUIRED, 'ees-ehc-caseload');
    const topic = column(raw, 'breakdown_topic');
    const periods = column(raw, 'time_period');
    const codes = column(raw, 'new_la_code');
    const names = column(raw, 'la_name');
    const { rows } = selectEesRows(raw, options, (r) => text(topic[r]) === 'All EHC plans');
    rows.sort((a, b) => text(periods[a.index]).localeCompare(text(periods[b.index])) || (a.geography === b.geography ? a.index - b.index : a.geography === 'local' ? -1 : 1));
    const out: Record<string, unknown[]> = { time_period: [], area_code: [], area_name: [], geography: [] };
    for (const name of Object.keys(CASELOAD_COLUMNS)) out[name] = [];
    const sources = Object.entries(CASELOAD_COLUMNS).map(([name, source]) => [name, column(raw, source)] as const);
    const rowNumbers: number[] = [];
    for (const { index: r, geography } of rows) {
      out.time_period!.push(periodLabel(periods[r]));
      out.area_code!.push(geography === 'england' ? 'E92000001' : text(codes[r]));
      out.area_name!.push(geography === 'england' ? 'England' : text(names[r]));
      out.geography!.push(geography);
      for (const [name, cells] of sources) out[name]!.push(count(cells[r]) ?? cells[r]);
      rowNumbers.push(raw.rowNumbers[r]!);
    }
    return { data: rawFrom(out, rowNumbers, raw.source), issues: [] };
  },
};
