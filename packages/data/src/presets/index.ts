/** Presets: read published files as they are and reshape them for the contracts. CSP-safe (no arquero). */
export * from './apply.js';
export * from './ees.js';
export * from './ees-ehc-plans-by-need.js';
export * from './ees-ehc-caseload.js';
export * from './iod2019-lsoa.js';
export * from './lsoa-decile-counts.js';
export { periodLabel } from './read-cells.js';
