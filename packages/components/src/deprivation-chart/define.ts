import { SendDeprivationChart } from './deprivation-chart.js';

/** Registers `<send-deprivation-chart>` once; importing this module twice (or from two bundles) is harmless. */
if (!customElements.get('send-deprivation-chart'))
  customElements.define('send-deprivation-chart', SendDeprivationChart);

export {
  type DeprivationDecileDatum,
  type DeprivationAreaDatum,
  type DeprivationContextDatum,
  type DeprivationContextPanel,
  type DeprivationRatesModel,
  type DeprivationContextModel,
  type DeprivationChartModel,
  type DeprivationChartLayout,
  SendDeprivationChart,
} from './deprivation-chart.js';
export {
  DEPRIVATION_CHART_STRINGS,
  DEPRIVATION_CHART_TEXT,
  type DeprivationChartTextKey,
} from './deprivation-chart.strings.js';
export { deprivationOrientation, layoutDeprivationChart } from './deprivation-chart.layout.js';
export type {
  DecileMark,
  DecilePanel,
  DeprivationLayout,
  DeprivationLayoutOptions,
  EnglandTick,
  TextMark,
} from './deprivation-chart.layout.js';
export {
  deprivationView,
  deprivationViewOptions,
  type DeprivationView,
  type DeprivationViewAttributes,
  type DeprivationViewOptions,
} from './deprivation-chart.view.js';
export type { DeprivationMeasureOption, DeprivationOrientation } from './deprivation-chart.words.js';
// the area view and the neighbourhood context are loaded on first use: only their types are here
export type { ScatterLayout, ScatterLayoutOptions, ScatterSet } from './deprivation-scatter.layout.js';
export type {
  ContextBar,
  ContextLayout,
  ContextLayoutMode,
  ContextLayoutOptions,
  ContextLegendItem,
} from './deprivation-context.layout.js';
