import { describe, expect, it } from 'vitest';
import { deprivationContract } from '../contracts/deprivation.js';
import { toRawData } from '../input.js';
import { validate } from '../validate.js';
import { buildDeprivationModel } from './model.js';
import { summariseDeprivation } from './summary.js';

const model = (rows: Record<string, unknown>[], minCount?: number) => buildDeprivationModel(validate(toRawData(rows), deprivationContract), { minCount });

function rows(sen: (d: number) => number, ehc: (d: number) => number, pupils = 1000, extra: Record<string, unknown> = {}) {
  return Array.from({ length: 10 }, (_, i) => ({ imd_decile: i + 1, pupils, sen_support: sen(i + 1), ehc_plan: ehc(i + 1), ...extra }));
}

describe('summariseDeprivation', () => {
  it('has the expected default: SEN support with its ratio and trend, then EHC plans', () => {
    const m = model(rows((d) => 210 - 10 * d, () => 40));
    expect(summariseDeprivation(m)).toBe(
      'SEN support: 20.0 per 100 pupils in the most deprived tenth against 11.0 in the least, 1.8 times as many ' +
        '(a very strong relationship: 1.0 more per 100 for each decile more deprived); ' +
        'EHC plans show little difference (4.0 against 4.0 per 100).',
    );
  });

  it('reproduces the shape of the strategy sentence from computed figures (19.8 against 9.1, 2.2 times)', () => {
    // deciles 1 and 10: 198/1000 and 91/1000; the rest in between on a line
    const m = model(rows((d) => Math.round(198 - ((198 - 91) * (d - 1)) / 9), (d) => (d === 1 ? 45 : 41)));
    const text = summariseDeprivation(m, { measure: 'both' });
    expect(text).toMatch(/^SEN support: 19\.8 per 100 pupils in the most deprived tenth against 9\.1 in the least, 2\.2 times as many/);
    expect(text).toMatch(/EHC plans show little difference \(4\.5 against 4\.1 per 100\)\.$/);
  });

  it('describes a single measure, and a gap the other way round', () => {
    const m = model(rows(() => 100, (d) => 20 + 4 * d));
    expect(summariseDeprivation(m, { measure: 'ehc_plan' })).toBe(
      'EHC plans: 2.4 per 100 pupils in the most deprived tenth against 6.0 in the least, 2.5 times as many in the least deprived ' +
        '(a very strong relationship: 0.4 fewer per 100 for each decile more deprived).',
    );
  });

  it('describes SEN support and EHC plans together as pupils with any SEN', () => {
    const m = model(rows((d) => 210 - 10 * d, () => 40));
    expect(summariseDeprivation(m, { measure: 'all_sen' })).toMatch(/^Pupils with any SEN: 24\.0 per 100 pupils in the most deprived tenth against 15\.0 in the least, 1\.6 times as many/);
  });

  it('mentions England when the model has it, unless told not to', () => {
    const m = model([...rows((d) => 210 - 10 * d, () => 40), ...rows((d) => 170 - 5 * d, () => 45, 1000, { geography: 'england' })]);
    expect(summariseDeprivation(m)).toMatch(/ England: 16\.5 in the most deprived tenth against 12\.0 in the least, 1\.4 times as many\.$/);
    expect(summariseDeprivation(m, { comparator: 'none' })).not.toMatch(/England/);
  });

  it('never names a suppressed figure: it compares with the least deprived decile shown and says which are suppressed', () => {
    const m = model(rows((d) => 210 - 10 * d, (d) => (d === 10 ? 7 : d === 9 ? 36 : 40)));
    const text = summariseDeprivation(m, { measure: 'ehc_plan' });
    expect(text).not.toMatch(/\b0\.7\b|\b7\b|3\.6/);
    expect(text).toMatch(/against 4\.0 in decile 8 \(the least deprived with figures shown\)/);
    expect(text).toMatch(/Deciles 9 and 10 are suppressed for EHC plans to protect small numbers\.$/);
  });

  it('names the deciles compared when the second measure falls back to a shown decile', () => {
    const m = model(rows((d) => 210 - 10 * d, (d) => (d === 10 ? 7 : d === 9 ? 36 : 40)));
    expect(summariseDeprivation(m)).toContain('; EHC plans show little difference (4.0 against 4.0 per 100, decile 1 against decile 8).');
  });

  it('says when too few deciles can be shown', () => {
    const m = model([{ imd_decile: 1, pupils: 500, sen_support: 60, ehc_plan: 20 }]);
    expect(summariseDeprivation(m, { measure: 'sen_support' })).toBe(
      'SEN support: too few deciles have figures that can be shown to compare the most and least deprived areas.',
    );
  });

  it('names the period when there are several', () => {
    const m = model([...rows((d) => 210 - 10 * d, () => 40, 1000, { time_period: '2022/23' }), ...rows(() => 100, () => 40, 1000, { time_period: '2021/22' })]);
    expect(summariseDeprivation(m)).toMatch(/ Figures for 2022\/23\.$/);
  });
});
