import type { RawData } from '../input.js';
import type { Contract } from '../schema.js';
import { issue, SendDataError } from '../issues.js';
import { EES_GEOGRAPHY, eesAreas, selectEesRows, type EesRow } from './ees.js';
import type { Preset, PresetOptions, PresetResult } from './preset.js';
import { EHC_PLANS_SYMBOLS } from './symbols.js';
import { column, periodLabel, rawFrom, ReadProblems, readMeasure, requireColumns, text } from './read-cells.js';

/**
 * Output column → published column of the EHC plans caseload file (`caseload.csv`), for the
 * placement groups it totals, and the independent special schools within `special` (a headline
 * of the partnership dashboard). `ehcplans` (spelt so in the file) becomes `ehc_plans`.
 */
export const CASELOAD_COLUMNS: Readonly<Record<string, string>> = Object.freeze({
  ehc_plans: 'ehcplans',
  mainstream: 'mainstream_total',
  special: 'special_total',
  special_independent: 'special_independent',
  alternative_provision: 'ap_pru_total',
  further_education: 'fe_total',
  educated_elsewhere: 'ed_elsewhere',
  early_years: 'nm_early_years',
  placement_unknown: 'placement_unknown',
});

/** What each count of {@link CASELOAD_COLUMNS} is, as the label of an indicator. */
export const CASELOAD_LABELS: Readonly<Record<string, string>> = Object.freeze({
  ehc_plans: 'EHC plans maintained in January',
  mainstream: 'EHC plans of children and young people in mainstream schools',
  special: 'EHC plans of children and young people in special schools',
  special_independent: 'EHC plans of children and young people in independent special schools',
  alternative_provision: 'EHC plans of children and young people in alternative provision or pupil referral units',
  further_education: 'EHC plans of young people in further education',
  educated_elsewhere: 'EHC plans of children and young people educated elsewhere',
  early_years: 'EHC plans of children in non-maintained early years settings',
  placement_unknown: 'EHC plans whose placement is not known',
});

const REQUIRED = [...EES_GEOGRAPHY, 'breakdown_topic', ...Object.values(CASELOAD_COLUMNS)];

/**
 * The rows the `ees-ehc-caseload` preset writes: one per period × area, with the number of EHC
 * plans and the placement totals (counts, or published symbols such as `x`). Not a chart contract:
 * it lets `send-insight validate --preset ees-ehc-caseload` check the output.
 */
export const ehcCaseloadContract: Contract = {
  name: 'ehc-caseload',
  title: 'EHC plans caseload',
  key: ['geography', 'area_code', 'time_period'],
  columns: [
    {
      name: 'time_period',
      type: 'text',
      required: true,
      description: 'January of the academic year, as a label (2024/25 is January 2025)',
      example: '2024/25',
    },
    {
      name: 'area_code',
      type: 'text',
      required: true,
      description: 'GSS code of the area (E92000001 for England)',
      example: 'E08000031',
    },
    { name: 'area_name', type: 'text', description: 'name of the area', example: 'Wolverhampton' },
    {
      name: 'geography',
      type: 'text',
      required: true,
      description: '"local", "england" or the area\'s name',
      example: 'local',
    },
    ...Object.keys(CASELOAD_COLUMNS).map((name) => ({
      name,
      type: 'count' as const,
      required: true,
      description:
        name === 'ehc_plans'
          ? 'EHC plans maintained in January'
          : `${CASELOAD_LABELS[name]} (published column ${CASELOAD_COLUMNS[name]})`,
      example: '3148',
    })),
  ],
};

/** The caseload's counts as **indicators** rows: one per kept row × count (or only `indicator`). */
function caseloadIndicators(
  raw: RawData,
  rows: readonly EesRow[],
  sources: readonly (readonly [string, string, ArrayLike<unknown>])[],
  indicator: string | undefined,
  problems: ReadProblems,
): RawData {
  const periods = column(raw, 'time_period');
  const level = column(raw, 'geographic_level');
  const regions = raw.values.get('region_code');
  const wanted = indicator?.trim() ? sources.filter(([name]) => name === indicator.trim()) : sources;
  if (!wanted.length) {
    const names = Object.keys(CASELOAD_COLUMNS);
    throw new SendDataError([
      issue(
        'unknown-indicator',
        0,
        'indicator',
        indicator!,
        `the caseload file has no count "${indicator}"; it has ${names.join(', ')}`,
      ),
    ]);
  }
  const out: Record<string, unknown[]> = {
    time_period: [],
    geographic_level: [],
    area_code: [],
    area_name: [],
    region_code: [],
    indicator: [],
    label: [],
    unit: [],
    value: [],
  };
  const rowNumbers: number[] = [];
  for (const { index: r, areaCode, areaName } of rows) {
    const lvl = text(level[r]);
    for (const [name, source, cells] of wanted) {
      out.time_period!.push(periodLabel(periods[r]));
      out.geographic_level!.push(lvl);
      out.area_code!.push(areaCode);
      out.area_name!.push(areaName);
      out.region_code!.push(lvl === 'National' || !regions ? '' : text(regions[r]));
      out.indicator!.push(name);
      out.label!.push(CASELOAD_LABELS[name]);
      out.unit!.push('count');
      out.value!.push(readMeasure(cells[r], raw.rowNumbers[r]!, source, problems, { whole: true }));
      rowNumbers.push(raw.rowNumbers[r]!);
    }
  }
  problems.throwIfAny();
  return rawFrom(out, rowNumbers, raw.source);
}

/**
 * **ees-ehc-caseload**: DfE "Education, health and care plans" (EES), file `caseload.csv`, read as
 * published → a tidy time series: one row per period × geography with `time_period` (label,
 * 2024/25), `area_code`, `area_name`, `geography` ("local" for the chosen authority, "england"),
 * `ehc_plans` and the placement totals named in {@link CASELOAD_COLUMNS}. Only the "All EHC plans"
 * breakdown is read. Counts are numbers or typed missing values (`x` → not available); anything
 * else throws, naming the published column and row.
 *
 * With `indicators`, the same counts are written in the **indicators** contract instead (one row per
 * area × period × count, `unit` count, labelled from {@link CASELOAD_LABELS}, with
 * `geographic_level` and a local authority's `region_code`), as `<send-indicator>` reads them; with
 * `indicator` too, only that count. With `everyArea` as well, every authority and region is kept.
 */
export const eesEhcCaseloadPreset: Preset = {
  name: 'ees-ehc-caseload',
  title: 'EHC plans caseload over time (DfE)',
  reads:
    'caseload.csv from DfE "Education, health and care plans" (Explore Education Statistics), January 2019 onwards',
  produces: 'time series rows: time_period, area_code, area_name, geography, ehc_plans and placement totals',
  description:
    'The number of EHC plans each January for one local authority and England, with totals by type of placement, for trend charts.',
  requires: REQUIRED,
  contract: ehcCaseloadContract,
  symbols: EHC_PLANS_SYMBOLS,
  areas: eesAreas,
  apply(raw: RawData, options: PresetOptions): PresetResult {
    requireColumns(raw, REQUIRED, 'ees-ehc-caseload');
    const topic = column(raw, 'breakdown_topic');
    const periods = column(raw, 'time_period');
    const { rows } = selectEesRows(raw, options, (r) => text(topic[r]) === 'All EHC plans');
    rows.sort(
      (a, b) =>
        text(periods[a.index]).localeCompare(text(periods[b.index])) ||
        (a.geography === b.geography
          ? a.index - b.index
          : a.geography === 'england'
            ? 1
            : b.geography === 'england'
              ? -1
              : a.index - b.index),
    );
    const sources = Object.entries(CASELOAD_COLUMNS).map(
      ([name, source]) => [name, source, column(raw, source)] as const,
    );
    const rowNumbers: number[] = [];
    const problems = new ReadProblems();
    if (options.indicators)
      return { data: caseloadIndicators(raw, rows, sources, options.indicator, problems), issues: [] };
    const out: Record<string, unknown[]> = { time_period: [], area_code: [], area_name: [], geography: [] };
    for (const name of Object.keys(CASELOAD_COLUMNS)) out[name] = [];
    for (const { index: r, geography, areaCode, areaName } of rows) {
      out.time_period!.push(periodLabel(periods[r]));
      out.area_code!.push(areaCode);
      out.area_name!.push(areaName);
      out.geography!.push(geography);
      for (const [name, source, cells] of sources)
        out[name]!.push(
          readMeasure(cells[r], raw.rowNumbers[r]!, source, problems, { whole: true, symbols: EHC_PLANS_SYMBOLS }),
        );
      rowNumbers.push(raw.rowNumbers[r]!);
    }
    problems.throwIfAny();
    return { data: rawFrom(out, rowNumbers, raw.source), issues: [] };
  },
};
