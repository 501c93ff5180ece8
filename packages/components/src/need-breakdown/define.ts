import { SendNeedBreakdown } from './need-breakdown.js';

/** Registers `<send-need-breakdown>` once; importing this module twice (or from two bundles) is harmless. */
if (!customElements.get('send-need-breakdown')) customElements.define('send-need-breakdown', SendNeedBreakdown);

export { type NeedDatum, SendNeedBreakdown } from './need-breakdown.js';
export { NEED_BREAKDOWN_STRINGS, NEED_BREAKDOWN_TEXT, type NeedBreakdownTextKey } from './need-breakdown.strings.js';
