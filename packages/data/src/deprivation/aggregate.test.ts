import { describe, expect, it } from 'vitest';
import { isMissing, missing } from '../missing.js';
import { aggregateDeciles } from './aggregate.js';

const kindOf = (v: unknown) => (isMissing(v) ? `${v.kind}:${v.symbol}` : v);

describe('aggregateDeciles', () => {
  it('has the expected defaults: one local group, no period, empty deciles not available', () => {
    const { groups, skipped } = aggregateDeciles({ imd_decile: [1], pupils: [50], sen_support: [10], ehc_plan: [2] });
    expect(skipped).toBe(0);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.geography).toBe('local');
    expect(groups[0]!.period).toBeUndefined();
    expect(groups[0]!.pupils[0]).toBe(50);
    expect(kindOf(groups[0]!.pupils[1])).toBe('not_available:x');
    expect(groups[0]!.rows).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('adds up LSOA-level rows per decile', () => {
    const { groups } = aggregateDeciles({
      imd_decile: [1, 1, 2, 10, 2],
      pupils: [300, 200, 400, 120, 100],
      sen_support: [60, 40, 44, 10, 6],
      ehc_plan: [12, 10, 16, 3, 4],
    });
    const g = groups[0]!;
    expect(g.pupils.slice(0, 2)).toEqual([500, 500]);
    expect(g.sen_support.slice(0, 2)).toEqual([100, 50]);
    expect(g.ehc_plan.slice(0, 2)).toEqual([22, 20]);
    expect(g.pupils[9]).toBe(120);
    expect(g.rows).toEqual([2, 2, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('counts each row as one pupil when there is no pupils column (pupil-level data)', () => {
    const decile = new Uint8Array([1, 1, 1, 5, 5, 10]);
    const sen = new Uint8Array([1, 0, 1, 0, 1, 0]);
    const ehc = new Uint8Array([0, 1, 0, 0, 0, 0]);
    const g = aggregateDeciles({ imd_decile: decile, sen_support: sen, ehc_plan: ehc }).groups[0]!;
    expect([g.pupils[0], g.pupils[4], g.pupils[9]]).toEqual([3, 2, 1]);
    expect([g.sen_support[0], g.sen_support[4], g.sen_support[9]]).toEqual([2, 1, 0]);
    expect(g.ehc_plan[0]).toBe(1);
  });

  it('separates England from local rows and periods from each other, local first', () => {
    const { groups } = aggregateDeciles({
      imd_decile: [1, 1, 1, 1, 2],
      pupils: [100, 1000, 200, 2000, 50],
      sen_support: [10, 150, 20, 300, 5],
      ehc_plan: [1, 40, 2, 80, 0],
      geography: ['england', 'local', 'England', 'E92000001', 'local'],
      time_period: ['2021/22', '2021/22', '2022/23', '2022/23', '2022/23'],
    });
    expect(groups.map((g) => `${g.geography} ${g.period}`)).toEqual([
      'local 2021/22',
      'local 2022/23',
      'england 2021/22',
      'england 2022/23',
    ]);
    expect(groups[1]!.pupils[1]).toBe(50);
    expect(groups[3]!.pupils[0]).toBe(2200);
  });

  it('never turns a missing count into 0: a suppressed cell makes its decile suppressed', () => {
    const c = missing('suppressed', '[c]');
    const { groups } = aggregateDeciles({
      imd_decile: [3, 3, 4, 4],
      pupils: [100, 200, 150, 150],
      sen_support: [12, c, 20, missing('not_available', 'x')],
      ehc_plan: [5, 6, missing('low'), c],
    });
    const g = groups[0]!;
    expect(kindOf(g.sen_support[2])).toBe('suppressed:c');
    expect(g.ehc_plan[2]).toBe(11);
    expect(kindOf(g.sen_support[3])).toBe('not_available:x');
    // suppressed wins over "low" in the same decile
    expect(kindOf(g.ehc_plan[3])).toBe('suppressed:c');
    expect(g.pupils[2]).toBe(300);
  });

  it('skips rows whose decile is not 1–10 and honours include', () => {
    const { groups, skipped } = aggregateDeciles({
      imd_decile: [0, 11, 1.5, undefined, 2, 2],
      pupils: [1, 1, 1, 1, 40, 60],
      sen_support: [0, 0, 0, 0, 10, 10],
      ehc_plan: [0, 0, 0, 0, 0, 0],
      include: (r) => r !== 5,
    });
    expect(skipped).toBe(4);
    expect(groups[0]!.pupils[1]).toBe(40);
  });

  it('rejects columns of different lengths at once', () => {
    expect(() => aggregateDeciles({ imd_decile: [1, 2], sen_support: [1], ehc_plan: [1, 2] })).toThrow(
      /"sen_support" has 1 values/,
    );
  });

  it('handles many groups (growing its buffers) and 100k pupil rows', () => {
    const n = 100_000;
    const decile = new Uint8Array(n);
    const sen = new Uint8Array(n);
    const period: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      decile[i] = (i % 10) + 1;
      sen[i] = i % 7 === 0 ? 1 : 0;
      period[i] = `20${10 + (i % 9)}`;
    }
    const { groups } = aggregateDeciles({
      imd_decile: decile,
      sen_support: sen,
      ehc_plan: new Uint8Array(n),
      time_period: period,
    });
    expect(groups).toHaveLength(9);
    let pupils = 0;
    let senTotal = 0;
    for (const g of groups)
      for (let d = 0; d < 10; d++) ((pupils += g.pupils[d] as number), (senTotal += g.sen_support[d] as number));
    expect(pupils).toBe(n);
    expect(senTotal).toBe(Math.ceil(n / 7));
  });
});
