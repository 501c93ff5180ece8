import { MAX_CELL_TEXT } from '@send-insight/data';
import { MAX_TEXT } from './layout/wrap-text.js';

/**
 * The longest text an element shows, in characters, by where it comes from. Text from the page
 * (heading, summary, source note, a `strings` override) longer than its cap is shortened to the
 * cap, its last character an ellipsis "…"; a data cell longer than {@link MAX_CELL_TEXT} is a
 * data error naming its column and row (no real label is that long). Within that, a label a
 * chart wraps beside its marks is cut to {@link MAX_TEXT} characters; the data table and the CSV
 * keep the cell whole.
 *
 * Why: Chromium lays out one word that may break anywhere in time that grows with the square of
 * its length in some faces (a word of 100,000 capital As took about 22 s in DejaVu Sans, the
 * system font of many Linux desktops), so an element must never be given such a word to lay out.
 */
export const TEXT_CAPS = {
  /** The `heading`; the chart's accessible name and the exports' titles come from it. */
  heading: MAX_TEXT,
  /** The `description` that replaces the automatic summary. */
  description: 2000,
  /** The `source` note. */
  source: MAX_CELL_TEXT,
  /** Each `strings` override (a template, before its placeholders are filled). */
  string: MAX_CELL_TEXT,
  /** A data cell (larger is a data error): a name, a label, an action's text, a web address. */
  cell: MAX_CELL_TEXT,
  /** A label a chart wraps beside its marks (`wrapText`); the table and the CSV keep it whole. */
  label: MAX_TEXT,
} as const;
