import { describe, expect, it } from 'vitest';
import { fromCsvText } from '../input.js';
import { SendDataError } from '../issues.js';
import { closeAreas, findArea, uniqueAreas } from './areas.js';
import { rowAreas } from '../row-areas.js';
import { applyPreset } from './apply.js';
import { caught } from '../../../../test/caught.mjs';

const AREAS = [
  { code: 'E08000031', name: 'Wolverhampton', oldCode: '336' },
  { code: 'E08000030', name: 'Walsall', oldCode: '335' },
  { code: 'E10000034', name: 'Worcestershire', oldCode: '885' },
  { code: 'E07000034', name: 'Chesterfield' },
  { code: 'E07000237', name: 'Worcester' },
];

describe('findArea', () => {
  it('finds an area by GSS code, old LA code or name, in any case', () => {
    expect(findArea(AREAS, 'e08000031').name).toBe('Wolverhampton');
    expect(findArea(AREAS, '335').name).toBe('Walsall');
    expect(findArea(AREAS, ' worcestershire ').code).toBe('E10000034');
  });

  it('names the closest areas for a misspelt name', () => {
    const err = caught(() => findArea(AREAS, 'Wolverhamton'), SendDataError);
    expect(err.issues[0]).toMatchObject({ code: 'unknown-area', column: 'area', value: 'Wolverhamton' });
    expect(err.issues[0]!.message).toBe(
      'the file has no local authority "Wolverhamton"; did you mean Wolverhampton (E08000031)? Use a GSS code such as E08000031 or a name as the file writes it (5 areas in this file).',
    );
  });

  it('gives a whole GSS code that is not in the file no near miss, and says so in a sentence', () => {
    const err = caught(() => findArea(AREAS.slice(3), 'E10000034'), SendDataError);
    expect(err.issues[0]!.message).toBe(
      'the file has no local authority "E10000034". Use a GSS code such as E08000031 or a name as the file writes it (2 areas in this file).',
    );
  });

  it("ends with the file's own hint when it has one", () => {
    const err = caught(
      () => findArea(AREAS.slice(3), 'E10000034', 'A county is listed under its districts.'),
      SendDataError,
    );
    expect(err.issues[0]!.message).toBe(
      'the file has no local authority "E10000034". A county is listed under its districts.',
    );
  });
});

describe('closeAreas', () => {
  it('has the expected defaults: nothing for an empty query', () => {
    expect(closeAreas(AREAS, '  ')).toEqual([]);
  });

  it('finds names by prefix, substring and few edits, closest first', () => {
    expect(closeAreas(AREAS, 'worc').map((a) => a.name)).toEqual(['Worcester', 'Worcestershire']);
    expect(closeAreas(AREAS, 'Walsal').map((a) => a.name)).toEqual(['Walsall']);
  });

  it('finds codes by their start, but a whole code one digit away from another is no match', () => {
    expect(closeAreas(AREAS, 'E0800003').map((a) => a.code)).toEqual(['E08000030', 'E08000031']);
    expect(closeAreas(AREAS.slice(3), 'E10000034')).toEqual([]);
  });
});

describe('rowAreas', () => {
  it('lists the local authorities of rows with area_code and area_name, without England or regions, by name', () => {
    const rows = fromCsvText(
      [
        'area_code,area_name,geographic_level,time_period,indicator,unit,value',
        'E92000001,England,National,2022,x,count,1',
        'E12000005,West Midlands,Regional,2022,x,count,1',
        'E08000031,Wolverhampton,Local authority,2022,x,count,1',
        'E08000031,Wolverhampton,Local authority,2021,x,count,1',
        'E08000030,Walsall,Local authority,2022,x,count,1',
      ].join('\n'),
    );
    expect(rowAreas(rows)).toEqual([
      { code: 'E08000030', name: 'Walsall' },
      { code: 'E08000031', name: 'Wolverhampton' },
    ]);
  });

  it('takes the code as the name when the rows have no name, and leaves out rows marked england', () => {
    const rows = fromCsvText(
      'area_code,geography,imd_decile,pupils\nE08000031,local,1,10\nE92000001,england,1,10\n,local,2,10',
    );
    expect(rowAreas(rows)).toEqual([{ code: 'E08000031', name: 'E08000031' }]);
  });

  it('names no areas for rows without an area_code column', () => {
    expect(rowAreas(fromCsvText('geography,need,pupils\nlocal,ASD,10'))).toEqual([]);
  });

  it('sorts and removes repeats as uniqueAreas does', () => {
    const rows = fromCsvText('area_code,area_name\nE2,B\nE1,A\nE2,B');
    expect(rowAreas(rows)).toEqual(
      uniqueAreas([
        { code: 'E1', name: 'A' },
        { code: 'E2', name: 'B' },
      ]),
    );
  });
});

describe('the iod2019-lsoa preset and an authority it does not list', () => {
  it('explains that a county is listed under its districts, with no did-you-mean for a code', () => {
    const file = [
      'LSOA code (2011),LSOA name (2011),Local Authority District code (2019),Local Authority District name (2019),Index of Multiple Deprivation (IMD) Rank,Index of Multiple Deprivation (IMD) Decile',
      'E01032250,Worcester 001A,E07000237,Worcester,"20,532",7',
      'E01005060,Chesterfield 001A,E07000034,Chesterfield,"9,876",4',
    ].join('\r\n');
    const err = caught(() => applyPreset('iod2019-lsoa', fromCsvText(file), { area: 'E10000034' }), SendDataError);
    expect(err.issues[0]!.code).toBe('unknown-area');
    expect(err.issues[0]!.message).toMatch(
      /^the file has no local authority "E10000034"\. The IoD2019 file lists neighbourhoods \(LSOAs\) by local authority district as of 2019: a county council's neighbourhoods are listed under its district councils/,
    );
    expect(err.issues[0]!.message).not.toContain('Chesterfield');
  });
});
