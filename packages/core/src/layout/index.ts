/**
 * @send-insight/core/layout: what every chart's layout measures and places with — one text
 * measure, one word wrap with one limit for hostile text, boxes, ticks and the number formats.
 * Pure (no Lit, no DOM), so layouts and views run in Node, in tests and in the CLI.
 */
export { textWidth, type TextMeasure } from './text-width.js';
export { clipText, MAX_TEXT, wrapText, type WrapOptions } from './wrap-text.js';
export { boxesOverlap, plotBox, verticalLineAround, type Box, type Margin } from './box.js';
export {
  fitTicks,
  placeTicks,
  tickCount,
  tickDigits,
  type FitTicksOptions,
  type PlacedTick,
  type Tick,
  type TickScale,
} from './ticks.js';
export { formatNumber, formatPercent, formatPoints, formatPValue, formatRate, formatShare } from '../format.js';
