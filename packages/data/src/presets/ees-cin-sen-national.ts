import { needsContract } from '../contracts/needs.js';
import { NEED_TOTAL } from '../contracts/needs-codes.js';
import type { RawData } from '../input.js';
import { issue, SendDataError, type DataIssue } from '../issues.js';
import { CIN_NEEDS, CIN_PROVISION_SHARES, CIN_SYMBOLS, checkCinShare, checkCinSum } from './cin-sen-columns.js';
import { CIN_ROUNDED_TO } from './ees-cin-sen-la.js';
import type { AreaOption, Preset, PresetOptions, PresetResult } from './preset.js';
import {
  checkPeriod,
  column,
  periodLabel,
  periodMatches,
  rawFrom,
  ReadProblems,
  readMeasure,
  requireColumns,
  text,
} from './read-cells.js';

/** The two provisions of the national file: the suffix of its columns and the total each is a share of. */
export const CIN_NATIONAL_PROVISIONS = [
  { provision: 'sen_support', suffix: 'ss', total: 't_SEN_support' },
  { provision: 'ehc_plan', suffix: 'se', total: 't_statement_or_EHC_plan' },
] as const;

const REQUIRED = [
  'time_period',
  'social_care_group',
  't_pupils',
  ...CIN_NATIONAL_PROVISIONS.map((p) => p.total),
  ...CIN_NATIONAL_PROVISIONS.flatMap((p) => CIN_NEEDS.map((c) => `t_${c.suffix}_${p.suffix}`)),
];

const ENGLAND = new Set(['', 'england', 'e92000001']);

/**
 * **ees-cin-sen-national**: DfE "Outcomes for children in need, including children looked after by
 * local authorities in England" (EES), file `sen_national.csv`: England's pupils with SEN support
 * (`t_*_ss`) and with an EHC plan (`t_*_se`) by primary type of need, for each social care group and
 * for all pupils in state-funded schools, read as published → the **needs** contract with
 * geography "england" only. `phase` is the group as published ("CIN at 31 March", "CPPO at 31
 * March", "CLA at 31 March", "All pupils comparison", …); `provision` is "sen_support" or
 * "ehc_plan"; needs map to the DfE codes (SPLD → SpLD), and `t_SEN_support` and
 * `t_statement_or_EHC_plan` become each group's total row (need `ALL`), the base of every share.
 * The groups overlap (children in need at 31
 * March include those on a plan and those looked after), so draw one group at a time.
 *
 * Counts are rounded to the nearest 10, so each published share (`pt_*_ss` of `t_SEN_support`,
 * `pt_*_se` of `t_statement_or_EHC_plan`, `pt_*` of `t_pupils`) is checked within what the rounding
 * allows. Symbols: `c` suppressed, and `k` (once, for a share that rounds to 0) read as low.
 * The file has no local authorities: an `area` other than England throws.
 */
export const eesCinSenNationalPreset: Preset = {
  name: 'ees-cin-sen-national',
  title: 'Children in need by SEN provision and primary need, England (DfE)',
  reads:
    'sen_national.csv from DfE "Outcomes for children in need, including children looked after by local authorities in England" (Explore Education Statistics), 2016/17 onwards',
  produces: 'needs',
  description:
    "England's pupils with SEN support and with an EHC plan by primary type of need, for each social care group and for all pupils (the comparison row); shares are checked against the published percentages within the rounding of the counts.",
  requires: REQUIRED,
  contract: needsContract,
  symbols: CIN_SYMBOLS,
  areas: (): AreaOption[] => [],
  apply(raw: RawData, options: PresetOptions): PresetResult {
    requireColumns(raw, REQUIRED, 'ees-cin-sen-national');
    const wanted = options.area?.trim() ?? '';
    if (!ENGLAND.has(wanted.toLowerCase())) {
      throw new SendDataError([
        issue(
          'unknown-area',
          0,
          'area',
          wanted,
          `sen_national.csv holds figures for England only, so there is no "${wanted}" in it; leave the area out, or read the local authority file (sen_la.csv) with the ees-cin-sen-la preset`,
        ),
      ]);
    }
    const group = column(raw, 'social_care_group');
    const periods = column(raw, 'time_period');
    const level = raw.values.get('geographic_level');
    checkPeriod(periods, options.period, raw.numRows);
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
    for (let r = 0; r < raw.numRows; r++) {
      if (level && text(level[r]) !== 'National') continue;
      if (options.period && !periodMatches(periods[r], options.period)) continue;
      const rowNumber = raw.rowNumbers[r]!;
      const phase = text(group[r]);
      const period = periodLabel(periods[r]);
      for (const { provision, suffix, total } of CIN_NATIONAL_PROVISIONS) {
        for (const { need, suffix: code } of CIN_NEEDS) {
          const name = `t_${code}_${suffix}`;
          out.time_period.push(period);
          out.geography.push('england');
          out.area_code.push('E92000001');
          out.area_name.push('England');
          out.phase.push(phase);
          out.provision.push(provision);
          out.need.push(need);
          out.pupils.push(
            readMeasure(raw.values.get(name)![r], rowNumber, name, problems, { whole: true, symbols: CIN_SYMBOLS }),
          );
          rowNumbers.push(rowNumber);
          checkCinShare(
            raw,
            r,
            name,
            total,
            `pt_${code}_${suffix}`,
            `${need}, ${provision === 'sen_support' ? 'SEN support' : 'EHC plan'} (${phase})`,
            CIN_ROUNDED_TO,
            issues,
          );
        }
        // after the needs, the group's published total for the provision (need ALL): every share is of it
        out.time_period.push(period);
        out.geography.push('england');
        out.area_code.push('E92000001');
        out.area_name.push('England');
        out.phase.push(phase);
        out.provision.push(provision);
        out.need.push(NEED_TOTAL);
        out.pupils.push(
          readMeasure(raw.values.get(total)![r], rowNumber, total, problems, { whole: true, symbols: CIN_SYMBOLS }),
        );
        rowNumbers.push(rowNumber);
        checkCinSum(
          raw,
          r,
          CIN_NEEDS.map((c) => `t_${c.suffix}_${suffix}`),
          total,
          `The needs of pupils with ${provision === 'sen_support' ? 'SEN support' : 'an EHC plan'} (${phase})`,
          CIN_ROUNDED_TO,
          issues,
        );
      }
      readMeasure(raw.values.get('t_pupils')![r], rowNumber, 't_pupils', problems, {
        whole: true,
        symbols: CIN_SYMBOLS,
      });
      for (const { count, percent } of CIN_PROVISION_SHARES) {
        if (raw.values.has(count))
          checkCinShare(raw, r, count, 't_pupils', percent, `${count} (${phase})`, CIN_ROUNDED_TO, issues);
      }
      checkCinSum(
        raw,
        r,
        ['t_SEN_support', 't_statement_or_EHC_plan'],
        't_all_SEN',
        `SEN support and EHC plans (${phase})`,
        CIN_ROUNDED_TO,
        issues,
      );
    }
    problems.throwIfAny();
    return { data: rawFrom(out, rowNumbers, raw.source), issues };
  },
};
