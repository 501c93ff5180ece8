import { describe, expect, it } from 'vitest';
import { caught } from '../../../../test/caught.mjs';
import { indicatorsContract } from '../contracts/indicators.js';
import { REAL_EHC_CASELOAD_CSV } from '../demo/real-ehc-caseload.js';
import { REAL_SEN2_MI_CSV } from '../demo/real-sen2-mi.js';
import { fromCsvText, fromRows } from '../input.js';
import { SendDataError } from '../issues.js';
import { applyPreset } from '../presets/apply.js';
import { validate } from '../validate.js';
import { buildIndicatorModel, type IndicatorModelOptions } from './model.js';

const HEADER =
  'area_code,area_name,geographic_level,region_code,time_period,indicator,label,unit,value,numerator,denominator,better';
const model = (lines: string[], options: IndicatorModelOptions = {}) =>
  buildIndicatorModel(validate(fromCsvText([HEADER, ...lines].join('\n')), indicatorsContract), options);
const sen2 = (options: IndicatorModelOptions) => {
  const { data } = applyPreset('ees-sen2-mi', fromCsvText(REAL_SEN2_MI_CSV), {
    everyArea: true,
    indicator: 'no_exc_20week_rate',
  });
  return buildIndicatorModel(validate(data, indicatorsContract), options);
};
const caseload = (options: IndicatorModelOptions) =>
  buildIndicatorModel(
    validate(
      applyPreset('ees-ehc-caseload', fromCsvText(REAL_EHC_CASELOAD_CSV), { everyArea: true, indicators: true }).data,
      indicatorsContract,
    ),
    options,
  );

const SMALL = [
  'E08000031,Wolverhampton,Local authority,E12000005,2021,rate,Share within 20 weeks (%),percent,38.1,121,318,higher',
  'E08000031,Wolverhampton,Local authority,E12000005,2022,rate,Share within 20 weeks (%),percent,25.7,90,350,higher',
  'E92000001,England,National,,2021,rate,Share within 20 weeks (%),percent,59.9,34249,57196,higher',
  'E92000001,England,National,,2022,rate,Share within 20 weeks (%),percent,49.2,30536,62108,higher',
];

describe('buildIndicatorModel', () => {
  it('has the expected defaults: the only indicator, the first authority, its latest period, England beside it', () => {
    const m = model(SMALL);
    expect([m.indicator, m.label, m.unit, m.better, m.area.code, m.period, m.previous]).toEqual([
      'rate',
      'Share within 20 weeks (%)',
      'percent',
      'higher',
      'E08000031',
      '2022',
      '2021',
    ]);
    expect(m.series.map((s) => [s.role, s.name])).toEqual([
      ['area', 'Wolverhampton'],
      ['england', 'England'],
    ]);
    expect(m.minCount).toBe(10);
    // only the area keeps counts and intervals
    expect(m.series[0]!.points[1]).toMatchObject({ value: 25.7, numerator: 90, denominator: 350 });
    expect(m.series[0]!.points[1]!.lower).toBeCloseTo(21.42, 2);
    expect(m.series[1]!.points[1]).toEqual({ period: '2022', status: 'shown', value: 49.2 });
    expect(m.change).toMatchObject({ verdict: 'worsened', tested: true });
    expect(m.comparisons[0]).toMatchObject({ role: 'england', status: 'shown', value: 49.2, verdict: 'lower' });
    expect(m.comparisons[0]!.gap).toBeCloseTo(-23.5, 6);
    expect(m.rank).toBe(undefined); // one authority: nothing to rank among
  });

  it('acceptance (SEN2, committed extract): Wolverhampton 2022 25.7% against England 49.2% and the West Midlands 50.1%, worsened since 2021 (38.1%), 2014 not applicable, 111th of 131 and 11th of 12', () => {
    const m = sen2({ area: 'E08000031' });
    const value = (role: string, period: string) =>
      m.series.find((s) => s.role === role)!.points[m.periods.indexOf(period)]!;
    expect(m.period).toBe('2022');
    expect(value('area', '2022').value!.toFixed(1)).toBe('25.7');
    expect(value('england', '2022').value!.toFixed(1)).toBe('49.2');
    expect(value('region', '2022').value!.toFixed(1)).toBe('50.1');
    expect(value('area', '2021').value).toBe(38.1);
    expect(m.change).toMatchObject({ from: '2021', verdict: 'worsened', tested: true });
    expect(value('area', '2014')).toEqual({ period: '2014', status: 'missing', reason: 'not_applicable', symbol: 'z' });
    expect(m.rank).toEqual({ all: { rank: 111, of: 131, tied: 1 }, region: { rank: 11, of: 12, tied: 1 } });
    expect(m.area.regionName).toBe('West Midlands');
    // the authorities of 2022 for the comparison view: 152 in the file, 4 of them x
    expect(m.authorities).toHaveLength(152);
    expect(m.authorities.filter((a) => a.point.reason === 'not_available')).toHaveLength(4);
  });

  it('acceptance (caseload, committed extract): 3,148 in 2024/25 against 2,847 (+10.6%), England +10.8%; indexed from 2018/19 both end near 180; Worcestershire 3,502 to 6,970', () => {
    const m = caseload({ area: 'E08000031' });
    expect([m.indicator, m.unit, m.period, m.previous, m.indexBase]).toEqual([
      'ehc_plans',
      'count',
      '2024/25',
      '2023/24',
      '2018/19',
    ]);
    expect(m.change).toMatchObject({ difference: 301, verdict: 'up', tested: false });
    expect(m.change!.relative!.toFixed(1)).toBe('10.6');
    const england = m.comparisons.find((c) => c.role === 'england')!;
    expect(england.value).toBe(638745);
    expect(england.relative!.toFixed(1)).toBe('10.8');
    const last = (role: string) => m.series.find((s) => s.role === role)!.points.at(-1)!;
    const first = (role: string) => m.series.find((s) => s.role === role)!.points[0]!;
    expect([first('area').value, last('area').value, first('england').value, last('england').value]).toEqual([
      1752, 3148, 353995, 638745,
    ]);
    expect(last('area').index!.toFixed(1)).toBe('179.7');
    expect(last('england').index!.toFixed(1)).toBe('180.4');
    const worcs = caseload({ area: 'Worcestershire' }).series[0]!.points;
    expect([worcs[0]!.value, worcs.at(-1)!.value]).toEqual([3502, 6970]);
    expect(m.rank).toBe(undefined); // a count with no direction is not ranked
    // every count of the file is an indicator; an unknown one is named
    expect(m.indicators).toEqual([
      'ehc_plans',
      'mainstream',
      'special',
      'special_independent',
      'alternative_provision',
      'further_education',
      'educated_elsewhere',
      'early_years',
      'placement_unknown',
    ]);
    expect(m.label).toBe('EHC plans maintained in January');
    const err = caught(
      () =>
        applyPreset('ees-ehc-caseload', fromCsvText(REAL_EHC_CASELOAD_CSV), {
          everyArea: true,
          indicators: true,
          indicator: 'plans',
        }),
      SendDataError,
    );
    expect(err.issues[0]).toMatchObject({ code: 'unknown-indicator', column: 'indicator', value: 'plans' });
  });

  it('hides a percentage of fewer than min-count, or one that gives away a small count or its complement, never as 0', () => {
    const m = model([
      'E08000031,Wolverhampton,Local authority,,2015,rate,r,percent,64.3,9,14,higher',
      'E08000031,Wolverhampton,Local authority,,2016,rate,r,percent,81.3,26,32,higher',
      'E08000031,Wolverhampton,Local authority,,2017,rate,r,percent,100,8,8,higher',
      'E08000031,Wolverhampton,Local authority,,2018,rate,r,percent,64.8,177,273,higher',
      'E08000031,Wolverhampton,Local authority,,2019,rate,r,percent,z,0,0,higher',
    ]);
    expect(m.series[0]!.points.map((p) => [p.status, p.reason, p.value])).toEqual([
      ['suppressed', 'small-count', undefined],
      ['suppressed', 'small-count', undefined],
      // 8 of 8: a denominator below 10, with the same reason as any hidden count ("fewer than 10" would rule out 10 and up)
      ['suppressed', 'small-count', undefined],
      ['shown', undefined, 64.8],
      ['missing', 'not_applicable', undefined],
    ]);
    expect(m.period).toBe('2018');
    // at a threshold of 0 everything with a figure is shown
    expect(
      model(['E08000031,W,Local authority,,2015,rate,r,percent,64.3,9,14,higher']).series[0]!.points[0]!.status,
    ).toBe('suppressed');
    expect(
      model(['E08000031,W,Local authority,,2015,rate,r,percent,64.3,9,14,higher'], { minCount: 0 }).series[0]!
        .points[0]!.value,
    ).toBe(64.3);
  });

  it('hides small counts and any count a total would give away (England and regions are sums of authorities)', () => {
    const rows = [
      {
        area_code: 'E92000001',
        geographic_level: 'National',
        time_period: '2025',
        indicator: 'n',
        unit: 'count',
        value: 1000,
      },
      {
        area_code: 'E12000001',
        area_name: 'Region',
        geographic_level: 'Regional',
        time_period: '2025',
        indicator: 'n',
        unit: 'count',
        value: 1000,
      },
      {
        area_code: 'E06000001',
        area_name: 'A',
        geographic_level: 'Local authority',
        region_code: 'E12000001',
        time_period: '2025',
        indicator: 'n',
        unit: 'count',
        value: 4,
      },
      {
        area_code: 'E06000002',
        area_name: 'B',
        geographic_level: 'Local authority',
        region_code: 'E12000001',
        time_period: '2025',
        indicator: 'n',
        unit: 'count',
        value: 300,
      },
      {
        area_code: 'E06000003',
        area_name: 'C',
        geographic_level: 'Local authority',
        region_code: 'E12000001',
        time_period: '2025',
        indicator: 'n',
        unit: 'count',
        value: 696,
      },
    ];
    const m = buildIndicatorModel(validate(fromRows(rows), indicatorsContract), { area: 'E06000003' });
    const shown = new Map(
      m.authorities.map((a) => [a.name, a.point.status === 'shown' ? a.point.value : a.point.reason]),
    );
    // A (4) is small; B is hidden too, so A cannot be worked out as 1,000 − 300 − 696
    expect(Object.fromEntries(shown)).toEqual({ A: 'small-count', B: 'small-count', C: 696 });
    expect(JSON.stringify(m)).not.toMatch(/"value":(4|300)\b/);
  });

  it('ranks ties jointly and lower-is-better from the lowest, and only when the area itself is shown', () => {
    const rows = ['E1', 'E2', 'E3', 'E4'].map((code, i) => ({
      area_code: code,
      area_name: code,
      geographic_level: 'Local authority',
      time_period: '2025',
      indicator: 'backlog',
      unit: 'count',
      value: [40, 200, 40, 12][i]!,
      better: 'lower',
    }));
    const m = buildIndicatorModel(validate(fromRows(rows), indicatorsContract), { area: 'E3' });
    expect(m.rank!.all).toEqual({ rank: 2, of: 4, tied: 2 });
    const small = rows.map((r) => (r.area_code === 'E3' ? { ...r, value: 5 } : r));
    expect(buildIndicatorModel(validate(fromRows(small), indicatorsContract), { area: 'E3' }).rank).toBe(undefined);
  });

  it('meets a target in the direction that is better, from the data or the option', () => {
    const rows = [
      {
        area_code: 'E08000031',
        area_name: 'Wolverhampton',
        time_period: '2021 (inspection)',
        indicator: 'overdue_reviews',
        unit: 'count',
        value: 200,
        better: 'lower',
        target: 0,
      },
    ];
    const m = buildIndicatorModel(validate(fromRows(rows), indicatorsContract));
    expect(m.target).toEqual({ value: 0, met: false });
    expect(buildIndicatorModel(validate(fromRows(rows), indicatorsContract), { target: 250 }).target).toEqual({
      value: 250,
      met: true,
    });
    expect(
      buildIndicatorModel(validate(fromRows(rows.map((r) => ({ ...r, better: '' }))), indicatorsContract)).target,
    ).toEqual({ value: 0 });
  });

  it("compares with a comparator's latest earlier figure when it has none in the period shown, naming its period, untested", () => {
    const rows = [
      {
        area_code: 'E08000031',
        area_name: 'Wolverhampton',
        time_period: '2023 (January to July)',
        indicator: 'rate',
        unit: 'percent',
        value: 70,
      },
      {
        area_code: 'E92000001',
        area_name: 'England',
        time_period: '2023',
        indicator: 'rate',
        unit: 'percent',
        value: 49.1,
      },
    ];
    const m = buildIndicatorModel(validate(fromRows(rows), indicatorsContract));
    expect(m.periods).toEqual(['2023', '2023 (January to July)']);
    expect(m.period).toBe('2023 (January to July)');
    expect(m.comparisons).toEqual([
      {
        role: 'england',
        code: 'E92000001',
        name: 'England',
        period: '2023',
        status: 'shown',
        value: 49.1,
        gap: 70 - 49.1,
      },
    ]);
  });

  it('draws the named neighbours, and says which name it does not know', () => {
    const m = sen2({
      area: 'Wolverhampton',
      compare: ['england', 'neighbours'],
      neighbours: ['E08000030', 'Sandwell'],
      period: '2022',
    });
    expect(m.series.map((s) => [s.role, s.name])).toEqual([
      ['area', 'Wolverhampton'],
      ['england', 'England'],
      ['neighbour', 'Walsall'],
      ['neighbour', 'Sandwell'],
    ]);
    // a neighbour only ever has its value: no counts, no interval
    expect(Object.keys(m.series[2]!.points.at(-1)!)).toEqual(['period', 'status', 'value']);
    const err = caught(() => sen2({ area: 'Wolverhampton', neighbours: ['Sandwel'] }), SendDataError);
    expect(err.issues[0]).toMatchObject({ column: 'neighbours', value: 'Sandwel' });
  });

  it('names the indicator or area it does not have, with the closest', () => {
    expect(caught(() => model(SMALL, { indicator: 'rates' }), SendDataError).issues[0]!.message).toBe(
      'the data has no indicator "rates"; did you mean "rate"?',
    );
    const area = caught(() => model(SMALL, { area: 'Wolverhamton' }), SendDataError).issues[0]!;
    expect(area).toMatchObject({ code: 'unknown-area', column: 'area', value: 'Wolverhamton' });
    expect(area.message).toBe('the data has no area "Wolverhamton"; did you mean "Wolverhampton"?');
  });

  it('has no period to show for a period the data does not have', () => {
    const m = model(SMALL, { period: '2030' });
    expect(m.period).toBe(undefined);
    expect(m.change).toBe(undefined);
  });
});
