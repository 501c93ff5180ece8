import { fillTemplate } from '@send-insight/data';

/**
 * Every piece of user-facing text the shared element shell shows. Partners can reword or
 * translate any of them with the `strings` property (or a JSON `strings` attribute). `{name}`
 * placeholders are filled in.
 *
 * The same object also overrides each chart's own text (e.g. `NEED_BREAKDOWN_STRINGS`,
 * `OUTCOMES_RADAR_STRINGS`, `PRIORITY_TRACKER_STRINGS`, `DEPRIVATION_CHART_STRINGS`) and the sentences of
 * its plain-English summary (`NEEDS_STRINGS`, `OUTCOMES_STRINGS`, `DEPRIVATION_STRINGS`,
 * `ACTIONS_STRINGS` from `@send-insight/data`): one flat object, keys are unique across them.
 * Keys ending `_one` / `_other` are plural forms; add `_zero`, `_two`, `_few` or `_many` where
 * your language has them (Welsh does), and they are chosen by the `locale`'s plural rules.
 */
export const DEFAULT_STRINGS = {
  loading: 'Loading data…',
  empty: 'No data to show{for}.',
  emptyFor: ' for {what}',
  errorTitle: 'This chart cannot be drawn because of a problem with its data',
  errorFix:
    'Correct the data and reload the page. If you publish this page, check the file with "send-insight validate".',
  errorFile: 'File: {file}',
  errorMore: 'and {count} more problems',
  warningsTitle: 'Notes on the data',
  suppressed: 'All figures are suppressed to protect privacy: each is based on fewer than {min} people.',
  showTable: 'Show data table',
  hideTable: 'Show chart',
  download: 'Download',
  downloadPng: 'Chart as PNG image',
  downloadSvg: 'Chart as SVG image',
  downloadCsv: 'Data as CSV',
  sourcePrefix: 'Source: ',
  /** The disclosure that holds the rest of a long summary on a narrow chart. */
  summaryMore: 'More of this summary',
  chartLabel:
    '{heading}. Interactive chart: use the arrow keys to move between data points, Enter to select, Escape to leave.',
  chartLabelStatic: '{heading}. Chart.',
  /** What screen readers call the chart region (its `aria-roledescription`). */
  chartRole: 'chart',
  /** The name of a chart given no heading (each chart has its own: deprivationChartName, …). */
  chartNameDefault: 'Chart',
  sortAscending: 'sorted ascending',
  sortDescending: 'sorted descending',
  sortBy: 'Sort by {column}',
  suppressedCell: 'suppressed',
  suppressedNote: 'Figures based on fewer than {min} people are suppressed to protect privacy.',
  closeTooltip: 'Close',
  pointOf: '{index} of {count}',
  /** What the live region says on each move: the series (when there are several), the point's words and its position. */
  announce: '{series}{point} ({position})',
  announceSeries: '{series}. ',
  /**
   * Dates in words. Used only when you override `dateLong` or a month name: otherwise dates follow
   * the `locale` through the browser's Intl (which has no Welsh data in Chrome, so a Welsh page
   * should give its month names here).
   */
  dateLong: '{day} {month} {year}',
  'month.1': 'January',
  'month.2': 'February',
  'month.3': 'March',
  'month.4': 'April',
  'month.5': 'May',
  'month.6': 'June',
  'month.7': 'July',
  'month.8': 'August',
  'month.9': 'September',
  'month.10': 'October',
  'month.11': 'November',
  'month.12': 'December',
  /** A difference in percentage points; `{value}` is the signed number ("+11.7"). */
  pointsShort: '{value} pts',
  /**
   * A problem with the data, in the error state and the notes on the data: where it is, then what
   * it is. The "what" is the data package's sentence; reword any kind of problem with a key
   * `issue.<code>` (e.g. `issue.missing-column`, `issue.invalid-value`, `issue.exceeds-pupils`), a
   * template that may use `{column}`, `{row}`, `{value}` and `{message}` (the English sentence).
   */
  issueAt: '{where}: {message}',
  issueColumnRow: 'column "{column}", row {row}',
  issueColumn: 'column "{column}"',
  issueRow: 'row {row}',
} as const;

export type SendStrings = { -readonly [K in keyof typeof DEFAULT_STRINGS]: string };

/** What the `strings` property takes: any of {@link DEFAULT_STRINGS} and of the chart's and summary's own keys. */
export type SendStringOverrides = Partial<SendStrings> & { readonly [key: string]: string | undefined };

/**
 * Fills `{name}` placeholders (the data package's `fillTemplate`: one rule for every text). Values
 * are inserted as text; Lit escapes them when rendered.
 */
export const fill: (template: string, values?: Record<string, string | number>) => string = fillTemplate;
