import { DEFAULT_MIN_COUNT, type DataInput } from '@send-insight/data';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { jsonObjectConverter } from './json-attribute.js';
import type { SendStringOverrides } from './strings.js';

/**
 * The attributes and properties every send-insight chart takes (DESIGN.md, "Element contract"):
 * where its data comes from, how it is named and described, its locale, view, disclosure
 * threshold, period, theme and wording. What a chart does with them is {@link SendElement}.
 *
 * @attr src - Address of a CSV or JSON file to load. A newer `src` cancels an older request.
 * @attr columns - JSON object mapping contract column names to the names in your file, e.g. `{"pupils": "headcount"}`.
 * @attr preset - Read a published file as it is, e.g. `ees-ehc-plans-by-need` or `iod2019-lsoa`.
 * @attr area - With a preset: the local authority's GSS code (E08000031) or name; England is the comparator.
 * @attr heading - The chart's heading. Without one the chart is still named, in its own words (`deprivationChartName`, `needChartName`, `outcomesChartName`, `trackerChartName` in `strings`), for screen readers and download file names.
 * @attr heading-level - Heading level (1–6) so the chart fits the page's outline. Default 2.
 * @attr description - Replaces the automatic plain-English summary.
 * @attr source - Source note shown under the chart.
 * @attr locale - Locale for numbers and dates. Default `en-GB`.
 * @attr view - `chart` or `table`.
 * @attr min-count - Disclosure threshold: counts below it are never shown. Default 10.
 * @attr period - Which `time_period` to show when the data has several.
 * @attr theme - A built-in theme: `council`, `nhs`, `high-contrast` or `dark`.
 * @attr loading-delay - Milliseconds before the loading message shows (avoids a flash). Default 300.
 *
 */
export abstract class ChartAttributes extends LitElement {
  /** Rows (array of objects), an arquero Table, or CSV/JSON text. Takes precedence over a child script and `src`. */
  @property({ attribute: false }) data?: DataInput;
  /** Address of a CSV or JSON file to load. */
  @property() src?: string;
  /** Maps contract column names to the names in your data: `{"pupils": "headcount"}`. */
  @property({ converter: jsonObjectConverter('columns') }) columns?: Record<string, string>;
  /** Name of a preset that reads a published file as it is. */
  @property() preset?: string;
  /** With a preset: the local authority (GSS code or name). */
  @property() area?: string;
  /** The chart's heading. */
  @property() heading = '';
  /** Heading level, 1–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Replaces the automatic summary. */
  @property() description?: string;
  /** Source note. */
  @property() source?: string;
  /** Locale for numbers and dates. */
  @property() locale = 'en-GB';
  /** `chart` or `table`. */
  @property({ reflect: true }) view: string = 'chart';
  /** Disclosure threshold: counts from 1 to `minCount − 1` are never shown. */
  @property({ attribute: 'min-count', type: Number }) minCount = DEFAULT_MIN_COUNT;
  /** Which time period to show. */
  @property() period?: string;
  /** Built-in theme name. */
  @property({ reflect: true }) theme?: string;
  /**
   * Overrides for any user-facing text: the shell's (`DEFAULT_STRINGS`), the chart's own and its
   * summary's (see each chart's strings table). Also settable as a JSON attribute.
   */
  @property({ converter: jsonObjectConverter('strings') }) strings: SendStringOverrides = {};
  /** Milliseconds before the loading message appears. */
  @property({ attribute: 'loading-delay', type: Number }) loadingDelay = 300;
}
