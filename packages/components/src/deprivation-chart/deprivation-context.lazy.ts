/*
 * The neighbourhood (LSOA) context's part of the deprivation chart, loaded on first use (the
 * element imports it dynamically, so a bundler puts it in a file of its own): its view, the strip
 * under the rates, and their marks. A page that draws only the chart by decile never loads it.
 */
export { deprivationContextView, withContextStrip } from './deprivation-context.view.js';
export { renderContextChart, renderContextMarks } from './deprivation-context.marks.js';
