/**
 * send-insight: one import registers every element (`<send-deprivation-chart>`,
 * `<send-need-breakdown>`, `<send-outcomes-radar>`, `<send-priority-tracker>`, `<send-indicator>`,
 * and `<send-dashboard>`, which lays them out for one area). Registration is guarded, so loading
 * this twice (say, from npm and from the CDN file) is harmless.
 */
export * from '@send-insight/components';
export {
  DEFAULT_STRINGS,
  THEMES,
  themeCss,
  formatDate,
  formatNumber,
  formatPercent,
  SendElement,
  SendDataErrorEvent,
  SendRenderEvent,
  SendSelectEvent,
} from '@send-insight/core';
export type { ChartState, SendStrings, ThemeName } from '@send-insight/core';
export type { DataIssue } from '@send-insight/data';
