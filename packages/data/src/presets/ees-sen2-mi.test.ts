import { describe, expect, it } from 'vitest';
import { indicatorsContract } from '../contracts/indicators.js';
import { fromCsvText } from '../input.js';
import { SendDataError } from '../issues.js';
import { isMissing } from '../missing.js';
import { validate, validatedRows } from '../validate.js';
import { applyPreset, presetContract } from './apply.js';
import { SEN2_HEADLINE_INDICATOR, SEN2_INDICATORS } from './ees-sen2-mi.js';
import { caught } from '../../../../test/caught.mjs';

/** Whole rows of the published sen2_mi.csv, unchanged: its header, England 2021 (line 175), Wolverhampton 2021 (231), Wakefield 2022 (1,434) and the Isles of Scilly 2022 (1,449). */
const SAMPLE = [
  '"time_period","time_identifier","geographic_level","country_code","country_name","region_code","region_name","new_la_code","old_la_code","la_name","ass_nodecision","ass_nodecision_ehc","ass_none","ass_none_ehc","ass_none_ehc_pc","ass_refused","ass_refused_ehc","ass_refused_ehc_pc","assessment_mediation","assessment_tribunal","assessment_w","assessments","direct_pay_education","direct_pay_health","direct_pay_integrated","direct_pay_socialcare","discontinued_abroad","discontinued_age","discontinued_deceased","discontinued_employment","discontinued_unknown","discontinued_engage","discontinued_he","discontinued_lea","discontinued_lea_ehc","discontinued_lea_noncomp","discontinued_left","discontinued_left_ehc","discontinued_met","discontinued_met_ehc","discontinued_met_noncomp","discontinued_other","discontinued_other_ehc","discontinued_other_noncomp","discontinued_total","inc_exc_20week_ehc","inc_exc_20week_rate","inc_exc_26week","inreq_ehc","inreq_ehc_a","inreq_ehc_w","inreq_ehc_y","inreq_rya_ehc","mainstream_to_home","mainstream_to_home_ehc","mainstream_to_special","mainstream_to_special_ehc","new_all_ehc","new_all_ehc_ass_none_ehc_sum","new_all_ehc_pc","no_exc_20week_ehc","no_exc_20week_rate","no_exc_26week","org_arrangements","other_mediation","other_tribunal","total_tribunal","personal_budgets","request_mediation","request_tribunal","special_to_home","special_to_home_ehc","special_to_mainstream","special_to_mainstream_ehc","statements_no_ehc","statements_to_ehc","tot_inc_exc","tot_inc_exc_ehc","tot_no_exc","tot_no_exc_ehc","total_mediation","total_tribunal_followed_mediation","total_tribunal_pc"',
  '2021,Calendar year,National,E92000001,England,,,,,"",z,22654,z,3903,5.90621,z,20830,22.3254,z,z,z,z,2186,548,1235,19659,z,z,z,z,z,z,z,z,7249,z,z,12778,z,428,z,z,1091,z,z,35470,57.900000000000,z,93302,z,z,z,20,z,638,z,9318,62180,66083,94.0938,34249,59.900000000000,z,2958,z,z,z,25259,z,z,z,226,z,2838,z,z,z,61269,z,57196,5097,1302,25.5444',
  '2021,Calendar year,Local authority,E92000001,England,E12000005,West Midlands,E08000031,336,"Wolverhampton",z,160,z,23,5.73566,z,7,1.53173,z,z,z,z,1,4,4,43,z,z,z,z,z,z,z,z,58,z,z,0,z,3,z,z,1,z,z,124,32.900000000000,z,457,z,z,z,0,z,0,z,13,378,401,94.2643,121,38.100000000000,z,1,z,z,z,52,z,z,z,0,z,1,z,z,z,377,z,318,6,4,66.6667',
  '2022,Calendar year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000036,384,"Wakefield",z,z,z,114,28.0098,z,132, 19.1582,19,3,0,407,10,0,2,0,0,1,3,0,0,145,0,z,38,58,z,z,z,0,25,z,0,3,273,375, 81.169,z,689,14,1,543,0,z,z,z,z,462,407,113.51,375, 81.169,z,0,8,2,9,12,31,4,z,z,z,z,z,z,z,462,z,462,58,z,z',
  '2022,Calendar year,Local authority,E92000001,England,E12000009,South West,E06000053,420,"Isles of Scilly",z,z,z,0,0,z,1,100.0000,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,z,0,1,z,z,z,0,0,z,1,0,2,0,0,z,1,0,0,0,0,z,z,z,z,0,0,0,0,0,z,0,0,0,0,0,0,0,z,z,z,z,z,z,z,0,z,0,0,z,z',
].join('\n');

const thrown = (fn: () => unknown): SendDataError => caught(fn, SendDataError);

describe('ees-sen2-mi', () => {
  it('has the expected defaults: every measure column described once, in file order, percentages with the counts they come from', () => {
    const header = SAMPLE.split('\n')[0]!
      .split(',')
      .map((h) => h.replace(/"/g, ''));
    const measures = header.slice(10);
    expect(measures).toHaveLength(73);
    expect(SEN2_INDICATORS.map((i) => i.name)).toEqual(measures);
    for (const i of SEN2_INDICATORS.filter((m) => m.unit === 'percent')) {
      expect(measures).toContain(i.numerator);
      expect(measures).toContain(i.denominator);
    }
    expect(presetContract('ees-sen2-mi')).toBe(indicatorsContract);
  });

  it('reads an authority and England into one row per year and measure, keeping z as "not applicable"', () => {
    const { data, issues } = applyPreset('ees-sen2-mi', fromCsvText(SAMPLE), { area: 'E08000031' });
    expect(issues).toEqual([]);
    const checked = validate(data, indicatorsContract);
    expect(checked.issues).toEqual([]);
    const rows = validatedRows(checked);
    expect(rows).toHaveLength(2 * 73);
    const headline = rows.filter((r) => r.indicator === SEN2_HEADLINE_INDICATOR);
    expect(headline.map((r) => [r.area_name, r.geographic_level, r.time_period, r.value, r.unit])).toEqual([
      ['Wolverhampton', 'Local authority', '2021', 38.1, 'percent'],
      ['England', 'National', '2021', 59.9, 'percent'],
    ]);
    // 121 of 318 new plans (excluding exceptions) within 20 weeks: 38.05%, published 38.100000000000
    const local = (name: string) =>
      rows.find((r) => r.area_code === 'E08000031' && r.indicator === name)!.value as number;
    expect(local('no_exc_20week_ehc')).toBe(121);
    expect(local('tot_no_exc_ehc')).toBe(318);
    expect(Math.round((121 / 318) * 1000) / 10).toBe(38.1);
    const z = rows.find((r) => r.area_code === 'E08000031' && r.indicator === 'ass_nodecision')!.value;
    expect(isMissing(z) && [z.kind, z.symbol]).toEqual(['not_applicable', 'z']);
    expect(rows.every((r) => r.label !== undefined && r.label !== '')).toBe(true);
  });

  it('without an area keeps every area in the file', () => {
    const { data } = applyPreset('ees-sen2-mi', fromCsvText(SAMPLE), {});
    expect(data.numRows).toBe(4 * 73);
    expect(new Set(Array.from(data.values.get('area_name')!))).toEqual(
      new Set(['England', 'Wolverhampton', 'Wakefield', 'Isles of Scilly']),
    );
  });

  it('warns about a percentage over 100 (Wakefield 2022) and percentages published with a zero denominator (Isles of Scilly 2022)', () => {
    const { data, issues } = applyPreset('ees-sen2-mi', fromCsvText(SAMPLE), {});
    expect(issues.filter((i) => i.row === 4).map((i) => [i.code, i.column, i.severity])).toEqual([
      ['part-exceeds-whole', 'new_all_ehc_ass_none_ehc_sum', 'warning'],
    ]);
    // the notes are on the page: they say where to look, never the counts (407, 462) or the share
    expect(issues.find((i) => i.row === 4)!.message).toBe(
      'new_all_ehc_ass_none_ehc_sum is smaller than its part new_all_ehc, so new_all_ehc_pc is over 100%; check the row',
    );
    const scilly = issues.filter((i) => i.row === 5);
    expect(scilly.length).toBeGreaterThan(0);
    for (const i of scilly) expect(i.message).toMatch(/leaves nothing to take a share of/);
    for (const i of issues) expect([i.message, i.value]).toEqual([expect.not.stringMatching(/407|462|113\.5/), '']);
    // the contract sees the same slip through the numerator and denominator the preset writes
    expect(validate(data, indicatorsContract).issues.map((i) => [i.code, i.severity, i.value])).toEqual([
      ['percent-over-100', 'warning', '113.51'],
      ['part-exceeds-whole', 'warning', ''],
    ]);
  });

  it("writes each percentage's numerator and denominator, the region of an authority and which way the 20-week rates improve", () => {
    const { data } = applyPreset('ees-sen2-mi', fromCsvText(SAMPLE), {});
    const rows = validatedRows(validate(data, indicatorsContract));
    const wolverhampton = rows.find((r) => r.area_code === 'E08000031' && r.indicator === SEN2_HEADLINE_INDICATOR)!;
    expect([
      wolverhampton.value,
      wolverhampton.numerator,
      wolverhampton.denominator,
      wolverhampton.better,
      wolverhampton.region_code,
    ]).toEqual([38.1, 121, 318, 'higher', 'E12000005']);
    const england = rows.find((r) => r.area_code === 'E92000001' && r.indicator === SEN2_HEADLINE_INDICATOR)!;
    expect([england.numerator, england.denominator, england.region_code]).toEqual([34249, 57196, undefined]);
    // a count has neither, and a direction is only given where it is beyond doubt
    const count = rows.find((r) => r.area_code === 'E08000031' && r.indicator === 'tot_no_exc_ehc')!;
    expect([count.numerator, count.denominator, count.better]).toEqual([undefined, undefined, undefined]);
    expect(rows.find((r) => r.area_code === 'E08000031' && r.indicator === 'ass_refused_ehc_pc')!.better).toBe(
      undefined,
    );
  });

  it('keeps one measure with indicator, with the counts of its family, and names the closest for an unknown one', () => {
    const { data } = applyPreset('ees-sen2-mi', fromCsvText(SAMPLE), { indicator: 'no_exc_20week_rate' });
    expect(data.numRows).toBe(12);
    // the percentage first, then the counts it is worked out from (protected with it as one), in file order
    expect(Array.from(data.values.get('indicator')!).slice(0, 3)).toEqual([
      'no_exc_20week_rate',
      'no_exc_20week_ehc',
      'tot_no_exc_ehc',
    ]);
    const rate = (column: string) =>
      Array.from(data.values.get(column)!).filter((_, i) => data.values.get('indicator')![i] === 'no_exc_20week_rate');
    expect(rate('numerator')).toEqual([121, 375, 0, 34249]);
    // a count's family: its percentage and the other count; a shared denominator joins two percentages
    const family = (indicator: string) => [
      ...new Set(
        Array.from(applyPreset('ees-sen2-mi', fromCsvText(SAMPLE), { indicator }).data.values.get('indicator')!),
      ),
    ];
    expect(family('tot_no_exc_ehc')).toEqual(['tot_no_exc_ehc', 'no_exc_20week_ehc', 'no_exc_20week_rate']);
    expect(family('new_all_ehc')).toEqual([
      'new_all_ehc',
      'ass_none_ehc',
      'ass_none_ehc_pc',
      'new_all_ehc_ass_none_ehc_sum',
      'new_all_ehc_pc',
    ]);
    expect(family('personal_budgets')).toEqual(['personal_budgets']);
    const err = thrown(() => applyPreset('ees-sen2-mi', fromCsvText(SAMPLE), { indicator: 'no_exc_20_week_rate' }));
    expect(err.issues[0]).toMatchObject({
      code: 'unknown-indicator',
      column: 'indicator',
      value: 'no_exc_20_week_rate',
    });
    expect(err.issues[0]!.message).toContain('did you mean "no_exc_20week_rate"?');
  });

  it('throws for a letter in a count or an empty cell, naming the published column and row', () => {
    const damaged = SAMPLE.replace(',121,38.100000000000,', ',12l,38.100000000000,');
    const err = thrown(() => applyPreset('ees-sen2-mi', fromCsvText(damaged), { area: 'Wolverhampton' }));
    expect(err.issues.map((i) => [i.row, i.column, i.value])).toEqual([[3, 'no_exc_20week_ehc', '12l']]);
    const blank = SAMPLE.replace(',121,38.100000000000,', ',,38.100000000000,');
    expect(thrown(() => applyPreset('ees-sen2-mi', fromCsvText(blank), {})).issues[0]).toMatchObject({
      row: 3,
      column: 'no_exc_20week_ehc',
      value: '',
    });
  });

  it('rejects a percentage below 0 and a count that is not whole through the contract', () => {
    const rows = [
      { area_code: 'E08000031', time_period: '2021', indicator: 'a', unit: 'count', value: 2.5 },
      { area_code: 'E08000031', time_period: '2021', indicator: 'b', unit: 'percent', value: -1 },
      { area_code: 'E08000031', time_period: '2021', indicator: 'c', unit: 'percent', value: 'z' },
    ];
    const checked = validate(
      fromCsvText(
        ['area_code,time_period,indicator,unit,value', ...rows.map((r) => Object.values(r).join(','))].join('\n'),
      ),
      indicatorsContract,
    );
    expect(checked.issues.map((i) => [i.row, i.column, i.severity])).toEqual([
      [2, 'value', 'error'],
      [3, 'value', 'error'],
    ]);
  });
});
