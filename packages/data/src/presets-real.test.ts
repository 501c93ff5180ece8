/**
 * Presets against the real published files in ../shared/data/real (see SOURCES.md there). Expected
 * figures are the published ones (SOURCES.md checks) or recomputed here from the file's own text,
 * independently of the presets. Skipped with a message when the files are absent, but failing in CI.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvRecords, realFiles } from '../../../test/real-files.mjs';
import { deprivationContract } from './contracts/deprivation.js';
import { needsContract } from './contracts/needs.js';
import { fromCsvText } from './input.js';
import { isMissing, isValue } from './missing.js';
import { applyPreset, listAreas } from './presets/apply.js';
import { lsoaDecileCounts } from './presets/lsoa-decile-counts.js';
import { validate, validatedRows } from './validate.js';

const real = realFiles(
  'presets-real.test.ts',
  'ehcp2025_sen_needs_all_plans.csv',
  'ehcp2025_caseload_all_plans.csv',
  'imd2019_lsoa_file1.csv',
);
const present = real.present;
const files = {
  needs: real.path('ehcp2025_sen_needs_all_plans.csv'),
  caseload: real.path('ehcp2025_caseload_all_plans.csv'),
  iod: real.path('imd2019_lsoa_file1.csv'),
};
const read = (f: string) => readFileSync(f, 'utf8');
const records = csvRecords;

const NEED_SUFFIX: Record<string, string> = {
  SLCN: 'slcn',
  ASD: 'asd',
  SEMH: 'semh',
  MLD: 'mld',
  SpLD: 'spld',
  SLD: 'sld',
  PMLD: 'pmld',
  HI: 'hi',
  VI: 'vi',
  MSI: 'msi',
  PD: 'pd',
  OTH: 'oth',
  UNKNOWN: 'need_unknown',
};

describe.skipIf(!present)('real published files', () => {
  describe('ees-ehc-plans-by-need (sen_needs_all_plans.csv, January 2025)', () => {
    const text = present ? read(files.needs) : '';
    const raw = present ? fromCsvText(text) : undefined!;

    it('reads Wolverhampton and England into the needs contract with the published figures', () => {
      const { data, issues } = applyPreset('ees-ehc-plans-by-need', raw, { area: 'E08000031' });
      const checked = validate(data, needsContract);
      expect(checked.issues).toEqual([]);
      const rows = validatedRows(checked);
      const all = (geography: string) =>
        rows.filter((r) => r.geography === geography && r.phase === 'all' && r.need !== 'ALL');
      const total = (geography: string) =>
        rows.find((r) => r.geography === geography && r.phase === 'all' && r.need === 'ALL')?.pupils;
      expect([total('local'), total('england')]).toEqual([3148, 638745]);
      const sum = (rs: typeof rows) => rs.reduce((s, r) => s + (isValue(r.pupils) ? r.pupils : 0), 0);
      expect(sum(all('local'))).toBe(3148);
      expect(sum(all('england'))).toBe(638745);
      const local = Object.fromEntries(all('local').map((r) => [r.need, r.pupils]));
      expect(local).toEqual({
        ASD: 686,
        HI: 33,
        MLD: 477,
        MSI: 1,
        OTH: 0,
        PD: 133,
        PMLD: 27,
        SEMH: 655,
        SLCN: 715,
        SLD: 346,
        SpLD: 11,
        VI: 26,
        UNKNOWN: 38,
      });
      // placement types become phases, as published
      const phases = new Set(rows.filter((r) => r.geography === 'local').map((r) => r.phase));
      expect(phases.has('Special - total')).toBe(true);
      expect(phases.has('Mainstream - total')).toBe(true);
      expect(phases.has('FE - total')).toBe(true);
      // every recomputed share matches the published *_pc to 1 dp for these rows: no warnings
      expect(issues).toEqual([]);
    });

    it('recomputed shares equal the published percentage columns to one decimal place (computed here from the file)', () => {
      const recs = records(text)
        .filter((r) => r.new_la_code === 'E08000031' || r.geographic_level === 'National')
        .filter((r) => r.breakdown_topic === 'All EHC plans' || r.breakdown_topic === 'Type of placement');
      const { data } = applyPreset('ees-ehc-plans-by-need', raw, { area: 'Wolverhampton' });
      const rows = validatedRows(validate(data, needsContract));
      let compared = 0;
      for (const rec of recs) {
        const geography = rec.geographic_level === 'National' ? 'england' : 'local';
        const phase = rec.breakdown_topic === 'All EHC plans' ? 'all' : rec.breakdown;
        const total = Number(rec.ehc_plans);
        const group = rows.filter((r) => r.geography === geography && r.phase === phase && r.need !== 'ALL');
        expect(group).toHaveLength(13);
        const totalRow = rows.find((r) => r.geography === geography && r.phase === phase && r.need === 'ALL')!;
        expect(isValue(totalRow.pupils) ? totalRow.pupils : String(totalRow.pupils)).toBe(
          rec.ehc_plans === 'x' ? 'x' : total,
        );
        for (const r of group) {
          const suffix = NEED_SUFFIX[r.need as string]!;
          const pc = rec[suffix === 'need_unknown' ? 'unknown_pc' : `${suffix}_pc`]!;
          if (!isValue(r.pupils) || total === 0 || pc === 'x') continue;
          expect(Math.abs((r.pupils / total) * 100 - Number(pc))).toBeLessThanOrEqual(0.05 + 1e-9);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(13 * 40);
    });

    it('checks every authority in the file without an error, keeping suppressed cells as missing values', () => {
      const areas = listAreas(raw, 'ees-ehc-plans-by-need');
      expect(areas.length).toBeGreaterThanOrEqual(150);
      expect(areas.find((a) => a.code === 'E08000031')).toEqual({
        code: 'E08000031',
        name: 'Wolverhampton',
        oldCode: '336',
      });
      let suppressed = 0;
      for (const area of areas) {
        const { data } = applyPreset('ees-ehc-plans-by-need', raw, { area: area.code });
        const checked = validate(data, needsContract);
        expect(checked.issues.filter((i) => i.severity === 'error')).toEqual([]);
        for (const v of checked.columns.get('pupils')!) if (isMissing(v)) suppressed++;
      }
      expect(suppressed).toBeGreaterThan(0);
    }, 120_000);

    it('reports where the published percentage does not match the counts (Surrey, found by recomputing here)', () => {
      const rec = records(text).find((r) => r.la_name === 'Surrey' && r.breakdown_topic === 'All EHC plans')!;
      const total = Number(rec.ehc_plans);
      const expected = Object.values(NEED_SUFFIX)
        .map((suffix) => ({
          column: suffix === 'need_unknown' ? 'unknown_pc' : `${suffix}_pc`,
          count: Number(rec[`number_${suffix}`]),
        }))
        .filter(({ column, count }) => Math.abs((count / total) * 100 - Number(rec[column])) > 0.05 + 1e-9)
        .map(({ column }) => column)
        .sort();
      expect(expected).toEqual(['sld_pc', 'spld_pc']);
      const { issues } = applyPreset('ees-ehc-plans-by-need', raw, { area: 'Surrey' });
      expect(issues.map((i) => [i.code, i.column, i.severity]).sort()).toEqual(
        expected.map((c) => ['published-share-mismatch', c, 'warning']),
      );
    });

    it('finds an authority whose name has a quoted comma', () => {
      const { data } = applyPreset('ees-ehc-plans-by-need', raw, { area: 'Bristol, City of' });
      expect(Array.from(data.values.get('area_name')!)[0]).toBe('Bristol, City of');
    });
  });

  describe('ees-ehc-caseload (caseload, January 2019–2025)', () => {
    it('gives the published Wolverhampton and England series', () => {
      const raw = fromCsvText(read(files.caseload));
      const { data } = applyPreset('ees-ehc-caseload', raw, { area: 'Wolverhampton' });
      const geo = Array.from(data.values.get('geography')!);
      const plans = Array.from(data.values.get('ehc_plans')!);
      const periods = Array.from(data.values.get('time_period')!);
      const series = (g: string) => plans.filter((_, i) => geo[i] === g);
      expect(series('local')).toEqual([1752, 1956, 2174, 2485, 2676, 2847, 3148]);
      expect(series('england')).toEqual([353995, 390109, 430697, 473255, 517048, 576474, 638745]);
      expect(periods.filter((_, i) => geo[i] === 'local')).toEqual([
        '2018/19',
        '2019/20',
        '2020/21',
        '2021/22',
        '2022/23',
        '2023/24',
        '2024/25',
      ]);
      // placement totals recomputed here from the file's text
      const rec = records(read(files.caseload)).find(
        (r) => r.new_la_code === 'E08000031' && r.time_period === '202425',
      )!;
      const last = geo.lastIndexOf('local');
      expect(data.values.get('special')![last]).toBe(Number(rec.special_total));
      expect(data.values.get('mainstream')![last]).toBe(Number(rec.mainstream_total));
      const firstEngland = geo.indexOf('england');
      expect(
        isMissing(data.values.get('early_years')![firstEngland]) ||
          isValue(data.values.get('early_years')![firstEngland]),
      ).toBe(true);
    });
  });

  describe('iod2019-lsoa (IoD2019 File 1)', () => {
    it('gives Wolverhampton 158 LSOAs with the published decile counts (recomputed here from the text)', () => {
      const text = read(files.iod);
      const lines = text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .slice(1)
        .filter((l) => l.includes(',E08000031,'));
      const expected = new Array(10).fill(0);
      for (const l of lines) expected[Number(l.slice(l.lastIndexOf(',') + 1)) - 1]++;
      expect(lines).toHaveLength(158);
      expect(expected).toEqual([33, 45, 17, 15, 11, 9, 13, 11, 3, 1]);

      const raw = fromCsvText(text);
      expect(raw.numRows).toBe(32844);
      const { data } = applyPreset('iod2019-lsoa', raw, { area: 'E08000031' });
      expect(data.numRows).toBe(158);
      expect(lsoaDecileCounts(data, 'Wolverhampton').map((d) => d.lsoas)).toEqual(expected);
      expect(lsoaDecileCounts(raw, 'E08000031').map((d) => d.lsoas)).toEqual(expected);
      // the preset's rows fit the deprivation contract's optional LSOA columns
      const rank = data.values.get('imd_rank')!;
      for (let i = 0; i < data.numRows; i++) expect(rank[i]).toBeGreaterThanOrEqual(1);
      expect(deprivationContract.columns.find((c) => c.name === 'imd_rank')!.max).toBe(32844);
    });

    it('reads every LSOA in England, ranks 1 to 32,844, each decile 3,284 or 3,285 LSOAs', () => {
      const { data } = applyPreset('iod2019-lsoa', fromCsvText(read(files.iod)), {});
      expect(data.numRows).toBe(32844);
      const rank = Array.from(data.values.get('imd_rank')! as ArrayLike<number>);
      expect(Math.min(...rank)).toBe(1);
      expect(Math.max(...rank)).toBe(32844);
      for (const d of lsoaDecileCounts(data)) expect([3284, 3285]).toContain(d.lsoas);
      expect(listAreas(fromCsvText(read(files.iod)), 'iod2019-lsoa').length).toBeGreaterThan(300);
    });
  });
});
