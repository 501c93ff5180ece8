import { INDICATOR_STRINGS, type Wording } from '@send-insight/data';

/**
 * The indicator element's own user-facing text for the tile and what its forms share: its name, the
 * view switch, the tile's tags, the words announced for each point, the table of the series and its
 * notes. The trend's and the comparison's own text is in `SEND_INDICATOR_FORMS_STRINGS` (loaded
 * with them). Override any of them through the element's `strings` property or attribute (the same
 * object as the shell's `DEFAULT_STRINGS` and the summary's `INDICATOR_STRINGS`), e.g.
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
  // a form whose code could not be loaded (most often a self-hosted CDN copy without its files)
  indicatorPartFailed:
    'This view could not be loaded ({reason}). In the CDN build it is a file beside send-insight.js.',
  // the tile
  indicatorLocalBadge: 'Local data',
  indicatorTagImproved: 'Improved',
  indicatorTagWorsened: 'Worsened',
  indicatorTagNone: 'No real change',
  indicatorTagUp: 'Up',
  indicatorTagDown: 'Down',
  indicatorTagSame: 'Unchanged',
  // words for a point (tooltip and live region)
  indicatorPoint: '{name}, {period}: {value}',
  indicatorPointCounts: ' ({counts}; 95% interval {lower} to {upper})',
  indicatorPointIndex: ' (index {index})',
  indicatorPointHidden: '{name}, {period}: {reason}',
  // the data table
  indicatorCaption: '{label}: {area}, {from} to {to}',
  indicatorColPeriod: 'Period',
  indicatorColInterval: '{name}: 95% interval',
  indicatorColCounts: '{name}: counts',
  indicatorColIndex: '{name}: index',
  indicatorRange: '{lower} to {upper}',
  indicatorNoteTest:
    'Changes between periods are tested with a pooled two-proportion z-test at the 5% level, and differences from England and the region against the rest of England and of the region; intervals are Wilson 95% intervals.',
  indicatorNoteUntested: 'Without numerators and denominators no change or difference is tested.',
  indicatorNoteRank:
    'Ranks count only the authorities with a value shown for {period}: a value hidden to protect small numbers is not ranked, since its place would narrow it.',
  indicatorNoteIndex: 'Index: each series divided by its {period} figure, times 100.',
} as const;

/** Every text the indicator element writes: its own ({@link SEND_INDICATOR_STRINGS}) and its data's (`INDICATOR_STRINGS`). */
export const SEND_INDICATOR_TEXT = { ...INDICATOR_STRINGS, ...SEND_INDICATOR_STRINGS };

/** A key of {@link SEND_INDICATOR_TEXT}. */
export type SendIndicatorTextKey = keyof typeof SEND_INDICATOR_TEXT;

/** The wording the tile's view writes with (the element passes one with the `strings` overrides). */
export type IndicatorViewWording = Wording<SendIndicatorTextKey>;
