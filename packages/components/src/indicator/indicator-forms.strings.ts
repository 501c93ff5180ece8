import type { Wording } from '@send-insight/data';
import { SEND_INDICATOR_TEXT } from './indicator.strings.js';

/**
 * The text of the indicator's trend, comparison and tables, loaded with them on first use: their
 * switches (the comparison's authorities, the trend's scale), the trend's axis, target and gaps,
 * the comparison's bars, hidden rows and table, and the table of the series with its notes (the
 * tile's table view and CSV, and the trend's). Override any of them through the element's `strings`
 * property or attribute, as `SEND_INDICATOR_STRINGS`, e.g.
 * `strings='{"indicatorScopeAll": "Pob awdurdod"}'`. `{name}` placeholders are filled in; keys
 * ending `_one`/`_other` are plural forms.
 */
export const SEND_INDICATOR_FORMS_STRINGS = {
  // switches
  indicatorScopeLabel: 'Authorities',
  indicatorScopeRegion: 'Same region only',
  indicatorScopeAll: 'All authorities',
  indicatorScopeNeighbours: 'Neighbours',
  indicatorScaleLabel: 'Scale',
  indicatorScaleValue: 'Values',
  indicatorScaleIndex: 'Index',
  // the trend
  indicatorIndexTitle: 'Index ({period} = 100)',
  indicatorTargetLine: 'Target {target}',
  indicatorGaps: 'Gaps in {name}: {gaps}.',
  indicatorGap: '{period} {reason}',
  indicatorNoComparators: 'England and the region are compared in the index.',
  // the comparison: bars (tooltip and live region), rows not shown, the table of authorities
  indicatorBar: '{name}: {value}',
  indicatorBarArea: '{name} (the area shown): {value}',
  indicatorBarHidden: '{name}: {reason}',
  indicatorNoAuthorities: 'The data has no other authorities to compare with.',
  indicatorHiddenRows_one: '{n} more authority with no figure shown (the table says why)',
  indicatorHiddenRows_other: '{n} more authorities with no figure shown (the table says why)',
  indicatorCaptionCompare: '{label}: authorities, {period}',
  indicatorColAuthority: 'Authority',
  indicatorColRegion: 'Region',
  indicatorColValue: 'Value',
  indicatorNoteCounts: 'Counts are not adjusted for the size of each authority.',
  // the table of the series (the tile's, loaded on first use, and the trend's)
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

/** Every text the trend, the comparison and the tables write: the element's ({@link SEND_INDICATOR_TEXT}) and their own. */
export const SEND_INDICATOR_FORMS_TEXT = { ...SEND_INDICATOR_TEXT, ...SEND_INDICATOR_FORMS_STRINGS };

/** A key of {@link SEND_INDICATOR_FORMS_TEXT}. */
export type SendIndicatorFormsTextKey = keyof typeof SEND_INDICATOR_FORMS_TEXT;

/** The wording the trend's, the comparison's and the tables' views write with. */
export type IndicatorFormsWording = Wording<SendIndicatorFormsTextKey>;
