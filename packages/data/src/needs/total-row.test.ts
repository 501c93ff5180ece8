/**
 * A needs group's total row (need `ALL`): everyone in the group, including needs suppressed at
 * source or not recorded. With it, every share in the group, local and England alike, is of it.
 */
import { describe, expect, it } from 'vitest';
import { caught } from '../../../../test/caught.mjs';
import { needsContract } from '../contracts/needs.js';
import { toRawData } from '../input.js';
import { SendDataError } from '../issues.js';
import { isMissing } from '../missing.js';
import { fromCsvText } from '../input.js';
import { applyPreset } from '../presets/apply.js';
import { validate, validatedRows } from '../validate.js';
import { buildNeedsModel, composeNeeds, findNeedGroup, selectNeeds } from './model.js';
import { needsNotes } from './notes.js';

const model = (csv: string) => {
  const data = validate(toRawData(csv), needsContract);
  expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return buildNeedsModel(data);
};
const pct1 = (f: number | undefined) => (f === undefined ? undefined : Math.round(f * 1000) / 10);

/** England 9,000: A 4,000 (44.4%), B 2,000 (22.2%), C 3,000 (33.3%); the area has exactly England's profile, one tenth the size, with SLD suppressed. */
const ENGLAND_PROFILE = `geography,phase,provision,need,pupils
local,all,all,SLCN,400
local,all,all,SLD,c
local,all,all,SEMH,300
england,all,all,SLCN,4000
england,all,all,SLD,2000
england,all,all,SEMH,3000`;

/** Whole rows of the published sen_la.csv (2021/22), unchanged: header, England CPPO (line 330), Wolverhampton CPPO (line 414). */
const CPPO_CSV = [
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,social_care_group,t_pupils,t_no_identified_SEN,t_all_SEN,t_SEN_support,t_statement_or_EHC_plan,t_ASD,t_HI,t_MLD,t_MSI,t_NSA,t_OTH,t_PD,t_PMLD,t_SEMH,t_SLCN,t_SLD,t_SPLD,t_VI,pt_no_identified_SEN,pt_all_SEN,pt_SEN_support,pt_statement_or_EHC_plan,pt_ASD,pt_HI,pt_MLD,pt_MSI,pt_NSA,pt_OTH,pt_PD,pt_PMLD,pt_SEMH,pt_SLCN,pt_SLD,pt_SPLD,pt_VI',
  '202122,Academic year,National,E92000001,England,,,,,,CPPO at 31 March,29710,18050,11650,8640,3010,800,100,2050,20,330,310,170,60,4420,2300,260,780,70,60.8,39.2,29.1,10.1,6.8,0.8,17.6,0.2,2.8,2.7,1.4,0.5,37.9,19.7,2.2,6.7,0.6',
  '202122,Academic year,Local authority,E92000001,England,E12000005,West Midlands,336,Wolverhampton,E08000031,CPPO at 31 March,181,104,77,61,16,c,0,21,0,c,c,c,c,24,14,c,8,c,57.5,42.5,33.7,8.8,c,0,27.3,0,c,c,c,c,31.2,18.2,c,10.4,c',
].join('\r\n');

describe('needs total row (need ALL)', () => {
  it('Wolverhampton 2021/22, children on a child protection plan: MLD is 21 of all 77 with SEN, 27.3% as DfE publishes, 9.7 points above England’s 17.6%', () => {
    const { data } = applyPreset('ees-cin-sen-la', fromCsvText(CPPO_CSV), { area: 'E08000031' });
    const g = findNeedGroup(buildNeedsModel(validate(data, needsContract)), 'CPPO at 31 March', 'all')!;
    expect(g.local).toMatchObject({ count: 77, totalRow: true });
    const mld = g.needs.find((r) => r.key === 'MLD')!;
    // pt_MLD: 27.3 here, 17.6 in England (2,050 of 11,650)
    expect(pct1(mld.local.share)).toBe(27.3);
    expect(pct1(mld.england!.share)).toBe(17.6);
    // 27.27 − 17.60 = 9.67: the gap of the published percentages, not 31.3 − 17.6 = 13.8 of the known needs
    expect(Math.round(mld.difference!.points * 10) / 10).toBe(9.7);
    // tested against the rest of England (p = 0.025), Holm over the four needs compared: 0.101, not significant
    expect(mld.difference!.pAdjusted).toBeCloseTo(0.101, 3);
    expect(mld.difference!.verdict).toBe('similar');
    // SEMH 24 is DfE's 31.2%; SpLD 8 is below the threshold of 10 here, and SLCN 14 is hidden with it
    expect(pct1(g.needs.find((r) => r.key === 'SEMH')!.local.share)).toBe(31.2);
    expect(g.needs.find((r) => r.key === 'SpLD')!.local).toMatchObject({ status: 'suppressed', reason: 'primary' });
    expect(g.needs.find((r) => r.key === 'SLCN')!.local).toMatchObject({ status: 'suppressed', reason: 'secondary' });
    expect(g.notes!.join(' ')).toContain('(ASD, SLD, PMLD, VI, PD, OTH and NSA in Wolverhampton)');
  });

  it('validation reads ALL, all and total as the total row, and nothing else as it', () => {
    const rows = validatedRows(
      validate(
        toRawData(
          'geography,phase,provision,need,pupils\nlocal,primary,all,ALL,10\nlocal,secondary,all,all,20\nlocal,special,all,Total,30',
        ),
        needsContract,
      ),
    );
    expect(rows.map((r) => r.need)).toEqual(['ALL', 'ALL', 'ALL']);
    const bad = validate(
      toRawData('geography,phase,provision,need,pupils\nlocal,primary,all,everyone,10'),
      needsContract,
    );
    expect(bad.issues.map((i) => i.code)).toEqual(['invalid-value']);
  });

  it('is the base of every share and is never a need row', () => {
    const m = model(`${ENGLAND_PROFILE}\nlocal,all,all,ALL,900\nengland,all,all,ALL,9000`);
    const g = findNeedGroup(m)!;
    expect(g.local).toEqual({ count: 900, totalRow: true, denominator: 900, complete: true, suppressed: false });
    expect(g.england).toMatchObject({ count: 9000, totalRow: true, denominator: 9000 });
    expect(g.needs.map((r) => r.key)).toEqual(['SLCN', 'SEMH', 'SLD']);
    const slcn = g.needs.find((r) => r.key === 'SLCN')!;
    // 400 of 900 = 44.4%, as England's 4,000 of 9,000
    expect(pct1(slcn.local.share)).toBe(44.4);
    expect(pct1(slcn.england!.share)).toBe(44.4);
    expect(slcn.difference!.verdict).toBe('similar');
    expect(Math.abs(slcn.difference!.points)).toBeLessThan(1e-9);
    expect(m.notes).not.toContain(expect.stringMatching(/pupils whose need is published/));
  });

  it('without it, shares stay of the known needs, with the note saying so', () => {
    const m = model(ENGLAND_PROFILE);
    const g = findNeedGroup(m)!;
    expect(g.local).toMatchObject({ complete: false, denominator: 700 });
    expect(g.local.totalRow).toBeUndefined();
    // 400 of the 700 pupils whose need is published
    expect(pct1(g.needs.find((r) => r.key === 'SLCN')!.local.share)).toBe(57.1);
    expect(m.notes.join(' ')).toMatch(/shares are of the pupils whose need is published/);
  });

  it('names the needs not published at source, never their size', () => {
    const m = model(`${ENGLAND_PROFILE}\nlocal,all,all,ALL,900\nengland,all,all,ALL,9000`);
    const notes = needsNotes(m);
    expect(notes).toContain(
      'Shares are of the published total of each group, which counts everyone in it, including pupils whose need is not published at source (SLD in this area).',
    );
    expect(notes.join(' ')).not.toMatch(/200|2,000/);
  });

  it('joins the disclosure relations: a need suppressed at source cannot be worked out as the total minus the needs shown', () => {
    const g = findNeedGroup(model(`${ENGLAND_PROFILE}\nlocal,all,all,ALL,900\nengland,all,all,ALL,9000`))!;
    const hidden = g.needs.filter((r) => r.local.status !== 'shown');
    // SLD is c at source; 900 − 400 − 300 would give it away, so one more need is hidden beside it
    expect(hidden.map((r) => r.key)).toContain('SLD');
    expect(hidden.length).toBeGreaterThanOrEqual(2);
  });

  it('holds the pupils whose need is not recorded or not in the data: Other needs and the suppressed block are the total minus what is shown', () => {
    const m = model(`geography,phase,provision,need,pupils
local,primary,all,SLCN,300
local,primary,all,ASD,200
local,primary,all,SEMH,100
local,primary,all,ALL,700`);
    const g = findNeedGroup(m)!;
    expect(pct1(g.needs.find((r) => r.key === 'SLCN')!.local.share)).toBe(42.9);
    const top = selectNeeds(m, { top: 1 })!;
    expect(top.rows.at(-1)).toMatchObject({ key: 'OTHER', local: { status: 'shown', count: 400 } });
    expect(composeNeeds(m).bars[0]!.segments.reduce((s, x) => s + (x.count ?? 0), 0)).toBeLessThanOrEqual(700);
  });

  it('adds up to a derived "all" provision when SEN support and EHC plans both have one', () => {
    const m = model(`geography,phase,provision,need,pupils
local,primary,sen_support,SLCN,300
local,primary,sen_support,ASD,c
local,primary,sen_support,SEMH,100
local,primary,sen_support,ALL,450
local,primary,ehc_plan,SLCN,50
local,primary,ehc_plan,ASD,80
local,primary,ehc_plan,SEMH,40
local,primary,ehc_plan,ALL,180`);
    const all = findNeedGroup(m, 'primary', 'all')!;
    expect(all.derived).toBe(true);
    expect(all.local).toMatchObject({ count: 630, totalRow: true, complete: true });
    expect(findNeedGroup(m, 'primary', 'sen_support')!.local).toMatchObject({ count: 450, totalRow: true });
  });

  it('a need larger than its total row is a data error naming the row', () => {
    const err = caught(
      () =>
        model(`geography,phase,provision,need,pupils
local,primary,all,SLCN,300
local,primary,all,ALL,200`),
      SendDataError,
    );
    expect(err.issues[0]).toMatchObject({ code: 'exceeds-total', row: 2, column: 'pupils', value: '300' });
    expect(err.message).toContain('row 3');
  });

  it('a total row suppressed at source leaves the shares of the known needs', () => {
    const m = model(`geography,phase,provision,need,pupils
local,primary,all,SLCN,300
local,primary,all,ASD,c
local,primary,all,SEMH,100
local,primary,all,ALL,c`);
    const g = findNeedGroup(m)!;
    expect(g.local).toMatchObject({ complete: false, denominator: 400 });
    expect(isMissing(g.needs.find((r) => r.key === 'ASD')!.local.count)).toBe(false);
  });
});
