import type { Wording } from '@send-insight/data';
import { SEND_INDICATOR_TEXT } from './indicator.strings.js';

/**
 * The text of the indicator's trend and comparison, loaded with them on first use: their switches
 * (the comparison's authorities, the trend's scale), the trend's axis, target and gaps, the
 * comparison's bars, hidden rows and table. Override any of them through the element's `strings`
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
} as const;

/** Every text the trend and the comparison write: the element's ({@link SEND_INDICATOR_TEXT}) and their own. */
export const SEND_INDICATOR_FORMS_TEXT = { ...SEND_INDICATOR_TEXT, ...SEND_INDICATOR_FORMS_STRINGS };

/** A key of {@link SEND_INDICATOR_FORMS_TEXT}. */
export type SendIndicatorFormsTextKey = keyof typeof SEND_INDICATOR_FORMS_TEXT;

/** The wording the trend's and the comparison's views write with. */
export type IndicatorFormsWording = Wording<SendIndicatorFormsTextKey>;
