/*
 * The indicator's trend, loaded on first use (the element imports it dynamically, so a bundler
 * puts it in a file of its own): its text, view, layout, marks and scale switch. A page that
 * shows only tiles never loads it.
 */
export { SEND_INDICATOR_FORMS_TEXT } from './indicator-forms.strings.js';
export { viewIndicatorTrend } from './indicator-trend.view.js';
export { renderTrend, scaleSwitch } from './indicator-trend.marks.js';
export { indicatorFormsStyles } from './indicator-forms.styles.js';
