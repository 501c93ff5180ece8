import { indicatorsContract, type IndicatorDirection, type IndicatorUnit } from '../contracts/indicators.js';
import type { RawData } from '../input.js';
import { issue, SendDataError, type DataIssue } from '../issues.js';
import { suggest } from '../suggest.js';
import { isValue, type Missing } from '../missing.js';
import { EES_GEOGRAPHY, eesAreas, localFirst, selectEesRows } from './ees.js';
import type { Preset, PresetOptions, PresetResult } from './preset.js';
import { SEN2_MI_SYMBOLS } from './symbols.js';
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

/** One measure of the SEN2 management information file. */
export interface Sen2Indicator {
  /** The column name as published, e.g. `no_exc_20week_rate`. */
  name: string;
  /** What it measures, in words. */
  label: string;
  unit: IndicatorUnit;
  /** For a percentage: the count it is worked out from and the count it is a share of, so it can be checked. */
  numerator?: string;
  denominator?: string;
  /** False for the columns first published in 2022, which the 2022 data guidance does not describe: their labels are only their names. */
  documented: boolean;
  /** Which way the measure improves, where that is beyond doubt (the 20-week timeliness rates); unset for the rest. */
  better?: IndicatorDirection;
}

const c = (name: string, label: string, documented = true): Sen2Indicator => ({
  name,
  label,
  unit: 'count',
  documented,
});
const pc = (
  name: string,
  label: string,
  numerator: string,
  denominator: string,
  better?: IndicatorDirection,
): Sen2Indicator => ({
  name,
  label,
  unit: 'percent',
  numerator,
  denominator,
  documented: true,
  ...(better ? { better } : {}),
});
const later = (name: string) =>
  c(
    name,
    `${name.replace(/_/g, ' ')} (published from 2022; the data guidance of reporting year 2022 does not describe it)`,
    false,
  );

/**
 * The 73 measures of DfE's SEN2 management information file (`sen2_mi.csv`, "Education, health
 * and care plans": requests, assessments, 20-week timeliness, discontinued plans, moves between
 * settings, mediation, tribunals, personal budgets), in file order, with labels written from the
 * data guidance of reporting year 2022 (which names them in CamelCase, e.g. `NoExc20weekRate`). Measures with "statement" in their label are
 * from the statements of SEN that EHC plans replaced (2014 onwards). Percentages name the counts
 * they are worked out from.
 */
export const SEN2_INDICATORS: readonly Sen2Indicator[] = [
  c(
    'ass_nodecision',
    'Assessments for a statement of SEN still under way, or finished with no decision, at the end of the year',
  ),
  c(
    'ass_nodecision_ehc',
    'EHC needs assessments still under way, or finished with no decision, at the end of the year',
  ),
  c('ass_none', 'Assessments where it was decided not to issue a statement of SEN'),
  c('ass_none_ehc', 'Assessments where it was decided not to issue an EHC plan'),
  pc(
    'ass_none_ehc_pc',
    'Assessments in the year where it was decided not to issue an EHC plan (%)',
    'ass_none_ehc',
    'new_all_ehc_ass_none_ehc_sum',
  ),
  c('ass_refused', 'Initial requests for assessment for a statement of SEN that were refused'),
  c('ass_refused_ehc', 'Initial requests for an EHC needs assessment that were refused'),
  pc(
    'ass_refused_ehc_pc',
    'Initial requests for an EHC needs assessment refused in the year (%)',
    'ass_refused_ehc',
    'inreq_ehc',
  ),
  later('assessment_mediation'),
  later('assessment_tribunal'),
  later('assessment_w'),
  later('assessments'),
  c('direct_pay_education', 'Personal budgets with a direct payment for education'),
  c('direct_pay_health', 'Personal budgets with a direct payment for health'),
  c('direct_pay_integrated', 'Personal budgets with an integrated direct payment'),
  c('direct_pay_socialcare', 'Personal budgets with a direct payment for social care'),
  later('discontinued_abroad'),
  later('discontinued_age'),
  later('discontinued_deceased'),
  later('discontinued_employment'),
  later('discontinued_unknown'),
  later('discontinued_engage'),
  later('discontinued_he'),
  c(
    'discontinued_lea',
    'Statements of SEN discontinued because the child or young person moved to another local authority',
  ),
  c(
    'discontinued_lea_ehc',
    'EHC plans discontinued because the child or young person moved to another local authority',
  ),
  later('discontinued_lea_noncomp'),
  c(
    'discontinued_left',
    'Statements of SEN discontinued on leaving school at the end of compulsory schooling or later',
  ),
  c('discontinued_left_ehc', 'EHC plans discontinued on leaving school at the end of compulsory schooling or later'),
  c('discontinued_met', 'Statements of SEN discontinued because the needs are met without one'),
  c('discontinued_met_ehc', 'EHC plans discontinued because the needs are met without an EHC plan'),
  later('discontinued_met_noncomp'),
  c('discontinued_other', 'Statements of SEN discontinued for other reasons'),
  c('discontinued_other_ehc', 'EHC plans discontinued for other reasons'),
  later('discontinued_other_noncomp'),
  later('discontinued_total'),
  c('inc_exc_20week_ehc', 'New EHC plans issued within 20 weeks, including exceptions'),
  pc(
    'inc_exc_20week_rate',
    'New EHC plans issued within 20 weeks, including exceptions (%)',
    'inc_exc_20week_ehc',
    'tot_inc_exc_ehc',
    'higher',
  ),
  c('inc_exc_26week', 'New statements of SEN issued within 26 weeks, including exceptions'),
  c('inreq_ehc', 'Initial requests for an EHC needs assessment'),
  later('inreq_ehc_a'),
  later('inreq_ehc_w'),
  later('inreq_ehc_y'),
  c('inreq_rya_ehc', 'Initial requests for an EHC needs assessment for young people detained in youth accommodation'),
  c(
    'mainstream_to_home',
    'Children and young people with a statement of SEN taken out of a mainstream setting by their parents to be educated at home',
  ),
  c(
    'mainstream_to_home_ehc',
    'Children and young people with an EHC plan taken out of a mainstream setting by their parents to be educated at home',
  ),
  c(
    'mainstream_to_special',
    'Children and young people with a statement of SEN who moved from a mainstream to a special setting',
  ),
  c(
    'mainstream_to_special_ehc',
    'Children and young people with an EHC plan who moved from a mainstream to a special setting',
  ),
  c('new_all_ehc', 'Children and young people assessed for whom an EHC plan was issued (new EHC plans)'),
  c(
    'new_all_ehc_ass_none_ehc_sum',
    'Children and young people assessed: an EHC plan issued, or a decision not to issue one',
  ),
  pc(
    'new_all_ehc_pc',
    'Children and young people assessed for whom an EHC plan was issued for the first time (%)',
    'new_all_ehc',
    'new_all_ehc_ass_none_ehc_sum',
  ),
  c('no_exc_20week_ehc', 'New EHC plans issued within 20 weeks, excluding exceptions'),
  pc(
    'no_exc_20week_rate',
    'New EHC plans issued within 20 weeks, excluding exceptions (%)',
    'no_exc_20week_ehc',
    'tot_no_exc_ehc',
    'higher',
  ),
  c('no_exc_26week', 'New statements of SEN issued within 26 weeks, excluding exceptions'),
  c('org_arrangements', 'Personal budgets with organised arrangements'),
  later('other_mediation'),
  later('other_tribunal'),
  later('total_tribunal'),
  c('personal_budgets', 'Personal budgets in place for all EHC plans'),
  later('request_mediation'),
  later('request_tribunal'),
  c(
    'special_to_home',
    'Children and young people with a statement of SEN taken out of a special setting by their parents to be educated at home',
  ),
  c(
    'special_to_home_ehc',
    'Children and young people with an EHC plan taken out of a special setting by their parents to be educated at home',
  ),
  c(
    'special_to_mainstream',
    'Children and young people with a statement of SEN who moved from a special to a mainstream setting',
  ),
  c(
    'special_to_mainstream_ehc',
    'Children and young people with an EHC plan who moved from a special to a mainstream setting',
  ),
  c(
    'statements_no_ehc',
    'Children and young people with a statement of SEN assessed for an EHC plan where it was decided not to issue one',
  ),
  c('statements_to_ehc', 'Children and young people with a statement of SEN who were issued an EHC plan'),
  c('tot_inc_exc', 'New statements of SEN, including exceptions'),
  c('tot_inc_exc_ehc', 'New EHC plans, including exceptions'),
  c('tot_no_exc', 'New statements of SEN, excluding exceptions'),
  c('tot_no_exc_ehc', 'New EHC plans, excluding exceptions'),
  c('total_mediation', 'Mediation cases held'),
  c('total_tribunal_followed_mediation', 'Mediation cases held that were followed by an appeal to the tribunal'),
  pc(
    'total_tribunal_pc',
    'Mediation cases held that were followed by an appeal to the tribunal (%)',
    'total_tribunal_followed_mediation',
    'total_mediation',
  ),
];

/** The indicator a board tracks most: the share of new EHC plans issued within the 20-week time limit, excluding exceptions. */
export const SEN2_HEADLINE_INDICATOR = 'no_exc_20week_rate';

const BY_NAME = new Map(SEN2_INDICATORS.map((i) => [i.name, i]));
const GEOGRAPHY_COLUMNS = new Set([
  ...EES_GEOGRAPHY,
  'time_identifier',
  'country_code',
  'country_name',
  'region_code',
  'region_name',
  'old_la_code',
]);
const REQUIRED = [...EES_GEOGRAPHY, 'new_all_ehc', SEN2_HEADLINE_INDICATOR];
const LEVELS: Record<string, string> = {
  National: 'National',
  Regional: 'Regional',
  'Local authority': 'Local authority',
};

/** The measure `name` among the file's columns; an unknown name throws, suggesting the closest. */
function measureNamed(measures: readonly Sen2Indicator[], name: string): Sen2Indicator {
  const found = measures.find((m) => m.name === name.trim());
  if (found) return found;
  const names = measures.map((m) => m.name);
  const hint = suggest(name, names);
  throw new SendDataError([
    issue(
      'unknown-indicator',
      0,
      'indicator',
      name,
      `the file has no measure "${name}"${hint ? `; did you mean "${hint}"?` : ''}`,
    ),
  ]);
}

/**
 * A measure and its family, the measure first: a percentage and the counts it is worked out from,
 * and every other percentage that shares one of them (connected), which the indicator model
 * protects as one. Keeping only one of them would protect it alone, and a page showing another
 * member from its own copy of the file could then give away what each hides (issue 19).
 */
function familyNamed(measures: readonly Sen2Indicator[], name: string): Sen2Indicator[] {
  const asked = measureNamed(measures, name);
  const present = new Set(measures.map((m) => m.name));
  const kept = new Set([asked.name]);
  for (let grew = true; grew;) {
    grew = false;
    for (const m of measures) {
      if (!m.numerator || !m.denominator || !present.has(m.numerator) || !present.has(m.denominator)) continue;
      const members = [m.name, m.numerator, m.denominator];
      if (!members.some((n) => kept.has(n)) || members.every((n) => kept.has(n))) continue;
      for (const n of members) kept.add(n);
      grew = true;
    }
  }
  return [asked, ...measures.filter((m) => m !== asked && kept.has(m.name))];
}

/** The indicator of a column: from {@link SEN2_INDICATORS}, or, for a column it does not list (a later release), read from the name. */
function indicatorOf(name: string): Sen2Indicator {
  return (
    BY_NAME.get(name) ?? {
      name,
      label: name.replace(/_/g, ' '),
      unit: /(_pc|_rate)$/.test(name) ? 'percent' : 'count',
      documented: false,
    }
  );
}

/**
 * **ees-sen2-mi**: DfE "Education, health and care plans" (EES), file `sen2_mi.csv` — the SEN2
 * management information by local authority, region and England, calendar years from 2014 (83 columns, one per measure after the geography) — read exactly as published (quoted
 * headers and names, long decimals such as `85.700000000000`, leading spaces, `z` not applicable,
 * `x` not available) into the tidy long **indicators** contract: one row per area × year × measure
 * with `time_period`, `geographic_level`, `area_code`, `area_name`, `region_code` (a local
 * authority's region), `indicator`, `label`, `unit`, `value` (a number or a typed missing value),
 * and, for a percentage, the `numerator` and `denominator` it is worked out from (e.g.
 * `no_exc_20week_ehc` of `tot_no_exc_ehc`) and `better` where the direction is beyond doubt (the
 * 20-week rates: higher). With `area`: that authority and England; without: every area in the
 * file (England, regions and authorities). With `indicator`: only that measure (an unknown name
 * throws, suggesting the closest). Each percentage is recomputed from its counts and compared with
 * the published value to one decimal place; a percentage published with a zero denominator, or
 * above 100, is a warning naming the row and column. A cell that is neither a number nor a symbol
 * throws, naming the published column and row.
 *
 * The board's headline measure is {@link SEN2_HEADLINE_INDICATOR} (`no_exc_20week_rate`): new EHC
 * plans issued within 20 weeks, excluding exceptions.
 */
export const eesSen2MiPreset: Preset = {
  name: 'ees-sen2-mi',
  title: 'SEN2 management information: requests, assessments, 20-week timeliness (DfE)',
  reads:
    'sen2_mi.csv from DfE "Education, health and care plans" (Explore Education Statistics): calendar years from 2014 (the copy tested runs to 2022)',
  produces: 'indicators',
  description:
    'Every SEN2 measure (requests, assessments, new EHC plans and the share issued within 20 weeks, discontinued plans, moves between settings, mediation and tribunals, personal budgets) as one row per area, year and measure; percentages are checked against their counts.',
  requires: REQUIRED,
  contract: indicatorsContract,
  symbols: SEN2_MI_SYMBOLS,
  areas: eesAreas,
  apply(raw: RawData, options: PresetOptions): PresetResult {
    requireColumns(raw, REQUIRED, 'ees-sen2-mi');
    const periods = column(raw, 'time_period');
    const level = column(raw, 'geographic_level');
    const regions = raw.values.get('region_code');
    const { rows } = selectEesRows(raw, { ...options, everyArea: !options.area?.trim() });
    rows.sort(localFirst);
    const all = raw.columns.filter((name) => !GEOGRAPHY_COLUMNS.has(name)).map(indicatorOf);
    const measures = options.indicator ? familyNamed(all, options.indicator) : all;
    const cells = new Map(all.map((m) => [m.name, raw.values.get(m.name)!]));
    const out = {
      time_period: [] as string[],
      geographic_level: [] as string[],
      area_code: [] as string[],
      area_name: [] as string[],
      region_code: [] as string[],
      indicator: [] as string[],
      label: [] as string[],
      unit: [] as string[],
      value: [] as (number | Missing | undefined)[],
      numerator: [] as (number | Missing | undefined)[],
      denominator: [] as (number | Missing | undefined)[],
      better: [] as string[],
    };
    const rowNumbers: number[] = [];
    const issues: DataIssue[] = [];
    const problems = new ReadProblems();
    const read = new Map<string, number | Missing | undefined>();
    const cell = (name: string, r: number, rowNumber: number) => {
      if (!read.has(name))
        read.set(
          name,
          readMeasure(cells.get(name)![r], rowNumber, name, problems, {
            whole: indicatorOf(name).unit === 'count',
            symbols: SEN2_MI_SYMBOLS,
          }),
        );
      return read.get(name);
    };
    for (const { index: r, areaCode, areaName } of rows) {
      const rowNumber = raw.rowNumbers[r]!;
      const period = periodLabel(periods[r]);
      const lvl = LEVELS[text(level[r])] ?? text(level[r]);
      const region = lvl === 'National' || !regions ? '' : text(regions[r]);
      read.clear();
      for (const m of measures) {
        const value = cell(m.name, r, rowNumber);
        const ratio = m.numerator && m.denominator && cells.has(m.numerator) && cells.has(m.denominator);
        out.time_period.push(period);
        out.geographic_level.push(lvl);
        out.area_code.push(areaCode);
        out.area_name.push(areaName);
        out.region_code.push(region);
        out.indicator.push(m.name);
        out.label.push(m.label);
        out.unit.push(m.unit);
        out.value.push(value);
        out.numerator.push(ratio ? cell(m.numerator!, r, rowNumber) : undefined);
        out.denominator.push(ratio ? cell(m.denominator!, r, rowNumber) : undefined);
        out.better.push(m.better ?? '');
        rowNumbers.push(rowNumber);
      }
      for (const m of measures) {
        if (!m.numerator || !m.denominator || !cells.has(m.numerator) || !cells.has(m.denominator)) continue;
        const value = read.get(m.name);
        const part = cell(m.numerator, r, rowNumber);
        const whole = cell(m.denominator, r, rowNumber);
        const share = shareDisagrees(part, whole, value);
        if (share !== undefined) {
          issues.push(
            issue(
              'published-share-mismatch',
              rowNumber,
              m.name,
              '',
              `the published ${m.name} is not ${m.numerator} as a share of ${m.denominator}; check the row`,
              'warning',
            ),
          );
        } else if (isValue(value) && whole === 0) {
          issues.push(
            issue(
              'published-share-mismatch',
              rowNumber,
              m.name,
              '',
              `the file publishes ${m.name} where ${m.denominator} leaves nothing to take a share of (it would be z, not applicable); check the row`,
              'warning',
            ),
          );
        }
        if (isValue(part) && isValue(whole) && part > whole) {
          issues.push(
            issue(
              'part-exceeds-whole',
              rowNumber,
              m.denominator,
              '',
              `${m.denominator} is smaller than its part ${m.numerator}, so ${m.name} is over 100%; check the row`,
              'warning',
            ),
          );
        }
      }
    }
    problems.throwIfAny();
    return { data: rawFrom(out, rowNumbers, raw.source), issues };
  },
};
