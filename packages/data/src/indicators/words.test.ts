import { describe, expect, it } from 'vitest';
import { indicatorsContract } from '../contracts/indicators.js';
import { REAL_EHC_CASELOAD_CSV } from '../demo/real-ehc-caseload.js';
import { REAL_SEN2_MI_CSV } from '../demo/real-sen2-mi.js';
import { fromCsvText, fromRows } from '../input.js';
import { applyPreset } from '../presets/apply.js';
import { Wording } from '../text/wording.js';
import { validate } from '../validate.js';
import { buildIndicatorModel, type IndicatorModelOptions } from './model.js';
import { INDICATOR_STRINGS } from './strings.js';
import { ordinal, summariseIndicator } from './words.js';

const sen2 = (options: IndicatorModelOptions) =>
  buildIndicatorModel(
    validate(
      applyPreset('ees-sen2-mi', fromCsvText(REAL_SEN2_MI_CSV), { everyArea: true, indicator: 'no_exc_20week_rate' })
        .data,
      indicatorsContract,
    ),
    options,
  );
const rows = (list: object[], options: IndicatorModelOptions = {}) =>
  buildIndicatorModel(validate(fromRows(list), indicatorsContract), options);

describe('summariseIndicator', () => {
  it('has the expected defaults: figure, tested change, comparators with their tests, rank (SEN2 extract, Wolverhampton 2022)', () => {
    expect(summariseIndicator(sen2({ area: 'E08000031' }))).toBe(
      'Wolverhampton, 2022: 25.7% (90 of 350). Worsened since 2021 (38.1%): down 12.4 points, a significant change (5% level). ' +
        'England: 49.2%; Wolverhampton is 23.5 points lower, a significant difference (5% level). ' +
        'West Midlands: 50.1%; Wolverhampton is 24.4 points lower, a significant difference (5% level). ' +
        'Ranks 111th of 131 authorities with a value shown for 2022 (1st is the highest) and 11th of 12 West Midlands authorities shown.',
    );
  });

  it("words counts by their sign and size, with England's change and the change since the index base (caseload extract)", () => {
    const m = buildIndicatorModel(
      validate(
        applyPreset('ees-ehc-caseload', fromCsvText(REAL_EHC_CASELOAD_CSV), { everyArea: true, indicators: true }).data,
        indicatorsContract,
      ),
      { area: 'E08000031', compare: ['england'] },
    );
    expect(summariseIndicator(m)).toBe(
      'Wolverhampton, 2024/25: 3,148. Changed since 2023/24 (2,847): up 301 (+10.6%). England: 576,474 to 638,745 (+10.8%). ' +
        'Since 2018/19: Wolverhampton 1,752 to 3,148 (+79.7%) and England 353,995 to 638,745 (+80.4%).',
    );
  });

  it('never names a hidden figure, and says why it is hidden', () => {
    const m = sen2({ area: 'E08000031', period: '2016' });
    const text = summariseIndicator(m);
    expect(text).toMatch(
      /^Wolverhampton, 2016: not shown to protect small numbers\. No comparison with 2015: not shown to protect small numbers\./,
    );
    expect(text).not.toMatch(/81\.3|\b26\b|\b32\b/);
    expect(summariseIndicator(sen2({ area: 'E08000031', period: '2014' }))).toMatch(
      /^Wolverhampton, 2014: not applicable\./,
    );
  });

  it("claims nothing for a percentage without counts, and names a comparator's other period (the strategy's local 70.0% against England's 49.1%)", () => {
    const m = rows([
      {
        area_code: 'E08000031',
        area_name: 'Wolverhampton',
        time_period: '2023 (January to July)',
        indicator: 'rate',
        unit: 'percent',
        value: 70,
        better: 'higher',
      },
      {
        area_code: 'E08000031',
        area_name: 'Wolverhampton',
        time_period: '2022',
        indicator: 'rate',
        unit: 'percent',
        value: 25.7,
        better: 'higher',
      },
      {
        area_code: 'E92000001',
        area_name: 'England',
        time_period: '2023',
        indicator: 'rate',
        unit: 'percent',
        value: 49.1,
      },
    ]);
    expect(summariseIndicator(m)).toBe(
      'Wolverhampton, 2023 (January to July): 70.0%. Changed since 2022 (25.7%): up 44.3 points (not tested: no numerators and denominators). ' +
        'England: 49.1% in 2023; Wolverhampton is 20.9 points higher.',
    );
  });

  it('says whether the target is met, with the backlog of annual reviews (lower is better)', () => {
    const m = rows([
      {
        area_code: 'E08000031',
        area_name: 'Wolverhampton',
        time_period: '2021 (inspection)',
        indicator: 'reviews',
        unit: 'count',
        value: 200,
        better: 'lower',
        target: 0,
      },
    ]);
    expect(summariseIndicator(m)).toBe('Wolverhampton, 2021 (inspection): 200. Target 0: not met.');
  });

  it("takes the strings overrides and the locale's formats", () => {
    const m = sen2({ area: 'E08000031' });
    const text = summariseIndicator(m, {
      strings: { indicatorHeadline: '{area} ({period}): {value}.', indicatorRankRegion: '' },
      locale: 'de-DE',
    });
    expect(text.startsWith('Wolverhampton (2022): 25,7%. Worsened since 2021 (38,1%): down 12,4 points')).toBe(true);
    expect(text).not.toContain('Ranks');
  });
});

describe('ordinal', () => {
  it("writes English ordinals by the locale's rules", () => {
    const w = new Wording(INDICATOR_STRINGS);
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 127, 148].map((n) => ordinal(n, w))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
      '127th',
      '148th',
    ]);
  });
});
