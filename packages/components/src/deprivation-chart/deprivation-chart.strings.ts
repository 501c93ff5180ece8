import { DEPRIVATION_STRINGS } from '@send-insight/data';

/**
 * The deprivation chart's own user-facing text: axes, legends and labels inside the chart (by
 * decile, by area and the neighbourhood context), its controls, the words announced for each decile
 * or area and the data tables. Override any of them through the element's `strings` property or
 * attribute (the same object as the shell's `DEFAULT_STRINGS` and the summary's
 * `DEPRIVATION_STRINGS`, which also names the measures: `deprivationMeasure.sen_support` …), e.g.
 * `strings='{"deprivationByArea": "Fesul ardal"}'`. `{name}` placeholders are filled in; keys
 * ending `_one`/`_other` are plural forms.
 */
export const DEPRIVATION_CHART_STRINGS = {
  // what the chart is called when it has no heading (its accessible name and download file name)
  deprivationChartName: 'Special educational needs by deprivation',
  // deciles by name (axis ends, announcements, tables)
  deprivationDecileName: 'Decile {decile}',
  deprivationDecileMost: 'Decile {decile} (most deprived)',
  deprivationDecileLeast: 'Decile {decile} (least deprived)',
  deprivationAxisMost: '← Most deprived',
  deprivationAxisLeast: 'Least deprived →',
  // the chart by decile
  deprivationRateTitle: 'Rate per 100 pupils',
  deprivationDecileTitle: 'IMD decile of home area (1 = most deprived)',
  deprivationDecileTitleShort: 'IMD decile (1 = most deprived)',
  deprivationLegendInterval: '95% interval',
  deprivationLegendTrend: 'Trend',
  deprivationEngland: 'England',
  deprivationLegendGap: 'Suppressed or no data',
  deprivationNoData: 'no data',
  deprivationNotAvailable: 'not available',
  // the chart by area
  deprivationLegendPoint: '{measure} (an area)',
  deprivationLegendSmooth: 'Smoothed',
  deprivationLegendStrip: 'Suppressed (under the axis)',
  deprivationRankTitle: 'IMD rank of the area (1 = most deprived in England)',
  deprivationRankTitleShort: 'IMD rank (1 = most deprived)',
  deprivationAreaRateTitle: 'Rate per 100 pupils (dots sized by pupils); shaded bands: IMD deciles 1–10',
  deprivationAreaRateTitleShort: 'Rate per 100 pupils; bands: IMD deciles',
  // the neighbourhood (LSOA) context, alone or under the rates
  deprivationLsoas: 'Neighbourhoods (LSOAs)',
  deprivationLsoaShare: 'Share of the neighbourhoods',
  deprivationNationalDecile: 'National IMD decile (1 = most deprived)',
  deprivationEvenSpread: 'England: {share} in each decile',
  deprivationStripTitle: 'Neighbourhoods (LSOAs) in each decile: {n} in all',
  deprivationContextLoading: 'Loading the neighbourhood (LSOA) context…',
  deprivationContextFailed: 'The neighbourhood (LSOA) context cannot be shown: {reason}',
  deprivationContextUnreadable: 'the file "{file}" could not be read: {reason}',
  deprivationContextStatus: 'the server answered {status}',
  deprivationContextHtml: 'it returned a web page (HTML), not CSV or JSON',
  deprivationContextAreas_other: 'the neighbourhood file holds {n} areas; say which with the area attribute, e.g. area="E08000031"',
  // controls
  deprivationPeriod: 'Period',
  deprivationViewLabel: 'Show',
  deprivationByDecile: 'By decile',
  deprivationByArea: 'By area',
  // words for each decile, area or decile of neighbourhoods (tooltip and live region)
  deprivationDecileWords: '{decile}: {measure} {rate} per 100 pupils (95% interval {lower} to {upper}; {count} of {pupils} pupils)',
  deprivationDecileEnglandRate: '; England {rate}',
  deprivationDecileHidden: '{decile}: {measure} {reason}',
  deprivationReasonNoData: 'no data (no pupils live in this decile)',
  deprivationReasonSuppressed: 'suppressed to protect small numbers',
  deprivationAreaWords: '{name} ({code}), IMD rank {rank}, {decile}: {rates}{pupils}',
  deprivationAreaRate: '{measure} {rate} per 100 pupils',
  deprivationAreaSuppressed: '{measure} suppressed',
  deprivationAreaPupils: '; {pupils} pupils',
  deprivationAreaDecile_one: '{decile}, {n} area',
  deprivationAreaDecile_other: '{decile}, {n} areas',
  deprivationLsoaWords: '{decile}: {n} of the {lsoas}{in}, {share} ({even})',
  // the summary's last sentence in the area view
  deprivationAreaSummary: 'The area view shows {lsoas} by IMD rank{hidden}.',
  deprivationAreaSummaryHidden_one: '; {n} has {measure} figures suppressed',
  deprivationAreaSummaryHidden_other: '; {n} have {measure} figures suppressed',
  // the data tables
  deprivationCaption: 'Rates per 100 pupils by IMD decile',
  deprivationCaptionPeriod: '{heading} ({period})',
  deprivationAreaHeading: 'Rates per 100 pupils by area',
  deprivationAreaCaption: '{heading}: areas (LSOAs) by IMD rank',
  deprivationLsoaCaption: 'Neighbourhoods (LSOAs){in} by national IMD decile',
  deprivationColDecile: 'IMD decile',
  deprivationColNationalDecile: 'National IMD decile',
  deprivationColPupils: 'Pupils',
  deprivationColCount: '{measure} (pupils)',
  deprivationColRate: '{measure} per 100 pupils',
  deprivationColInterval: '{measure}: 95% interval',
  deprivationColEngland: 'England: {measure} per 100',
  deprivationColArea: 'Area (LSOA)',
  deprivationColCode: 'LSOA code',
  deprivationColRank: 'IMD rank',
  deprivationColEven: 'England (each decile a tenth)',
  deprivationRange: '{lower} to {upper}',
  deprivationLsoaCount_one: '{n} LSOA',
  deprivationLsoaCount_other: '{n} LSOAs',
  deprivationNoteLsoas: "Neighbourhoods: {lsoas}{in} by national IMD decile (each decile is a tenth of England's LSOAs).",
  deprivationNoteContext: "{lsoas}{in}. The deciles are national: each holds a tenth of England's LSOAs, so an area spread like England would have {even} in each.",
  deprivationNoteNotPeople: 'These are counts of areas, not of people.',
} as const;

/**
 * Every text the deprivation chart writes: its own ({@link DEPRIVATION_CHART_STRINGS}), its data's
 * (`DEPRIVATION_STRINGS`: measure names, the summaries) and the shell's word for a suppressed
 * figure (core's `suppressedCell`, repeated here so the layouts need no DOM code; a test keeps the two equal).
 */
export const DEPRIVATION_CHART_TEXT = { suppressedCell: 'suppressed', ...DEPRIVATION_STRINGS, ...DEPRIVATION_CHART_STRINGS };

/** A key of {@link DEPRIVATION_CHART_TEXT}. */
export type DeprivationChartTextKey = keyof typeof DEPRIVATION_CHART_TEXT;
