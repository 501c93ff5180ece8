import { INDICATOR_STRINGS, type Wording } from '@send-insight/data';

/**
 * The indicator element's own user-facing text for the tile and what its forms share: its name, the
 * view switch, the tile's tags and the words announced for each point. The text of the trend, the
 * comparison and the tables is in `SEND_INDICATOR_FORMS_STRINGS` (loaded with them on first use).
 * Override any of them through the element's `strings` property or attribute (the same object as
 * the shell's `DEFAULT_STRINGS` and the summary's `INDICATOR_STRINGS`), e.g.
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
  // the key to the sparkline's dotted lines, under the tile when it has any
  indicatorTileGaps: 'Dotted line: a period with no figure shown (the table says why).',
  // words for a point (tooltip and live region)
  indicatorPoint: '{name}, {period}: {value}',
  indicatorPointCounts: ' ({counts}; 95% interval {lower} to {upper})',
  indicatorPointIndex: ' (index {index})',
  indicatorPointHidden: '{name}, {period}: {reason}',
} as const;

/** Every text the indicator element writes: its own ({@link SEND_INDICATOR_STRINGS}) and its data's (`INDICATOR_STRINGS`). */
export const SEND_INDICATOR_TEXT = { ...INDICATOR_STRINGS, ...SEND_INDICATOR_STRINGS };

/** A key of {@link SEND_INDICATOR_TEXT}. */
export type SendIndicatorTextKey = keyof typeof SEND_INDICATOR_TEXT;

/** The wording the tile's view writes with (the element passes one with the `strings` overrides). */
export type IndicatorViewWording = Wording<SendIndicatorTextKey>;
