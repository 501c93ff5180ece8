import { SendOutcomesRadar } from './outcomes-radar.js';

/** Registers `<send-outcomes-radar>` once; importing this module twice (or from two bundles) is harmless. */
if (!customElements.get('send-outcomes-radar')) customElements.define('send-outcomes-radar', SendOutcomesRadar);

export { type OutcomesDatum, SendOutcomesRadar } from './outcomes-radar.js';
export { OUTCOMES_RADAR_STRINGS, OUTCOMES_RADAR_TEXT, type OutcomesRadarTextKey } from './outcomes-radar.strings.js';
