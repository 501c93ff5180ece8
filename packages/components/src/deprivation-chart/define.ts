import { SendDeprivationChart } from './deprivation-chart.js';

/** Registers `<send-deprivation-chart>` once; importing this module twice (or from two bundles) is harmless. */
if (!customElements.get('send-deprivation-chart')) customElements.define('send-deprivation-chart', SendDeprivationChart);

export * from './deprivation-chart.js';
export { DEPRIVATION_CHART_STRINGS, DEPRIVATION_CHART_TEXT, type DeprivationChartTextKey } from './deprivation-chart.strings.js';
export { deprivationChartHeight, layoutDeprivationChart } from './deprivation-chart.layout.js';
export type { DecileMark, DeprivationLayout, DeprivationLayoutOptions, DeprivationMeasureOption, DeprivationOrientation, MeasureMarks } from './deprivation-chart.layout.js';
export { layoutDeprivationScatter } from './deprivation-scatter.layout.js';
export type { ScatterLayout, ScatterLayoutOptions, ScatterSet } from './deprivation-scatter.layout.js';
export { deprivationContextHeight, layoutDeprivationContext } from './deprivation-context.layout.js';
export type { ContextBar, ContextLayout, ContextLayoutMode, ContextLayoutOptions, ContextLegendItem } from './deprivation-context.layout.js';
