/**
 * Every piece of user-facing text the shared element shell shows. Partners can reword or
 * translate any of them with the `strings` property. `{name}` placeholders are filled in.
 */
export const DEFAULT_STRINGS = {
  loading: 'Loading data…',
  empty: 'No data to show{for}.',
  emptyFor: ' for {what}',
  errorTitle: 'This chart cannot be drawn because of a problem with its data',
  errorFix: 'Correct the data and reload the page. If you publish this page, check the file with "send-insight validate".',
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
  chartLabel: '{heading}. Interactive chart: use the arrow keys to move between data points, Enter to select, Escape to leave.',
  chartLabelStatic: '{heading}. Chart.',
  sortAscending: 'sorted ascending',
  sortDescending: 'sorted descending',
  sortBy: 'Sort by {column}',
  suppressedCell: 'suppressed',
  suppressedNote: 'Figures based on fewer than {min} people are suppressed to protect privacy.',
  closeTooltip: 'Close',
  pointOf: '{index} of {count}',
} as const;

export type SendStrings = { -readonly [K in keyof typeof DEFAULT_STRINGS]: string };

/** Fills `{name}` placeholders. Values are inserted as text; Lit escapes them when rendered. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
