import { DEFAULT_STRINGS } from '@send-insight/core/view';
import { NEEDS_STRINGS } from '@send-insight/data';

/**
 * The need breakdown's own user-facing text: labels inside the chart, its controls, the words
 * announced for each need and the data table. Override any of them through the element's `strings`
 * property or attribute (the same object as the shell's `DEFAULT_STRINGS` and the summary's
 * `NEEDS_STRINGS`, which also names the needs: `need.SLCN` …), e.g.
 * `strings='{"needKeyHigher": "Yn sylweddol uwch"}'`. `{name}` placeholders are filled in; keys
 * ending `_one`/`_other` are plural forms.
 */
export const NEED_BREAKDOWN_STRINGS = {
  // what the chart is called when it has no heading (its accessible name and download file name)
  needChartName: 'Primary type of need',
  'needPhase.primary': 'Primary',
  'needPhase.secondary': 'Secondary',
  'needPhase.special': 'Special schools',
  'needPhase.all': 'All phases',
  'needProvision.sen_support': 'SEN support',
  'needProvision.ehc_plan': 'EHC plan',
  'needProvision.all': 'All with SEN',
  needEngland: 'England',
  needEnglandShare: 'England {share}',
  needEnglandGap: 'England: {gap}',
  // cells that cannot be drawn
  needGapNotInData: 'not in the data',
  needGapSuppressed: 'suppressed',
  needGapNotAvailable: 'not available',
  needGapSmallTotal: 'not shown (small total)',
  needNoComparison: 'no comparison: England {gap}',
  needNoEngland: 'no England figures',
  // the key above the plot
  needKeyHigher: 'Significantly higher',
  needKeyLower: 'Significantly lower',
  needKeySimilar: 'Similar to England',
  needKeyInterval: '95% interval',
  // beside each difference
  needFlagHigher: '▲ Higher',
  needFlagLower: '▼ Lower',
  needFlagSimilar: 'Similar',
  // composition bars
  needCodeOther: 'Other',
  needCodeSuppressed: 'Supp.',
  needNotDrawn: '{need} {reason}',
  needNotDrawnCount_one: '{n} need not drawn (see the table)',
  needNotDrawnCount_other: '{n} needs not drawn (see the table)',
  needBarSuppressed: 'suppressed: too few pupils to show',
  needLegendLabel: 'Needs shown (select to show or hide)',
  needLegendPartial: '* Some counts are missing in the source: shares are of the pupils whose need is published.',
  // controls
  needControlShow: 'Show',
  'needMode.shares': 'Share of pupils',
  'needMode.difference': 'Difference from England',
  'needMode.composition': 'Make-up by phase or setting',
  needControlBarsFor: 'Bars for',
  needByPhase: 'Each phase or setting',
  needByProvision: 'SEN support and EHC plans',
  needControlPhase: 'Phase or setting',
  // words for each need (tooltip and live region)
  'needVerdict.higher': 'significantly higher than England',
  'needVerdict.lower': 'significantly lower than England',
  'needVerdict.similar': 'similar to England (no significant difference)',
  needRowWords: '{need}: {parts}',
  needShareWords: '{share} of pupils in {area}{interval}',
  needIntervalWords: ' (95% interval {lower} to {upper})',
  needGapWords: '{area}: {gap}',
  needDifferenceWords: 'difference {points}, {verdict}',
  needAddsUp_one: 'adds up {n} need{suppressed}',
  needAddsUp_other: 'adds up {n} needs{suppressed}',
  needAddsUpSuppressed: ', including {n} with suppressed figures',
  needGroupLabel: '{phase}, {provision}',
  needSegmentWords: '{bar}, {need}: {share} ({pupils} pupils)',
  // the data table
  needTableHeading: 'Primary type of need',
  needCaption: '{heading}: {group}{period}',
  needCaptionPeriod: ', {period}',
  needCaptionByPhase: '{heading}: make-up by phase ({area})',
  needCaptionByProvision: '{heading}: make-up by provision ({area})',
  needTableAllNeeds: 'All needs',
  needColSetting: 'Phase or setting',
  needColProvision: 'Provision',
  needColNeed: 'Need',
  needColPupils: 'Pupils',
  needColShare: 'Share',
  needColType: 'Primary type of need',
  needColPupilsIn: 'Pupils ({area})',
  needColShareIn: 'Share ({area})',
  needColInterval: '95% interval',
  needColEngland: 'Share (England)',
  needColDifference: 'Difference from England',
  needColDifferenceInterval: '95% interval of the difference',
  needColCompared: 'Compared with England',
  needColPAdjusted: 'p (Holm-adjusted)',
  needRange: '{lower} to {upper}',
} as const;

/**
 * Every text the need breakdown writes: its own ({@link NEED_BREAKDOWN_STRINGS}), its data's
 * (`NEEDS_STRINGS`) and the three of the shell's its view uses (a suppressed cell, the
 * suppression note, percentage points), so the view words everything without the element.
 */
export const NEED_BREAKDOWN_TEXT = {
  suppressedCell: DEFAULT_STRINGS.suppressedCell,
  suppressedNote: DEFAULT_STRINGS.suppressedNote,
  pointsShort: DEFAULT_STRINGS.pointsShort,
  ...NEEDS_STRINGS,
  ...NEED_BREAKDOWN_STRINGS,
};

/** A key of {@link NEED_BREAKDOWN_TEXT}. */
export type NeedBreakdownTextKey = keyof typeof NEED_BREAKDOWN_TEXT;
