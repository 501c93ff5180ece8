/**
 * @send-insight/components: the chart elements and the dashboard that lays them out. Importing
 * this module defines every element; import `@send-insight/components/<element>` to pull in one
 * chart only.
 */
// the dashboard first: defined before the charts, it upgrades first and passes its area down before they draw
export * from './dashboard/define.js';
export * from './outcomes-radar/define.js';
export * from './priority-tracker/define.js';
export * from './need-breakdown/define.js';
export * from './deprivation-chart/define.js';
export * from './indicator/define.js';
// the text of the deprivation chart's parts loaded on first use, for the workshop's list of strings
export { DEPRIVATION_SCATTER_STRINGS } from './deprivation-chart/deprivation-scatter.strings.js';
export { DEPRIVATION_CONTEXT_STRINGS } from './deprivation-chart/deprivation-context.strings.js';
