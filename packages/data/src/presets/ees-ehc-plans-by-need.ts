import { needsContract } from '../contracts/needs.js';
import { NEED_TOTAL, type NeedCode } from '../contracts/needs-codes.js';
import type { RawData } from '../input.js';
import { issue, type DataIssue } from '../issues.js';
import { isValue } from '../missing.js';
import { EES_GEOGRAPHY, eesAreas, localFirst, selectEesRows } from './ees.js';
import type { Preset, PresetOptions, PresetResult } from './preset.js';
import { EHC_PLANS_SYMBOLS } from './symbols.js';
import {
  column,
  periodLabel,
  rawFrom,
  ReadProblems,
  readMeasure,
  requireColumns,
  shareDisagrees,
  text,
} from './read-cells.js';

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

const REQUIRED = [
  ...EES_GEOGRAPHY,
  'breakdown_topic',
  'breakdown',
  'ehc_plans',
  ...EHC_NEED_COLUMNS.map((c) => c.count),
];

/**
 * **ees-ehc-plans-by-need**: DfE "Education, health and care plans" (EES), file
 * `sen_needs_all_plans.csv`, read as published → the **needs** contract. Keeps the chosen
 * authority (geography "local") and England ("england"); `phase` is "all" for "All EHC plans" and
 * the placement type as published (e.g. "Special - total", "Mainstream - academy") for "Type of
 * placement"; `provision` is "ehc_plan"; the wide `number_*` columns become one row per need
 * (`number_need_unknown` → UNKNOWN) and `ehc_plans` becomes the group's total row (need `ALL`), the
 * base of every share; `time_period` becomes a label (202425 → 2024/25). Each share
 * recomputed from the counts is compared with the published `*_pc` column to one decimal place, and
 * the needs are checked to add up to `ehc_plans`: a difference is a warning naming row and column.
 * A cell that is neither a count nor a symbol (a letter in a count, an empty cell) throws, naming
 * the published column and the row.
 */
export const eesEhcPlansByNeedPreset: Preset = {
  name: 'ees-ehc-plans-by-need',
  title: 'EHC plans by primary type of need (DfE)',
  reads:
    'sen_needs_all_plans.csv from DfE "Education, health and care plans" (Explore Education Statistics), e.g. January 2025',
  produces: 'needs',
  description:
    'EHC plans by primary type of need for one local authority and England, overall ("all") and by type of placement, one row per need; shares are checked against the published percentages.',
  requires: REQUIRED,
  contract: needsContract,
  symbols: EHC_PLANS_SYMBOLS,
  areas: eesAreas,
  apply(raw: RawData, options: PresetOptions): PresetResult {
    requireColumns(raw, REQUIRED, 'ees-ehc-plans-by-need');
    const topic = column(raw, 'breakdown_topic');
    const breakdown = column(raw, 'breakdown');
    const totals = column(raw, 'ehc_plans');
    const periods = column(raw, 'time_period');
    const { rows } = selectEesRows(raw, options, (r) => {
      const t = text(topic[r]);
      return t === EHC_NEED_TOPICS.all || t === EHC_NEED_TOPICS.placement;
    });
    rows.sort(localFirst);

    const out = {
      time_period: [] as string[],
      geography: [] as string[],
      area_code: [] as string[],
      area_name: [] as string[],
      phase: [] as string[],
      provision: [] as string[],
      need: [] as string[],
      pupils: [] as unknown[],
    };
    const rowNumbers: number[] = [];
    const issues: DataIssue[] = [];
    const problems = new ReadProblems();
    const counts = EHC_NEED_COLUMNS.map((c) => column(raw, c.count));
    const percents = EHC_NEED_COLUMNS.map((c) => raw.values.get(c.percent));

    for (const { index: r, geography, areaCode, areaName } of rows) {
      const rowNumber = raw.rowNumbers[r]!;
      const phase = text(topic[r]) === EHC_NEED_TOPICS.all ? 'all' : text(breakdown[r]);
      const total = readMeasure(totals[r], rowNumber, 'ehc_plans', problems, {
        whole: true,
        symbols: EHC_PLANS_SYMBOLS,
      });
      const period = periodLabel(periods[r]);
      let sum = 0;
      let complete = total !== undefined;
      for (let k = 0; k < EHC_NEED_COLUMNS.length; k++) {
        const spec = EHC_NEED_COLUMNS[k]!;
        const value = readMeasure(counts[k]![r], rowNumber, spec.count, problems, {
          whole: true,
          symbols: EHC_PLANS_SYMBOLS,
        });
        out.time_period.push(period);
        out.geography.push(geography);
        out.area_code.push(areaCode);
        out.area_name.push(areaName);
        out.phase.push(phase);
        out.provision.push('ehc_plan');
        out.need.push(spec.need);
        out.pupils.push(value);
        rowNumbers.push(rowNumber);
        if (isValue(value)) sum += value;
        else complete = false;
        const pcCell = percents[k]?.[r];
        const share = shareDisagrees(value, total, pcCell);
        if (share !== undefined) {
          issues.push(
            issue(
              'published-share-mismatch',
              rowNumber,
              spec.percent,
              '',
              `the published ${spec.percent} is not ${spec.need} as a share of the EHC plans; check the row`,
              'warning',
            ),
          );
        }
      }
      // after the needs, the group's published total (need ALL): every share is of it
      out.time_period.push(period);
      out.geography.push(geography);
      out.area_code.push(areaCode);
      out.area_name.push(areaName);
      out.phase.push(phase);
      out.provision.push('ehc_plan');
      out.need.push(NEED_TOTAL);
      out.pupils.push(total);
      rowNumbers.push(rowNumber);
      if (complete && isValue(total) && sum !== total) {
        issues.push(
          issue(
            'total-mismatch',
            rowNumber,
            'ehc_plans',
            '',
            'the needs do not add up to ehc_plans; check the row',
            'warning',
          ),
        );
      }
    }
    problems.throwIfAny();
    return { data: rawFrom(out, rowNumbers, raw.source), issues };
  },
};
