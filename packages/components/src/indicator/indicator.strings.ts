import { INDICATOR_STRINGS } from '@send-insight/data';

/**
 * The indicator element's own user-facing text: its name, the view, scope and scale switches, the
 * tile's tags, the words announced for each point or bar, the data table and its notes. Override
 * any of them through the element's `strings` property or attribute (the same object as the
 * shell's `DEFAULT_STRINGS` and the summary's `INDICATOR_STRINGS`), e.g.
 * `strings='{"indicatorViewTrend": "Dros amser"}'`. `{name}` placeholders are filled in.
 */
export const SEND_INDICATOR_STRINGS = {
  // what the element is called when it has no heading (its accessible name and download file name)
  indicatorChartName: 'Headline measure',
  indicatorNameFor: '{label}, {area}',
  // switches
  indicatorViewLabel: 'View',
  indicatorViewTile: 'Summary',
  indicatorViewTrend: 'Over time',
  indicatorViewCompare: 'Compare',
  indicatorScopeLabel: 'Authorities',
  indicatorScopeRegion: 'Same region only',
  indicatorScopeAll: 'All authorities',
  indicatorScopeNeighbours: 'Neighbours',
  indicatorScaleLabel: 'Scale',
  indicatorScaleValue: 'Values',
  indicatorScaleIndex: 'Index',
  // the tile
  indicatorLocalBadge: 'Local data',
  indicatorTagImproved: 'Improved',
  indicatorTagWorsened: 'Worsened',
  indicatorTagNone: 'No real change',
  indicatorTagUp: 'Up',
  indicatorTagDown: 'Down',
  indicatorTagSame: 'Unchanged',
  // the trend and the comparison
  indicatorIndexTitle: 'Index ({period} = 100)',
  indicatorTargetLine: 'Target {target}',
  indicatorGaps: 'Gaps in {name}: {gaps}.',
  indicatorGap: '{period} {reason}',
  indicatorNoComparators: 'England and the region are compared in the index.',
  indicatorBarHidden: '{name}: {reason}',
  indicatorNoAuthorities: 'The data has no other authorities to compare with.',
  indicatorHiddenRows_one: '{n} more authority with no figure shown (the table says why)',
  indicatorHiddenRows_other: '{n} more authorities with no figure shown (the table says why)',
  // words for a point or a bar (tooltip and live region)
  indicatorPoint: '{name}, {period}: {value}',
  indicatorPointCounts: ' ({counts}; 95% interval {lower} to {upper})',
  indicatorPointIndex: ' (index {index})',
  indicatorPointHidden: '{name}, {period}: {reason}',
  indicatorBar: '{name}: {value}',
  indicatorBarArea: '{name} (the area shown): {value}',
  // the data table
  indicatorCaption: '{label}: {area}, {from} to {to}',
  indicatorCaptionCompare: '{label}: authorities, {period}',
  indicatorColPeriod: 'Period',
  indicatorColInterval: '{name}: 95% interval',
  indicatorColCounts: '{name}: counts',
  indicatorColIndex: '{name}: index',
  indicatorColAuthority: 'Authority',
  indicatorColRegion: 'Region',
  indicatorColValue: 'Value',
  indicatorRange: '{lower} to {upper}',
  indicatorNoteTest:
    'Changes between periods are tested with a pooled two-proportion z-test at the 5% level, and differences from England and the region against the rest of England and of the region; intervals are Wilson 95% intervals.',
  indicatorNoteUntested: 'Without numerators and denominators no change or difference is tested.',
  indicatorNoteRank:
    'Ranks count only the authorities with a value shown for {period}: a value hidden to protect small numbers is not ranked, since its place would narrow it.',
  indicatorNoteIndex: 'Index: each series divided by its {period} figure, times 100.',
  indicatorNoteCounts: 'Counts are not adjusted for the size of each authority.',
} as const;

/** Every text the indicator element writes: its own ({@link SEND_INDICATOR_STRINGS}) and its data's (`INDICATOR_STRINGS`). */
export const SEND_INDICATOR_TEXT = { ...INDICATOR_STRINGS, ...SEND_INDICATOR_STRINGS };

/** A key of {@link SEND_INDICATOR_TEXT}. */
export type SendIndicatorTextKey = keyof typeof SEND_INDICATOR_TEXT;
