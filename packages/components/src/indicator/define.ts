import { SendIndicator } from './indicator.js';

/** Registers `<send-indicator>` once; importing this module twice (or from two bundles) is harmless. */
if (!customElements.get('send-indicator')) customElements.define('send-indicator', SendIndicator);

export { SendIndicator } from './indicator.js';
export { SEND_INDICATOR_STRINGS, SEND_INDICATOR_TEXT, type SendIndicatorTextKey } from './indicator.strings.js';
export type { IndicatorDatum, IndicatorForm } from './indicator.view.js';
