import { describe, expect, it } from 'vitest';
import { areaFromUrl, areaNamed, matchAreas, mergeAreas, resolveArea, urlWithArea } from './dashboard-areas.js';

const AREAS = [
  { code: 'E06000023', name: 'Bristol, City of', oldCode: '801' },
  { code: 'E06000017', name: 'Rutland', oldCode: '857' },
  { code: 'E08000030', name: 'Walsall', oldCode: '335' },
  { code: 'E08000031', name: 'Wolverhampton', oldCode: '336' },
  { code: 'E10000034', name: 'Worcestershire', oldCode: '885' },
  { code: 'E06000052', name: 'Cornwall', oldCode: '908' },
  { code: 'E09000033', name: 'Westminster', oldCode: '213' },
];
const names = (list: readonly { name: string }[]) => list.map((a) => a.name);

describe('mergeAreas', () => {
  it('has the expected defaults: no lists, no areas', () => {
    expect(mergeAreas([])).toEqual([]);
  });

  it('keeps one entry per code, the first name given, sorted by name', () => {
    const merged = mergeAreas([
      [{ code: 'E08000031', name: 'Wolverhampton' }],
      [
        { code: 'E08000031', name: 'City of Wolverhampton' },
        { code: 'E08000030', name: 'Walsall' },
        { code: '', name: 'No code' },
      ],
    ]);
    expect(merged).toEqual([
      { code: 'E08000030', name: 'Walsall' },
      { code: 'E08000031', name: 'Wolverhampton' },
    ]);
  });
});

describe('areaNamed', () => {
  it('finds an area by GSS code, old LA code or name, whatever the case, spaces and punctuation', () => {
    expect(areaNamed(AREAS, 'e08000031')?.name).toBe('Wolverhampton');
    expect(areaNamed(AREAS, '885')?.name).toBe('Worcestershire');
    expect(areaNamed(AREAS, 'bristol city of')?.code).toBe('E06000023');
  });

  it('finds nothing for nothing, or for part of a name', () => {
    expect(areaNamed(AREAS, undefined)).toBeUndefined();
    expect(areaNamed(AREAS, '  ')).toBeUndefined();
    expect(areaNamed(AREAS, 'Wolver')).toBeUndefined();
  });
});

describe('matchAreas', () => {
  it('matches every area, in order, when nothing is typed', () => {
    expect(matchAreas(AREAS, '')).toEqual(AREAS);
  });

  it('puts the exact name first, then names that start with the text, then words, then anywhere in a name', () => {
    expect(names(matchAreas(AREAS, 'w'))).toEqual([
      'Walsall',
      'Westminster',
      'Wolverhampton',
      'Worcestershire',
      'Cornwall',
    ]);
    expect(names(matchAreas(AREAS, 'city'))).toEqual(['Bristol, City of']);
    expect(names(matchAreas(AREAS, 'city of'))).toEqual(['Bristol, City of']);
    expect(names(matchAreas(AREAS, 'shire'))).toEqual(['Worcestershire']);
    expect(names(matchAreas(AREAS, 'ham'))).toEqual(['Wolverhampton']);
  });

  it('matches GSS codes and old LA codes by their start', () => {
    expect(names(matchAreas(AREAS, 'E0800'))).toEqual(['Walsall', 'Wolverhampton']);
    expect(names(matchAreas(AREAS, '33'))).toEqual(['Walsall', 'Wolverhampton']);
    expect(names(matchAreas(AREAS, 'E10000034'))).toEqual(['Worcestershire']);
  });

  it('matches nothing for text in no name or code', () => {
    expect(matchAreas(AREAS, 'Atlantis')).toEqual([]);
  });
});

describe('resolveArea', () => {
  it('resolves the exact name or code', () => {
    expect(resolveArea(AREAS, 'Rutland')).toEqual({ area: AREAS[1] });
    expect(resolveArea(AREAS, 'E10000034')).toEqual({ area: AREAS[4] });
  });

  it('never picks one of several: part of a name gives the areas it may mean', () => {
    expect(resolveArea(AREAS, 'Wo')).toEqual({ suggestions: [AREAS[3], AREAS[4]] });
  });

  it('suggests the closest names for a misspelling', () => {
    expect(resolveArea(AREAS, 'Wolverhamton')).toEqual({ suggestions: [AREAS[3]] });
    expect(resolveArea(AREAS, 'Cornwal')).toEqual({ suggestions: [AREAS[5]] });
  });

  it('suggests nothing for text like no area, or for a whole code that is not there', () => {
    expect(resolveArea(AREAS, 'qqqqqqqq')).toEqual({ suggestions: [] });
    expect(resolveArea(AREAS, 'E07000034')).toEqual({ suggestions: [] });
  });
});

describe('the area in the address', () => {
  it('reads ?area=', () => {
    expect(areaFromUrl('https://example.org/send/?area=E08000031#needs', 'area')).toBe('E08000031');
    expect(areaFromUrl('https://example.org/send/?la=Rutland', 'la')).toBe('Rutland');
  });

  it('reads nothing when the parameter is absent, empty or switched off', () => {
    expect(areaFromUrl('https://example.org/send/', 'area')).toBeUndefined();
    expect(areaFromUrl('https://example.org/send/?area=', 'area')).toBeUndefined();
    expect(areaFromUrl('https://example.org/send/?area=E08000031', '')).toBeUndefined();
  });

  it('writes the area, keeping the other parameters and the fragment, and removes it for none', () => {
    expect(urlWithArea('https://example.org/send/?view=print#needs', 'area', 'E10000034')).toBe(
      'https://example.org/send/?view=print&area=E10000034#needs',
    );
    expect(urlWithArea('https://example.org/send/?area=E08000031', 'area', 'E10000034')).toBe(
      'https://example.org/send/?area=E10000034',
    );
    expect(urlWithArea('https://example.org/send/?area=E08000031&view=print', 'area', undefined)).toBe(
      'https://example.org/send/?view=print',
    );
  });

  it('encodes what it writes', () => {
    expect(urlWithArea('https://example.org/', 'area', 'Bristol, City of')).toBe(
      'https://example.org/?area=Bristol%2C+City+of',
    );
    expect(areaFromUrl('https://example.org/?area=Bristol%2C+City+of', 'area')).toBe('Bristol, City of');
  });
});
