/**
 * The deprivation chart's disclosure control against an attacker that computes bounds (HiGHS, see
 * test/bounds-attacker.ts): from everything the model shows (decile counts and pupils, the overall
 * rate, which gives both totals away, and every neighbourhood's counts and pupils) and the relations
 * anyone knows (a decile is the sum of its neighbourhoods, the total the sum of the deciles, "any SEN"
 * is SEN support plus EHC plans, and neither can exceed the pupils), no hidden count from 1 to
 * minCount − 1 may be narrowed below [0, minCount], at either level.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deprivationContract } from '../contracts/deprivation.js';
import { protectCounts } from '../disclosure.js';
import { toRawData } from '../input.js';
import { isMissing } from '../missing.js';
import { narrowedCounts, type Published } from '../test/bounds-attacker.js';
import { validate } from '../validate.js';
import { buildDeprivationModel, DEPRIVATION_MEASURES, type DeprivationModel } from './model.js';
import { protectDeprivation } from './protect.js';

type Lsoa = { decile: number; pupils: number; sen: number; ehc: number };

/** The attacker's relations and the true counts, by name: `P:d3`, `S:l12`, `A:T`… */
function structure(lsoas: Lsoa[]) {
  const truth = new Map<string, number>();
  const relations: Published['relations'] = [];
  const node = (id: string, p: number, s: number, e: number) => {
    truth
      .set(`P:${id}`, p)
      .set(`S:${id}`, s)
      .set(`E:${id}`, e)
      .set(`A:${id}`, s + e);
    relations.push(
      { total: `A:${id}`, parts: [`S:${id}`, `E:${id}`], kind: 'eq' },
      { total: `P:${id}`, parts: [`A:${id}`], kind: 'ge' },
    );
  };
  lsoas.forEach((l, i) => node(`l${i}`, l.pupils, l.sen, l.ehc));
  const deciles = [...new Set(lsoas.map((l) => l.decile))];
  for (const d of deciles) {
    const members = lsoas.flatMap((l, i) => (l.decile === d ? [i] : []));
    const sum = (k: 'pupils' | 'sen' | 'ehc') => members.reduce((s, i) => s + lsoas[i]![k], 0);
    node(`d${d}`, sum('pupils'), sum('sen'), sum('ehc'));
    for (const m of ['P', 'S', 'E'])
      relations.push({ total: `${m}:d${d}`, parts: members.map((i) => `${m}:l${i}`), kind: 'eq' });
  }
  const all = (k: 'pupils' | 'sen' | 'ehc') => lsoas.reduce((s, l) => s + l[k], 0);
  node('T', all('pupils'), all('sen'), all('ehc'));
  for (const m of ['P', 'S', 'E'])
    relations.push({ total: `${m}:T`, parts: deciles.map((d) => `${m}:d${d}`), kind: 'eq' });
  return { truth, relations };
}

/** What the model shows, by the same names. */
function shownBy(m: DeprivationModel, lsoas: Lsoa[]): Map<string, number | undefined> {
  const cells = new Map<string, number | undefined>();
  const key = { sen_support: 'S', ehc_plan: 'E', all_sen: 'A' } as const;
  for (const measure of DEPRIVATION_MEASURES) {
    const series = m.local[measure];
    for (const d of series.deciles) {
      if (d.status === 'no-data') continue;
      if (d.pupils !== undefined) cells.set(`P:d${d.decile}`, d.pupils);
      cells.set(`${key[measure]}:d${d.decile}`, d.status === 'shown' ? d.count : undefined);
    }
    // the overall rate with its interval gives both totals away
    if (series.overall) {
      cells.set(
        `P:T`,
        lsoas.reduce((s, l) => s + l.pupils, 0),
      );
      cells.set(
        `${key[measure]}:T`,
        lsoas.reduce(
          (s, l) => s + (measure === 'sen_support' ? l.sen : measure === 'ehc_plan' ? l.ehc : l.sen + l.ehc),
          0,
        ),
      );
    }
    m.lsoas!.measures[measure].counts.forEach((c, i) => cells.set(`${key[measure]}:l${i}`, c ?? undefined));
  }
  m.lsoas!.pupils.forEach((p, i) => cells.set(`P:l${i}`, p ?? undefined));
  return cells;
}

const areas: fc.Arbitrary<{ lsoas: Lsoa[]; minCount: number }> = fc.record({
  minCount: fc.integer({ min: 3, max: 12 }),
  lsoas: fc.array(
    fc
      .record({
        decile: fc.integer({ min: 1, max: 10 }),
        pupils: fc.oneof(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 15, max: 300 })),
        senShare: fc.integer({ min: 0, max: 30 }),
        ehcShare: fc.integer({ min: 0, max: 8 }),
      })
      .map(({ decile, pupils, senShare, ehcShare }) => {
        const ehc = Math.min(pupils, Math.round((pupils * ehcShare) / 100));
        const sen = Math.min(pupils - ehc, Math.round((pupils * senShare) / 100));
        return { decile, pupils, sen, ehc };
      }),
    { minLength: 2, maxLength: 40 },
  ),
});

function modelOf(lsoas: Lsoa[], minCount: number): DeprivationModel {
  const rows = lsoas.map((l, i) => ({
    lsoa_code: `E0100${String(i).padStart(4, '0')}`,
    imd_rank: (l.decile - 1) * 3284 + i + 1,
    imd_decile: l.decile,
    pupils: l.pupils,
    sen_support: l.sen,
    ehc_plan: l.ehc,
  }));
  return buildDeprivationModel(validate(toRawData(rows), deprivationContract), { minCount });
}

describe('deprivation chart disclosure control, both levels, against an attacker that computes bounds', () => {
  it('leaves every hidden small count, decile or neighbourhood, free to be 0 and free to reach the threshold', async () => {
    let withSmall = 0;
    for (const { lsoas, minCount } of fc.sample(areas, { numRuns: 120, seed: 23 })) {
      const m = modelOf(lsoas, minCount);
      const { truth, relations } = structure(lsoas);
      const cells = shownBy(m, lsoas);
      for (const [k, v] of cells) if (v !== undefined) expect(v === 0 || v >= minCount, `${k} = ${v}`).toBe(true);
      for (const [k, v] of cells) if (v !== undefined) expect(v, k).toBe(truth.get(k));
      const targets = new Map(
        [...truth].filter(([k, v]) => cells.has(k) && cells.get(k) === undefined && v > 0 && v < minCount),
      );
      if (targets.size) withSmall++;
      expect(
        await narrowedCounts({ cells, relations }, targets, minCount),
        JSON.stringify({ lsoas, minCount }),
      ).toEqual([]);
    }
    expect(withSmall).toBeGreaterThan(60);
  }, 300_000);

  it('closes the bound the pupils put on a hidden count that each decile protected alone would leave', async () => {
    // decile 10: 25 pupils, 4 on SEN support (hidden), 18 with an EHC plan (shown): SEN support ≤ 25 − 18 = 7
    const deciles = {
      pupils: [400, 300, 25, ...Array(7).fill(500)],
      sen_support: [60, 40, 4, ...Array(7).fill(50)],
      ehc_plan: [20, 15, 18, ...Array(7).fill(12)],
    };
    const names = (d: number) => [`P:d${d}`, `S:d${d}`, `E:d${d}`, `A:d${d}`];
    const relations: Published['relations'] = [];
    for (let d = 0; d < 10; d++)
      relations.push(
        { total: `A:d${d}`, parts: [`S:d${d}`, `E:d${d}`], kind: 'eq' },
        { total: `P:d${d}`, parts: [`A:d${d}`], kind: 'ge' },
      );
    const truth = (d: number) => [
      deciles.pupils[d]!,
      deciles.sen_support[d]!,
      deciles.ehc_plan[d]!,
      deciles.sen_support[d]! + deciles.ehc_plan[d]!,
    ];
    // each measure protected across the deciles on its own, as the chart did
    const alone = {
      pupils: protectCounts(deciles.pupils),
      sen_support: protectCounts(deciles.sen_support),
      ehc_plan: protectCounts(deciles.ehc_plan),
    };
    const shownAlone = new Map<string, number | undefined>();
    for (let d = 0; d < 10; d++) {
      const [p, s, e] = (['pupils', 'sen_support', 'ehc_plan'] as const).map((k) => alone[k].values[d]);
      const hiddenS = isMissing(s);
      const hiddenE = isMissing(e);
      names(d).forEach((n, k) =>
        shownAlone.set(
          n,
          [p, s, e][k] !== undefined && k < 3 && !isMissing([p, s, e][k]) ? ([p, s, e][k] as number) : undefined,
        ),
      );
      shownAlone.set(`A:d${d}`, hiddenS || hiddenE ? undefined : truth(d)[3]);
    }
    const targets = new Map([['S:d2', 4]]);
    const leak = await narrowedCounts({ cells: shownAlone, relations }, targets, 10);
    expect(leak.map((f) => [f.cell, f.min, f.max])).toEqual([['S:d2', 0, 7]]);
    // protected together, nothing narrows it
    const together = protectDeprivation({ ...deciles, rows: Array(10).fill(1) }, 10);
    const shown = new Map<string, number | undefined>();
    for (let d = 0; d < 10; d++) {
      (['pupils', 'sen_support', 'ehc_plan', 'all_sen'] as const).forEach((k, j) => {
        const v = together.deciles[k].values[d]!;
        shown.set(names(d)[j]!, isMissing(v) ? undefined : v);
      });
    }
    expect(shown.get('S:d2')).toBeUndefined();
    expect(await narrowedCounts({ cells: shown, relations }, targets, 10)).toEqual([]);
  });

  it('hides nothing and shows every count as given when no count is small (its relations are then not built)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 12 }),
        fc.array(
          fc.record({
            decile: fc.integer({ min: 1, max: 10 }),
            counts: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 12, max: 300 })), {
              minLength: 3,
              maxLength: 3,
            }),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        (minCount, rows) => {
          const lsoas = {
            decile: rows.map((r) => r.decile),
            pupils: rows.map((r) => r.counts[0]!),
            sen_support: rows.map((r) => r.counts[1]!),
            ehc_plan: rows.map((r) => r.counts[2]!),
          };
          const sums = (k: 'pupils' | 'sen_support' | 'ehc_plan') =>
            Array.from({ length: 10 }, (_, d) =>
              lsoas[k].reduce((s, v, i) => s + (lsoas.decile[i] === d + 1 ? v : 0), 0),
            );
          const deciles = { pupils: sums('pupils'), sen_support: sums('sen_support'), ehc_plan: sums('ehc_plan') };
          const out = protectDeprivation(deciles, minCount, lsoas);
          for (const key of ['pupils', 'sen_support', 'ehc_plan'] as const) {
            expect(out.lsoas![key].values).toEqual(lsoas[key]);
            expect(out.deciles[key].values).toEqual(deciles[key]);
          }
          for (const level of [out.deciles, out.lsoas!])
            for (const m of Object.values(level)) expect(m.reasons.filter(Boolean)).toEqual([]);
          expect(Object.values(out.totals).every(Boolean)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
