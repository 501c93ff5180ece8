import { describe, expect, it } from 'vitest';
import { needsContract } from '../contracts/needs.js';
import { fromCsvText } from '../input.js';
import { SendDataError } from '../issues.js';
import { isMissing, isValue } from '../missing.js';
import { buildNeedsModel, findNeedGroup } from '../needs/model.js';
import { validate, validatedRows } from '../validate.js';
import { applyPreset, listAreas, presetContract, presetSymbols } from './apply.js';
import { caught } from '../../../../test/caught.mjs';

/** Whole rows of the published sen_la.csv, unchanged: header, England CINO 2021/22 (line 2), Leicester CINO (66), Wolverhampton CINO, CLA and CPPO (86, 250, 414). */
const LA = [
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,social_care_group,t_pupils,t_no_identified_SEN,t_all_SEN,t_SEN_support,t_statement_or_EHC_plan,t_ASD,t_HI,t_MLD,t_MSI,t_NSA,t_OTH,t_PD,t_PMLD,t_SEMH,t_SLCN,t_SLD,t_SPLD,t_VI,pt_no_identified_SEN,pt_all_SEN,pt_SEN_support,pt_statement_or_EHC_plan,pt_ASD,pt_HI,pt_MLD,pt_MSI,pt_NSA,pt_OTH,pt_PD,pt_PMLD,pt_SEMH,pt_SLCN,pt_SLD,pt_SPLD,pt_VI',
  '202122,Academic year,National,E92000001,England,,,,,,CINO at 31 March,139320,72140,67180,29720,37460,13000,650,7720,200,1140,1820,2800,3480,16550,8830,6850,3560,570,51.8,48.2,21.3,26.9,19.3,1,11.5,0.3,1.7,2.7,4.2,5.2,24.6,13.1,10.2,5.3,0.8',
  '202122,Academic year,Local authority,E92000001,England,E12000004,East Midlands,856,Leicester,E06000016,CINO at 31 March,318,190,128,83,45,11,0,21,0,c,11,8,0,47,19,c,9,c,59.7,40.3,26.1,14.2,8.6,0,16.4,0,c,8.6,6.3,0,36.7,14.8,c,7,0',
  '202122,Academic year,Local authority,E92000001,England,E12000005,West Midlands,336,Wolverhampton,E08000031,CINO at 31 March,975,549,426,219,207,61,c,73,c,c,9,29,20,103,56,30,32,c,56.3,43.7,22.5,21.2,14.3,c,17.1,c,c,2.1,6.8,4.7,24.2,13.1,7,7.5,c',
  '202122,Academic year,Local authority,E92000001,England,E12000005,West Midlands,336,Wolverhampton,E08000031,CLA 12 months at 31 March,294,127,167,77,90,7,c,34,0,8,c,c,c,70,14,9,11,0,43.2,56.8,26.2,30.6,4.2,c,20.4,0,4.8,c,c,c,41.9,8.4,5.4,6.6,0',
  '202122,Academic year,Local authority,E92000001,England,E12000005,West Midlands,336,Wolverhampton,E08000031,CPPO at 31 March,181,104,77,61,16,c,0,21,0,c,c,c,c,24,14,c,8,c,57.5,42.5,33.7,8.8,c,0,27.3,0,c,c,c,c,31.2,18.2,c,10.4,c',
].join('\n');

/** Whole rows of the published sen_national.csv, unchanged: header, 2021/22 All pupils comparison, CIN at 31 March and CPPO at any point (with its "k"). */
const NATIONAL = [
  'time_period,time_identifier,geographic_level,country_code,country_name,social_care_group,t_pupils,t_no_identified_SEN,pt_no_identified_SEN,t_all_SEN,pt_all_SEN,t_SEN_support,pt_SEN_support,t_statement_or_EHC_plan,pt_statement_or_EHC_plan,t_ASD_ss,pt_ASD_ss,t_HI_ss,pt_HI_ss,t_MLD_ss,pt_MLD_ss,t_MSI_ss,pt_MSI_ss,t_NSA_ss,pt_NSA_ss,t_OTH_ss,pt_OTH_ss,t_PD_ss,pt_PD_ss,t_PMLD_ss,pt_PMLD_ss,t_SEMH_ss,pt_SEMH_ss,t_SLCN_ss,pt_SLCN_ss,t_SLD_ss,pt_SLD_ss,t_SPLD_ss,pt_SPLD_ss,t_VI_ss,pt_VI_ss,t_ASD_se,pt_ASD_se,t_HI_se,pt_HI_se,t_MLD_se,pt_MLD_se,t_MSI_se,pt_MSI_se,t_NSA_se,pt_NSA_se,t_OTH_se,pt_OTH_se,t_PD_se,pt_PD_se,t_PMLD_se,pt_PMLD_se,t_SEMH_se,pt_SEMH_se,t_SLCN_se,pt_SLCN_se,t_SLD_se,pt_SLD_se,t_SPLD_se,pt_SPLD_se,t_VI_se,pt_VI_se',
  '202122,Academic year,National,E92000001,England,All pupils comparison,8418010,7043270,83.7,1374750,16.3,1044300,12.4,330450,3.9,79060,7.6,16700,1.6,197410,18.9,3010,0.3,46100,4.4,44720,4.3,22860,2.2,770,0.1,208920,20,262420,25.1,2430,0.2,150000,14.4,9890,0.9,103430,31.3,6190,1.9,32060,9.7,1100,0.3,0,0,8420,2.5,14020,4.2,10110,3.1,49530,15,57340,17.4,31500,9.5,13030,3.9,3710,1.1',
  '202122,Academic year,National,E92000001,England,CIN at 31 March,220600,113360,51.4,107250,48.6,52720,23.9,54530,24.7,2330,4.4,410,0.8,9510,18,90,0.2,1850,3.5,1680,3.2,780,1.5,70,0.1,21230,40.3,9710,18.4,160,0.3,4560,8.7,350,0.7,13630,25,500,0.9,4150,7.6,160,0.3,0,0,1200,2.2,2620,4.8,3890,7.1,13810,25.3,4700,8.6,8110,14.9,1290,2.4,460,0.8',
  '202122,Academic year,National,E92000001,England,CPPO at any point,57610,35550,61.7,22060,38.3,16110,28,5950,10.3,560,3.5,120,0.7,3210,19.9,30,0.2,620,3.9,480,3,190,1.1,10,k,5950,36.9,3540,22,40,0.3,1280,8,90,0.6,1040,17.5,90,1.4,660,11,10,0.1,0,0,120,2,130,2.2,130,2.1,2210,37.1,890,15,470,7.9,170,2.9,40,0.7',
].join('\n');

const thrown = (fn: () => unknown): SendDataError => caught(fn, SendDataError);

describe('ees-cin-sen-la', () => {
  it('has the expected defaults: the needs contract, c/z/k symbols, areas from the file', () => {
    expect(presetContract('ees-cin-sen-la')).toBe(needsContract);
    expect(presetSymbols('ees-cin-sen-la').k).toBe('low');
    expect(listAreas(fromCsvText(LA), 'ees-cin-sen-la').map((a) => a.name)).toEqual(['Leicester', 'Wolverhampton']);
  });

  it('reshapes Wolverhampton and England to one row per social care group and need, SEN support and EHC plans together', () => {
    const { data, issues } = applyPreset('ees-cin-sen-la', fromCsvText(LA), { area: 'Wolverhampton' });
    expect(issues).toEqual([]);
    const checked = validate(data, needsContract);
    expect(checked.issues).toEqual([]);
    const rows = validatedRows(checked);
    // 13 needs and the total row (need ALL, from t_all_SEN) per group
    expect(rows).toHaveLength(4 * 14);
    expect(new Set(rows.map((r) => `${r.geography}|${r.phase}|${r.provision}`))).toEqual(
      new Set([
        'local|CINO at 31 March|all',
        'local|CLA 12 months at 31 March|all',
        'local|CPPO at 31 March|all',
        'england|CINO at 31 March|all',
      ]),
    );
    const cino = Object.fromEntries(
      rows
        .filter((r) => r.geography === 'local' && r.phase === 'CINO at 31 March')
        .map((r) => [r.need, isMissing(r.pupils) ? r.pupils.symbol : r.pupils]),
    );
    expect(cino).toEqual({
      SLCN: 56,
      ASD: 61,
      SEMH: 103,
      MLD: 73,
      SpLD: 32,
      SLD: 30,
      PMLD: 20,
      HI: 'c',
      VI: 'c',
      MSI: 'c',
      PD: 29,
      OTH: 9,
      NSA: 'c',
      ALL: 426,
    });
    expect(rows[0]).toMatchObject({ time_period: '2021/22', area_name: 'Wolverhampton' });
    expect(data.values.get('area_code')![0]).toBe('E08000031');
    // the model draws it: a need's share of all 426 pupils with SEN, as published, the suppressed ones kept hidden
    const model = buildNeedsModel(checked);
    const g = findNeedGroup(model, 'CINO at 31 March', 'all')!;
    expect(g.local).toMatchObject({ count: 426, denominator: 426, complete: true, totalRow: true });
    expect(g.needs.map((r) => r.key)).not.toContain('ALL');
    expect(g.needs.find((r) => r.key === 'HI')!.local.status).toBe('suppressed');
    // MLD 73 of 426 = 17.1%, the published pt_MLD
    expect(Math.round(g.needs.find((r) => r.key === 'MLD')!.local.share! * 1000) / 10).toBe(17.1);
  });

  it('checks national shares within the rounding of the counts (13,000 of 67,180 is 19.35%, published 19.3)', () => {
    const { issues } = applyPreset('ees-cin-sen-la', fromCsvText(LA), {});
    expect(issues).toEqual([]);
    const changed = LA.replace(',67180,29720,37460,13000,', ',67180,29720,37460,14000,');
    const warned = applyPreset('ees-cin-sen-la', fromCsvText(changed), {}).issues;
    expect(warned.map((i) => [i.code, i.row, i.column])).toEqual([
      ['published-share-mismatch', 2, 'pt_ASD'],
      ['total-mismatch', 2, 't_all_SEN'],
    ]);
  });

  it('warns when a suppressed count is given away by its published percentage (Leicester VI: c, 0%)', () => {
    const { data, issues } = applyPreset('ees-cin-sen-la', fromCsvText(LA), { area: 'Leicester' });
    expect(issues.map((i) => [i.code, i.row, i.column])).toEqual([['published-share-reveals-count', 3, 't_VI']]);
    // the note is on the page: it says the percentage gives the count away, never the count (0) or its base (128)
    expect(issues[0]!.message).toContain('the file publishes pt_VI, from which the count can be worked out');
    expect(issues[0]!.message).not.toMatch(/128|\b0\b|0%/);
    expect(issues[0]!.value).toBe('');
    // the output keeps it suppressed
    const vi = validatedRows(validate(data, needsContract)).find((r) => r.geography === 'local' && r.need === 'VI')!;
    expect(isMissing(vi.pupils) && vi.pupils.kind).toBe('suppressed');
  });

  it('keeps every authority and region under its own name with everyArea', () => {
    const { data } = applyPreset('ees-cin-sen-la', fromCsvText(LA), { everyArea: true });
    expect(new Set(Array.from(data.values.get('geography')!))).toEqual(
      new Set(['Leicester', 'Wolverhampton', 'england']),
    );
    expect(validate(data, needsContract).issues).toEqual([]);
  });

  it('throws for a letter in a count, naming the published column and row', () => {
    const damaged = LA.replace(
      'CPPO at 31 March,181,104,77,61,16,c,0,21,',
      'CPPO at 31 March,181,104,77,61,16,c,0,2l,',
    );
    const err = thrown(() => applyPreset('ees-cin-sen-la', fromCsvText(damaged), { area: 'E08000031' }));
    expect(err.issues.map((i) => [i.row, i.column, i.value])).toEqual([[6, 't_MLD', '2l']]);
  });
});

describe('ees-cin-sen-national', () => {
  it('reshapes England to SEN support and EHC plan rows per group and need, reading k as low', () => {
    const { data, issues } = applyPreset('ees-cin-sen-national', fromCsvText(NATIONAL), {});
    expect(issues).toEqual([]);
    const checked = validate(data, needsContract);
    expect(checked.issues).toEqual([]);
    const rows = validatedRows(checked);
    // 13 needs and the total row (need ALL: t_SEN_support, t_statement_or_EHC_plan) per group and provision
    expect(rows).toHaveLength(3 * 2 * 14);
    expect(new Set(rows.map((r) => r.geography))).toEqual(new Set(['england']));
    expect(new Set(rows.map((r) => r.phase))).toEqual(
      new Set(['All pupils comparison', 'CIN at 31 March', 'CPPO at any point']),
    );
    const all = (provision: string, need: string) =>
      rows.find((r) => r.phase === 'All pupils comparison' && r.provision === provision && r.need === need)!.pupils;
    expect([all('sen_support', 'SLCN'), all('ehc_plan', 'ASD'), all('sen_support', 'SpLD')]).toEqual([
      262420, 103430, 150000,
    ]);
    // each published share is the count over its provision total, to 1 dp (rounding allowed for)
    expect(all('sen_support', 'ALL')).toBe(1044300);
    const ss = rows.filter(
      (r) => r.phase === 'All pupils comparison' && r.provision === 'sen_support' && r.need !== 'ALL',
    );
    const total = ss.reduce((s, r) => s + (isValue(r.pupils) ? r.pupils : 0), 0);
    expect(Math.abs(total - 1044300)).toBeLessThanOrEqual(70);
  });

  it('says the file is England only when given an authority', () => {
    const err = thrown(() => applyPreset('ees-cin-sen-national', fromCsvText(NATIONAL), { area: 'Wolverhampton' }));
    expect(err.issues[0]).toMatchObject({ code: 'unknown-area', value: 'Wolverhampton' });
    expect(err.message).toContain('ees-cin-sen-la');
    expect(applyPreset('ees-cin-sen-national', fromCsvText(NATIONAL), { area: 'England' }).data.numRows).toBe(84);
  });

  it('warns when a "k" (rounds to 0) does not fit its counts', () => {
    // 10 of 16,110 (rounded to 10) can be 5, 0.03%: "k" fits; 40 cannot be below 0.05%
    const changed = NATIONAL.replace(',10,k,', ',40,k,');
    const { issues } = applyPreset('ees-cin-sen-national', fromCsvText(changed), {});
    const mismatch = issues.filter((i) => i.code === 'published-share-mismatch');
    expect(mismatch.map((i) => [i.row, i.column])).toEqual([[4, 'pt_PMLD_ss']]);
    // no count (40, 16,110) in the note on the page, only where to look
    expect(mismatch[0]!.message).not.toMatch(/40|16,110|16110/);
  });
});
