/*
 * The area view's part of the deprivation chart (every neighbourhood by IMD rank), loaded on first
 * use (the element imports it dynamically, so a bundler puts it in a file of its own): its view,
 * the canvas drawing, the point index and the marks. A page that draws only the chart by decile
 * never loads it.
 */
export { deprivationScatterView } from './deprivation-scatter.view.js';
export { paintScatterHighlight, renderScatterChart, ScatterCanvas } from './deprivation-scatter.marks.js';
