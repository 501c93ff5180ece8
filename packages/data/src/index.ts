/**
 * @send-insight/data: the arquero-free entry. Safe under a strict Content-Security-Policy:
 * nothing here compiles code. Components import only from here.
 */
export * from './missing.js';
export * from './issues.js';
export * from './csv.js';
export * from './values.js';
export * from './dates.js';
export * from './suggest.js';
export * from './input.js';
export * from './schema.js';
export * from './validate.js';
export * from './contracts/needs-codes.js';
export * from './contracts/deprivation.js';
export * from './contracts/needs.js';
export * from './contracts/outcomes.js';
export * from './contracts/actions.js';
export * from './stats/wilson.js';
export * from './stats/two-proportion.js';
export * from './stats/regression.js';
export * from './stats/holm.js';
export * from './stats/fisher-exact.js';
export * from './stats/trend-test.js';
export * from './stats/rate-ratio.js';
export * from './disclosure.js';
export * from './text/wording.js';
export * from './presets/index.js';
export * from './outcomes/model.js';
export * from './outcomes/summary.js';
export * from './outcomes/notes.js';
export * from './outcomes/strings.js';
export * from './deprivation/aggregate.js';
export * from './deprivation/model.js';
export * from './deprivation/summary.js';
export * from './deprivation/strings.js';
export * from './actions/index.js';
export * from './needs/model.js';
export * from './needs/summary.js';
export * from './needs/notes.js';
export * from './needs/strings.js';
export * from './contracts/deprivation-context.js';
export * from './deprivation/context.js';
export * from './deprivation/read-context.js';
export * from './deprivation/context-summary.js';
export * from './linked-disclosure.js';
export * from './needs/phase-hierarchy.js';
export * from './needs/protect.js';
