/**
 * en-GB wording helpers for the tracker's sentences. Dates are ISO calendar strings and are
 * turned into words without constructing a `Date`, so no time zone can move a day.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * An ISO calendar date in en-GB words.
 * @param iso a date such as `2025-03-31`
 * @returns "31 March 2025" (the input unchanged when it is not an ISO date)
 * @example longDate('2024-02-29') // "29 February 2024"
 */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/**
 * A number in en-GB form with at most one decimal place.
 * @example numberWords(1284) // "1,284"
 */
export function numberWords(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/**
 * A count with its noun, singular or plural.
 * @example countOf(1, 'action') // "1 action"; countOf(4, 'priority', 'priorities') // "4 priorities"
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${numberWords(n)} ${n === 1 ? singular : plural}`;
}

/**
 * Joins words as an English list.
 * @example listWords(['a', 'b', 'c']) // "a, b and c"
 */
export function listWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
