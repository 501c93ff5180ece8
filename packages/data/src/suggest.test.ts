import { describe, expect, it } from 'vitest';
import { suggest } from './suggest.js';

describe('suggest', () => {
  it('has the expected hints for abbreviations and typos', () => {
    expect(suggest('ehcp', ['pupils', 'ehc_plan'])).toBe('ehc_plan');
    expect(suggest('ehc_plna', ['pupils', 'ehc_plan'])).toBe('ehc_plan');
    expect(suggest('imd_decle', ['imd_decile', 'imd_rank'])).toBe('imd_decile');
    expect(suggest('zzz', ['pupils'])).toBeUndefined();
  });

  it('gives no hint for a 1 MB header (candidates far shorter are skipped, not compared letter by letter)', () => {
    expect(suggest('abcdefghij'.repeat(100_000), ['imd_decile', 'pupils', 'sen_support', 'ehc_plan'])).toBeUndefined();
  });
});
