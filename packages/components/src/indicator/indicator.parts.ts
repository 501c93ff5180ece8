/*
 * The indicator's forms that a dashboard of tiles never shows, each imported on first use: the
 * trend over time and the comparison of authorities (in the CDN build, files beside
 * send-insight.js).
 */
import type { IndicatorModel } from '@send-insight/data';
import type { CSSResult, TemplateResult } from 'lit';
import { LazyPart } from '../lazy-part.js';
import type { CompareLayout, CompareScope } from './indicator-compare.layout.js';
import type { IndicatorFormsWording, SEND_INDICATOR_FORMS_TEXT } from './indicator-forms.strings.js';
import type { TrendLayout } from './indicator-trend.layout.js';
import type { IndicatorMarksHost } from './indicator.marks.js';
import type { IndicatorForm, IndicatorView, IndicatorViewOptions } from './indicator.view.js';

/** What a form's switch reads and sets (the element's attributes): the comparison's authorities, the trend's scale. */
export interface FormSettings {
  scope?: CompareScope;
  scale?: 'value' | 'index';
}

/** What the trend and the comparison each give the element once loaded: the same calls, so it handles both alike. */
export interface IndicatorFormPart {
  /** Their text (with the element's), for the `strings` overrides. */
  SEND_INDICATOR_FORMS_TEXT: typeof SEND_INDICATOR_FORMS_TEXT;
  /** Their styles, adopted into the element's shadow root when a form first draws. */
  indicatorFormsStyles: CSSResult;
  /** The form's view. */
  view(model: IndicatorModel, options: IndicatorViewOptions, w: IndicatorFormsWording, width: number): IndicatorView;
  /** The form's switch (the trend's scale, the comparison's authorities), none while `table`; a choice is set on `settings`. */
  controls(model: IndicatorModel, settings: FormSettings, table: boolean, w: IndicatorFormsWording): unknown;
  /** Draws the form's layout. */
  render(layout: TrendLayout | CompareLayout, host: IndicatorMarksHost): TemplateResult;
}

/** The trend: its view, layout and marks. */
export const trendPart: LazyPart<IndicatorFormPart> = new LazyPart(() => import('./indicator-trend.lazy.js'));

/** The comparison of authorities: its view, layout and marks. */
export const comparePart: LazyPart<IndicatorFormPart> = new LazyPart(() => import('./indicator-compare.lazy.js'));

/** The forms loaded on first use, by name. */
export const FORM_PARTS: Readonly<Record<Exclude<IndicatorForm, 'tile'>, LazyPart<IndicatorFormPart>>> = {
  trend: trendPart,
  compare: comparePart,
};

/** The tile's table (the table view and the CSV): the table of the series and its text. */
export const tablePart = new LazyPart(() => import('./indicator-table.lazy.js'));
