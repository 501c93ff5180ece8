import { describe, expect, it } from 'vitest';
import { deprivationContract } from '../contracts/deprivation.js';
import { toRawData } from '../input.js';
import { SendDataError } from '../issues.js';
import { validate } from '../validate.js';
import { buildDeprivationModel, isDeprivationModelEmpty } from './model.js';

const load = (rows: Record<string, unknown>[]) => validate(toRawData(rows), deprivationContract);

/** 1,000 pupils per decile; SEN support 200, 190, … 110 (20.0 → 11.0 per 100); EHC plans 40 everywhere. */
function straightLine(extra: (d: number) => Record<string, unknown> = () => ({})) {
  return Array.from({ length: 10 }, (_, i) => ({
    imd_decile: i + 1,
    pupils: 1000,
    sen_support: 200 - 10 * i,
    ehc_plan: 40,
    ...extra(i + 1),
  }));
}

describe('buildDeprivationModel', () => {
  it('has the expected defaults: threshold 10, no periods, no England, no LSOAs', () => {
    const model = buildDeprivationModel(load(straightLine()));
    expect(model.minCount).toBe(10);
    expect(model.periods).toEqual([]);
    expect(model.period).toBeUndefined();
    expect(model.england).toBeUndefined();
    expect(model.lsoas).toBeUndefined();
    expect(model.suppressedDeciles).toEqual({ sen_support: 0, ehc_plan: 0, all_sen: 0 });
    expect(isDeprivationModelEmpty(model)).toBe(false);
  });

  it('gives rates per 100 with Wilson 95% intervals (hand-worked: 200/1000 → 17.64–22.59)', () => {
    const s = buildDeprivationModel(load(straightLine())).local.sen_support;
    const d1 = s.deciles[0]!;
    expect(d1).toMatchObject({ decile: 1, status: 'shown', pupils: 1000, count: 200 });
    expect(d1.rate).toBeCloseTo(20, 10);
    expect(d1.lower).toBeCloseTo(17.6377, 3);
    expect(d1.upper).toBeCloseTo(22.5919, 3);
    const d10 = s.deciles[9]!;
    expect(d10.rate).toBeCloseTo(11, 10);
    expect(d10.lower).toBeCloseTo(9.2079, 3);
    expect(d10.upper).toBeCloseTo(13.0905, 3);
  });

  it('fits the drawn line by weighted least squares: a straight line gives slope −1, intercept 21', () => {
    const t = buildDeprivationModel(load(straightLine())).local.sen_support.trend!;
    expect(t.slope).toBeCloseTo(-1, 10);
    expect(t.intercept).toBeCloseTo(21, 10);
    expect(t.n).toBe(10);
  });

  it('tests for trend with every pupil counted (Cochran–Armitage, scores 1–10, pupils as the denominator)', () => {
    // p̄ = 1,550/10,000; T = Σ d(x − 1,000 p̄) = Σ d(200 − 10(d − 1) − 155) = −825;
    // Var T = 0.155 × 0.845 × (1,000 × 385 − 55,000²/10,000) = 0.130975 × 82,500 = 10,805.4; z = −825/103.95 = −7.937
    const t = buildDeprivationModel(load(straightLine())).local.sen_support.trendTest!;
    expect(t.z).toBeCloseTo(-7.9366, 3);
    expect(t.groups).toBe(10);
    expect(t.total).toBe(10000);
  });

  it('weights the trend by pupils (hand-worked: deciles 1, 2, 3 with 100, 100, 200 pupils)', () => {
    // rates 30, 10, 20; weights 1, 1, 2 → mean x 2.25, mean y 20; Sxx = 1.5625+0.0625+1.125 = 2.75;
    // Sxy = (−1.25)(10) + (−0.25)(−10) + 2(0.75)(0) = −10 → slope −10/2.75 = −3.6364
    const model = buildDeprivationModel(
      load([
        { imd_decile: 1, pupils: 100, sen_support: 30, ehc_plan: 10 },
        { imd_decile: 2, pupils: 100, sen_support: 10, ehc_plan: 10 },
        { imd_decile: 3, pupils: 200, sen_support: 40, ehc_plan: 20 },
      ]),
    );
    expect(model.local.sen_support.trend!.slope).toBeCloseTo(-10 / 2.75, 10);
    expect(model.local.sen_support.trend!.intercept).toBeCloseTo(20 + (10 / 2.75) * 2.25, 10);
  });

  it('contrasts the most with the least deprived decile: ratio 20/11 with its log-method interval, gap 9 per 100', () => {
    const c = buildDeprivationModel(load(straightLine())).local.sen_support.contrast!;
    expect(c).toMatchObject({ most: 1, least: 10 });
    expect(c.ratio).toBeCloseTo(20 / 11, 10);
    // se(ln) = √(1/200 − 1/1,000 + 1/110 − 1/1,000) = 0.10996: 1.8182 × e^(∓1.96 × 0.10996)
    expect(c.ratioLower).toBeCloseTo(1.46568, 4);
    expect(c.ratioUpper).toBeCloseTo(2.25546, 4);
    expect(c.gap).toBeCloseTo(9, 10);
  });

  it('says EHC plans are similar when their rate is flat, and adds SEN support and EHC plans for all SEN', () => {
    const model = buildDeprivationModel(load(straightLine()));
    expect(model.local.ehc_plan.contrast).toMatchObject({ ratio: 1, gap: 0 });
    expect(model.local.ehc_plan.trendTest!.z).toBe(0);
    expect(model.local.all_sen.deciles[0]).toMatchObject({ count: 240, rate: 24 });
    expect(model.local.all_sen.overall!.rate).toBeCloseTo((1550 + 400) / 100, 10);
  });

  it('suppresses a small decile count, a second one so it cannot be worked out, and never shows either', () => {
    const rows = straightLine((d) => (d === 10 ? { ehc_plan: 4 } : d === 7 ? { ehc_plan: 12 } : {}));
    const model = buildDeprivationModel(load(rows));
    const ehc = model.local.ehc_plan.deciles;
    expect(ehc[9]).toEqual({ decile: 10, status: 'suppressed', reason: 'primary', pupils: 1000 });
    expect(ehc[6]).toEqual({ decile: 7, status: 'suppressed', reason: 'secondary', pupils: 1000 });
    expect(ehc.filter((d) => d.status === 'shown')).toHaveLength(8);
    // all SEN is hidden wherever a part is, or SEN support + all SEN would give the EHC count away
    expect(model.local.all_sen.deciles[9]!.status).toBe('suppressed');
    expect(model.local.all_sen.deciles[6]!.status).toBe('suppressed');
    expect(model.local.all_sen.deciles[9]!.count).toBeUndefined();
    expect(model.suppressedDeciles).toEqual({ sen_support: 0, ehc_plan: 2, all_sen: 2 });
    // the contrast falls back to the least deprived decile that is shown
    expect(model.local.ehc_plan.contrast).toMatchObject({ most: 1, least: 9 });
    // nothing in the serialised model carries the hidden counts of deciles 7 and 10
    const json = JSON.parse(JSON.stringify(model));
    expect(json.local.ehc_plan.deciles[9].count).toBeUndefined();
    expect(json.local.ehc_plan.deciles[9].rate).toBeUndefined();
  });

  it('hides a decile whose pupils are below the threshold, and its rates', () => {
    const rows = straightLine((d) => (d === 10 ? { pupils: 8, sen_support: 0, ehc_plan: 0 } : {}));
    const model = buildDeprivationModel(load(rows));
    const d10 = model.local.sen_support.deciles[9]!;
    expect(d10.status).toBe('suppressed');
    expect(d10.pupils).toBeUndefined();
    expect(d10.rate).toBeUndefined();
    // pupils of another decile are hidden too (secondary), so the total cannot give decile 10 away
    expect(model.local.sen_support.deciles.filter((d) => d.pupils === undefined)).toHaveLength(2);
  });

  it('keeps source suppression and "no rows" apart', () => {
    const rows = straightLine().filter((r) => r.imd_decile !== 9);
    rows[9 - 1] = { ...rows[9 - 1]!, sen_support: 'c' as unknown as number };
    const model = buildDeprivationModel(load(rows));
    const s = model.local.sen_support.deciles;
    expect(s[8]!.status).toBe('no-data');
    expect(s[9]!.status).toBe('suppressed');
    expect(s[9]!.reason).toBe('source');
  });

  it('calls a decile with no pupils "no data", not suppressed', () => {
    const rows = straightLine((d) => (d === 10 ? { pupils: 0, sen_support: 0, ehc_plan: 0 } : {}));
    expect(buildDeprivationModel(load(rows)).local.sen_support.deciles[9]).toEqual({
      decile: 10,
      status: 'no-data',
      pupils: 0,
    });
  });

  it('reads England rows as the comparator', () => {
    const rows = [
      ...straightLine(),
      ...straightLine(() => ({ geography: 'england', pupils: 100000, sen_support: 15000, ehc_plan: 4000 })),
    ];
    const model = buildDeprivationModel(load(rows));
    expect(model.england!.sen_support.deciles[4]!.rate).toBeCloseTo(15, 10);
    expect(model.local.sen_support.deciles[0]!.rate).toBeCloseTo(20, 10);
  });

  it('shows the latest period unless told, and lists periods oldest first', () => {
    const rows = [
      ...straightLine(() => ({ time_period: '2022/23' })),
      ...straightLine(() => ({ time_period: '2021/22', sen_support: 100 })),
    ];
    const latest = buildDeprivationModel(load(rows));
    expect(latest.periods).toEqual(['2021/22', '2022/23']);
    expect(latest.period).toBe('2022/23');
    expect(latest.local.sen_support.deciles[0]!.count).toBe(200);
    const older = buildDeprivationModel(load(rows), { period: '2021/22' });
    expect(older.local.sen_support.deciles[0]!.count).toBe(100);
  });

  it('throws a SendDataError naming the row (not the counts) when SEN exceeds pupils', () => {
    const rows = straightLine((d) => (d === 3 ? { pupils: 100, sen_support: 90, ehc_plan: 20 } : {}));
    try {
      buildDeprivationModel(load(rows));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SendDataError);
      const issue = (e as SendDataError).issues[0]!;
      expect(issue.row).toBe(4);
      expect(issue.message).toMatch(/row 4: SEN support and EHC plans add up to more than the pupils/);
      expect(issue.value).toBe('');
    }
  });

  it('throws the validation errors instead of drawing bad data', () => {
    const rows = straightLine((d) => (d === 2 ? { imd_decile: 11 } : {}));
    expect(() => buildDeprivationModel(load(rows))).toThrow(/imd_decile/);
  });

  it('asks for an area when the data holds several, and filters by code or name', () => {
    const rows = [
      ...straightLine(() => ({ area_code: 'E08000031', area_name: 'Wolverhampton' })),
      ...straightLine(() => ({ area_code: 'E08000027', area_name: 'Dudley', sen_support: 50 })),
    ];
    expect(() => buildDeprivationModel(load(rows))).toThrow(/2 areas .*area="E08000031"/);
    expect(buildDeprivationModel(load(rows), { area: 'dudley' }).local.sen_support.deciles[0]!.count).toBe(50);
    expect(buildDeprivationModel(load(rows), { area: 'E08000031' }).local.sen_support.deciles[0]!.count).toBe(200);
  });

  it('builds LSOA points with secondary suppression per decile and a smoothed line', () => {
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < 40; i++) {
      const rank = 1 + i * 800;
      const decile = Math.min(10, Math.ceil(rank / 3284.4));
      rows.push({
        lsoa_code: `E0100${String(i).padStart(4, '0')}`,
        lsoa_name: `Area ${i}`,
        imd_rank: rank,
        imd_decile: decile,
        pupils: 300,
        sen_support: 60 - i,
        ehc_plan: i === 5 ? 3 : 12,
      });
    }
    const model = buildDeprivationModel(load(rows));
    const l = model.lsoas!;
    expect(l.codes).toHaveLength(40);
    expect(l.ranks[1]).toBe(801);
    expect(l.measures.sen_support.rates[0]).toBeCloseTo(20, 10);
    // LSOA 5 (3 plans) is suppressed, and another LSOA of the same decile too
    expect(l.measures.ehc_plan.rates[5]).toBeNull();
    expect(l.measures.ehc_plan.counts[5]).toBeNull();
    const hiddenInDecile = l.measures.ehc_plan.rates.filter((r, i) => r === null && l.deciles[i] === l.deciles[5]);
    expect(hiddenInDecile.length).toBeGreaterThanOrEqual(2);
    expect(l.measures.all_sen.rates[5]).toBeNull();
    // the smoother follows the falling rate: 60/300 at the start, 21/300 at the end
    const smooth = l.measures.sen_support.smooth;
    expect(smooth.length).toBeGreaterThan(10);
    expect(smooth[0]!.rate).toBeGreaterThan(smooth[smooth.length - 1]!.rate);
    expect(smooth[0]!.rate).toBeLessThanOrEqual(20);
    expect(smooth[smooth.length - 1]!.rate).toBeGreaterThanOrEqual(7);
    // asking for one measure works out only that one, with the same figures
    const one = buildDeprivationModel(load(rows), { lsoaMeasures: ['ehc_plan'] }).lsoas!;
    expect(one.measures.ehc_plan).toEqual(l.measures.ehc_plan);
    expect(one.measures.sen_support.rates).toEqual([]);
    expect(one.measures.all_sen.rates).toEqual([]);
  });
});
