/** @send-insight/core: what every send-insight chart shares. */
export { ChartAttributes } from './chart-attributes.js';
export { SendElement } from './base-element.js';
export { loadPresets, loadedPresets, presetsFailed, type PresetModule } from './presets-loader.js';
export { SendRenderEvent, SendSelectEvent, SendDataErrorEvent, type ChartState } from './events.js';
export {
  formatNumber,
  formatPercent,
  formatShare,
  formatPoints,
  formatPValue,
  formatRate,
  formatDate,
  formatList,
} from './format.js';
export { DEFAULT_STRINGS, type SendStrings, type SendStringOverrides, fill } from './strings.js';
export {
  themeCss,
  token,
  seriesColor,
  type Tokens,
  CHART_TEXT_PX,
  DEFAULT_TOKENS,
  THEMES,
  type ThemeName,
  themeAttributeStyles,
  tokenDefaults,
} from './theme.js';
export { safeHttpUrl } from './url.js';
export { moveActive, type NavPoint, type NavSeries, type ActivePoint } from './a11y/navigation.js';
export {
  renderDataTable,
  cellText,
  sortRows,
  type DataTableSpec,
  type SortState,
  type TableCell,
} from './a11y/data-table.js';
export { layoutFor, type ChartSize, ResizeController } from './controllers/resize-controller.js';
export {
  type LoadStatus,
  type LoadedData,
  type LoadFailure,
  type PresetRequest,
  type DataLoaderOptions,
  DataLoader,
} from './controllers/data-loader.js';
export { fetchData, FetchDataError } from './controllers/fetch-data.js';
export {
  type NavigationWords,
  POINTER_ANNOUNCE_GAP,
  NavigationController,
} from './controllers/navigation-controller.js';
export { type WordingSource, ElementWording } from './element-wording.js';
export { jsonObjectConverter, InvalidJsonAttribute } from './json-attribute.js';
export { TEXT_CAPS } from './text-caps.js';
export { canvasMeasure, exportSvg, type SvgExportOptions } from './export/svg-export.js';
export { paintChart, paintPlot, canvasToPng, type PaintOptions } from './export/png-export.js';
export { downloadBlob, fileNameFor } from './export/download.js';
export { chartSvg, chartPng, downloadChart, type ChartExportSource } from './export/chart-export.js';
export { prepareCanvas, drawCircles } from './canvas/canvas-layer.js';
export { PointIndex } from './canvas/point-index.js';
export { baseStyles } from './base.styles.js';
export { type CssProps, cssProps } from './directives/css-props.js';
export { paintWith } from './directives/paint-with.js';
export type { ChartView, ChartViewFunction } from './view/chart-view.js';
