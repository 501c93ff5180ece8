/*
 * The tile's table, loaded on first use (the element imports it dynamically, so a bundler puts it
 * in a file of its own): the table of the series and its text. A page of tiles that never opens
 * the table view or asks for the CSV never loads it.
 */
export { SEND_INDICATOR_FORMS_TEXT } from './indicator-forms.strings.js';
export { viewIndicatorTileTable } from './indicator.table.js';
