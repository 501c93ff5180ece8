import { needsContract } from '../contracts/needs.js';
import { NEED_TOTAL } from '../contracts/needs-codes.js';
import type { RawData } from '../input.js';
import type { DataIssue } from '../issues.js';
import { CIN_NEEDS, CIN_PROVISION_SHARES, CIN_SYMBOLS, checkCinShare, checkCinSum } from './cin-sen-columns.js';
import { EES_GEOGRAPHY, eesAreas, localFirst, selectEesRows } from './ees.js';
import type { Preset, PresetOptions, PresetResult } from './preset.js';
import { column, periodLabel, rawFrom, ReadProblems, readMeasure, requireColumns, text } from './read-cells.js';

const REQUIRED = [
  ...EES_GEOGRAPHY,
  'social_care_group',
  't_pupils',
  't_all_SEN',
  ...CIN_NEEDS.map((c) => `t_${c.suffix}`),
];

/** National and regional counts in the children-in-need files are rounded to the nearest 10 (local authority counts are not). */
export const CIN_ROUNDED_TO = 10;

/**
 * **ees-cin-sen-la**: DfE "Outcomes for children in need, including children looked after by local
 * authorities in England" (EES), file `sen_la.csv`: pupils with special educational needs by
 * primary type of need, for each social care group, local authority and year, read as published →
 * the **needs** contract. Keeps the chosen authority ("local") and England ("england", the file's
 * National rows); `phase` is the social care group as published ("CINO at 31 March", "CPPO at 31
 * March", "CLA 12 months at 31 March"); `provision` is "all" (SEN support and EHC plans together:
 * the file gives needs only for all pupils with SEN); `need` maps the thirteen `t_*` columns to the
 * DfE codes (`t_SPLD` → SpLD, NSA kept), and `t_all_SEN` becomes the group's total row (need `ALL`),
 * so every share is of all pupils with SEN in the group, as DfE publishes it, even where needs are
 * suppressed (`c`); `time_period` becomes a label (202122 → 2021/22).
 *
 * Each need's share of `t_all_SEN`, and each provision's share of `t_pupils`, is recomputed and
 * compared with the published `pt_*` column to one decimal place (for national and regional rows,
 * whose counts are rounded to the nearest 10, within what the rounding allows); the needs are
 * checked to add up to `t_all_SEN`. Differences, and percentages that give a suppressed count away,
 * are warnings naming row and column. Symbols: `c` suppressed, `z` not applicable.
 */
export const eesCinSenLaPreset: Preset = {
  name: 'ees-cin-sen-la',
  title: 'Children in need by SEN and primary need, by local authority (DfE)',
  reads:
    'sen_la.csv from DfE "Outcomes for children in need, including children looked after by local authorities in England" (Explore Education Statistics), 2016/17 onwards',
  produces: 'needs',
  description:
    'Pupils with SEN in each social care group (children in need, on a child protection plan, looked after) by primary type of need, for one local authority and England; shares are checked against the published percentages.',
  requires: REQUIRED,
  contract: needsContract,
  symbols: CIN_SYMBOLS,
  areas: eesAreas,
  apply(raw: RawData, options: PresetOptions): PresetResult {
    requireColumns(raw, REQUIRED, 'ees-cin-sen-la');
    const group = column(raw, 'social_care_group');
    const periods = column(raw, 'time_period');
    const level = column(raw, 'geographic_level');
    const { rows } = selectEesRows(raw, options);
    rows.sort(localFirst);
    const needCells = CIN_NEEDS.map((c) => column(raw, `t_${c.suffix}`));
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
    for (const { index: r, geography, areaCode, areaName } of rows) {
      const rowNumber = raw.rowNumbers[r]!;
      const phase = text(group[r]);
      const period = periodLabel(periods[r]);
      const rounded = text(level[r]) === 'Local authority' ? 1 : CIN_ROUNDED_TO;
      for (let k = 0; k < CIN_NEEDS.length; k++) {
        const { need, suffix } = CIN_NEEDS[k]!;
        out.time_period.push(period);
        out.geography.push(geography);
        out.area_code.push(areaCode);
        out.area_name.push(areaName);
        out.phase.push(phase);
        out.provision.push('all');
        out.need.push(need);
        out.pupils.push(
          readMeasure(needCells[k]![r], rowNumber, `t_${suffix}`, problems, { whole: true, symbols: CIN_SYMBOLS }),
        );
        rowNumbers.push(rowNumber);
        checkCinShare(raw, r, `t_${suffix}`, 't_all_SEN', `pt_${suffix}`, `${need} (${phase})`, rounded, issues);
      }
      // the group's published total: everyone with SEN in it, needs suppressed at source included
      out.time_period.push(period);
      out.geography.push(geography);
      out.area_code.push(areaCode);
      out.area_name.push(areaName);
      out.phase.push(phase);
      out.provision.push('all');
      out.need.push(NEED_TOTAL);
      out.pupils.push(
        readMeasure(raw.values.get('t_all_SEN')![r], rowNumber, 't_all_SEN', problems, {
          whole: true,
          symbols: CIN_SYMBOLS,
        }),
      );
      rowNumbers.push(rowNumber);
      readMeasure(raw.values.get('t_pupils')![r], rowNumber, 't_pupils', problems, {
        whole: true,
        symbols: CIN_SYMBOLS,
      });
      for (const { count, percent } of CIN_PROVISION_SHARES) {
        if (raw.values.has(count))
          checkCinShare(raw, r, count, 't_pupils', percent, `${count} (${phase})`, rounded, issues);
      }
      checkCinSum(
        raw,
        r,
        CIN_NEEDS.map((c) => `t_${c.suffix}`),
        't_all_SEN',
        `The needs (${phase})`,
        rounded,
        issues,
      );
      if (raw.values.has('t_SEN_support') && raw.values.has('t_statement_or_EHC_plan')) {
        checkCinSum(
          raw,
          r,
          ['t_SEN_support', 't_statement_or_EHC_plan'],
          't_all_SEN',
          `SEN support and EHC plans (${phase})`,
          rounded,
          issues,
        );
      }
      if (raw.values.has('t_no_identified_SEN'))
        checkCinSum(
          raw,
          r,
          ['t_no_identified_SEN', 't_all_SEN'],
          't_pupils',
          `Pupils with and without SEN (${phase})`,
          rounded,
          issues,
        );
    }
    problems.throwIfAny();
    return { data: rawFrom(out, rowNumbers, raw.source), issues };
  },
};
