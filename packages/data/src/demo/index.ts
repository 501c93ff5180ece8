/** Illustrative demo data for the four contracts (see each file for what is real and what is made up). */
export * from './deprivation.js';
export * from './actions.js';
export * from './outcomes.js';
export * from './needs.js';
export * from './indicators.js';
/** Real published figures (small extracts, OGL v3.0): read them with the matching preset. */
export * from './real-ehc-needs.js';
export * from './real-iod-wolverhampton.js';
export * from './real-ehc-caseload.js';
export * from './real-sen2-mi.js';
export * from './real-cin-sen.js';
