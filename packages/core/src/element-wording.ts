import { MAX_CELL_TEXT, Wording, type DataIssue, type TextFormat, type TextOptions } from '@send-insight/data';
import { formatDate, formatNumber, formatPercent, formatPoints } from './format.js';
import { InvalidJsonAttribute } from './json-attribute.js';
import { clipText } from './layout/wrap-text.js';
import { DEFAULT_STRINGS, fill, type SendStringOverrides, type SendStrings } from './strings.js';

/** What an element's wording reads from it: its `strings` overrides (possibly an unreadable attribute) and `locale`. */
export interface WordingSource {
  readonly strings: SendStringOverrides | InvalidJsonAttribute | undefined;
  readonly locale: string;
}

/**
 * An element's words: the shell's strings with the element's `strings` overrides, a data problem
 * in those words, figures in its `locale`, and each chart's own table of text ({@link wording})
 * with the same overrides, kept until `strings` or `locale` change. Pure of Lit and the DOM.
 *
 * @example
 * const words = new ElementWording(element);
 * words.t('empty', { for: '' }) // "No data to show."
 */
export class ElementWording {
  private wordings = new Map<object, { strings: unknown; locale: string; wording: Wording<string> }>();

  constructor(private readonly source: WordingSource) {}

  /** The `strings` overrides in force (none when the attribute is not valid JSON). */
  get overrides(): SendStringOverrides {
    const s = this.source.strings;
    return s instanceof InvalidJsonAttribute || !s || typeof s !== 'object' ? {} : s;
  }

  /** A shell string with overrides and `{placeholders}` filled. */
  t(key: keyof SendStrings, values?: Record<string, string | number>): string {
    const own = this.overrides[key];
    return fill(typeof own === 'string' ? own : DEFAULT_STRINGS[key], values);
  }

  /**
   * A data problem: where (column and row) and what, the what from an `issue.<code>` string when
   * one is given, else the data package's English sentence. A column name or value is shown to
   * its first 300 characters and the sentence to its first 1,000 (the issue keeps them whole), so
   * a header or cell of any length can be named without stalling the page.
   */
  issue(i: DataIssue): string {
    const own = this.overrides[`issue.${i.code}`];
    const column = clipText(i.column);
    const message = clipText(
      typeof own === 'string'
        ? fill(own, { column, row: i.row, value: clipText(i.value), message: i.message })
        : i.message,
      MAX_CELL_TEXT,
    );
    const where =
      column && i.row > 0
        ? this.t('issueColumnRow', { column, row: i.row })
        : column
          ? this.t('issueColumn', { column })
          : i.row > 0
            ? this.t('issueRow', { row: i.row })
            : '';
    return where ? this.t('issueAt', { where, message }) : message;
  }

  /**
   * An ISO date in words: from the `dateLong` and `month.N` strings when a partner has given any
   * of them, else in the locale ("31 March 2025" in en-GB).
   */
  date(iso: string): string {
    const o = this.overrides;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return iso;
    const monthKey = `month.${Number(m[2])}` as keyof SendStrings;
    if (typeof o.dateLong !== 'string' && typeof o[monthKey] !== 'string') return formatDate(iso, this.source.locale);
    return this.t('dateLong', { day: Number(m[3]), month: this.t(monthKey), year: m[1]! });
  }

  /** A difference in percentage points in the locale and wording: "+11.7 pts". */
  points(value: number, digits = 1): string {
    return formatPoints(value, this.source.locale, digits, this.t('pointsShort'));
  }

  /** Formatters for figures in sentences, in the locale (so summaries match the chart). */
  get format(): TextFormat {
    const locale = this.source.locale;
    return {
      number: (value, digits) => formatNumber(value, locale, digits),
      percent: (value, digits) => formatPercent(value, locale, digits),
      date: (iso) => this.date(iso),
    };
  }

  /** Wording options for the data package's text (summaries, labels). */
  get options(): TextOptions {
    return { locale: this.source.locale, strings: this.overrides, format: this.format };
  }

  /** A chart's table of text (its en-GB defaults) with the overrides, locale and formatters; kept until `strings` or `locale` change. */
  wording<K extends string>(defaults: Readonly<Record<K, string>>): Wording<K> {
    const cached = this.wordings.get(defaults);
    const { strings, locale } = this.source;
    if (cached && cached.strings === strings && cached.locale === locale) return cached.wording as Wording<K>;
    const wording = new Wording(defaults, this.options);
    this.wordings.set(defaults, { strings, locale, wording });
    return wording;
  }
}
