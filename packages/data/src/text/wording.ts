import { formatIsoDate } from '../dates.js';
import { MISSING_LABELS, type MissingKind } from '../missing.js';

/**
 * Templated text: every sentence the data package writes (summaries, labels, reasons) comes from
 * a table of en-GB templates with `{name}` placeholders, which a partner can override key by key
 * to reword or translate, and its figures go through a formatter for the reader's locale.
 */

/** Values for `{name}` placeholders. Inserted as text: the elements render them through Lit bindings. */
export type TextValues = Readonly<Record<string, string | number>>;

/** Overrides by key. Keys a wording does not know are ignored, so one object can serve every chart. */
export type StringOverrides = Readonly<Record<string, string | undefined>>;

/** How figures are written inside sentences. */
export interface TextFormat {
  /** A number: `digits` fixed decimal places, or at most one when omitted. 1284 → "1,284". */
  number(value: number, digits?: number): string;
  /** A percentage given as 0–100 with `digits` fixed decimal places. 36.3 → "36.3%". */
  percent(value: number, digits: number): string;
  /** An ISO calendar date in words. "2025-03-31" → "31 March 2025". */
  date(iso: string): string;
}

/** Wording options that every text-writing function of the data package accepts. */
export interface TextOptions {
  /** Locale for numbers, dates and plural forms. Default `en-GB`. */
  locale?: string;
  /** Templates that replace the defaults, key by key. */
  strings?: StringOverrides;
  /** Formatters for figures (an element passes its own, so numbers match the rest of the chart). */
  format?: Partial<TextFormat>;
}

/** Keys every wording knows: how lists are joined, small numbers in words, and missing values (`missing.<kind>`). */
export const SHARED_STRINGS = {
  ...(Object.fromEntries(Object.entries(MISSING_LABELS).map(([kind, label]) => [`missing.${kind}`, label])) as Record<
    `missing.${MissingKind}`,
    string
  >),
  /** Between list items but the last two: "a, b and c". */
  listSeparator: ', ',
  /** Between items that themselves contain commas: "a, 1; b, 2 and c, 3". */
  listSeparatorLong: '; ',
  /** Before the last item of an "and" list. */
  listAnd: ' and ',
  /** Before the last item of an "or" list. */
  listOr: ' or ',
  /** One to nine in words, comma-separated, from zero ("no"); set to "" to write numerals. */
  numberWords: 'no,one,two,three,four,five,six,seven,eight,nine',
  /** Under a chart's data table: where its intervals, tests and disclosure control are explained. */
  methodsNote:
    'How the intervals, comparisons and suppression are worked out: see “Methods” in the send-insight guide.',
} as const;

/** The keys of {@link SHARED_STRINGS}. */
export type SharedStringKey = keyof typeof SHARED_STRINGS;

/**
 * Fills `{name}` placeholders; unknown placeholders are left as they are.
 *
 * @param template text with `{name}` placeholders
 * @param values what to put in them
 * @returns the filled text
 * @example fillTemplate('{count} of {total} shown', { count: 3, total: 5 }) // "3 of 5 shown"
 */
export function fillTemplate(template: string, values: TextValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole,
  );
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string, digits: number | undefined): Intl.NumberFormat {
  const key = `${locale}|${digits ?? ''}`;
  let f = numberFormats.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions =
      digits === undefined
        ? { maximumFractionDigits: 1 }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits };
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      f = new Intl.NumberFormat('en-GB', options);
    }
    numberFormats.set(key, f);
  }
  return f;
}

function pluralRule(locale: string): Intl.PluralRules {
  let r = pluralRules.get(locale);
  if (!r) {
    try {
      r = new Intl.PluralRules(locale);
    } catch {
      r = new Intl.PluralRules('en-GB');
    }
    pluralRules.set(locale, r);
  }
  return r;
}

/**
 * The formatters used when a caller gives none: `Intl` for the locale, and dates by
 * {@link formatIsoDate} (en-GB written without a `Date` object, so no time zone can move a day).
 *
 * @param locale a BCP 47 locale. Default `en-GB`.
 * @returns number, percent and date formatters
 * @example defaultTextFormat('en-GB').percent(36.25, 1) // "36.3%"
 */
export function defaultTextFormat(locale = 'en-GB'): TextFormat {
  return {
    number: (value, digits) => numberFormat(locale, digits).format(value),
    percent: (value, digits) => `${numberFormat(locale, digits).format(value)}%`,
    date: (iso) => formatIsoDate(iso, locale),
  };
}

/** Keys of a table that have plural forms (`stem_one`, `stem_other`, …), by stem. */
export type PluralStem<K extends string> = K extends `${infer S}_other` ? S : never;

const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** Each table of defaults with the shared strings under it, made once per table (a page of charts makes many wordings of one table). */
const merged = new WeakMap<object, Readonly<Record<string, string>>>();
function withShared(defaults: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  let table = merged.get(defaults);
  if (!table) merged.set(defaults, (table = { ...SHARED_STRINGS, ...defaults }));
  return table;
}

/**
 * A table of default templates with a partner's overrides and formatters: `t(key, values)` gives
 * a filled sentence, `plural(stem, n)` picks the form for `n` by the locale's plural rules
 * (`stem_one`, `stem_two`, `stem_few`, … falling back to `stem_other`), and `list(items)` joins
 * words with the `list…` templates.
 *
 * @example
 * const w = new Wording({ shown: '{n} shown', item_one: '{n} action', item_other: '{n} actions' }, { strings: { shown: '{n} i’w gweld' } });
 * w.t('shown', { n: 3 }) // "3 i’w gweld"
 * w.plural('item', 1) // "1 action"
 */
export class Wording<K extends string> {
  /** The locale for figures and plural rules. */
  readonly locale: string;
  /** Formatters for figures. */
  readonly format: TextFormat;
  private readonly overrides: StringOverrides;
  private readonly defaults: Readonly<Record<string, string>>;

  /**
   * @param defaults the en-GB templates, by key
   * @param options overrides, locale and formatters
   */
  constructor(defaults: Readonly<Record<K, string>>, options: TextOptions = {}) {
    this.locale = options.locale ?? 'en-GB';
    this.format = { ...defaultTextFormat(this.locale), ...options.format };
    this.overrides = options.strings && typeof options.strings === 'object' ? options.strings : {};
    this.defaults = withShared(defaults);
  }

  /** The template for a key: the override when it is text, else the default. */
  template(key: K | SharedStringKey): string {
    const own = Object.prototype.hasOwnProperty.call(this.overrides, key) ? this.overrides[key] : undefined;
    return typeof own === 'string' ? own : (this.defaults[key] ?? key);
  }

  /** Whether a partner has overridden a key. */
  has(key: string): boolean {
    return typeof this.overrides[key] === 'string';
  }

  /** A filled template. */
  t(key: K | SharedStringKey, values?: TextValues): string {
    return fillTemplate(this.template(key), values);
  }

  /**
   * The plural form of `stem` for `n`; `{n}` is `n` formatted unless `values` gives it.
   * @example w.plural('actionCount', 2) // "2 actions"
   */
  plural(stem: PluralStem<K>, n: number, values: TextValues = {}): string {
    let category = 'other';
    try {
      category = pluralRule(this.locale).select(n);
    } catch {
      // keep "other"
    }
    const pick = (table: Readonly<Record<string, string | undefined>>) => {
      const exact = table[`${stem}_${category}`];
      if (typeof exact === 'string' && CATEGORIES.has(category)) return exact;
      const other = table[`${stem}_other`];
      return typeof other === 'string' ? other : undefined;
    };
    // a partner's own forms win whole: their "other" before our "one"
    const template = pick(this.overrides) ?? pick(this.defaults) ?? stem;
    return fillTemplate(template, { n: this.format.number(n), ...values });
  }

  /** Joins items: "a, b and c" (or "a, b or c"; `long` separates items that contain commas with "; "). */
  list(items: readonly string[], options: { or?: boolean; long?: boolean } = {}): string {
    if (items.length <= 1) return items.join('');
    const separator = this.template(options.long ? 'listSeparatorLong' : 'listSeparator');
    const last = this.template(options.or ? 'listOr' : 'listAnd');
    return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]}`;
  }

  /** Zero to nine in words (from `numberWords`), larger numbers as formatted numerals. */
  inWords(n: number): string {
    const words = this.template('numberWords')
      .split(',')
      .map((w) => w.trim());
    return Number.isInteger(n) && n >= 0 && words[n] ? words[n]! : this.format.number(n);
  }
}

/**
 * A wording from a caller's options, or the defaults.
 * @param defaults the en-GB templates
 * @param options overrides, locale, formatters (or a wording already built from them)
 * @returns a {@link Wording}
 */
export function wordingOf<K extends string>(
  defaults: Readonly<Record<K, string>>,
  options?: TextOptions | Wording<K>,
): Wording<K> {
  return options instanceof Wording ? options : new Wording(defaults, options);
}
