import type { SuppressionReason } from '../disclosure.js';
import type { TrendTest } from '../stats/trend-test.js';

/** A rate the deprivation chart can show. `all_sen` is SEN support and EHC plans together. */
export type DeprivationMeasure = 'sen_support' | 'ehc_plan' | 'all_sen';

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
