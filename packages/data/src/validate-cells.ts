import { parseIsoDate } from './dates.js';

/** Reads a date cell (ISO or en-GB text, or a JS Date) as ISO text. */
export function dateOrUndefined(v: unknown): string | undefined {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return undefined;
    const pad = (n: number) => String(n).padStart(2, '0');
    // arquero and JSON dates arrive as UTC midnight; keep that calendar day whatever the local zone
    const utc = v.getUTCHours() === 0 && v.getUTCMinutes() === 0 && v.getUTCSeconds() === 0;
    return utc
      ? `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`
      : `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
  }
  return parseIsoDate(String(v));
}
