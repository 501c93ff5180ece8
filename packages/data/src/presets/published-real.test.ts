/**
 * The children-in-need and SEN2 presets against the real published files in ../shared/data/real
 * (see SOURCES.md there). Expected figures are read here from the file's own text with a separate
 * line splitter, and published percentages are recomputed here, independently of the presets.
 * Skipped with a message when the files are absent, but failing in CI.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvRecords, realFiles } from '../../../../test/real-files.mjs';
import { indicatorsContract } from '../contracts/indicators.js';
import { needsContract } from '../contracts/needs.js';
import { fromCsvText } from '../input.js';
import { isMissing, isValue } from '../missing.js';
import { validate, validatedRows } from '../validate.js';
import { applyPreset, listAreas } from './apply.js';

const real = realFiles(
  'published-real.test.ts',
  'cin_outcomes_sen_la.csv',
  'cin_outcomes_sen_national.csv',
  'sen2_mi.csv',
);
const present = real.present;
const files = {
  la: real.path('cin_outcomes_sen_la.csv'),
  national: real.path('cin_outcomes_sen_national.csv'),
  sen2: real.path('sen2_mi.csv'),
};
/** Records with their spreadsheet row numbers (header = row 1). */
const records = (path: string) => csvRecords(readFileSync(path, 'utf8'));
const num = (t: string | undefined) => (t !== undefined && /^\s*-?\d+(\.\d+)?\s*$/.test(t) ? Number(t) : undefined);
const SUFFIX: Record<string, string> = {
  SLCN: 'SLCN',
  ASD: 'ASD',
  SEMH: 'SEMH',
  MLD: 'MLD',
  SpLD: 'SPLD',
  SLD: 'SLD',
  PMLD: 'PMLD',
  HI: 'HI',
  VI: 'VI',
  MSI: 'MSI',
  PD: 'PD',
  OTH: 'OTH',
  NSA: 'NSA',
};

describe.skipIf(!present)('real published files: children in need and SEN2', () => {
  describe('ees-cin-sen-la (sen_la.csv, 2016/17–2021/22)', () => {
    const text = present ? readFileSync(files.la, 'utf8') : '';
    const recs = present ? records(files.la) : [];

    it('gives Wolverhampton 2021/22 children in need by need as published, and England from the National rows', () => {
      const { data } = applyPreset('ees-cin-sen-la', fromCsvText(text), { area: 'E08000031', period: '2021/22' });
      const checked = validate(data, needsContract);
      expect(checked.issues).toEqual([]);
      const rows = validatedRows(checked);
      const rec = recs.find(
        (r) =>
          r.new_la_code === 'E08000031' && r.time_period === '202122' && r.social_care_group === 'CINO at 31 March',
      )!;
      expect([rec.t_pupils, rec.t_SEN_support, rec.t_statement_or_EHC_plan]).toEqual(['975', '219', '207']);
      for (const r of rows.filter((x) => x.geography === 'local' && x.phase === 'CINO at 31 March')) {
        // the total row (need ALL) is t_all_SEN
        const published = rec[r.need === 'ALL' ? 't_all_SEN' : `t_${SUFFIX[r.need as string]}`]!;
        expect(isMissing(r.pupils) ? r.pupils.symbol : String(r.pupils)).toBe(published);
      }
      expect(
        rows
          .filter((x) => x.geography === 'local' && x.phase === 'CINO at 31 March' && x.need === 'ALL')
          .map((x) => x.pupils),
      ).toEqual([426]);
      expect(new Set(rows.map((r) => r.phase))).toEqual(
        new Set(['CINO at 31 March', 'CPPO at 31 March', 'CLA 12 months at 31 March']),
      );
      expect(new Set(rows.map((r) => r.geography))).toEqual(new Set(['local', 'england']));
    });

    it('recomputed need shares equal the published pt_ columns to one decimal place for every authority (computed here)', () => {
      const { data } = applyPreset('ees-cin-sen-la', fromCsvText(text), { everyArea: true });
      const rows = validatedRows(validate(data, needsContract));
      const rowNumbers = data.rowNumbers;
      const byRow = new Map(recs.map((r) => [Number(r.__row), r]));
      let compared = 0;
      rows.forEach((r, i) => {
        const rec = byRow.get(rowNumbers[i]!)!;
        if (rec.geographic_level !== 'Local authority' || r.need === 'ALL') return;
        const total = num(rec.t_all_SEN);
        const pc = num(rec[`pt_${SUFFIX[r.need as string]}`]);
        if (!isValue(r.pupils) || !total || pc === undefined) return;
        expect(Math.abs((r.pupils / total) * 100 - pc)).toBeLessThanOrEqual(0.05 + 1e-9);
        compared++;
      });
      expect(compared).toBeGreaterThan(10_000);
    });

    it('warns exactly where the file gives a suppressed count away, or where needs do not add up (found here independently)', () => {
      const { issues } = applyPreset('ees-cin-sen-la', fromCsvText(text), { everyArea: true });
      const reveals = new Set<string>();
      const sums = new Set<string>();
      for (const rec of recs) {
        for (const s of Object.values(SUFFIX)) {
          if (rec[`t_${s}`] === 'c' && num(rec[`pt_${s}`]) !== undefined && num(rec.t_all_SEN))
            reveals.add(`${rec.__row}|t_${s}`);
        }
        if (rec.geographic_level === 'Local authority') {
          const parts = Object.values(SUFFIX).map((s) => num(rec[`t_${s}`]));
          const total = num(rec.t_all_SEN);
          if (
            parts.every((p) => p !== undefined) &&
            total !== undefined &&
            parts.reduce((a, b) => a! + b!, 0) !== total
          )
            sums.add(`${rec.__row}|t_all_SEN`);
        }
      }
      expect(reveals.size).toBe(10);
      expect(sums.size).toBe(9);
      const got = (code: string) => new Set(issues.filter((i) => i.code === code).map((i) => `${i.row}|${i.column}`));
      expect(got('published-share-reveals-count')).toEqual(reveals);
      const laSums = new Set(
        [...got('total-mismatch')].filter(
          (k) =>
            recs.find((r) => r.__row === k.split('|')[0])!.geographic_level === 'Local authority' &&
            k.endsWith('|t_all_SEN'),
        ),
      );
      expect(laSums).toEqual(sums);
      expect(issues.filter((i) => i.code === 'published-share-mismatch')).toEqual([]);
    });

    it('lists every authority, Dorset under both of its codes', () => {
      const areas = listAreas(fromCsvText(text), 'ees-cin-sen-la');
      expect(areas.length).toBe(156);
      expect(areas.filter((a) => a.name === 'Dorset').map((a) => a.code)).toEqual(['E06000059', 'E10000009']);
    });
  });

  describe('ees-cin-sen-national (sen_national.csv)', () => {
    it('reads every group and year, with the published counts and shares within their rounding (computed here)', () => {
      const recs = records(files.national);
      const { data, issues } = applyPreset(
        'ees-cin-sen-national',
        fromCsvText(readFileSync(files.national, 'utf8')),
        {},
      );
      expect(issues.filter((i) => i.code === 'published-share-mismatch')).toEqual([]);
      const rows = validatedRows(validate(data, needsContract));
      // 13 needs and the total row (need ALL) for each provision
      expect(rows).toHaveLength(68 * 2 * 14);
      const byRow = new Map(recs.map((r) => [Number(r.__row), r]));
      let compared = 0;
      let low = 0;
      rows.forEach((r, i) => {
        const rec = byRow.get(data.rowNumbers[i]!)!;
        const s = r.provision === 'sen_support' ? 'ss' : 'se';
        const totalColumn = r.provision === 'sen_support' ? 't_SEN_support' : 't_statement_or_EHC_plan';
        const cell = rec[r.need === 'ALL' ? totalColumn : `t_${SUFFIX[r.need as string]}_${s}`]!;
        expect(isMissing(r.pupils) ? r.pupils.symbol : String(r.pupils)).toBe(cell);
        if (r.need === 'ALL') return;
        const total = num(rec[totalColumn]);
        const pcText = rec[`pt_${SUFFIX[r.need as string]}_${s}`]!;
        if (pcText === 'k') low++;
        const pc = num(pcText);
        if (!isValue(r.pupils) || !total || pc === undefined) return;
        // counts rounded to the nearest 10: the unrounded share lies between these
        const lo = (Math.max(0, r.pupils - 5) / (total + 5)) * 100;
        const hi = ((r.pupils + 5) / (total - 5)) * 100;
        expect(pc + 0.05 + 1e-9).toBeGreaterThanOrEqual(lo);
        expect(pc - 0.05 - 1e-9).toBeLessThanOrEqual(hi);
        compared++;
      });
      expect(low).toBe(1);
      expect(compared).toBeGreaterThan(1500);
      expect(rows.filter((r) => isMissing(r.pupils) && r.pupils.kind === 'suppressed').length).toBe(
        recs.reduce((n, r) => n + Object.entries(r).filter(([k, v]) => /^t_.*_s[se]$/.test(k) && v === 'c').length, 0),
      );
    });
  });

  describe('ees-sen2-mi (sen2_mi.csv, 2014–2022)', () => {
    const text = present ? readFileSync(files.sen2, 'utf8') : '';
    const recs = present ? records(files.sen2) : [];

    it('reads the whole file into the indicators contract, keeping every z and x as typed missing values', () => {
      const { data } = applyPreset('ees-sen2-mi', fromCsvText(text), {});
      expect(data.numRows).toBe(1456 * 73);
      const checked = validate(data, indicatorsContract, { maxIssues: 10 });
      expect(checked.issues.filter((i) => i.severity === 'error')).toEqual([]);
      const values = checked.columns.get('value')!;
      const symbols: Record<string, number> = {};
      for (const v of values) if (isMissing(v)) symbols[v.symbol] = (symbols[v.symbol] ?? 0) + 1;
      expect(symbols).toEqual({ z: 48541, x: 20 });
    });

    it("gives England's and Wolverhampton's share of new EHC plans within 20 weeks as published, and as recomputed here", () => {
      const { data, issues } = applyPreset('ees-sen2-mi', fromCsvText(text), { area: 'Wolverhampton' });
      expect(issues).toEqual([]);
      const rows = validatedRows(validate(data, indicatorsContract));
      const series = (code: string) =>
        rows
          .filter((r) => r.area_code === code && r.indicator === 'no_exc_20week_rate')
          .map((r) => [r.time_period, isMissing(r.value) ? r.value.symbol : r.value]);
      const expected = (code: string) =>
        recs
          .filter((r) => (code === 'E92000001' ? r.geographic_level === 'National' : r.new_la_code === code))
          .sort((a, b) => a.time_period!.localeCompare(b.time_period!))
          .map((r) => [r.time_period, num(r.no_exc_20week_rate) ?? r.no_exc_20week_rate]);
      const england = series('E92000001').sort();
      expect(england).toEqual(expected('E92000001'));
      expect(england.at(-1)).toEqual(['2022', 49.166]);
      const local = series('E08000031').sort();
      expect(local).toEqual(expected('E08000031'));
      for (const rec of recs.filter((r) => r.new_la_code === 'E08000031' || r.geographic_level === 'National')) {
        const within = num(rec.no_exc_20week_ehc);
        const all = num(rec.tot_no_exc_ehc);
        const rate = num(rec.no_exc_20week_rate);
        if (within === undefined || !all || rate === undefined) continue;
        expect(Math.abs((within / all) * 100 - rate)).toBeLessThanOrEqual(0.05 + 1e-9);
      }
    });
  });
});
