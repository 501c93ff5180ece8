/*
 * The indicator's trend, loaded on first use (the element imports it dynamically, so a bundler
 * puts it in a file of its own): its text, view, layout, marks and scale switch. A page that
 * shows only tiles never loads it.
 */
export { SEND_INDICATOR_FORMS_TEXT } from './indicator-forms.strings.js';
// the form as the element calls it (indicator.parts.ts: IndicatorFormPart)
export { viewIndicatorTrend as view } from './indicator-trend.view.js';
export { renderTrend as render, scaleSwitch as controls } from './indicator-trend.marks.js';
export { indicatorFormsStyles } from './indicator-forms.styles.js';
