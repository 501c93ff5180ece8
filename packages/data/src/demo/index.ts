/** Illustrative demo data for the four contracts (see each file for what is real and what is made up). */
export * from './deprivation.js';
export * from './actions.js';
export * from './outcomes.js';
export * from './needs.js';
