/**
 * @send-insight/data/arquero: loaders that return arquero Tables with typed columns, for Node,
 * notebooks and Storybook. Components never import this entry (arquero's verbs compile code,
 * which a strict Content-Security-Policy blocks); they use the arquero-free `@send-insight/data`.
 *
 * Each input has two loaders: `from*` returns the Table (warnings via {@link issuesOf}) and `read*`
 * returns `{table, issues}`. With a `contract` option both validate and throw a `SendDataError`
 * listing every error.
 */
export type { LoadOptions, Loaded } from './options.js';
export { issuesOf, keepIssues } from './issues-of.js';
export { typeColumn, buildTable } from './build-table.js';
export { readRows, fromRows } from './from-rows.js';
export { readCSV, fromCSV, type CsvLoadOptions } from './from-csv.js';
export { readJSON, fromJSON } from './from-json.js';
export { readTable, fromTable } from './from-table.js';
export { readArrow, fromArrow } from './from-arrow.js';
export { isArrowIPC, readBytes, decodeText, type ByteFormat, type BytesLoadOptions } from './read-bytes.js';
export { readFile, fromFile, formatOf } from './from-file.js';
export { readURL, fromURL, type UrlLoadOptions } from './from-url.js';
export { missingToNull } from './missing-to-null.js';
