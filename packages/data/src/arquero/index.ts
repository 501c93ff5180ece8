/**
 * @send-insight/data/arquero: loaders that return arquero Tables with typed columns, for Node,
 * notebooks and Storybook. Components never import this entry (arquero's verbs compile code,
 * which a strict Content-Security-Policy blocks); they use the arquero-free `@send-insight/data`.
 *
 * Each input has two loaders: `from*` returns the Table (warnings via {@link issuesOf}) and `read*`
 * returns `{table, issues}`. With a `contract` option both validate and throw a `SendDataError`
 * listing every error.
 */
export * from './options.js';
export * from './issues-of.js';
export { typeColumn, buildTable } from './build-table.js';
export * from './from-rows.js';
export * from './from-csv.js';
export * from './from-json.js';
export * from './from-table.js';
export * from './from-arrow.js';
export * from './read-bytes.js';
export * from './from-file.js';
export * from './from-url.js';
export * from './missing-to-null.js';
