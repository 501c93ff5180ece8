import { DEPRIVATION_CHART_TEXT } from './deprivation-chart.strings.js';

/**
 * The deprivation chart's text for its area view (every neighbourhood by IMD rank), loaded with
 * that view: its legend and axes, the words announced for each area, the summary's last sentence
 * and the table of areas. Overridden through the element's `strings`, like
 * `DEPRIVATION_CHART_STRINGS`.
 */
export const DEPRIVATION_SCATTER_STRINGS = {
  deprivationLegendPoint: '{measure} (an area)',
  deprivationLegendSmooth: 'Smoothed',
  deprivationLegendStrip: 'Suppressed (under the axis)',
  deprivationRankTitle: 'IMD rank of the area (1 = most deprived in England)',
  deprivationRankTitleShort: 'IMD rank (1 = most deprived)',
  deprivationAreaRateTitle: 'Rate per 100 pupils (dots sized by pupils); shaded bands: IMD deciles 1–10',
  deprivationAreaRateTitleShort: 'Rate per 100 pupils; bands: IMD deciles',
  deprivationAreaRateTitleNarrow: 'Rate per 100 pupils',
  // words for each area (tooltip and live region), and for each decile's row of areas
  deprivationAreaWords: '{name} ({code}), IMD rank {rank}, {decile}: {rates}{pupils}',
  deprivationAreaRate: '{measure} {rate} per 100 pupils',
  deprivationAreaSuppressed: '{measure} suppressed',
  deprivationAreaPupils: '; {pupils} pupils',
  deprivationAreaDecile_one: '{decile}, {n} area',
  deprivationAreaDecile_other: '{decile}, {n} areas',
  // the summary's last sentence in the area view
  deprivationAreaSummary: 'The area view shows {lsoas} by IMD rank{hidden}.',
  deprivationAreaSummaryHidden_one: '; {n} has {measure} figures suppressed',
  deprivationAreaSummaryHidden_other: '; {n} have {measure} figures suppressed',
  // the data table
  deprivationAreaHeading: 'Rates per 100 pupils by area',
  deprivationAreaCaption: '{heading}: areas (LSOAs) by IMD rank',
  deprivationColArea: 'Area (LSOA)',
  deprivationColCode: 'LSOA code',
  deprivationColRank: 'IMD rank',
} as const;

/** Every text the area view writes: the chart's ({@link DEPRIVATION_CHART_TEXT}) and its own. */
export const DEPRIVATION_SCATTER_TEXT = { ...DEPRIVATION_CHART_TEXT, ...DEPRIVATION_SCATTER_STRINGS };

/** A key of {@link DEPRIVATION_SCATTER_TEXT}. */
export type DeprivationScatterTextKey = keyof typeof DEPRIVATION_SCATTER_TEXT;
