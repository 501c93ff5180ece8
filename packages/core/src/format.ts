/**
 * Number and date formatting, en-GB by default. Every figure a chart shows goes through here,
 * so a `locale` attribute changes them all at once.
 */
import { formatIsoDate } from '@send-insight/data';

const cache = new Map<string, Intl.NumberFormat>();

/** The options a formatter here is made with (these three only: they make its key). */
type Options = Pick<Intl.NumberFormatOptions, 'style' | 'minimumFractionDigits' | 'maximumFractionDigits'>;

/**
 * The formatter for a locale and options, made once. The key is written from the three options
 * (a page of charts formats thousands of figures; writing the options out as JSON for each one
 * took about 8% of the update time of a page of radars in a CPU profile).
 */
function nf(locale: string, options: Options): Intl.NumberFormat {
  const key = `${locale}|${options.style ?? ''}|${options.minimumFractionDigits ?? ''}|${options.maximumFractionDigits ?? ''}`;
  let f = cache.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      f = new Intl.NumberFormat('en-GB', options);
    }
    cache.set(key, f);
  }
  return f;
}

/** 49696 → "49,696"; `digits` fixes the decimal places. */
export function formatNumber(value: number, locale = 'en-GB', digits?: number): string {
  return nf(
    locale,
    digits === undefined
      ? { maximumFractionDigits: 1 }
      : { minimumFractionDigits: digits, maximumFractionDigits: digits },
  ).format(value);
}

/** 36.3 → "36.3%" (the value is already a percentage, 0–100). */
export function formatPercent(value: number, locale = 'en-GB', digits = 1): string {
  return nf(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value / 100,
  );
}

/** A fraction 0–1 as a percentage: 0.363 → "36.3%". */
export function formatShare(fraction: number, locale = 'en-GB', digits = 1): string {
  return formatPercent(fraction * 100, locale, digits);
}

/**
 * 11.7 → "+11.7 pts", −1.6 → "−1.6 pts" (a true minus sign), 0 → "0.0 pts". `template` words the
 * unit (`{value}` is the signed number), e.g. "{value} pwynt".
 */
export function formatPoints(value: number, locale = 'en-GB', digits = 1, template = '{value} pts'): string {
  const rounded = Number(value.toFixed(digits));
  const body = nf(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Math.abs(rounded));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '\u2212' : '';
  return template.replace('{value}', `${sign}${body}`);
}

/**
 * A p-value to three decimal places, and below 0.001 as "<0.001" (`below` words it; `{value}` is
 * 0.001): 0.02527 → "0.025", 1.8e−25 → "<0.001". Three places are enough to tell it from 0.05.
 */
export function formatPValue(p: number, locale = 'en-GB', below = '<{value}'): string {
  if (p < 0.001) return below.replace('{value}', formatNumber(0.001, locale, 3));
  return formatNumber(Math.min(1, p), locale, 3);
}

/** A rate per 100 with one decimal place: 13.78 → "13.8". */
export function formatRate(value: number, locale = 'en-GB', digits = 1): string {
  return formatNumber(value, locale, digits);
}

/**
 * An ISO calendar date as words: "2025-03-31" → "31 March 2025" (en-GB). Other locales use Intl
 * on the same calendar day at noon UTC, so no time zone can move the day. A locale the browser
 * has no data for (Chrome has none for Welsh, `cy`) is written the en-GB way rather than in the
 * browser's default (US) order; give month names through `strings` (`month.1` … `month.12`).
 * The data package's `formatIsoDate` is the one source (its summaries write dates with it too).
 */
export function formatDate(iso: string, locale = 'en-GB', style: 'long' | 'short' = 'long'): string {
  return formatIsoDate(iso, locale, style);
}

/** Joins words as a list: ["a", "b", "c"] → "a, b and c". */
export function formatList(items: readonly string[], locale = 'en-GB'): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  }
}
