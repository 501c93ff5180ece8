import { DEFAULT_MIN_COUNT, type DataInput } from '@send-insight/data';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { InvalidJsonAttribute, jsonObjectConverter } from './json-attribute.js';
import { clipText } from './layout/wrap-text.js';
import type { SendStringOverrides } from './strings.js';
import { TEXT_CAPS } from './text-caps.js';

/** Text from the page shortened to `max` characters for display; `undefined` stays so. */
function capped<T extends string | undefined>(value: T | null, max: number): T {
  return (value === null || value === undefined ? value : clipText(String(value), max)) as T;
}

/** `strings` with every override shortened to {@link TEXT_CAPS}.string (the same object when none is longer). */
function cappedStrings(value: SendStringOverrides): SendStringOverrides {
  if (!value || typeof value !== 'object' || value instanceof InvalidJsonAttribute) return value;
  const long = Object.values(value).some((v) => typeof v === 'string' && v.length > TEXT_CAPS.string);
  if (!long) return value;
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(value)) out[k] = typeof v === 'string' ? clipText(v, TEXT_CAPS.string) : v;
  return out as SendStringOverrides;
}

/**
 * The attributes and properties every send-insight chart takes (DESIGN.md, "Element contract"):
 * where its data comes from, how it is named and described, its locale, view, disclosure
 * threshold, period, theme and wording. What a chart does with them is {@link SendElement}.
 *
 * @attr src - Address of a CSV or JSON file to load. A newer `src` cancels an older request.
 * @attr columns - JSON object mapping contract column names to the names in your file, e.g. `{"pupils": "headcount"}`.
 * @attr preset - Read a published file as it is, e.g. `ees-ehc-plans-by-need` or `iod2019-lsoa`.
 * @attr area - With a preset: the local authority's GSS code (E08000031) or name; England is the comparator.
 * @attr heading - The chart's heading (up to 300 characters; longer is shortened, ending "…"). Without one the chart is still named, in its own words (`deprivationChartName`, `needChartName`, `outcomesChartName`, `trackerChartName` in `strings`), for screen readers and download file names.
 * @attr heading-level - Heading level (1–6) so the chart fits the page's outline. Default 2.
 * @attr description - Replaces the automatic plain-English summary (up to 2,000 characters; longer is shortened, ending "…").
 * @attr source - Source note shown under the chart (up to 1,000 characters; longer is shortened, ending "…").
 * @attr locale - Locale for numbers and dates. Default `en-GB`.
 * @attr view - `chart` or `table`.
 * @attr min-count - Disclosure threshold: counts below it are never shown. Default 10.
 * @attr period - Which `time_period` to show when the data has several.
 * @attr theme - A built-in theme: `council`, `nhs`, `high-contrast` or `dark`.
 * @attr loading-delay - Milliseconds before the loading message shows (avoids a flash). Default 300.
 *
 * Text given here is shortened for display past its cap in {@link TEXT_CAPS} (the property then
 * holds the shortened text), so no text can stall the page's layout; a data cell past its cap is
 * a data error instead.
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
  private headingText = '';
  private descriptionText?: string;
  private sourceText?: string;
  private stringsValue: SendStringOverrides = {};

  /** The chart's heading: up to 300 characters, longer shortened, ending "…". */
  @property()
  get heading(): string {
    return this.headingText;
  }
  set heading(value: string) {
    this.headingText = capped(value, TEXT_CAPS.heading) ?? '';
  }
  /** Heading level, 1–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Replaces the automatic summary: up to 2,000 characters, longer shortened, ending "…". */
  @property()
  get description(): string | undefined {
    return this.descriptionText;
  }
  set description(value: string | undefined) {
    this.descriptionText = capped(value, TEXT_CAPS.description);
  }
  /** Source note: up to 1,000 characters, longer shortened, ending "…". */
  @property()
  get source(): string | undefined {
    return this.sourceText;
  }
  set source(value: string | undefined) {
    this.sourceText = capped(value, TEXT_CAPS.source);
  }
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
   * summary's (see each chart's strings table). Also settable as a JSON attribute. Each is a
   * template of up to 1,000 characters; longer is shortened, ending "…".
   */
  @property({ converter: jsonObjectConverter('strings') })
  get strings(): SendStringOverrides {
    return this.stringsValue;
  }
  set strings(value: SendStringOverrides) {
    this.stringsValue = cappedStrings(value);
  }
  /** Milliseconds before the loading message appears. */
  @property({ attribute: 'loading-delay', type: Number }) loadingDelay = 300;
}
