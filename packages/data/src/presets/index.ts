/** Presets: read published files as they are and reshape them for the contracts. CSP-safe (no arquero). */
export * from './apply.js';
export * from './ees.js';
export * from './symbols.js';
export * from './ees-ehc-plans-by-need.js';
export * from './ees-ehc-caseload.js';
export * from './iod2019-lsoa.js';
export * from './lsoa-decile-counts.js';
export * from './cin-sen-columns.js';
export * from './ees-cin-sen-la.js';
export * from './ees-cin-sen-national.js';
export * from './ees-sen2-mi.js';
export { ReadProblems, readMeasure, shareDisagrees } from './read-cells.js';
// the contract the ees-sen2-mi preset writes (kept beside it until the contracts are re-exported from the package index)
export * from '../contracts/indicators.js';
export { periodLabel } from './read-cells.js';
