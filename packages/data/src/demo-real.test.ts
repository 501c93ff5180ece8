import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_DIR, realFiles } from '../../../test/real-files.mjs';
import { needsContract } from './contracts/needs.js';
import { REAL_CIN_SEN_CSV, REAL_CIN_SEN_SOURCE } from './demo/real-cin-sen.js';
import { REAL_EHC_CASELOAD_CSV, REAL_EHC_CASELOAD_SOURCE } from './demo/real-ehc-caseload.js';
import { REAL_EHC_NEEDS_AREAS, REAL_EHC_NEEDS_CSV, REAL_EHC_NEEDS_SOURCE } from './demo/real-ehc-needs.js';
import { REAL_IOD_SOURCE, REAL_IOD_WOLVERHAMPTON_CSV } from './demo/real-iod-wolverhampton.js';
import { REAL_SEN2_MI_CSV, REAL_SEN2_MI_SOURCE } from './demo/real-sen2-mi.js';
import { fromCsvText } from './input.js';
import { isValue } from './missing.js';
import { applyPreset, listAreas } from './presets/apply.js';
import { lsoaDecileCounts } from './presets/lsoa-decile-counts.js';
import { validate, validatedRows } from './validate.js';

const present = realFiles(
  'demo-real.test.ts',
  'ehcp2025_sen_needs_all_plans.csv',
  'ehcp2025_caseload_all_plans.csv',
  'imd2019_lsoa_file1.csv',
  'sen2_mi.csv',
  'cin_outcomes_sen_la.csv',
).present;
const realDir = REAL_DIR;

const lines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.length);

describe('real demo extracts', () => {
  it('are small and carry the OGL attribution', () => {
    for (const [csv, note] of [
      [REAL_EHC_NEEDS_CSV, REAL_EHC_NEEDS_SOURCE],
      [REAL_IOD_WOLVERHAMPTON_CSV, REAL_IOD_SOURCE],
      [REAL_EHC_CASELOAD_CSV, REAL_EHC_CASELOAD_SOURCE],
      [REAL_SEN2_MI_CSV, REAL_SEN2_MI_SOURCE],
      [REAL_CIN_SEN_CSV, REAL_CIN_SEN_SOURCE],
    ] as const) {
      expect(csv.length).toBeLessThan(150_000);
      expect(note).toMatch(
        /^(?!Source:).+ Contains public sector information licensed under the Open Government Licence v3\.0\.$/,
      );
    }
    expect(REAL_EHC_NEEDS_SOURCE).toBe(
      'Department for Education, Education, health and care plans, January 2025. Contains public sector information licensed under the Open Government Licence v3.0.',
    );
  });

  it('EHC needs extract gives Wolverhampton 3,148 plans against England 638,745 through the preset', () => {
    const raw = fromCsvText(REAL_EHC_NEEDS_CSV);
    expect(
      listAreas(raw, 'ees-ehc-plans-by-need')
        .map((a) => a.code)
        .sort(),
    ).toEqual([...REAL_EHC_NEEDS_AREAS].sort());
    const { data, issues } = applyPreset('ees-ehc-plans-by-need', raw, { area: 'Wolverhampton' });
    expect(issues).toEqual([]);
    const rows = validatedRows(validate(data, needsContract));
    const total = (g: string) => rows.find((r) => r.geography === g && r.phase === 'all' && r.need === 'ALL')!.pupils;
    const needs = (g: string) =>
      rows
        .filter((r) => r.geography === g && r.phase === 'all' && r.need !== 'ALL')
        .reduce((s, r) => s + (isValue(r.pupils) ? r.pupils : 0), 0);
    expect(total('local')).toBe(3148);
    expect(total('england')).toBe(638745);
    expect([needs('local'), needs('england')]).toEqual([3148, 638745]);
  });

  it('IoD extract gives Wolverhampton 158 LSOAs over the national deciles', () => {
    const { data } = applyPreset('iod2019-lsoa', fromCsvText(REAL_IOD_WOLVERHAMPTON_CSV), { area: 'E08000031' });
    expect(data.numRows).toBe(158);
    expect(lsoaDecileCounts(data).map((d) => d.lsoas)).toEqual([33, 45, 17, 15, 11, 9, 13, 11, 3, 1]);
  });

  it('caseload extract gives the Wolverhampton series 2019 to 2025', () => {
    const { data } = applyPreset('ees-ehc-caseload', fromCsvText(REAL_EHC_CASELOAD_CSV), { area: 'E08000031' });
    const geo = Array.from(data.values.get('geography')!);
    expect(Array.from(data.values.get('ehc_plans')!).filter((_, i) => geo[i] === 'local')).toEqual([
      1752, 1956, 2174, 2485, 2676, 2847, 3148,
    ]);
  });

  it('children-in-need extract gives Wolverhampton 2021/22 children on a protection plan: MLD 21 of all 77 with SEN, 27.3% as DfE publishes', () => {
    const { data } = applyPreset('ees-cin-sen-la', fromCsvText(REAL_CIN_SEN_CSV), {
      area: 'E08000031',
      period: '2021/22',
    });
    const rows = validatedRows(validate(data, needsContract)).filter(
      (r) => r.geography === 'local' && r.phase === 'CPPO at 31 March',
    );
    const count = (need: string) => rows.find((r) => r.need === need)!.pupils;
    expect([count('MLD'), count('ALL')]).toEqual([21, 77]);
    expect(Math.round((21 / 77) * 1000) / 10).toBe(27.3);
  });

  it.skipIf(!present)('holds only whole, unchanged rows of the published files', () => {
    for (const [csv, file] of [
      [REAL_EHC_NEEDS_CSV, 'ehcp2025_sen_needs_all_plans.csv'],
      [REAL_IOD_WOLVERHAMPTON_CSV, 'imd2019_lsoa_file1.csv'],
      [REAL_EHC_CASELOAD_CSV, 'ehcp2025_caseload_all_plans.csv'],
      [REAL_SEN2_MI_CSV, 'sen2_mi.csv'],
      [REAL_CIN_SEN_CSV, 'cin_outcomes_sen_la.csv'],
    ] as const) {
      const original = new Set(lines(readFileSync(resolve(realDir, file), 'utf8')));
      const extract = lines(csv);
      expect(extract[0]).toBe(lines(readFileSync(resolve(realDir, file), 'utf8'))[0]);
      for (const line of extract) expect(original.has(line)).toBe(true);
    }
  });
});
