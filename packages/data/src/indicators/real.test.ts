/**
 * The indicator model on the real published files in ../shared/data/real (see SOURCES.md there):
 * the acceptance figures of issue 21, with ranks worked out here from the file's own text by the
 * tests' separate CSV reader. Skipped with a message when the files are absent, failing in CI.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvRecords, realFiles } from '../../../../test/real-files.mjs';
import { indicatorsContract } from '../contracts/indicators.js';
import { fromCsvText } from '../input.js';
import { applyPreset } from '../presets/apply.js';
import { validate } from '../validate.js';
import { buildIndicatorModel } from './model.js';
import { summariseIndicator } from './words.js';

const real = realFiles('indicators/real.test.ts', 'sen2_mi.csv', 'ehcp2025_caseload_all_plans.csv');

describe.skipIf(!real.present)('indicator model on the real published files', () => {
  const sen2Text = real.present ? readFileSync(real.path('sen2_mi.csv'), 'utf8') : '';
  const sen2 = () =>
    validate(
      applyPreset('ees-sen2-mi', fromCsvText(sen2Text), { everyArea: true, indicator: 'no_exc_20week_rate' }).data,
      indicatorsContract,
    );

  it('sen2_mi.csv: Wolverhampton 2022 is 25.7% against England 49.2% and the West Midlands 50.1%, worsened since 38.1%, 111th of 131 and 11th of 12', () => {
    const m = buildIndicatorModel(sen2(), { area: 'E08000031' });
    expect(summariseIndicator(m)).toBe(
      'Wolverhampton, 2022: 25.7% (90 of 350). Worsened since 2021 (38.1%): down 12.4 points, a significant change (5% level). ' +
        'England: 49.2%; Wolverhampton is 23.5 points lower, a significant difference (5% level). ' +
        'West Midlands: 50.1%; Wolverhampton is 24.4 points lower, a significant difference (5% level). ' +
        'Ranks 111th of 131 authorities with a value shown for 2022 (1st is the highest) and 11th of 12 West Midlands authorities shown.',
    );
    expect(m.series[0]!.points[0]).toEqual({
      period: '2014',
      status: 'missing',
      reason: 'not_applicable',
      symbol: 'z',
    });
  });

  it("sen2_mi.csv: every shown authority's 2022 rank equals the count of higher values shown plus one (worked out here); the 13 hidden for small numbers and the 4 hidden to protect them are not ranked", () => {
    const recs = csvRecords(sen2Text).filter(
      (r) => r.time_period === '2022' && r.geographic_level === 'Local authority',
    );
    const numeric = recs.filter((r) => /^\s*\d/.test(r.no_exc_20week_rate!)).length;
    expect(numeric).toBe(148);
    const data = sen2();
    // the authorities hidden, worked out here from the file's counts: fewer than 10 plans, or a small count within them
    const hidden = recs.filter((r) => {
      const x = Number(r.no_exc_20week_ehc);
      const n = Number(r.tot_no_exc_ehc);
      return /^\s*\d/.test(r.no_exc_20week_rate!) && (n < 10 || [x, n - x].some((v) => v > 0 && v < 10));
    });
    const shown = buildIndicatorModel(data, { area: 'E08000031', period: '2022' })
      .authorities.filter((a) => a.point.status === 'shown')
      .map((a) => a.code);
    const values = recs
      .map((r) => ({ code: r.new_la_code!, region: r.region_code!, v: Number(r.no_exc_20week_rate) }))
      .filter((r) => !Number.isNaN(r.v) && shown.includes(r.code));
    expect([values.length, shown.length, hidden.length]).toEqual([131, 131, 13]);
    expect(hidden.some((r) => shown.includes(r.new_la_code!))).toBe(false);
    let checked = 0;
    for (const r of values.filter((_, i) => i % 7 === 0)) {
      const m = buildIndicatorModel(data, { area: r.code, period: '2022' });
      const peers = values.filter((p) => p.region === r.region);
      expect(m.rank!.all).toEqual({
        rank: 1 + values.filter((p) => p.v > r.v).length,
        of: 131,
        tied: values.filter((p) => p.v === r.v).length,
      });
      expect(m.rank!.region!.rank).toBe(1 + peers.filter((p) => p.v > r.v).length);
      expect(m.rank!.region!.of).toBe(peers.length);
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('ehcp2025_caseload_all_plans.csv: Wolverhampton 1,752 → 3,148 (+79.7%) against England 353,995 → 638,745 (+80.4%); Worcestershire 3,502 → 6,970', () => {
    const data = validate(
      applyPreset('ees-ehc-caseload', fromCsvText(readFileSync(real.path('ehcp2025_caseload_all_plans.csv'), 'utf8')), {
        everyArea: true,
        indicators: true,
      }).data,
      indicatorsContract,
    );
    const m = buildIndicatorModel(data, { area: 'E08000031', compare: ['england'] });
    expect(summariseIndicator(m)).toBe(
      'Wolverhampton, 2024/25: 3,148. Changed since 2023/24 (2,847): up 301 (+10.6%). England: 576,474 to 638,745 (+10.8%). ' +
        'Since 2018/19: Wolverhampton 1,752 to 3,148 (+79.7%) and England 353,995 to 638,745 (+80.4%).',
    );
    const worcestershire = buildIndicatorModel(data, { area: 'Worcestershire' }).series[0]!.points;
    expect([worcestershire[0]!.value, worcestershire.at(-1)!.value]).toEqual([3502, 6970]);
    // every authority of every period is shown: no count in the file is small
    expect(m.authorities.every((a) => a.point.status === 'shown')).toBe(true);
    expect(m.authorities).toHaveLength(153);
  });
});
