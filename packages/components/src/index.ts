/**
 * @send-insight/components: the chart elements and the dashboard that lays them out. Importing
 * this module defines every element; import `@send-insight/components/<element>` to pull in one
 * chart only.
 */
// the dashboard first: defined before the charts, it upgrades first and passes its area down before they draw
export {
  DASHBOARD_STRINGS,
  type DashboardStringKey,
  SendChangeEvent,
  type SendChangeDetail,
  SendDashboard,
} from './dashboard/define.js';
export {
  OUTCOMES_RADAR_STRINGS,
  OUTCOMES_RADAR_TEXT,
  type OutcomesRadarTextKey,
  type OutcomesDatum,
  SendOutcomesRadar,
} from './outcomes-radar/define.js';
export {
  PRIORITY_TRACKER_STRINGS,
  PRIORITY_TRACKER_TEXT,
  type PriorityTrackerStrings,
  type PriorityTrackerTextKey,
  type TrackerMode,
  type PriorityDatum,
  SendPriorityTracker,
} from './priority-tracker/define.js';
export {
  NEED_BREAKDOWN_STRINGS,
  NEED_BREAKDOWN_TEXT,
  type NeedBreakdownTextKey,
  type NeedDatum,
  SendNeedBreakdown,
} from './need-breakdown/define.js';
export {
  DEPRIVATION_CHART_STRINGS,
  DEPRIVATION_CHART_TEXT,
  type DeprivationChartTextKey,
  deprivationOrientation,
  layoutDeprivationChart,
  type DecileMark,
  type DecilePanel,
  type DeprivationLayout,
  type DeprivationLayoutOptions,
  type EnglandTick,
  type TextMark,
  deprivationView,
  deprivationViewOptions,
  type DeprivationView,
  type DeprivationViewAttributes,
  type DeprivationViewOptions,
  type DeprivationMeasureOption,
  type DeprivationOrientation,
  type ScatterLayout,
  type ScatterLayoutOptions,
  type ScatterSet,
  type ContextBar,
  type ContextLayout,
  type ContextLayoutMode,
  type ContextLayoutOptions,
  type ContextLegendItem,
  type DeprivationDecileDatum,
  type DeprivationAreaDatum,
  type DeprivationContextDatum,
  type DeprivationContextPanel,
  type DeprivationRatesModel,
  type DeprivationContextModel,
  type DeprivationChartModel,
  type DeprivationChartLayout,
  SendDeprivationChart,
} from './deprivation-chart/define.js';
export {
  SEND_INDICATOR_STRINGS,
  SEND_INDICATOR_TEXT,
  type SendIndicatorTextKey,
  type IndicatorDatum,
  type IndicatorForm,
  SendIndicator,
} from './indicator/define.js';
// the text of the parts loaded on first use (deprivation chart, indicator), for the workshop's list of strings
export { DEPRIVATION_SCATTER_STRINGS } from './deprivation-chart/deprivation-scatter.strings.js';
export { DEPRIVATION_CONTEXT_STRINGS } from './deprivation-chart/deprivation-context.strings.js';
export { SEND_INDICATOR_FORMS_STRINGS } from './indicator/indicator-forms.strings.js';
