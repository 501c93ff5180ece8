import { describe, expect, it } from 'vitest';
import { formatIsoDate, wordingOf } from '@send-insight/data';
import {
  formatDate,
  formatList,
  formatNumber,
  formatPercent,
  formatPoints,
  formatPValue,
  formatShare,
} from './format.js';

describe('format (en-GB)', () => {
  it('writes numbers with thousands separators', () => {
    expect(formatNumber(49696)).toBe('49,696');
    expect(formatNumber(2.25, 'en-GB', 1)).toBe('2.3');
  });
  it('writes percentages from 0–100 values and from fractions', () => {
    expect(formatPercent(36.3)).toBe('36.3%');
    expect(formatShare(0.285)).toBe('28.5%');
  });
  it('writes percentage points with a sign and a true minus', () => {
    expect(formatPoints(11.7)).toBe('+11.7 pts');
    expect(formatPoints(-1.6)).toBe('\u22121.6 pts');
    expect(formatPoints(-0.04)).toBe('0.0 pts');
  });
  it('writes p-values to three places, and the smallest as <0.001', () => {
    expect(formatPValue(0.02527)).toBe('0.025');
    expect(formatPValue(1.8e-25)).toBe('<0.001');
    expect(formatPValue(0.001)).toBe('0.001');
    expect(formatPValue(1)).toBe('1.000');
    expect(formatPValue(0.0004, 'en-GB', 'p < {value}')).toBe('p < 0.001');
  });
  it('writes calendar dates in words without any time-zone shift', () => {
    expect(formatDate('2025-03-31')).toBe('31 March 2025');
    expect(formatDate('2024-02-29')).toBe('29 February 2024');
    expect(formatDate('2025-01-01', 'en-US')).toBe('January 1, 2025');
    expect(formatDate('not a date')).toBe('not a date');
  });
  it('joins lists with "and"', () => {
    expect(formatList(['SLCN', 'ASD', 'SEMH'])).toBe('SLCN, ASD and SEMH');
  });
  it('writes a date the en-GB way for a locale the runtime has no data for, not in the default (US) order', () => {
    expect(formatDate('2025-10-01', 'xx-unknown')).toBe('1 October 2025');
    expect(formatDate('2025-10-01', 'xx-unknown', 'short')).toBe('1 Oct 2025');
  });
  it("writes dates with the data package's formatter, so a summary and a chart never word a date two ways", () => {
    const summaries = wordingOf({}, { locale: 'xx-unknown' }).format;
    for (const [iso, locale] of [
      ['2025-10-01', 'xx-unknown'],
      ['2024-02-29', 'en-GB'],
      ['2025-01-01', 'en-US'],
      ['2025-13-01', 'en-GB'],
    ] as const) {
      expect(formatDate(iso, locale)).toBe(formatIsoDate(iso, locale));
      expect(wordingOf({}, { locale }).format.date(iso)).toBe(formatIsoDate(iso, locale));
    }
    // a month that does not exist is not a date
    expect(formatDate('2025-13-01')).toBe('2025-13-01');
    expect(summaries.date('2025-10-01')).toBe('1 October 2025');
  });
  it('words the points unit with a template', () => {
    expect(formatPoints(-1.64, 'en-GB', 1, '{value} pwynt')).toBe('\u22121.6 pwynt');
    expect(formatPoints(11.7)).toBe('+11.7 pts');
  });
});
