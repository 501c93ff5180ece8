import { canShowRate, DEFAULT_MIN_COUNT } from '../disclosure.js';
import { issue, SendDataError, type DataIssue } from '../issues.js';
import { isMissing, isValue, missing, type Missing } from '../missing.js';
import { rateRatio } from '../stats/rate-ratio.js';
import { weightedLinearFit } from '../stats/regression.js';
import { cochranArmitage } from '../stats/trend-test.js';
import { wilson } from '../stats/wilson.js';
import type { ValidatedData } from '../validate.js';
import { aggregateDeciles, type CountCell, type DecileTotals } from './aggregate.js';
import { protectDeprivation, type ProtectedDeprivation } from './protect.js';
import type {
  DeprivationMeasure,
  DecileStatus,
  DecileRate,
  MeasureSeries,
  DeprivationModel,
  DeprivationModelOptions,
} from './types.js';
import { lsoaRows, lsoaSeries } from './lsoa-series.js';

export type {
  DeprivationMeasure,
  DecileStatus,
  DecileRate,
  DeprivationTrend,
  DeprivationContrast,
  MeasureSeries,
  LsoaSeries,
  DeprivationModel,
  DeprivationModelOptions,
} from './types.js';

/** The measures in their display order. */
export const DEPRIVATION_MEASURES: readonly DeprivationMeasure[] = ['sen_support', 'ehc_plan', 'all_sen'];

/** Plain-English names, used in labels, tables and the summary. */
export const DEPRIVATION_MEASURE_LABELS: Readonly<Record<DeprivationMeasure, string>> = {
  sen_support: 'SEN support',
  ehc_plan: 'EHC plans',
  all_sen: 'Pupils with any SEN',
};

function statusOf(v: number | Missing): DecileStatus {
  if (!isMissing(v)) return 'shown';
  if (v.kind === 'suppressed') return 'suppressed';
  if (v.kind === 'not_available' && v.symbol === 'x') return 'no-data';
  return 'not-available';
}

/** Sort key for periods like 2022/23, 202223, 2023, "2023 Q1": digits first, then text. */
function comparePeriods(a: string, b: string): number {
  const na = a.replace(/\D/g, '');
  const nb = b.replace(/\D/g, '');
  if (na && nb && na !== nb) return Number(na.slice(0, 8)) - Number(nb.slice(0, 8));
  return a < b ? -1 : a > b ? 1 : 0;
}

function totalOf(cells: (number | Missing)[]): number | undefined {
  let sum = 0;
  for (const v of cells) {
    if (isMissing(v)) {
      if (v.kind === 'not_available' && v.symbol === 'x') continue; // no rows
      return undefined;
    }
    sum += v;
  }
  return sum;
}

function seriesFor(
  measure: DeprivationMeasure,
  totals: DecileTotals,
  minCount: number,
  p: ProtectedDeprivation,
): MeasureSeries {
  const counts = p.deciles[measure];
  const deciles: DecileRate[] = [];
  for (let d = 0; d < 10; d++) {
    const pupils = p.deciles.pupils.values[d]!;
    const count = counts.values[d]!;
    const decile = d + 1;
    if (canShowRate(count, pupils, minCount) && isValue(count) && isValue(pupils) && pupils > 0) {
      const ci = wilson(count, pupils)!;
      deciles.push({
        decile,
        status: 'shown',
        pupils,
        count,
        rate: ci.estimate * 100,
        lower: ci.lower * 100,
        upper: ci.upper * 100,
      });
      continue;
    }
    // the worst status among pupils and count says why
    const cs = statusOf(count);
    const ps = statusOf(pupils);
    let status: DecileStatus = cs === 'shown' ? ps : cs;
    if (status === 'shown') status = 'suppressed'; // e.g. a shown count over a shown denominator below the threshold
    if (ps === 'no-data' || cs === 'no-data' || pupils === 0) status = 'no-data';
    const entry: DecileRate = { decile, status };
    const reason =
      counts.reasons[d] ?? p.deciles.pupils.reasons[d] ?? (status === 'suppressed' ? 'denominator' : undefined);
    if (status === 'suppressed' && reason) entry.reason = reason;
    // pupils may still be shown when only the measure's count is hidden
    if (isValue(pupils) && (pupils === 0 || pupils >= minCount)) entry.pupils = pupils;
    deciles.push(entry);
  }

  const shown = deciles.filter((d) => d.status === 'shown');
  const series: MeasureSeries = { measure, label: DEPRIVATION_MEASURE_LABELS[measure], deciles };
  const fit = weightedLinearFit(
    shown.map((d) => d.decile),
    shown.map((d) => d.rate!),
    shown.map((d) => d.pupils!),
  );
  if (fit && shown.length >= 3) series.trend = { slope: fit.slope, intercept: fit.intercept, n: fit.n };
  if (shown.length >= 3) {
    const test = cochranArmitage(
      shown.map((d) => d.count!),
      shown.map((d) => d.pupils!),
      shown.map((d) => d.decile),
    );
    if (test) series.trendTest = test;
  }
  if (shown.length >= 2) {
    const most = shown[0]!;
    const least = shown[shown.length - 1]!;
    series.contrast = {
      most: most.decile,
      least: least.decile,
      mostRate: most.rate!,
      leastRate: least.rate!,
      gap: most.rate! - least.rate!,
    };
    if (least.rate! > 0) series.contrast.ratio = most.rate! / least.rate!;
    const rr = rateRatio(most.count!, most.pupils!, least.count!, least.pupils!);
    if (rr) Object.assign(series.contrast, { ratioLower: rr.lower, ratioUpper: rr.upper });
  }
  // the overall rate publishes the totals over all deciles (its interval gives the pupils away): it is
  // shown only when the disclosure control lets both totals be shown
  const totalPupils = totalOf(totals.pupils);
  const rawCounts =
    measure === 'all_sen'
      ? totals.sen_support.map((s, d) =>
          isValue(s) && isValue(totals.ehc_plan[d])
            ? s + (totals.ehc_plan[d] as number)
            : isMissing(s)
              ? s
              : totals.ehc_plan[d]!,
        )
      : totals[measure];
  const totalCount = totalOf(rawCounts);
  if (
    totalPupils !== undefined &&
    totalCount !== undefined &&
    p.totals[measure] &&
    p.totals.pupils &&
    canShowRate(totalCount, totalPupils, minCount)
  ) {
    const ci = wilson(totalCount, totalPupils);
    if (ci) series.overall = { rate: ci.estimate * 100, lower: ci.lower * 100, upper: ci.upper * 100 };
  }
  return series;
}

function allSeries(
  totals: DecileTotals,
  minCount: number,
  p: ProtectedDeprivation,
): Record<DeprivationMeasure, MeasureSeries> {
  return {
    sen_support: seriesFor('sen_support', totals, minCount, p),
    ehc_plan: seriesFor('ehc_plan', totals, minCount, p),
    all_sen: seriesFor('all_sen', totals, minCount, p),
  };
}

/**
 * Builds the deprivation chart's view model from validated `deprivation` data: counts are added
 * up per IMD decile (pupil-, LSOA- or decile-level rows), protected by disclosure control, and
 * turned into rates per 100 pupils with Wilson 95% intervals, a pupil-weighted trend line (drawn,
 * not tested), the Cochran–Armitage test for trend with pupils as the denominator, and the most-
 * against least-deprived contrast with its rate ratio and 95% interval, for SEN support, EHC plans
 * and both together (what may be said of them: {@link deprivationFindings});
 * England's rows (`geography = england`) become the comparator.
 *
 * @param data validated data (see `validate(raw, deprivationContract)`)
 * @param options disclosure threshold, period and area
 * @returns a plain, JSON-serialisable model in which no count below the threshold appears
 * @throws {SendDataError} when the data has errors, more SEN than pupils, or several areas and no `area` chosen
 * @example
 * const model = buildDeprivationModel(validate(toRawData(rows), deprivationContract));
 * model.local.sen_support.contrast?.ratio // e.g. 2.2
 */
export function buildDeprivationModel(data: ValidatedData, options: DeprivationModelOptions = {}): DeprivationModel {
  const minCount = options.minCount ?? DEFAULT_MIN_COUNT;
  const errors = data.issues.filter((i) => i.severity === 'error');
  if (errors.length) throw new SendDataError(errors);
  const col = (name: string) => data.columns.get(name) as CountCell[] | undefined;
  const decile = col('imd_decile');
  const pupils = col('pupils');
  const sen = col('sen_support');
  const ehc = col('ehc_plan');
  if (!decile || !pupils || !sen || !ehc) {
    const absent = ['imd_decile', 'pupils', 'sen_support', 'ehc_plan'].filter((c) => !data.columns.has(c));
    throw new SendDataError(
      absent.map((c) => issue('missing-column', 1, c, '', `the required column "${c}" is missing`)),
    );
  }
  const geography = col('geography');
  const periodCol = col('time_period');
  // one pass to mark England's rows (a few distinct strings, so cache their reading)
  const englandRow = new Uint8Array(data.numRows);
  if (geography) {
    const seenGeo = new Map<unknown, number>();
    for (let r = 0; r < data.numRows; r++) {
      const g = geography[r];
      let flag = seenGeo.get(g);
      if (flag === undefined) {
        const t = typeof g === 'string' ? g.trim() : '';
        flag = t.toLowerCase() === 'england' || t.toUpperCase() === 'E92000001' ? 1 : 0;
        seenGeo.set(g, flag);
      }
      englandRow[r] = flag;
    }
  }
  const isEngland = (r: number) => englandRow[r] === 1;

  // cross-column check; the message names the row but not the counts, which may be small
  const problems: DataIssue[] = [];
  for (let r = 0; r < data.numRows; r++) {
    const p = pupils[r];
    const s = sen[r];
    const e = ehc[r];
    if (isValue(p) && ((isValue(s) && s > p) || (isValue(e) && e > p) || (isValue(s) && isValue(e) && s + e > p))) {
      problems.push(
        issue(
          'exceeds-pupils',
          data.rowNumbers[r]!,
          data.sourceNames.get(
            isValue(s) && s > p ? 'sen_support' : isValue(e) && e > p ? 'ehc_plan' : 'sen_support',
          ) ?? 'sen_support',
          '',
          `row ${data.rowNumbers[r]}: SEN support and EHC plans add up to more than the pupils in the row; a pupil is counted in one of them at most`,
        ),
      );
      if (problems.length >= 20) break;
    }
  }
  if (problems.length) throw new SendDataError(problems);

  // which local area
  const codes = col('area_code');
  const names = col('area_name');
  const areaOf = (r: number) =>
    typeof codes?.[r] === 'string'
      ? (codes[r] as string)
      : typeof names?.[r] === 'string'
        ? (names[r] as string)
        : undefined;
  let areaFilter: ((r: number) => boolean) | undefined;
  if (options.area && (codes || names)) {
    const want = options.area.trim().toLowerCase();
    areaFilter = (r) =>
      isEngland(r) ||
      (codes?.[r] as string | undefined)?.toLowerCase() === want ||
      (names?.[r] as string | undefined)?.toLowerCase() === want;
  } else {
    const seen = new Set<string>();
    for (let r = 0; r < data.numRows; r++) {
      if (isEngland(r)) continue;
      const a = areaOf(r);
      if (a !== undefined) seen.add(a);
    }
    if (seen.size > 1) {
      const list = [...seen].slice(0, 4).join(', ');
      throw new SendDataError([
        issue(
          'several-areas',
          0,
          codes
            ? (data.sourceNames.get('area_code') ?? 'area_code')
            : (data.sourceNames.get('area_name') ?? 'area_name'),
          '',
          `the data holds ${seen.size} areas (${list}${seen.size > 4 ? ', …' : ''}); choose one with the area attribute, e.g. area="${[...seen][0]}"`,
        ),
      ]);
    }
  }

  const periods = new Set<string>();
  if (periodCol) for (const v of periodCol) if (typeof v === 'string' && v.trim()) periods.add(v.trim());
  const periodList = [...periods].sort(comparePeriods);
  let period: string | undefined;
  if (periodList.length) {
    period = options.period && periods.has(options.period) ? options.period : periodList[periodList.length - 1];
  }
  const included = new Uint8Array(data.numRows);
  for (let r = 0; r < data.numRows; r++) {
    included[r] =
      (period === undefined || (typeof periodCol?.[r] === 'string' && (periodCol[r] as string).trim() === period)) &&
      (!areaFilter || areaFilter(r))
        ? 1
        : 0;
  }
  const include = (r: number) => included[r] === 1;

  const { groups } = aggregateDeciles({
    imd_decile: decile,
    pupils,
    sen_support: sen,
    ehc_plan: ehc,
    geography,
    include,
  });
  const localTotals = groups.find((g) => g.geography === 'local');
  const englandTotals = groups.find((g) => g.geography === 'england');
  const empty: DecileTotals = {
    geography: 'local',
    period,
    pupils: new Array(10).fill(missing('not_available', 'x')),
    sen_support: new Array(10).fill(missing('not_available', 'x')),
    ehc_plan: new Array(10).fill(missing('not_available', 'x')),
    rows: new Array(10).fill(0),
  };
  // the local area's deciles and neighbourhoods are protected together; England's deciles on their own
  const localRows: number[] = [];
  for (let r = 0; r < data.numRows; r++) if (include(r) && !isEngland(r)) localRows.push(r);
  const lsoaInput = lsoaRows(data, localRows);
  const localProtected = protectDeprivation(localTotals ?? empty, minCount, lsoaInput?.counts);
  const local = allSeries(localTotals ?? empty, minCount, localProtected);
  const model: DeprivationModel = {
    minCount,
    periods: periodList,
    local,
    suppressedDeciles: {
      sen_support: local.sen_support.deciles.filter((d) => d.status === 'suppressed').length,
      ehc_plan: local.ehc_plan.deciles.filter((d) => d.status === 'suppressed').length,
      all_sen: local.all_sen.deciles.filter((d) => d.status === 'suppressed').length,
    },
  };
  if (period !== undefined) model.period = period;
  if (englandTotals) model.england = allSeries(englandTotals, minCount, protectDeprivation(englandTotals, minCount));
  if (lsoaInput)
    model.lsoas = lsoaSeries(
      data,
      lsoaInput,
      localProtected.lsoas!,
      minCount,
      options.lsoaMeasures ?? DEPRIVATION_MEASURES,
    );
  return model;
}

/** Whether a model has no local decile with data at all. */
export function isDeprivationModelEmpty(model: DeprivationModel): boolean {
  return model.local.sen_support.deciles.every((d) => d.status === 'no-data');
}
