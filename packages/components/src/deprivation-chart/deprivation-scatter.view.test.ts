import { describe, expect, it } from 'vitest';
import {
  buildDeprivationModel,
  deprivationContract,
  summariseDeprivation,
  toRawData,
  validate,
} from '@send-insight/data';
import { deprivationLsoaDemo } from '@send-insight/data/demo';
import { cellText } from '@send-insight/core/view';
import { deprivationViewOptions } from './deprivation-chart.view.js';
import { byRank } from './deprivation-scatter.navigation.js';
import { deprivationScatterHeight, deprivationScatterView } from './deprivation-scatter.view.js';

const model = buildDeprivationModel(validate(toRawData(deprivationLsoaDemo), deprivationContract), {
  lsoaMeasures: ['sen_support', 'ehc_plan'],
});
const view = (attributes = {}, width = 800) =>
  deprivationScatterView(model, deprivationViewOptions(attributes), {}, width);

describe('deprivationScatterView', () => {
  it('has the expected defaults: the area layout at its height, a keyboard series per decile, a table row per area', () => {
    const v = view();
    expect(v.layout.kind).toBe('area');
    expect(v.height).toBe(deprivationScatterHeight(800));
    expect(v.navigation).toHaveLength(10);
    const counts = Array.from(
      { length: 10 },
      (_, d) => deprivationLsoaDemo.filter((r) => r.imd_decile === d + 1).length,
    );
    expect(v.navigation.map((s) => s.points.length)).toEqual(counts);
    expect(v.navigation[0]!.label).toBe(`Decile 1 (most deprived), ${counts[0]} areas`);
    expect(v.table.rows).toHaveLength(model.lsoas!.codes.length);
    expect(v.state).toBeUndefined();
  });

  it('makes the table of areas when it is first read, and once (not before the first frame)', () => {
    const v = view();
    expect(typeof Object.getOwnPropertyDescriptor(v, 'table')!.get).toBe('function');
    const first = v.table;
    expect(first.rows).toHaveLength(model.lsoas!.codes.length);
    expect(v.table).toBe(first);
  });

  it("orders each decile's areas by rank, and knows each area's place among them (pointer to keyboard)", () => {
    const v = view();
    const l = model.lsoas!;
    v.navigation.forEach((series, d) => {
      const ranks = series.points.map((p) => l.ranks[l.codes.indexOf(p.id)]!);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      series.points.forEach((p, k) => {
        const i = l.codes.indexOf(p.id);
        expect(l.deciles[i]).toBe(d + 1);
        expect(v.layout.position[i]).toBe(k);
      });
    });
  });

  it('says an area in words and carries only its shown figures', () => {
    const v = view({ measure: 'ehc_plan' });
    const l = model.lsoas!;
    const points = v.navigation.flatMap((s) => s.points);
    const hidden = points.find((p) => l.measures.ehc_plan.rates[l.codes.indexOf(p.id)] === null)!;
    const shown = points.find((p) => l.measures.ehc_plan.rates[l.codes.indexOf(p.id)] !== null)!;
    expect(hidden.label).toMatch(/^.+ \(E01\d+\), IMD rank [\d,]+, decile \d+: EHC plans suppressed/);
    expect(hidden.datum).toMatchObject({ kind: 'area', rates: {} });
    const i = l.codes.indexOf(shown.id);
    expect(shown.label).toContain(`EHC plans ${l.measures.ehc_plan.rates[i]!.toFixed(1)} per 100 pupils`);
    expect(shown.datum).toMatchObject({
      kind: 'area',
      lsoa_code: shown.id,
      imd_rank: l.ranks[i],
      rates: { ehc_plan: l.measures.ehc_plan.rates[i] },
    });
    // a point's place is its drawn point, or the strip of suppressed areas
    expect(hidden.y).toBeCloseTo(v.layout.suppressed.y + v.layout.suppressed.height / 2, 6);
  });

  it('tables the areas in rank order, each count 10 or more or the word', () => {
    const v = view({ measure: 'ehc_plan', heading: 'Areas' });
    expect(v.table.caption).toBe('Areas (2022/23): areas (LSOAs) by IMD rank');
    expect(v.table.columns.map((c) => c.key)).toEqual([
      'name',
      'code',
      'rank',
      'decile',
      'pupils',
      'ehc_plan_count',
      'ehc_plan_rate',
    ]);
    const ranks = v.table.rows.map((r) => Number(cellText(r.rank!).replace(/,/g, '')));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    for (const r of v.table.rows) {
      const count = cellText(r.ehc_plan_count!);
      if (count !== 'suppressed') expect(Number(count.replace(/,/g, ''))).toBeGreaterThanOrEqual(10);
    }
    expect(v.table.notes).toEqual(['Figures based on fewer than 10 people are suppressed to protect privacy.']);
  });

  it('sums up the rates as the chart by decile does, then the areas shown and hidden', () => {
    const v = view({ measure: 'ehc_plan' });
    const hidden = model.lsoas!.measures.ehc_plan.rates.filter((r) => r === null).length;
    expect(v.summary).toBe(
      `${summariseDeprivation(model, { measure: 'ehc_plan', comparator: 'england' })} The area view shows ${model.lsoas!.codes.length} neighbourhoods (LSOAs) by IMD rank; ${hidden} have EHC plans figures suppressed.`,
    );
  });
});

describe('byRank', () => {
  it('orders indices by rank, ties by index, as a sort would', () => {
    const ranks = [5, 3, 3, 32_844, 1, 5];
    expect(Array.from(byRank(ranks))).toEqual([4, 1, 2, 0, 5, 3]);
  });

  it('gives the same order counting (ranks dense) as comparing (few areas over many ranks)', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    for (const [n, max] of [
      [50, 40],
      [2_000, 3_000],
      [1_000, 32_844],
      [30, 32_844],
    ] as const) {
      const ranks = Array.from({ length: n }, () => 1 + Math.floor(rnd() * max));
      const sorted = ranks.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]! || a - b);
      expect(Array.from(byRank(ranks))).toEqual(sorted);
    }
  });
});
