/**
 * Property: in a needs table whose phases add up in a hierarchy (parts, "Group - total"
 * subtotals, "all", as in the EHC plans file's placement types; "all" may also count pupils in a
 * setting not listed, so that it only bounds the sum of the others) and whose provisions may add up
 * ("all" = SEN support + EHC plans), no small count hidden by the need breakdown's model can be
 * narrowed from what the model shows. The attacker here knows every true relation of the generated
 * table and sees only the model's output: shown counts, shown group totals, and shares (which give
 * away the denominator of a group). Three attacks, written here independently of the library:
 * repeatedly solving any relation with one unknown left, exact linear algebra over a prime field (a
 * hidden cell is recoverable exactly when its unit vector lies in the row space of the equalities
 * restricted to the unknowns), and bounds from a linear programme (HiGHS) over every relation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsContract } from '../contracts/needs.js';
import { toRawData } from '../input.js';
import { validate } from '../validate.js';
import { narrowedCounts } from '../test/bounds-attacker.js';
import { buildNeedsModel, type NeedsModel } from './model.js';

const NEEDS = ['SLCN', 'ASD', 'SEMH', 'MLD', 'SLD'] as const;
type Value = number | 'x';

interface Table {
  minCount: number;
  needs: string[];
  provisions: string[];
  /** phase → its parts (subtotals and "all" only) */
  families: Map<string, string[]>;
  phases: string[];
  /** geography|phase|provision|need → true count (or x: not published at source) */
  cells: Map<string, Value>;
  /** the true counts behind x cells */
  truth: Map<string, number>;
  /** "all" counts pupils in a setting not listed: it is at least the sum of the other phases */
  unlisted: boolean;
}

type Relation = { total: string; parts: string[]; kind: 'eq' | 'ge' };

const key = (...parts: string[]) => parts.join('|');

/** A random hierarchical table: families of parts with a subtotal each, standalone settings, and "all". */
const tables: fc.Arbitrary<Table> = fc
  .record({
    minCount: fc.integer({ min: 3, max: 15 }),
    needCount: fc.integer({ min: 2, max: 5 }),
    families: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
    standalone: fc.integer({ min: 0, max: 2 }),
    split: fc.boolean(),
    seedCounts: fc.array(
      fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 300 })),
      { minLength: 400, maxLength: 400 },
    ),
    xCells: fc.array(fc.integer({ min: 0, max: 399 }), { maxLength: 3 }),
    unlisted: fc.boolean(),
  })
  .map(({ minCount, needCount, families, standalone, split, seedCounts, xCells, unlisted }) => {
    const needs = NEEDS.slice(0, needCount) as unknown as string[];
    const provisions = split ? ['sen_support', 'ehc_plan', 'all'] : ['ehc_plan'];
    const familyMap = new Map<string, string[]>();
    const leaves: string[] = [];
    const top: string[] = [];
    families.forEach((size, f) => {
      const parts = Array.from({ length: size }, (_, j) => `Group ${f + 1} - part ${j + 1}`);
      familyMap.set(`Group ${f + 1} - total`, parts);
      leaves.push(...parts);
      top.push(`Group ${f + 1} - total`);
    });
    for (let s = 0; s < standalone; s++) {
      leaves.push(`Setting ${s + 1}`);
      top.push(`Setting ${s + 1}`);
    }
    familyMap.set('all', top);
    const phases = [...leaves, ...familyMap.keys()];
    const cells = new Map<string, Value>();
    const truth = new Map<string, number>();
    let n = 0;
    const leafProvisions = split ? ['sen_support', 'ehc_plan'] : ['ehc_plan'];
    for (const g of ['local', 'england']) {
      for (const p of leaves) {
        for (const v of leafProvisions) {
          for (const need of needs) {
            const count = seedCounts[n % seedCounts.length]! * (g === 'england' ? 7 : 1);
            const k = key(g, p, v, need);
            truth.set(k, count);
            cells.set(k, xCells.includes(n) ? 'x' : count);
            n++;
          }
        }
      }
      const sumOf = (p: string, v: string, need: string): number => {
        const k = key(g, p, v, need);
        if (truth.has(k)) return truth.get(k)!;
        if (v === 'all' && split) return sumOf(p, 'sen_support', need) + sumOf(p, 'ehc_plan', need);
        // the setting not listed: a few pupils of each need, in "all" only
        const extra =
          p === 'all' && unlisted
            ? seedCounts[(needs.indexOf(need) * 7 + leafProvisions.indexOf(v) + 3) % seedCounts.length]! % 4
            : 0;
        return familyMap.get(p)!.reduce((s, c) => s + sumOf(c, v, need), extra);
      };
      for (const p of phases) {
        for (const v of provisions) {
          for (const need of needs) {
            const k = key(g, p, v, need);
            if (cells.has(k)) continue;
            const total = sumOf(p, v, need);
            truth.set(k, total);
            cells.set(k, total);
          }
        }
      }
    }
    return { minCount, needs, provisions, families: familyMap, phases, cells, truth, unlisted };
  });

function modelOf(t: Table): NeedsModel {
  const rows = [...t.cells].map(([k, v]) => {
    const [geography, phase, provision, need] = k.split('|');
    return { geography, phase, provision, need, pupils: v };
  });
  const data = validate(toRawData(rows), needsContract);
  expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return buildNeedsModel(data, { minCount: t.minCount });
}

/** What the attacker sees, and the true relations of the table. */
function attackerView(t: Table, m: NeedsModel) {
  const known = new Map<string, number>();
  const hiddenByModel: string[] = [];
  for (const grp of m.groups) {
    for (const [geo, total] of [
      ['local', grp.local],
      ['england', grp.england],
    ] as const) {
      if (!total) continue;
      const gk = key(geo, grp.phase, grp.provision);
      const cellsOf = t.needs.map((need) => t.cells.get(key(geo, grp.phase, grp.provision, need)));
      const trueTotal = cellsOf.every((c) => typeof c === 'number')
        ? (cellsOf as number[]).reduce((a, b) => a + b, 0)
        : undefined;
      if (total.count !== undefined) known.set(`T:${gk}`, total.count);
      else if (trueTotal && trueTotal < t.minCount) hiddenByModel.push(`T:${gk}`);
      for (const row of grp.needs) {
        const cell = geo === 'local' ? row.local : row.england;
        if (!cell) continue;
        const ck = key(geo, grp.phase, grp.provision, row.key);
        if (cell.status === 'shown') {
          known.set(ck, cell.count!);
          // a share with its count gives the denominator away
          if (cell.share !== undefined && cell.count! > 0) known.set(`K:${gk}`, Math.round(cell.count! / cell.share));
        } else if (
          cell.status === 'suppressed' &&
          typeof t.cells.get(ck) === 'number' &&
          (t.cells.get(ck) as number) > 0 &&
          (t.cells.get(ck) as number) < t.minCount
        )
          hiddenByModel.push(ck);
        // (a zero, or a count of at least the threshold, hidden as a secondary cell discloses no small count)
      }
    }
  }
  // relations: total − Σ parts = 0, or ≥ 0 for "all" when it counts a setting not listed
  const relations: Relation[] = [];
  for (const g of ['local', 'england']) {
    for (const p of t.phases) {
      for (const v of t.provisions) {
        const gk = key(g, p, v);
        const cells = t.needs.map((need) => key(g, p, v, need));
        relations.push({ total: `T:${gk}`, parts: cells, kind: 'eq' });
        relations.push({ total: `K:${gk}`, parts: cells.filter((c) => t.cells.get(c) !== 'x'), kind: 'eq' });
      }
      if (t.provisions.length === 3) {
        for (const need of t.needs)
          relations.push({
            total: key(g, p, 'all', need),
            parts: [key(g, p, 'sen_support', need), key(g, p, 'ehc_plan', need)],
            kind: 'eq',
          });
        relations.push({
          total: `T:${key(g, p, 'all')}`,
          parts: [`T:${key(g, p, 'sen_support')}`, `T:${key(g, p, 'ehc_plan')}`],
          kind: 'eq',
        });
      }
    }
    for (const [parent, children] of t.families) {
      const kind = parent === 'all' && t.unlisted ? 'ge' : 'eq';
      for (const v of t.provisions) {
        for (const need of t.needs)
          relations.push({ total: key(g, parent, v, need), parts: children.map((c) => key(g, c, v, need)), kind });
        relations.push({ total: `T:${key(g, parent, v)}`, parts: children.map((c) => `T:${key(g, c, v)}`), kind });
      }
    }
  }
  return { known, hiddenByModel, relations };
}

/** Attack 1: solve any equality with exactly one unknown, repeatedly. */
function peel(known: Map<string, number>, relations: Relation[]): Map<string, number> {
  const k = new Map(known);
  let changed = true;
  while (changed) {
    changed = false;
    for (const r of relations) {
      if (r.kind !== 'eq') continue;
      const all = [r.total, ...r.parts];
      const unknown = all.filter((c) => !k.has(c));
      if (unknown.length !== 1) continue;
      const u = unknown[0]!;
      const partSum = r.parts.filter((c) => c !== u).reduce((s, c) => s + k.get(c)!, 0);
      k.set(u, u === r.total ? partSum : k.get(r.total)! - partSum);
      changed = true;
    }
  }
  return k;
}

const P = 1_000_003; // prime: products stay below 2^53
const mod = (a: number) => ((a % P) + P) % P;
function inverse(a: number): number {
  let [r0, r1, s0, s1] = [mod(a), P, 1, 0];
  while (r1) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}

/** Attack 2: which unknown cells lie in the row space of the equalities over the unknowns (exact, mod a prime). */
function determined(known: Map<string, number>, relations: Relation[], targets: string[]): string[] {
  const index = new Map<string, number>();
  const rows: number[][] = [];
  for (const r of relations) {
    if (r.kind !== 'eq') continue;
    const row = new Map<number, number>();
    const add = (c: string, s: number) => {
      if (known.has(c)) return;
      if (!index.has(c)) index.set(c, index.size);
      const i = index.get(c)!;
      row.set(i, mod((row.get(i) ?? 0) + s));
    };
    add(r.total, 1);
    for (const c of r.parts) add(c, -1);
    if ([...row.values()].some((v) => v !== 0)) rows.push([...row].flatMap(([i, v]) => [i, v]));
  }
  const width = index.size;
  // dense echelon form (pivot per column)
  const pivots = new Map<number, number[]>();
  const reduce = (vec: number[]) => {
    for (let c = 0; c < width; c++) {
      if (!vec[c]) continue;
      const p = pivots.get(c);
      if (!p) return c;
      const f = vec[c]!;
      for (let j = c; j < width; j++) if (p[j]) vec[j] = mod(vec[j]! - f * p[j]!);
    }
    return -1;
  };
  for (const flat of rows) {
    const vec = new Array<number>(width).fill(0);
    for (let j = 0; j < flat.length; j += 2) vec[flat[j]!] = flat[j + 1]!;
    const lead = reduce(vec);
    if (lead < 0) continue;
    const inv = inverse(vec[lead]!);
    for (let j = lead; j < width; j++) vec[j] = mod(vec[j]! * inv);
    pivots.set(lead, vec);
  }
  return targets.filter((cell) => {
    const i = index.get(cell);
    if (i === undefined) return true; // not in any relation with unknowns: it would be known
    const vec = new Array<number>(width).fill(0);
    vec[i] = 1;
    return reduce(vec) < 0;
  });
}

describe('need breakdown disclosure control through a hierarchy of phases', () => {
  it('never lets a small hidden count be worked out or narrowed from totals, subtotals, "all" or provisions', async () => {
    let withHidden = 0;
    let withUnlisted = 0;
    for (const t of fc.sample(tables, { numRuns: 100, seed: 4 })) {
      const m = modelOf(t);
      const { known, hiddenByModel, relations } = attackerView(t, m);
      // every shown count is 0 or at least the threshold
      for (const [k, v] of known) if (!k.startsWith('K:')) expect(v === 0 || v >= t.minCount, `${k} = ${v}`).toBe(true);
      // shown counts are the true ones
      for (const [k, v] of known) if (!k.startsWith('T:') && !k.startsWith('K:')) expect(v).toBe(t.truth.get(k));
      if (hiddenByModel.length) (withHidden++, t.unlisted && withUnlisted++);
      const peeled = peel(known, relations);
      for (const cell of hiddenByModel)
        expect(peeled.has(cell), `${cell} (${t.truth.get(cell) ?? 'total'}) follows by subtraction`).toBe(false);
      expect(determined(known, relations, hiddenByModel)).toEqual([]);
      const published = { cells: new Map<string, number | undefined>(known), relations };
      const targets = new Map(hiddenByModel.map((c) => [c, t.truth.get(c) ?? 0]));
      expect(await narrowedCounts(published, targets, t.minCount)).toEqual([]);
    }
    expect(withHidden).toBeGreaterThan(40);
    expect(withUnlisted).toBeGreaterThan(15);
  }, 300_000);

  it('the attack finds what per-group suppression alone leaves open (so the property can fail)', () => {
    // local: Group 1 - total = part 1 + part 2; needs ASD, SEMH; a 4 beside large counts
    const t: Table = {
      minCount: 10,
      needs: ['ASD', 'SEMH'],
      provisions: ['ehc_plan'],
      families: new Map([
        ['Group 1 - total', ['Group 1 - part 1', 'Group 1 - part 2']],
        ['all', ['Group 1 - total']],
      ]),
      phases: ['Group 1 - part 1', 'Group 1 - part 2', 'Group 1 - total', 'all'],
      cells: new Map(),
      truth: new Map(),
      unlisted: false,
    };
    const counts: Record<string, [number, number]> = {
      'Group 1 - part 1': [4, 50],
      'Group 1 - part 2': [30, 60],
      'Group 1 - total': [34, 110],
      all: [34, 110],
    };
    for (const [p, [asd, semh]] of Object.entries(counts)) {
      for (const [need, v] of [
        ['ASD', asd],
        ['SEMH', semh],
      ] as const) {
        t.cells.set(key('local', p, 'ehc_plan', need), v);
        t.truth.set(key('local', p, 'ehc_plan', need), v);
      }
    }
    // what row-by-row suppression shows: part 1 hides ASD 4 and SEMH 50; the rest is shown
    const rowByRow = new Map<string, number>();
    for (const [k, v] of t.cells) if (!k.startsWith('local|Group 1 - part 1|')) rowByRow.set(k, v as number);
    for (const p of ['Group 1 - part 1', 'Group 1 - part 2', 'Group 1 - total', 'all'])
      rowByRow.set(`T:${key('local', p, 'ehc_plan')}`, counts[p]![0] + counts[p]![1]);
    const { relations } = attackerView(t, modelOf(t));
    expect(peel(rowByRow, relations).get(key('local', 'Group 1 - part 1', 'ehc_plan', 'ASD'))).toBe(4);
    // the model hides more, and nothing follows
    const m = modelOf(t);
    const view = attackerView(t, m);
    expect(view.hiddenByModel).toContain(key('local', 'Group 1 - part 1', 'ehc_plan', 'ASD'));
    const hiddenCells = m.groups.flatMap((g) => g.needs.filter((r) => r.local.status === 'suppressed')).length;
    expect(hiddenCells).toBeGreaterThan(2);
    expect(determined(view.known, view.relations, view.hiddenByModel)).toEqual([]);
  });
});
