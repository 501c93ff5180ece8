import { DEFAULT_STRINGS } from '@send-insight/core/view';
import { OUTCOMES_STRINGS } from '@send-insight/data';

/**
 * The outcomes radar's own user-facing text: the form switch, labels inside the chart, the words
 * announced for each result and the data table. Override any of them through the element's
 * `strings` property or attribute (the same object as the shell's `DEFAULT_STRINGS` and the
 * summary's `OUTCOMES_STRINGS`, which also names the outcomes: `outcome.voice_heard` …), e.g.
 * `strings='{"outcomesFormBars": "Plot dotiau"}'`. `{name}` placeholders are filled in.
 */
export const OUTCOMES_RADAR_STRINGS = {
  // what the chart is called when it has no heading (its accessible name and download file name)
  outcomesChartName: 'Outcomes reported by children, young people and families',
  // the form switch
  outcomesFormLabel: 'Chart form',
  outcomesFormRadar: 'Radar',
  outcomesFormBars: 'Dot plot',
  // inside the chart
  outcomesTarget: 'Target {value}',
  outcomesChangeKey:
    'Change since {from}: ▲ ▼ significant, allowing for all changes shown; others are within the margin of error.',
  outcomesChangeKeyPrevious:
    'Change since the previous period: ▲ ▼ significant, allowing for all changes shown; others are within the margin of error.',
  // the same key where the change is written as its triangle alone (a narrow plot)
  outcomesChangeKeyShort:
    '▲ ▼ a significant rise or fall since {from}, allowing for all changes shown; the table has every change.',
  outcomesChangeKeyShortPrevious:
    '▲ ▼ a significant rise or fall since the previous period, allowing for all changes shown; the table has every change.',
  outcomesGapNamed: '{series}: {reason}',
  // the legend's key to the radar's shaded 95% interval: one series, or the one in focus of several
  outcomesBandKey: '95% interval',
  outcomesBandKeyGroup: '95% interval of the group in focus',
  outcomesBandKeyPeriod: '95% interval of the period in focus',
  // words for each result (tooltip and live region)
  outcomesPointWhat: '{outcome}, {about}',
  outcomesPointHidden: '{what}: {reason}, not shown',
  outcomesPointWords: '{what}: {percent} agreed (95% interval {lower} to {upper}; {agree} of {respondents} people)',
  outcomesPointSimilar: '; {move} since {from}, not a significant change',
  outcomesPointUp: '; up significantly since {from} ({move})',
  outcomesPointDown: '; down significantly since {from} ({move})',
  outcomesPointNoComparison: '; no comparison with {from}',
  // the data table
  outcomesTableHeading: 'Outcomes',
  outcomesCaption: '{heading}: % agreeing by outcome, {about}',
  outcomesColOutcome: 'Outcome',
  outcomesColGroup: 'Group',
  outcomesColPeriod: 'Period',
  outcomesColPercent: '% agreeing',
  outcomesColInterval: '95% interval',
  outcomesColAgreed: 'Agreed',
  outcomesColResponses: 'Responses',
  outcomesColChange: 'Change since {previous}',
  outcomesColChangePrevious: 'Change since previous period',
  outcomesColPAdjusted: 'p of the change (Holm-adjusted)',
  outcomesRange: '{lower} to {upper}',
  outcomesFromPercent: '{agree} (from %)',
  outcomesTableChange: '{points}{since}, {significance}',
  outcomesTableSince: ' since {from}',
  outcomesSignificant: 'significant',
  outcomesNotSignificant: 'not significant',
  outcomesNotAvailable: 'not available',
} as const;

/**
 * Every text the outcomes radar writes: its own ({@link OUTCOMES_RADAR_STRINGS}), its data's
 * (`OUTCOMES_STRINGS`) and the three of the shell's its view uses (a suppressed cell, the
 * suppression note, percentage points), so the view words everything without the element.
 */
export const OUTCOMES_RADAR_TEXT = {
  suppressedCell: DEFAULT_STRINGS.suppressedCell,
  suppressedNote: DEFAULT_STRINGS.suppressedNote,
  pointsShort: DEFAULT_STRINGS.pointsShort,
  ...OUTCOMES_STRINGS,
  ...OUTCOMES_RADAR_STRINGS,
};

/** A key of {@link OUTCOMES_RADAR_TEXT}. */
export type OutcomesRadarTextKey = keyof typeof OUTCOMES_RADAR_TEXT;
