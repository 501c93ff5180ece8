/*
 * Reading text (CSV and JSON) and fetching `src`, loaded the first time an element is given text
 * (the DataLoader imports it dynamically: in the CDN build a file beside send-insight.js). A page
 * that passes rows or a Table as `data` never loads the CSV parser.
 */
export { fromCsvText, fromJsonText, toRawData } from '@send-insight/data';
export { fetchData } from './fetch-data.js';
