import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deprivationContract } from '../contracts/deprivation.js';
import { toRawData } from '../input.js';
import { validate } from '../validate.js';
import { buildDeprivationModel } from './model.js';
import { deprivationFindings } from './findings.js';
import { deprivationNotes } from './notes.js';
import { summariseDeprivation, summariseDeprivationParts } from './summary.js';

const model = (rows: Record<string, unknown>[], minCount?: number) =>
  buildDeprivationModel(validate(toRawData(rows), deprivationContract), { minCount });

function rows(
  sen: (d: number) => number,
  ehc: (d: number) => number,
  pupils = 1000,
  extra: Record<string, unknown> = {},
) {
  return Array.from({ length: 10 }, (_, i) => ({
    imd_decile: i + 1,
    pupils,
    sen_support: sen(i + 1),
    ehc_plan: ehc(i + 1),
    ...extra,
  }));
}

describe('summariseDeprivation', () => {
  it('has the expected default: SEN support with its rate ratio and test for trend, then EHC plans', () => {
    // SEN support 200/1,000 … 110/1,000: rate ratio 20/11 = 1.82, se(ln) = √(1/200 − 1/1,000 + 1/110 − 1/1,000) = 0.1100,
    // interval 1.47 to 2.26; Cochran–Armitage z = −7.94 (p 2e−15); EHC plans flat at 40: z = 0, p = 1
    const m = model(
      rows(
        (d) => 210 - 10 * d,
        () => 40,
      ),
    );
    expect(summariseDeprivation(m)).toBe(
      'SEN support: 20.0 per 100 pupils in the most deprived tenth against 11.0 in the least, 1.8 times as many (95% interval 1.5 to 2.3); ' +
        'rates rise with deprivation across the deciles (test for trend, adjusted p < 0.001). ' +
        'EHC plans: 4.0 against 4.0 per 100, about the same rate (rate ratio 1.0, 95% interval 0.7 to 1.5); no clear trend across the deciles (test for trend, adjusted p = 1.000).',
    );
  });

  it('never calls a gradient strong from a correlation of decile rates: a straight line of ten rates is "clear", not "very strong"', () => {
    // the ten rates lie on a line (decile-level r = −1), but pupil by pupil r = z/√N = −7.94/100 = −0.08,
    // and the rate ratio's interval (1.5 to 2.3) does not reach 2 throughout
    const m = model(
      rows(
        (d) => 210 - 10 * d,
        () => 40,
      ),
    );
    expect(deprivationFindings(m)[0]!.claim).toBe('clear');
    expect(summariseDeprivation(m)).not.toMatch(/strong|relationship/);
    expect(deprivationNotes(m).join(' ')).not.toMatch(/strong|correlation/);
  });

  it('calls a gradient strong only when the trend is significant and the whole interval of the rate ratio is at least 2', () => {
    // 300/1,000 against 75/1,000: ratio 4, se(ln) = √(1/300 − 1/1,000 + 1/75 − 1/1,000) = 0.1211, interval 3.16 to 5.07
    const m = model(
      rows(
        (d) => 300 - 25 * (d - 1),
        () => 40,
      ),
    );
    expect(deprivationFindings(m, ['sen_support'])[0]).toMatchObject({ claim: 'strong', direction: 'up' });
    expect(summariseDeprivation(m, { measure: 'sen_support' })).toBe(
      'SEN support: 30.0 per 100 pupils in the most deprived tenth against 7.5 in the least, 4.0 times as many (95% interval 3.2 to 5.1); ' +
        'a strong gradient: rates rise with deprivation across the deciles (test for trend, p < 0.001).',
    );
  });

  it('reproduces the shape of the strategy sentence from computed figures (19.8 against 9.1, 2.2 times)', () => {
    // deciles 1 and 10: 198/1000 and 91/1000; the rest in between on a line
    const m = model(
      rows(
        (d) => Math.round(198 - ((198 - 91) * (d - 1)) / 9),
        (d) => (d === 1 ? 45 : 41),
      ),
    );
    const text = summariseDeprivation(m, { measure: 'both' });
    // 198/1,000 against 91/1,000: ratio 2.18, interval 1.72 to 2.74; EHC plans 45 against 41: ratio 1.10 (0.73 to 1.66), trend p 0.753
    expect(text).toMatch(
      /^SEN support: 19\.8 per 100 pupils in the most deprived tenth against 9\.1 in the least, 2\.2 times as many \(95% interval 1\.7 to 2\.7\)/,
    );
    expect(text).toMatch(
      /EHC plans: 4\.5 against 4\.1 per 100, 1\.1 times as many \(95% interval 0\.7 to 1\.7\); no clear trend across the deciles \(test for trend, adjusted p = 0\.753\)\.$/,
    );
  });

  it('describes a single measure, and a gap the other way round', () => {
    const m = model(
      rows(
        () => 100,
        (d) => 20 + 4 * d,
      ),
    );
    // 24/1,000 against 60/1,000: ratio 0.4 (0.251 to 0.637), so 2.5 times as many in the least deprived (1.6 to 4.0); z = +5.73
    expect(summariseDeprivation(m, { measure: 'ehc_plan' })).toBe(
      'EHC plans: 2.4 per 100 pupils in the most deprived tenth against 6.0 in the least, 2.5 times as many in the least deprived (95% interval 1.6 to 4.0); ' +
        'rates fall with deprivation across the deciles (test for trend, p < 0.001).',
    );
  });

  it('describes SEN support and EHC plans together as pupils with any SEN', () => {
    const m = model(
      rows(
        (d) => 210 - 10 * d,
        () => 40,
      ),
    );
    expect(summariseDeprivation(m, { measure: 'all_sen' })).toMatch(
      /^Pupils with any SEN: 24\.0 per 100 pupils in the most deprived tenth against 15\.0 in the least, 1\.6 times as many/,
    );
  });

  it('mentions England when the model has it, unless told not to', () => {
    const m = model([
      ...rows(
        (d) => 210 - 10 * d,
        () => 40,
      ),
      ...rows(
        (d) => 170 - 5 * d,
        () => 45,
        1000,
        { geography: 'england' },
      ),
    ]);
    // England's figures are SEN support's: they follow SEN support's sentence, before EHC plans'
    expect(summariseDeprivation(m)).toMatch(
      /\(test for trend, adjusted p < 0\.001\)\. England: 16\.5 in the most deprived tenth against 12\.0 in the least, 1\.4 times as many\. EHC plans: /,
    );
    expect(summariseDeprivation(m, { comparator: 'none' })).not.toMatch(/England/);
  });

  it('splits after what the chart says: the lead is the first gradient, as tested, and England beside it; the rest is the other measure, the suppressed deciles and the period', () => {
    const m = model([
      ...rows(
        (d) => 210 - 10 * d,
        (d) => (d >= 9 ? 3 : 40),
      ),
      ...rows(
        (d) => 170 - 5 * d,
        () => 45,
        1000,
        { geography: 'england' },
      ),
    ]);
    const { lead, more } = summariseDeprivationParts(m);
    expect(lead).toBe(
      'SEN support: 20.0 per 100 pupils in the most deprived tenth against 11.0 in the least, 1.8 times as many (95% interval 1.5 to 2.3); ' +
        'rates rise with deprivation across the deciles (test for trend, adjusted p < 0.001). ' +
        'England: 16.5 in the most deprived tenth against 12.0 in the least, 1.4 times as many.',
    );
    expect(more).toMatch(
      /^EHC plans: .*\. Deciles 8, 9 and 10 are suppressed for EHC plans to protect small numbers\.$/,
    );
    expect(`${lead} ${more}`).toBe(summariseDeprivation(m));
    // one measure: nothing left to fold
    expect(summariseDeprivationParts(m, { measure: 'sen_support' }).more).toBe('');
  });

  it('says in the lead which deciles of the first measure are suppressed, since its rates and test are of the deciles shown', () => {
    const m = model(
      rows(
        (d) => 210 - 10 * d,
        (d) => (d === 10 ? 7 : 40),
      ),
    );
    const { lead, more } = summariseDeprivationParts(m, { measure: 'ehc_plan' });
    // decile 10's 7 is small, and the protection hides decile 9 with it
    expect(lead).toMatch(/^EHC plans: .* in decile 8 \(the least deprived with figures shown\)/);
    expect(lead).toMatch(
      /; no clear trend across the deciles .*\. Deciles 9 and 10 are suppressed for EHC plans to protect small numbers\.$/,
    );
    expect(more).toBe('');
  });

  it('never names a suppressed figure: it compares with the least deprived decile shown and says which are suppressed', () => {
    const m = model(
      rows(
        (d) => 210 - 10 * d,
        (d) => (d === 10 ? 7 : d === 9 ? 36 : 40),
      ),
    );
    const text = summariseDeprivation(m, { measure: 'ehc_plan' });
    // (0.7 per 100 is the hidden rate; the rate ratio's interval may start at 0.7)
    expect(text).not.toMatch(/\b0\.7 (per|against)|(?<![\d.])7(?![\d.])|3\.6/);
    expect(text).toMatch(/against 4\.0 in decile 8 \(the least deprived with figures shown\)/);
    expect(text).toMatch(/Deciles 9 and 10 are suppressed for EHC plans to protect small numbers\.$/);
  });

  it('names the deciles compared when the second measure falls back to a shown decile', () => {
    const m = model(
      rows(
        (d) => 210 - 10 * d,
        (d) => (d === 10 ? 7 : d === 9 ? 36 : 40),
      ),
    );
    expect(summariseDeprivation(m)).toContain(
      '. EHC plans: 4.0 against 4.0 per 100 (decile 1 against decile 8), about the same rate (rate ratio 1.0, 95% interval 0.7 to 1.5); no clear trend',
    );
  });

  it('says when too few deciles can be shown', () => {
    const m = model([{ imd_decile: 1, pupils: 500, sen_support: 60, ehc_plan: 20 }]);
    expect(summariseDeprivation(m, { measure: 'sen_support' })).toBe(
      'SEN support: too few deciles have figures that can be shown to compare the most and least deprived areas.',
    );
  });

  it('names the period when there are several', () => {
    const m = model([
      ...rows(
        (d) => 210 - 10 * d,
        () => 40,
        1000,
        { time_period: '2022/23' },
      ),
      ...rows(
        () => 100,
        () => 40,
        1000,
        { time_period: '2021/22' },
      ),
    ]);
    expect(summariseDeprivation(m)).toMatch(/ Figures for 2022\/23\.$/);
  });

  it('says in the table notes exactly what the summary says, with the method: one computation for both (property)', () => {
    const claims = {
      strong: 'a strong gradient:',
      clear: 'rates ',
      trend: 'do not differ clearly',
      none: 'no clear trend',
    } as const;
    const noted = {
      strong: 'so a strong gradient',
      clear: 'so a clear gradient',
      trend: 'so a trend, though',
      none: 'so no clear trend',
    } as const;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 10, max: 400 }), { minLength: 10, maxLength: 10 }),
        fc.array(fc.integer({ min: 10, max: 400 }), { minLength: 10, maxLength: 10 }),
        (sen, ehc) => {
          const m = model(
            rows(
              (d) => sen[d - 1]!,
              (d) => ehc[d - 1]!,
            ),
          );
          const text = summariseDeprivation(m);
          const notes = deprivationNotes(m).join(' ');
          const findings = deprivationFindings(m);
          for (const f of findings) {
            if (f.claim === 'untested') continue;
            expect(text).toContain(claims[f.claim]);
            expect(notes).toContain(noted[f.claim]);
          }
          // "strong" once in each for every strong finding, and nowhere else
          const strong = findings.filter((f) => f.claim === 'strong').length;
          expect(text.match(/strong/g)?.length ?? 0).toBe(strong);
          expect(notes.match(/strong/g)?.length ?? 0).toBe(strong);
        },
      ),
      { numRuns: 80 },
    );
  });
});
