import { describe, expect, it } from 'vitest';
import { indicatorsContract } from '../contracts/indicators.js';
import { REAL_SEN2_MI_CSV } from '../demo/real-sen2-mi.js';
import { fromCsvText, fromRows } from '../input.js';
import { applyPreset } from '../presets/apply.js';
import { validate } from '../validate.js';
import { familiesOf } from './family.js';
import { buildIndicatorModel } from './model.js';
import { readIndicatorRows } from './read.js';

const AREAS = [
  ['E92000001', 'National', ''],
  ['E12000001', 'Regional', ''],
  ['E06000001', 'Local authority', 'E12000001'],
  ['E06000002', 'Local authority', 'E12000001'],
] as const;
/** An embedder's own file: a share `rate` of `all`, its numerator as `within`, and a count that is neither. */
const own = (within: (code: string) => number = () => NaN) => {
  const x: Record<string, number> = { E92000001: 30, E12000001: 30, E06000001: 4, E06000002: 26 };
  const n: Record<string, number> = { E92000001: 90, E12000001: 90, E06000001: 40, E06000002: 50 };
  return fromRows(
    AREAS.flatMap(([code, level, region]) => {
      const geo = {
        area_code: code,
        area_name: code,
        geographic_level: level,
        region_code: region,
        time_period: '2024',
      };
      const w = within(code);
      return [
        {
          ...geo,
          indicator: 'rate',
          unit: 'percent',
          value: (100 * x[code]!) / n[code]!,
          numerator: x[code],
          denominator: n[code],
        },
        { ...geo, indicator: 'within', unit: 'count', value: Number.isNaN(w) ? x[code] : w },
        { ...geo, indicator: 'all', unit: 'count', value: n[code] },
        { ...geo, indicator: 'other', unit: 'count', value: 12 },
      ];
    }),
  );
};

describe('familiesOf', () => {
  it("finds a percentage's counts in an embedder's own file by their values, whatever they are called", () => {
    const families = familiesOf(readIndicatorRows(validate(own(), indicatorsContract)));
    expect(families.get('rate')?.indicators).toEqual(['rate', 'within', 'all']);
    expect(families.get('within')).toBe(families.get('rate'));
    expect(families.has('other')).toBe(false);
    // the count and the numerators it equals are one series: one cell per area
    expect(families.get('rate')!.series.map((s) => s.names)).toEqual([
      ['rate#x', 'within'],
      ['rate#r'],
      ['rate#n', 'all'],
    ]);
  });

  it('leaves out a count that differs from the numerators anywhere both are published', () => {
    const data = validate(
      own((code) => (code === 'E06000002' ? 27 : NaN)),
      indicatorsContract,
    );
    expect(familiesOf(readIndicatorRows(data)).get('rate')?.indicators).toEqual(['rate', 'all']);
  });

  it("finds the SEN2 file's five families as the preset names their counts, a shared denominator joining two", () => {
    const data = validate(
      applyPreset('ees-sen2-mi', fromCsvText(REAL_SEN2_MI_CSV), { everyArea: true }).data,
      indicatorsContract,
    );
    const families = [...new Set(familiesOf(readIndicatorRows(data)).values())].map((f) => f.indicators);
    expect(families).toEqual([
      ['ass_none_ehc', 'ass_none_ehc_pc', 'new_all_ehc', 'new_all_ehc_ass_none_ehc_sum', 'new_all_ehc_pc'],
      ['ass_refused_ehc', 'ass_refused_ehc_pc', 'inreq_ehc'],
      ['inc_exc_20week_ehc', 'inc_exc_20week_rate', 'tot_inc_exc_ehc'],
      ['no_exc_20week_ehc', 'no_exc_20week_rate', 'tot_no_exc_ehc'],
      ['total_mediation', 'total_tribunal_followed_mediation', 'total_tribunal_pc'],
    ]);
  });

  it('a family on one page: where the share is shown both counts are, and two counts shown never give a small rest', () => {
    const data = validate(own(), indicatorsContract);
    const at = (indicator: string) =>
      new Map(
        buildIndicatorModel(data, { indicator, area: 'E06000002', minCount: 10 }).authorities.map((a) => [
          a.code,
          a.point,
        ]),
      );
    const [rate, within, all] = ['rate', 'within', 'all'].map(at);
    // E06000001's 4 of 40 is small, and E06000002's 26 of 50 would give it away through the region's 30 of 90
    expect([...rate!.values()].map((p) => p.status)).toEqual(['suppressed', 'suppressed']);
    for (const [code, p] of within!) {
      const n = all!.get(code)!;
      if (p.status === 'shown' && n.status === 'shown')
        expect(n.value! - p.value! === 0 || n.value! - p.value! >= 10).toBe(true);
      if (rate!.get(code)!.status === 'shown') expect([p.status, n.status]).toEqual(['shown', 'shown']);
    }
    expect([within!.get('E06000001')!.status, within!.get('E06000002')!.status]).toEqual(['suppressed', 'suppressed']);
  });
});
