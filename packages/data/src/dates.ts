/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. Dates in plans are calendar days, not instants,
 * so they are never turned into `Date` objects in a time zone: "overdue as of 31 March" means
 * the same in London, in a CI machine on UTC and in a browser abroad.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const UK = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
    m - 1
  ]!;
  return d <= days;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Reads an ISO date (`2025-03-31`, time part ignored) or an en-GB date (`31/03/2025`) as ISO text.
 * Returns undefined for anything else, including impossible dates such as 31/02/2025.
 */
export function parseIsoDate(text: string): string | undefined {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return valid(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
  }
  m = UK.exec(t);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return valid(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
  }
  return undefined;
}

/** Today's calendar date where the code runs, as ISO text. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Days from `a` to `b` (both ISO dates); positive when b is later. */
export function daysBetween(a: string, b: string): number {
  const [ya, ma, da] = a.split('-').map(Number) as [number, number, number];
  const [yb, mb, db] = b.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * An ISO calendar date as words: "2025-03-31" → "31 March 2025" (en-GB), written without a
 * `Date` object. Other locales use Intl on the same calendar day at noon UTC, so no time zone can
 * move the day; a locale the runtime has no data for (Chrome has none for Welsh, `cy`) is written
 * the en-GB way rather than in the runtime's default (US) order. Text that is not an ISO date
 * (or names no month) comes back as it is. The one date formatter: core's `formatDate` and the
 * data package's wording both write dates with it.
 *
 * @param iso `YYYY-MM-DD` (a time part after it is ignored)
 * @param locale a BCP 47 locale. Default `en-GB`.
 * @param style `long` ("31 March 2025") or `short` ("31 Mar 2025")
 * @returns the date in words
 * @example formatIsoDate('2025-03-31') // "31 March 2025"
 */
export function formatIsoDate(iso: string, locale = 'en-GB', style: 'long' | 'short' = 'long'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const english = `${d} ${style === 'long' ? month : month.slice(0, 3)} ${y}`;
  if (locale === 'en-GB' && style === 'long') return english;
  try {
    if (!Intl.DateTimeFormat.supportedLocalesOf(locale).length) return english;
    return new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: style,
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(y, mo - 1, d, 12)));
  } catch {
    return english;
  }
}
