/*
 * The indicator's comparison of authorities, loaded on first use (the element imports it
 * dynamically, so a bundler puts it in a file of its own): its text, view, layout, marks and
 * switch of authorities. A page that shows only tiles never loads it.
 */
export { SEND_INDICATOR_FORMS_TEXT } from './indicator-forms.strings.js';
// the form as the element calls it (indicator.parts.ts: IndicatorFormPart)
export { viewIndicatorCompare as view } from './indicator-compare.view.js';
export { renderCompare as render, scopeSwitch as controls } from './indicator-compare.marks.js';
export { indicatorFormsStyles } from './indicator-forms.styles.js';
