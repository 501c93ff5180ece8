import { DEFAULT_STRINGS } from '@send-insight/core/view';
import { DEPRIVATION_STRINGS } from '@send-insight/data';

/**
 * The deprivation chart's own user-facing text for the chart by decile and what its views share:
 * decile names, the panels and axes, the controls, the words announced for each decile, the data
 * table, and the notes shown while the neighbourhood context loads or when it cannot be read. The
 * area view's text is in `DEPRIVATION_SCATTER_STRINGS` and the neighbourhood context's in
 * `DEPRIVATION_CONTEXT_STRINGS` (each loaded with its view). Override any of them through the
 * element's `strings` property or attribute (the same object as the shell's `DEFAULT_STRINGS` and
 * the summary's `DEPRIVATION_STRINGS`, which also names the measures:
 * `deprivationMeasure.sen_support` …), e.g. `strings='{"deprivationByArea": "Fesul ardal"}'`.
 * `{name}` placeholders are filled in; keys ending `_one`/`_other` are plural forms.
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
  // the chart by decile: a panel per measure, England's rate beside each bar, labelled once
  deprivationPanelTitle: '{measure} per 100 pupils',
  deprivationDecileTitle: 'IMD decile of home area (1 = most deprived)',
  deprivationDecileTitleShort: 'IMD decile (1 = most deprived)',
  deprivationEngland: 'England',
  deprivationNoData: 'no data',
  deprivationNotAvailable: 'not available',
  deprivationShowIntervals: 'Show 95% intervals',
  // the neighbourhood (LSOA) context under the rates, while it loads or when it cannot be shown
  deprivationContextLoading: 'Loading the neighbourhood (LSOA) context…',
  deprivationContextFailed: 'The neighbourhood (LSOA) context cannot be shown: {reason}',
  deprivationContextUnreadable: 'the file "{file}" could not be read: {reason}',
  deprivationContextStatus: 'the server answered {status}',
  deprivationContextHtml: 'it returned a web page (HTML), not CSV or JSON',
  deprivationContextAreas_other:
    'the neighbourhood file holds {n} areas; say which with the area attribute, e.g. area="E08000031"',
  // a view whose code could not be loaded (most often a self-hosted CDN copy without its files)
  deprivationPartFailed:
    'This view could not be loaded ({reason}). In the CDN build it is a file beside send-insight.js.',
  // controls
  deprivationPeriod: 'Period',
  deprivationViewLabel: 'Show',
  deprivationByDecile: 'By decile',
  deprivationByArea: 'By area',
  // words for each decile (tooltip and live region)
  deprivationDecileWords:
    '{decile}: {measure} {rate} per 100 pupils (95% interval {lower} to {upper}; {count} of {pupils} pupils)',
  deprivationDecileEnglandRate: '; England {rate}',
  deprivationDecileHidden: '{decile}: {measure} {reason}',
  deprivationReasonNoData: 'no data (no pupils live in this decile)',
  deprivationReasonSuppressed: 'suppressed to protect small numbers',
  // the data table
  deprivationCaption: 'Rates per 100 pupils by IMD decile',
  deprivationCaptionPeriod: '{heading} ({period})',
  deprivationColDecile: 'IMD decile',
  deprivationColPupils: 'Pupils',
  deprivationColCount: '{measure} (pupils)',
  deprivationColRate: '{measure} per 100 pupils',
  deprivationColInterval: '{measure}: 95% interval',
  deprivationColEngland: 'England: {measure} per 100',
  deprivationRange: '{lower} to {upper}',
  // the chart draws no line (the test decides what is said): the table's note describes it, in
  // place of the data layer's deprivationNoteLine (which speaks of a line drawn)
  deprivationNoteLineNotDrawn:
    '{measure}: the pupil-weighted straight line through the deciles shown (not drawn) gives {slope} {more} per 100 for each decile more deprived; it describes the rates, and the test decides what is said of them.',
} as const;

/**
 * Every text the chart by decile writes: its own ({@link DEPRIVATION_CHART_STRINGS}), its data's
 * (`DEPRIVATION_STRINGS`: measure names, the summaries) and the shell's word for a suppressed
 * figure and its note (core's `suppressedCell` and `suppressedNote`, overridden by the same keys).
 */
export const DEPRIVATION_CHART_TEXT = {
  suppressedCell: DEFAULT_STRINGS.suppressedCell,
  suppressedNote: DEFAULT_STRINGS.suppressedNote,
  ...DEPRIVATION_STRINGS,
  ...DEPRIVATION_CHART_STRINGS,
};

/** A key of {@link DEPRIVATION_CHART_TEXT}. */
export type DeprivationChartTextKey = keyof typeof DEPRIVATION_CHART_TEXT;
