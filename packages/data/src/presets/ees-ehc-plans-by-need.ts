import type { NeedCode } from '../contracts/needs-codes.js';
import type { RawData } from '../input.js';
import { issue, type DataIssue } from '../issues.js';
import { isValue } from '../missing.js';
import { parseNumber } from '../values.js';
import { EES_GEOGRAPHY, eesAreas, selectEesRows } from './ees.js';
import type { Preset, PresetOptions, PresetResult } from './preset.js';
import { column, count, periodLabel, rawFrom, requireColumns, text } from './read-cells.js';

/**
 * The need columns of the EHC plans "sen_needs" file, in DfE order, with their percentage columns.
 * There is no NSA column (an EHC plan always records a need); `number_need_unknown` becomes `UNKNOWN`.
 */
export const EHC_NEED_COLUMNS: readonly { need: NeedCode; count: string; percent: string }[] = [
  { need: 'SLCN', count: 'number_slcn', percent: 'slcn_pc' },
  { need: 'ASD', count: 'number_asd', percent: 'asd_pc' },
  { need: 'SEMH', count: 'number_semh', percent: 'semh_pc' },
  { need: 'MLD', count: 'number_mld', percent: 'mld_pc' },
  { need: 'SpLD', count: 'number_spld', percent: 'spld_pc' },
  { need: 'SLD', count: 'number_sld', percent: 'sld_pc' },
  { need: 'PMLD', count: 'number_pmld', percent: 'pmld_pc' },
  { need: 'HI', count: 'number_hi', percent: 'hi_pc' },
  { need: 'VI', count: 'number_vi', percent: 'vi_pc' },
  { need: 'MSI', count: 'number_msi', percent: 'msi_pc' },
  { need: 'PD', count: 'number_pd', percent: 'pd_pc' },
  { need: 'OTH', count: 'number_oth', percent: 'oth_pc' },
  { need: 'UNKNOWN', count: 'number_need_unknown', percent: 'unknown_pc' },
];

/** The `breakdown_topic` values the preset keeps: the total, and placement types as phases. */
export const EHC_NEED_TOPICS = { all: 'All EHC plans', placement: 'Type of placement' } as const;

const REQUIRED = [...EES_GEOGRAPHY, 'breakdown_topic', 'breakdown', 'ehc_plans', ...EHC_NEED_COLUMNS.map((c) => c.count)];

/** Published shares are rounded to one decimal place; a recomputed share may differ by half of that. */
const HALF_POINT = 0.05 + 1e-9;

/**
 * **ees-ehc-plans-by-need**: DfE "Education, health and care plans" (EES), file
 * `sen_needs_all_plans.csv`, read as published → the **needs** contract. Keeps the chosen
 * authority (geography "local") and England ("england"); `phase` is "all" for "All EHC plans" and
 * the placement type as published (e.g. "Special - total", "Mainstream - academy") for "Type of
 * placement"; `provision` is "ehc_plan"; the wide `number_*` columns become one row per need
 * (`number_need_unknown` → UNKNOWN); `time_period` becomes a label (202425 → 2024/25). Each share
 * recomputed from the counts is compared with the published `*_pc` column to one decimal place, and
 * the needs are checked to add up to `ehc_plans`: a difference is a warning naming row and column.
 */
export const eesEhcPlansByNeedPreset: Preset = {
  name: 'ees-ehc-plans-by-need',
  title: 'EHC plans by primary type of need (DfE)',
  reads: 'sen_needs_all_plans.csv from DfE "Education, health and care plans" (Explore Education Statistics), e.g. January 2025',
  produces: 'needs',
  description:
    'EHC plans by primary type of need for one local authority and England, overall ("all") and by type of placement, one row per need; shares are checked against the published percentages.',
  requires: REQUIRED,
  areas: eesAreas,
  apply(raw: RawData, options: PresetOptions): PresetResult {
    requireColumns(raw, REQUIRED, 'ees-ehc-plans-by-need');
    const topic = column(raw, 'breakdown_topic');
    const breakdown = column(raw, 'breakdown');
    const totals = column(raw, 'ehc_plans');
    const periods = column(raw, 'time_period');
    const codes = column(raw, 'new_la_code');
    const names = column(raw, 'la_name');
    const { rows } = selectEesRows(raw, options, (r) => {
      const t = text(topic[r]);
      return t === EHC_NEED_TOPICS.all || t === EHC_NEED_TOPICS.placement;
    });
    rows.sort((a, b) => (a.geography === b.geography ? a.index - b.index : a.geography === 'local' ? -1 : 1));

    const out = { time_period: [] as string[], geography: [] as string[], area_code: [] as string[], area_name: [] as string[], phase: [] as string[], provision: [] as string[], need: [] as string[], pupils: [] as unknown[] };
    const rowNumbers: number[] = [];
    const issues: DataIssue[] = [];
    const counts = EHC_NEED_COLUMNS.map((c) => column(raw, c.count));
    const percents = EHC_NEED_COLUMNS.map((c) => raw.values.get(c.percent));

    for (const { index: r, geography } of rows) {
      const rowNumber = raw.rowNumbers[r]!;
      const phase = text(topic[r]) === EHC_NEED_TOPICS.all ? 'all' : text(breakdown[r]);
      const total = count(totals[r]);
      let sum = 0;
      let complete = true;
      for (let k = 0; k < EHC_NEED_COLUMNS.length; k++) {
        const spec = EHC_NEED_COLUMNS[k]!;
        const raw_ = counts[k]![r];
        const value = count(raw_);
        out.time_period.push(periodLabel(periods[r]));
        out.geography.push(geography);
        out.area_code.push(geography === 'england' ? 'E92000001' : text(codes[r]));
        out.area_name.push(geography === 'england' ? 'England' : text(names[r]));
        out.phase.push(phase);
        out.provision.push('ehc_plan');
        out.need.push(spec.need);
        // text the preset cannot read goes on as it is, so validation names it
        out.pupils.push(value ?? raw_);
        rowNumbers.push(rowNumber);
        if (isValue(value)) sum += value;
        else complete = false;
        const pcCell = percents[k]?.[r];
        const published = typeof pcCell === 'number' ? pcCell : parseNumber(text(pcCell));
        if (isValue(value) && isValue(total) && total > 0 && published !== undefined) {
          const share = (value / total) * 100;
          if (Math.abs(share - published) > HALF_POINT) {
            issues.push(
              issue(
                'published-share-mismatch',
                rowNumber,
                spec.percent,
                text(pcCell),
                `${spec.need} is ${value.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} EHC plans, ${share.toFixed(1)}%, but the file publishes ${published}%`,
                'warning',
              ),
            );
          }
        }
      }
      if (complete && isValue(total) && sum !== total) {
        issues.push(
          issue('total-mismatch', rowNumber, 'ehc_plans', text(totals[r]), `the needs add up to ${sum.toLocaleString('en-GB')}, but ehc_plans is ${total.toLocaleString('en-GB')}`, 'warning'),
        );
      }
    }
    return { data: rawFrom(out, rowNumbers, raw.source), issues };
  },
};
