import { describe, expect, it } from 'vitest';
import { deprivationContract } from '../contracts/deprivation.js';
import { toRawData } from '../input.js';
import { validate } from '../validate.js';
import { localAreaText } from './local-area.js';

const row = (geography: string, area_code: string, area_name: string, imd_decile = 1) => ({
  geography,
  area_code,
  area_name,
  imd_decile,
  pupils: 100,
  sen_support: 10,
  ehc_plan: 2,
});
const data = (rows: Record<string, unknown>[]) => validate(toRawData(rows), deprivationContract);

describe('localAreaText', () => {
  it("has the expected defaults: the local rows' one code and name, England left out", () => {
    const d = data([
      row('local', 'E08000031', 'Wolverhampton'),
      row('local', 'E08000031', 'Wolverhampton', 2),
      row('england', 'E92000001', 'England'),
    ]);
    expect(localAreaText(d, 'area_code')).toBe('E08000031');
    expect(localAreaText(d, 'area_name')).toBe('Wolverhampton');
  });

  it('gives nothing when the local rows name several areas, unless one is asked for (by code or name, any case)', () => {
    const d = data([row('local', 'E08000031', 'Wolverhampton'), row('local', 'E08000030', 'Walsall', 2)]);
    expect(localAreaText(d, 'area_code')).toBeUndefined();
    expect(localAreaText(d, 'area_code', 'walsall')).toBe('E08000030');
    expect(localAreaText(d, 'area_name', ' e08000031 ')).toBe('Wolverhampton');
  });

  it('gives nothing without the column or without a value in it', () => {
    const rows = [{ imd_decile: 1, pupils: 100, sen_support: 10, ehc_plan: 2 }];
    expect(localAreaText(data(rows), 'area_code')).toBeUndefined();
    expect(localAreaText(data([row('local', '', '')]), 'area_name')).toBeUndefined();
  });
});
