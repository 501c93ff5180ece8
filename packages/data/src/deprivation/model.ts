import { canShowRate, DEFAULT_MIN_COUNT, type SuppressionReason } from '../disclosure.js';
import { issue, SendDataError, type DataIssue } from '../issues.js';
import { isMissing, isValue, missing, type Missing } from '../missing.js';
import { rateRatio } from '../stats/rate-ratio.js';
import { weightedLinearFit } from '../stats/regression.js';
import { cochranArmitage, type TrendTest } from '../stats/trend-test.js';
import { wilson } from '../stats/wilson.js';
import type { ValidatedData } from '../validate.js';
import { aggregateDeciles, type CountCell, type DecileTotals } from './aggregate.js';
import {
  protectDeprivation,
  type DeprivationCountKey,
  type DeprivationCounts,
  type ProtectedDeprivation,
  type ProtectedMeasure,
} from './protect.js';

/** A rate the deprivation chart can show. `all_sen` is SEN support and EHC plans together. */
export type DeprivationMeasure = 'sen_support' | 'ehc_plan' | 'all_sen';

/** The measures in their display order. */
export const DEPRIVATION_MEASURES: readonly DeprivationMeasure[] = ['sen_support', 'ehc_plan', 'all_sen'];

/** Plain-English names, used in labels, tables and the summary. */
export const DEPRIVATION_MEASURE_LABELS: Readonly<Record<DeprivationMeasure, string>> = {
  sen_support: 'SEN support',
  ehc_plan: 'EHC plans',
  all_sen: 'Pupils with any SEN',
};

/** Why a decile's rate is or is not shown. */
export type DecileStatus =
  /** the rate and its counts are shown */
  | 'shown'
  /** hidden by disclosure control (a count below the threshold, a cell hidden so it cannot be worked out, or suppressed at source) */
  | 'suppressed'
  /** no rows for this decile (an area with no homes in it) */
  | 'no-data'
  /** the source marked a count as not available / not applicable */
  | 'not-available';

/** One decile's rate for one measure, after disclosure control. Hidden figures are `undefined`, never 0. */
export interface DecileRate {
  /** 1 (most deprived) to 10. */
  decile: number;
  status: DecileStatus;
  /** Why it is suppressed, when it is. */
  reason?: SuppressionReason;
  /** Pupils, when shown. */
  pupils?: number;
  /** Pupils counted by the measure, when shown. */
  count?: number;
  /** Rate per 100 pupils, with its Wilson 95% interval, when shown. */
  rate?: number;
  lower?: number;
  upper?: number;
}

/**
 * Weighted least-squares line of rate (per 100) on decile over the shown deciles, weighted by
 * pupils: what the chart draws. It describes; it is not a test. No word for the strength of the
 * relationship comes from it (a correlation of ten decile rates can be −1 when the pupil-level one
 * is −0.04): claims come from {@link MeasureSeries.trendTest} and the contrast's rate ratio.
 */
export interface DeprivationTrend {
  /** Change in rate per 100 for each decile step towards the least deprived (negative: rates fall as areas get less deprived). */
  slope: number;
  /** Fitted rate at decile 0 (so the line is `intercept + slope × decile`). */
  intercept: number;
  /** Deciles used. */
  n: number;
}

/** The most deprived against the least deprived decile that can be shown. */
export interface DeprivationContrast {
  /** The decile standing for the most deprived end (1 unless 1 cannot be shown). */
  most: number;
  /** The decile standing for the least deprived end (10 unless 10 cannot be shown). */
  least: number;
  mostRate: number;
  leastRate: number;
  /** mostRate ÷ leastRate (undefined when the least deprived rate is 0). */
  ratio?: number;
  /** 95% interval of the rate ratio (log method), when both counts are above 0. */
  ratioLower?: number;
  ratioUpper?: number;
  /** mostRate − leastRate, per 100 pupils. */
  gap: number;
}

/** Rates per decile for one measure and one geography. */
export interface MeasureSeries {
  measure: DeprivationMeasure;
  label: string;
  deciles: DecileRate[];
  trend?: DeprivationTrend;
  /**
   * The Cochran–Armitage chi-square test for trend over the shown deciles (at least three), scored
   * by decile (1 = most deprived), with pupils as the denominator: every pupil counts, not every
   * decile alike. Its `z` is negative when rates fall as areas get less deprived.
   */
  trendTest?: TrendTest;
  contrast?: DeprivationContrast;
  /** The rate over all deciles, per 100, when it can be shown. */
  overall?: { rate: number; lower: number; upper: number };
}

/** LSOA-level rows for the area view, columnar. Hidden values are `null`. */
export interface LsoaSeries {
  codes: string[];
  names: string[];
  /** IMD rank, 1 (most deprived) to 32,844. */
  ranks: number[];
  deciles: number[];
  /** Pupils per LSOA (null when hidden). */
  pupils: (number | null)[];
  /** Per measure: count and rate per 100 (null when hidden by disclosure control); empty arrays for measures not asked for. */
  measures: Record<
    DeprivationMeasure,
    { counts: (number | null)[]; rates: (number | null)[]; smooth: { rank: number; rate: number }[] }
  >;
}

/** The view model of `<send-deprivation-chart>`: plain numbers and strings, JSON-serialisable. */
export interface DeprivationModel {
  /** Disclosure threshold applied. */
  minCount: number;
  /** Periods in the data, oldest first (empty without a `time_period` column). */
  periods: string[];
  /** The period shown. */
  period?: string;
  /** Local rates per measure. */
  local: Record<DeprivationMeasure, MeasureSeries>;
  /** England's rates per measure, when the data has `geography = england` rows. */
  england?: Record<DeprivationMeasure, MeasureSeries>;
  /** LSOA-level points, when the data has `lsoa_code` and `imd_rank`. */
  lsoas?: LsoaSeries;
  /** How many deciles were suppressed, by measure (for the "suppressed" state and note). */
  suppressedDeciles: Record<DeprivationMeasure, number>;
}

/** Options for {@link buildDeprivationModel}. */
export interface DeprivationModelOptions {
  /** Disclosure threshold; default {@link DEFAULT_MIN_COUNT}. */
  minCount?: number;
  /** Period to show; default the latest. */
  period?: string;
  /** Keep only local rows whose `area_code` or `area_name` equals this (case-insensitive). */
  area?: string;
  /**
   * The measures to work out per LSOA (default all three). Those left out get empty arrays, which
   * saves the disclosure control and smoothing of tens of thousands of areas that will not be shown.
   */
  lsoaMeasures?: readonly DeprivationMeasure[];
}

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
 * Gaussian-kernel smoother of rate on rank, weighted by pupils, at `steps` evenly spaced ranks.
 * Points are first summed into 512 rank bins (a bin is far narrower than the kernel), so the cost
 * is one pass over the points plus bins × steps, not points × steps.
 */
function smoothRates(
  ranks: number[],
  rates: (number | null)[],
  weights: (number | null)[],
  steps = 60,
): { rank: number; rate: number }[] {
  let lo = Infinity;
  let hi = -Infinity;
  let used = 0;
  for (let i = 0; i < ranks.length; i++) {
    const y = rates[i];
    const w = weights[i];
    if (y === null || y === undefined || w === null || w === undefined || !(w > 0)) continue;
    const x = ranks[i]!;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
    used++;
  }
  if (used < 3 || hi === lo) return [];
  const BINS = 512;
  const span = hi - lo;
  const sw = new Float64Array(BINS);
  const swx = new Float64Array(BINS);
  const swy = new Float64Array(BINS);
  for (let i = 0; i < ranks.length; i++) {
    const y = rates[i];
    const w = weights[i];
    if (y === null || y === undefined || w === null || w === undefined || !(w > 0)) continue;
    const x = ranks[i]!;
    const b = Math.min(BINS - 1, Math.floor(((x - lo) / span) * BINS));
    sw[b] += w;
    swx[b] += w * x;
    swy[b] += w * y;
  }
  const bandwidth = span / 10; // about one decile's width for data spread over England
  const out: { rank: number; rate: number }[] = [];
  for (let s = 0; s < steps; s++) {
    const at = lo + (span * s) / (steps - 1);
    let kw = 0;
    let kwy = 0;
    for (let b = 0; b < BINS; b++) {
      if (sw[b] === 0) continue;
      const u = (swx[b]! / sw[b]! - at) / bandwidth;
      if (u > 3 || u < -3) continue;
      const k = Math.exp(-0.5 * u * u);
      kw += k * sw[b]!;
      kwy += k * swy[b]!;
    }
    if (kw > 0) out.push({ rank: at, rate: kwy / kw });
  }
  return out;
}

/** The local rows that are neighbourhoods (an LSOA code and an IMD rank), with their counts as read. */
interface LsoaRows {
  use: number[];
  counts: DeprivationCounts & { decile: number[] };
}

function lsoaRows(data: ValidatedData, rows: number[]): LsoaRows | undefined {
  const codeCol = data.columns.get('lsoa_code');
  const rankCol = data.columns.get('imd_rank');
  if (!codeCol || !rankCol) return undefined;
  const use = rows.filter((r) => typeof codeCol[r] === 'string' && isValue(rankCol[r]));
  if (use.length === 0) return undefined;
  const decileCol = data.columns.get('imd_decile')!;
  type Cells = readonly (number | Missing | string | undefined)[];
  const read = (col: Cells) => {
    const out: (number | Missing)[] = new Array(use.length);
    for (let i = 0; i < use.length; i++) {
      const v = col[use[i]!];
      out[i] = isValue(v) ? v : isMissing(v) ? v : missing('blank');
    }
    return out;
  };
  return {
    use,
    counts: {
      decile: use.map((r) => decileCol[r] as number),
      pupils: read(data.columns.get('pupils') as Cells),
      sen_support: read(data.columns.get('sen_support') as Cells),
      ehc_plan: read(data.columns.get('ehc_plan') as Cells),
    },
  };
}

/** The area view's points from counts protected with the deciles (see {@link protectDeprivation}); only the measures asked for are worked out. */
function lsoaSeries(
  data: ValidatedData,
  input: LsoaRows,
  protectedCounts: Record<DeprivationCountKey, ProtectedMeasure>,
  minCount: number,
  wanted: readonly DeprivationMeasure[],
): LsoaSeries {
  const { use } = input;
  const codeCol = data.columns.get('lsoa_code')!;
  const rankCol = data.columns.get('imd_rank')!;
  const nameCol = data.columns.get('lsoa_name');
  const pupils = protectedCounts.pupils.values;
  const shownPupils = pupils.map((v) => (isValue(v) && (v === 0 || v >= minCount) ? v : null));
  const ranks = use.map((r) => rankCol[r] as number);
  const measure = (m: DeprivationMeasure) => {
    if (!wanted.includes(m)) return { counts: [], rates: [], smooth: [] };
    const values = protectedCounts[m].values;
    const counts: (number | null)[] = new Array(values.length);
    const rates: (number | null)[] = new Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const p = pupils[i];
      const show = canShowRate(v, p, minCount) && isValue(v) && isValue(p) && p > 0;
      rates[i] = show ? ((v as number) / (p as number)) * 100 : null;
      counts[i] = show ? (v as number) : null;
    }
    return { counts, rates, smooth: smoothRates(ranks, rates, shownPupils) };
  };
  return {
    codes: use.map((r) => codeCol[r] as string),
    names: use.map((r) =>
      nameCol && typeof nameCol[r] === 'string' ? (nameCol[r] as string) : (codeCol[r] as string),
    ),
    ranks,
    deciles: input.counts.decile,
    pupils: shownPupils,
    measures: { sen_support: measure('sen_support'), ehc_plan: measure('ehc_plan'), all_sen: measure('all_sen') },
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
