/**
 * Property: after protectLinkedCounts, an independent attacker computing bounds with a linear
 * programme (HiGHS, see test/bounds-attacker.ts) finds every hidden count from 1 to minCount − 1
 * free to be 0 and free to be minCount or more. Tables are generated with row, column and grand
 * totals, and some "all" rows that count more than their listed parts (relations that only bound).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectLinkedCounts, type LinearConstraint } from './linked-disclosure.js';
import { isMissing } from './missing.js';
import { narrowedCounts, type Published } from './test/bounds-attacker.js';

interface Generated {
  values: number[];
  constraints: LinearConstraint[];
  minCount: number;
}

/**
 * A table of rows × columns with row totals, column totals and a grand total; when `unlisted`, each
 * column total also counts a hidden extra row that is not a cell, so "column total ≥ Σ rows" only.
 */
const tables: fc.Arbitrary<Generated> = fc
  .record({
    rows: fc.integer({ min: 2, max: 5 }),
    cols: fc.integer({ min: 2, max: 5 }),
    seed: fc.array(
      fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 150 })),
      { minLength: 30, maxLength: 30 },
    ),
    unlisted: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 5, maxLength: 5 }),
    withUnlisted: fc.boolean(),
    minCount: fc.integer({ min: 3, max: 12 }),
  })
  .map(({ rows, cols, seed, unlisted, withUnlisted, minCount }) => {
    const values: number[] = [];
    const at = (r: number, c: number) => r * cols + c;
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) values.push(seed[(r * cols + c) % seed.length]!);
    const constraints: LinearConstraint[] = [];
    const rowTotal: number[] = [];
    for (let r = 0; r < rows; r++) {
      const parts = Array.from({ length: cols }, (_, c) => at(r, c));
      values.push(parts.reduce((s, i) => s + values[i]!, 0));
      rowTotal.push(values.length - 1);
      constraints.push({ total: values.length - 1, parts });
    }
    const colTotal: number[] = [];
    for (let c = 0; c < cols; c++) {
      const parts = Array.from({ length: rows }, (_, r) => at(r, c));
      const extra = withUnlisted ? unlisted[c]! : 0;
      values.push(parts.reduce((s, i) => s + values[i]!, 0) + extra);
      colTotal.push(values.length - 1);
      constraints.push({ total: values.length - 1, parts, kind: withUnlisted ? 'ge' : 'eq' });
    }
    values.push(colTotal.reduce((s, i) => s + values[i]!, 0));
    const grand = values.length - 1;
    constraints.push({ total: grand, parts: colTotal });
    constraints.push({ total: grand, parts: rowTotal, kind: withUnlisted ? 'ge' : 'eq' });
    return { values, constraints, minCount };
  });

function publishedOf(g: Generated, shown: (i: number) => boolean): Published {
  const cells = new Map<string, number | undefined>();
  g.values.forEach((v, i) => cells.set(`c${i}`, shown(i) ? v : undefined));
  return {
    cells,
    relations: g.constraints.map((c) => ({
      total: `c${c.total}`,
      parts: c.parts.map((p) => `c${p}`),
      kind: c.kind ?? 'eq',
    })),
  };
}

const small = (g: Generated, hidden: (i: number) => boolean) =>
  new Map(g.values.flatMap((v, i) => (hidden(i) && v > 0 && v < g.minCount ? [[`c${i}`, v] as [string, number]] : [])));

describe('protectLinkedCounts against an attacker that computes bounds', () => {
  it('leaves every hidden small count free to be 0 and free to reach the threshold', async () => {
    const samples = fc.sample(tables, { numRuns: 150, seed: 19 });
    let withSmall = 0;
    for (const g of samples) {
      const out = protectLinkedCounts(g.values, g.constraints, { minCount: g.minCount });
      const hidden = (i: number) => isMissing(out.values[i]);
      for (const v of out.values) if (typeof v === 'number') expect(v === 0 || v >= g.minCount).toBe(true);
      const targets = small(g, hidden);
      if (targets.size) withSmall++;
      expect(
        await narrowedCounts(
          publishedOf(g, (i) => !hidden(i)),
          targets,
          g.minCount,
        ),
        JSON.stringify(g),
      ).toEqual([]);
    }
    expect(withSmall).toBeGreaterThan(60);
  }, 300_000);

  it('the attacker narrows what relation-by-relation suppression leaves open (so the property can fail)', async () => {
    // rows: [5, 60 | 65], [6, 50 | 56]; columns: 11 ≥ 5 + 6 (one unlisted pupil… none here), 110 = 60 + 50
    // hiding only the two small cells meets every single relation's rule of two unknowns, yet the
    // row totals pin each of them exactly
    const g: Generated = {
      values: [5, 60, 6, 50, 65, 56, 11, 110, 121],
      constraints: [
        { total: 4, parts: [0, 1] },
        { total: 5, parts: [2, 3] },
        { total: 6, parts: [0, 2] },
        { total: 7, parts: [1, 3] },
        { total: 8, parts: [6, 7] },
        { total: 8, parts: [4, 5] },
      ],
      minCount: 10,
    };
    const naive = (i: number) => i === 0 || i === 2 || i === 6;
    const found = await narrowedCounts(
      publishedOf(g, (i) => !naive(i)),
      small(g, naive),
      10,
    );
    expect(found.map((f) => [f.cell, f.min, f.max])).toEqual([
      ['c0', 5, 5],
      ['c2', 6, 6],
    ]);
    const out = protectLinkedCounts(g.values, g.constraints);
    const hidden = (i: number) => isMissing(out.values[i]);
    expect(
      await narrowedCounts(
        publishedOf(g, (i) => !hidden(i)),
        small(g, hidden),
        10,
      ),
    ).toEqual([]);
  });

  it('keeps an "all" that counts a setting not listed as a relation that bounds, instead of dropping it', async () => {
    // "all" ≥ primary + secondary + special: one pupil of each need is in a setting not listed.
    // Primary's ASD (4) is hidden with primary's SEMH (30); with all, secondary and special shown,
    // ASD ≤ 40 − 20 − 15 = 5 and SEMH ≤ 96 − 40 − 25 = 31, so ASD ≥ 34 − 31 = 3: pinned to 3–5
    const values = [4, 30, 34, 20, 40, 60, 15, 25, 40, 40, 96, 136];
    // cells: 0 P.ASD 1 P.SEMH 2 P.total | 3 S.ASD 4 S.SEMH 5 S.total | 6 Sp.ASD 7 Sp.SEMH 8 Sp.total | 9 all.ASD 10 all.SEMH 11 all.total
    const constraints: LinearConstraint[] = [
      { total: 2, parts: [0, 1] },
      { total: 5, parts: [3, 4] },
      { total: 8, parts: [6, 7] },
      { total: 11, parts: [9, 10] },
      { total: 9, parts: [0, 3, 6], kind: 'ge' },
      { total: 10, parts: [1, 4, 7], kind: 'ge' },
      { total: 11, parts: [2, 5, 8], kind: 'ge' },
    ];
    const g: Generated = { values, constraints, minCount: 10 };
    // without the inequalities (as when the relation was dropped), only the primary row is protected
    const dropped = protectLinkedCounts(values, constraints.slice(0, 4));
    const droppedHidden = (i: number) => isMissing(dropped.values[i]);
    const leak = await narrowedCounts(
      publishedOf(g, (i) => !droppedHidden(i)),
      small(g, droppedHidden),
      10,
    );
    expect(leak.map((f) => [f.cell, f.min, f.max])).toEqual([['c0', 3, 5]]);
    const out = protectLinkedCounts(values, constraints);
    const hidden = (i: number) => isMissing(out.values[i]);
    expect(
      await narrowedCounts(
        publishedOf(g, (i) => !hidden(i)),
        small(g, hidden),
        10,
      ),
    ).toEqual([]);
  });
});
