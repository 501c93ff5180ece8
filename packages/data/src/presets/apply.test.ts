import { describe, expect, it } from 'vitest';
import { fromCSV } from '../arquero/from-csv.js';
import { fromColumnarTable } from '../input.js';
import { needsContract } from '../contracts/needs.js';
import { fromCsvText } from '../input.js';
import { SendDataError } from '../issues.js';
import { isMissing } from '../missing.js';
import { validate, validatedRows } from '../validate.js';
import { applyPreset, listAreas, PRESETS } from './apply.js';
import { EES_COLUMNS } from './ees.js';
import { lsoaDecileCounts } from './lsoa-decile-counts.js';
import { caught } from '../../../../test/caught.mjs';

const HEAD =
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,old_la_code,la_name,breakdown_topic,breakdown,ehc_plans,number_asd,number_hi,number_mld,number_msi,number_oth,number_pd,number_pmld,number_semh,number_slcn,number_sld,number_spld,number_vi,number_need_unknown,asd_pc,hi_pc,mld_pc,msi_pc,oth_pc,pd_pc,pmld_pc,semh_pc,slcn_pc,sld_pc,spld_pc,vi_pc,unknown_pc';
const needs = [
  HEAD,
  '202425,Academic year,National,E92000001,England,,,,,,All EHC plans,All EHC plans,100,40,0,10,0,0,0,0,20,30,0,0,0,0,40,0,10,0,0,0,0,20,30,0,0,0,0',
  '202425,Academic year,Regional,E92000001,England,E12000005,West Midlands,,,,All EHC plans,All EHC plans,50,20,0,5,0,0,0,0,10,15,0,0,0,0,40,0,10,0,0,0,0,20,30,0,0,0,0',
  '202425,Academic year,Local authority,E92000001,England,E12000005,West Midlands,E08000031,336,Wolverhampton,All EHC plans,All EHC plans,20,8,0,x,0,0,0,0,4,6,0,0,0,0,40,0,x,0,0,0,0,20,30,0,0,0,0',
  '202425,Academic year,Local authority,E92000001,England,E12000005,West Midlands,E08000031,336,Wolverhampton,Sex,Boys,12,8,0,0,0,0,0,0,1,3,0,0,0,0,66.7,0,0,0,0,0,0,8.3,25,0,0,0,0',
  '202425,Academic year,Local authority,E92000001,England,E12000005,West Midlands,E08000031,336,Wolverhampton,Type of placement,Special - total,10,5,0,0,0,0,0,0,2,3,0,0,0,0,50,0,0,0,0,0,0,20,33.3,0,0,0,0',
  '202425,Academic year,Local authority,E92000001,England,E12000005,West Midlands,E08000032,335,"Walsall, Borough",All EHC plans,All EHC plans,10,5,0,0,0,0,0,0,2,3,0,0,0,0,50,0,0,0,0,0,0,20,30,0,0,0,0',
].join('\r\n');

const thrown = (fn: () => unknown): SendDataError => caught(fn, SendDataError);

describe('applyPreset', () => {
  it('has the expected presets, each described', () => {
    expect(PRESETS.map((p) => p.name)).toEqual([
      'ees-ehc-plans-by-need',
      'iod2019-lsoa',
      'ees-ehc-caseload',
      'ees-cin-sen-la',
      'ees-cin-sen-national',
      'ees-sen2-mi',
      'ees',
    ]);
    for (const p of PRESETS) expect(p.title && p.file && p.contract && p.description && p.requires.length).toBeTruthy();
  });

  it('rejects an unknown preset with a did-you-mean hint', () => {
    const err = thrown(() => applyPreset('ees-ehc-plan-by-need', fromCsvText(needs), {}));
    expect(err.issues[0]).toMatchObject({ code: 'unknown-preset', column: 'preset' });
    expect(err.message).toContain('did you mean "ees-ehc-plans-by-need"');
  });

  it('ees-ehc-plans-by-need reshapes wide needs to the needs contract for the area and England', () => {
    const { data, issues } = applyPreset('ees-ehc-plans-by-need', fromCsvText(needs), { area: 'wolverhampton' });
    expect(issues.filter((i) => i.code !== 'published-share-mismatch')).toEqual([]);
    const checked = validate(data, needsContract);
    expect(checked.issues).toEqual([]);
    const rows = validatedRows(checked);
    // local all + local special + England all, 13 needs and the total (need ALL) each; Sex rows, regions and Walsall are left out
    expect(rows).toHaveLength(3 * 14);
    expect(new Set(rows.map((r) => `${r.geography}|${r.phase}`))).toEqual(
      new Set(['local|all', 'local|Special - total', 'england|all']),
    );
    expect(rows[0]).toMatchObject({
      geography: 'local',
      phase: 'all',
      provision: 'ehc_plan',
      need: 'SLCN',
      pupils: 6,
      time_period: '2024/25',
    });
    const mld = rows.find((r) => r.geography === 'local' && r.phase === 'all' && r.need === 'MLD')!;
    expect(isMissing(mld.pupils)).toBe(true);
    expect(rows.some((r) => r.need === 'UNKNOWN')).toBe(true);
    // ehc_plans is each group's total row, after its needs
    expect(rows[13]).toMatchObject({ geography: 'local', phase: 'all', need: 'ALL', pupils: 20 });
    expect(data.rowNumbers[0]).toBe(4);
  });

  it('reads an arquero Table already typed by fromCSV (numbers and missing values) the same as raw text', () => {
    const fromText = applyPreset('ees-ehc-plans-by-need', fromCsvText(needs), { area: '336' });
    const fromTable = applyPreset('ees-ehc-plans-by-need', fromColumnarTable(fromCSV(needs)), { area: '336' });
    expect(fromTable.issues).toEqual(fromText.issues);
    expect(validatedRows(validate(fromTable.data, needsContract))).toEqual(
      validatedRows(validate(fromText.data, needsContract)),
    );
  });

  it('warns when a recomputed share differs from the published percentage', () => {
    const { issues } = applyPreset('ees-ehc-plans-by-need', fromCsvText(needs), { area: 'E08000031' });
    // Special - total: SLCN 3 of 10 is 30.0%, published 33.3
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'published-share-mismatch',
        row: 6,
        column: 'slcn_pc',
        value: '',
        severity: 'warning',
      }),
    ]);
    // the note is on the page: it names the columns, never the count (3), its total (10) or the published 33.3
    expect(issues[0]!.message).toBe('the published slcn_pc is not SLCN as a share of the EHC plans; check the row');
  });

  it('warns when the needs do not add up to ehc_plans', () => {
    const broken = needs.replace('All EHC plans,All EHC plans,100,40', 'All EHC plans,All EHC plans,101,40');
    const { issues } = applyPreset('ees-ehc-plans-by-need', fromCsvText(broken), {});
    expect(issues.some((i) => i.code === 'total-mismatch' && i.row === 2 && i.column === 'ehc_plans')).toBe(true);
  });

  it('matches the area by GSS code, old LA code or name in any case, and keeps England alone without an area', () => {
    for (const area of ['E08000031', 'e08000031', '336', 'WOLVERHAMPTON']) {
      expect(applyPreset('ees-ehc-plans-by-need', fromCsvText(needs), { area }).data.numRows).toBe(42);
    }
    expect(applyPreset('ees-ehc-plans-by-need', fromCsvText(needs), {}).data.numRows).toBe(14);
  });

  it('lists close names for an unknown area', () => {
    const err = thrown(() => applyPreset('ees-ehc-plans-by-need', fromCsvText(needs), { area: 'Wolverhamton' }));
    expect(err.issues[0]).toMatchObject({ code: 'unknown-area', value: 'Wolverhamton' });
    expect(err.message).toContain('Wolverhampton (E08000031)');
  });

  it('rejects an unknown period, listing the periods the file has', () => {
    const err = thrown(() => applyPreset('ees-ehc-plans-by-need', fromCsvText(needs), { period: '2023/24' }));
    expect(err.issues[0]).toMatchObject({ code: 'unknown-period' });
    expect(err.message).toContain('2024/25');
    expect(applyPreset('ees-ehc-plans-by-need', fromCsvText(needs), { period: '202425' }).data.numRows).toBe(14);
  });

  it('names every missing expected column with a hint', () => {
    const err = thrown(() =>
      applyPreset(
        'ees-ehc-plans-by-need',
        fromCsvText(needs.replace('number_asd', 'number_asc').replace(',ehc_plans,', ',ehcplans,')),
        {},
      ),
    );
    expect(err.issues.map((i) => [i.code, i.column])).toEqual([
      ['missing-column', 'ehc_plans'],
      ['missing-column', 'number_asd'],
    ]);
    expect(err.issues[0]!.message).toContain('did you mean "ehcplans"');
  });

  it('ees keeps the area and England, labels periods and passes measures through for a columns mapping', () => {
    const { data } = applyPreset('ees', fromCsvText(needs), { area: 'Walsall, Borough' });
    expect(data.numRows).toBe(2);
    expect(Array.from(data.values.get('geography')!)).toEqual(['england', 'local']);
    expect(Array.from(data.values.get('time_period')!)).toEqual(['2024/25', '2024/25']);
    expect(Array.from(data.values.get('number_asd')!)).toEqual(['40', '5']);
    expect(EES_COLUMNS.area_code).toBe('new_la_code');
  });

  it('listAreas gives each local authority once, sorted by name', () => {
    expect(listAreas(fromCsvText(needs), 'ees-ehc-plans-by-need')).toEqual([
      { code: 'E08000032', name: 'Walsall, Borough', oldCode: '335' },
      { code: 'E08000031', name: 'Wolverhampton', oldCode: '336' },
    ]);
  });
});

describe('iod2019-lsoa', () => {
  const iod = [
    'LSOA code (2011),LSOA name (2011),Local Authority District code (2019),Local Authority District name (2019),Index of Multiple Deprivation (IMD) Rank,Index of Multiple Deprivation (IMD) Decile',
    'E01010410,Wolverhampton 033A,E08000031,Wolverhampton,"3,038",1',
    'E01010411,Wolverhampton 033B,E08000031,Wolverhampton,"9,209",3',
    'E01000001,City of London 001A,E09000001,City of London,"29,199",9',
  ].join('\n');

  it('reads quoted ranks and filters to the district', () => {
    const { data } = applyPreset('iod2019-lsoa', fromCsvText(iod), { area: 'Wolverhampton' });
    expect(data.columns).toEqual(['lsoa_code', 'lsoa_name', 'area_code', 'area_name', 'imd_rank', 'imd_decile']);
    expect(Array.from(data.values.get('imd_rank')!)).toEqual([3038, 9209]);
    expect(lsoaDecileCounts(data).map((d) => d.lsoas)).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(lsoaDecileCounts(fromCsvText(iod), 'E09000001').find((d) => d.imd_decile === 9)!.lsoas).toBe(1);
  });

  it('throws for a decile or rank out of range, naming the published column', () => {
    const err = thrown(() => applyPreset('iod2019-lsoa', fromCsvText(iod.replace('"9,209",3', '"99,209",11')), {}));
    expect(err.issues.map((i) => [i.row, i.column])).toEqual([
      [3, 'Index of Multiple Deprivation (IMD) Rank'],
      [3, 'Index of Multiple Deprivation (IMD) Decile'],
    ]);
  });
});
