import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../../../test/real-files.mjs';
import { deprivationContract } from '../contracts/deprivation.js';
import { buildDeprivationModel } from '../deprivation/model.js';
import { deprivationFindings } from '../deprivation/findings.js';
import { summariseDeprivation } from '../deprivation/summary.js';
import { parseCsv } from '../csv.js';
import { toRawData } from '../input.js';
import { validate } from '../validate.js';
import {
  deprivationDemo,
  deprivationLsoaDemo,
  deprivationPeriodsDemo,
  illustrativeEnglandLsoaRows,
} from './deprivation.js';

const sum = (rows: readonly Record<string, string | number>[], col: string) =>
  rows.reduce((s, r) => s + (r[col] as number), 0);
const local = (rows: readonly Record<string, string | number>[]) => rows.filter((r) => r.geography === 'local');

describe('deprivation demo data (illustrative)', () => {
  it('matches the strategy totals: 49,696 pupils, 6,846 SEN support, 2,035 EHC plans', () => {
    for (const rows of [local(deprivationDemo), deprivationLsoaDemo]) {
      expect(sum(rows, 'pupils')).toBe(49_696);
      expect(sum(rows, 'sen_support')).toBe(6_846);
      expect(sum(rows, 'ehc_plan')).toBe(2_035);
    }
  });

  it('adds up from LSOA rows to the decile rows', () => {
    for (const row of local(deprivationDemo)) {
      const lsoas = deprivationLsoaDemo.filter((r) => r.imd_decile === row.imd_decile);
      expect(sum(lsoas, 'pupils')).toBe(row.pupils);
      expect(sum(lsoas, 'sen_support')).toBe(row.sen_support);
      expect(sum(lsoas, 'ehc_plan')).toBe(row.ehc_plan);
    }
  });

  it('validates against the deprivation contract without errors', () => {
    for (const rows of [deprivationDemo, deprivationLsoaDemo, deprivationPeriodsDemo]) {
      const v = validate(toRawData(rows), deprivationContract);
      expect(v.issues.filter((i) => i.severity === 'error')).toEqual([]);
    }
  });

  it('shows what the strategy says, as far as the tests bear it out: SEN support rises with deprivation, EHC plans show no clear trend', () => {
    const model = buildDeprivationModel(validate(toRawData(deprivationDemo), deprivationContract));
    const [sen, ehc] = deprivationFindings(model);
    expect(sen).toMatchObject({ claim: 'clear', direction: 'up' });
    expect(sen!.contrast!.ratio!).toBeGreaterThan(1.6);
    // decile 10 has 203 pupils, so the rate ratio's interval is wide (1.2 to 3.1): a clear gradient, not a strong one
    expect(sen!.contrast!.ratioLower!).toBeLessThan(2);
    expect(ehc!.claim).toBe('none');
    expect(summariseDeprivation(model)).toMatch(/EHC plans: .* no clear trend across the deciles/);
    expect(model.england).toBeDefined();
  });

  it('uses the real IMD 2019 ranks of the 158 Wolverhampton LSOAs', () => {
    expect(deprivationLsoaDemo).toHaveLength(158);
    const perDecile = [33, 45, 17, 15, 11, 9, 13, 11, 3, 1];
    perDecile.forEach((n, d) => expect(deprivationLsoaDemo.filter((r) => r.imd_decile === d + 1)).toHaveLength(n));
    const iod = realFiles('demo/deprivation.test.ts', 'imd2019_lsoa_file1.csv');
    if (!iod.present) return;
    const path = iod.path('imd2019_lsoa_file1.csv');
    const real = new Map<string, number>();
    const lines = readFileSync(path, 'utf8').split(/\r?\n/);
    const wolverhampton = [lines[0], ...lines.filter((l) => l.includes(',E08000031,'))].join('\n');
    for (const row of parseCsv(wolverhampton).rows) real.set(row[0]!, Number(row[4]!.replace(/,/g, '')));
    expect(real.size).toBe(158);
    for (const r of deprivationLsoaDemo) expect(real.get(r.lsoa_code as string)).toBe(r.imd_rank);
  });

  it('has three periods, oldest first when modelled', () => {
    const model = buildDeprivationModel(validate(toRawData(deprivationPeriodsDemo), deprivationContract));
    expect(model.periods).toEqual(['2020/21', '2021/22', '2022/23']);
  });

  it('makes repeatable, made-up England-wide LSOA rows that span every rank and decile', () => {
    const rows = illustrativeEnglandLsoaRows();
    expect(rows).toHaveLength(32_844);
    expect(rows[0]!.imd_rank).toBe(1);
    expect(rows[rows.length - 1]!.imd_rank).toBe(32_844);
    expect(new Set(rows.map((r) => r.imd_decile)).size).toBe(10);
    expect(illustrativeEnglandLsoaRows(100)).toEqual(illustrativeEnglandLsoaRows(100));
    for (const r of rows.slice(0, 500))
      expect((r.sen_support as number) + (r.ehc_plan as number)).toBeLessThanOrEqual(r.pupils as number);
  });
});
