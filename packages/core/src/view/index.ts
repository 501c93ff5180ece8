/**
 * @send-insight/core/view: the contract between a chart's pure view and its element — the view
 * (`ChartView`), the table and keyboard points it returns, and the shell's strings it may word
 * them with. Pure (no Lit, no DOM), so views run in Node, in tests and in the CLI.
 */
export type { ChartView, ChartViewFunction } from './chart-view.js';
export { cellText, sortRows, type DataTableSpec, type SortState, type TableCell } from '../a11y/table-spec.js';
export { moveActive, type ActivePoint, type NavPoint, type NavSeries } from '../a11y/navigation.js';
export { DEFAULT_STRINGS, fill, type SendStringOverrides, type SendStrings } from '../strings.js';
