/**
 * Certificates against the exact check: every point a certificate gives must meet every relation
 * with the shown cells unmoved and every cell at least 0 (checked here directly), and every check a
 * certificate passes must pass the exact linear programme too (disclosure-audit.ts). Tables are the
 * deprivation chart's shape (neighbourhoods in deciles, SEN support + EHC plans = any SEN ≤ pupils)
 * with random cells hidden, so that some checks fail.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditCells, auditComponent, type AuditRelation, type AuditTable } from './disclosure-audit.js';
import { MoveCertifier, RelationBlocks, trueSlack } from './disclosure-certificate.js';

type Table = { value: number[]; relations: AuditRelation[]; hidden: boolean[] };

/** Neighbourhoods (pupils, SEN support, EHC plans, any SEN) in deciles, with decile and overall nodes. */
function deprivationTable(lsoas: { decile: number; pupils: number; sen: number; ehc: number; hide: number }[]): Table {
  const value: number[] = [];
  const hidden: boolean[] = [];
  const relations: AuditRelation[] = [];
  const node = (p: number, s: number, e: number, hide: number) => {
    const at = value.length;
    value.push(p, s, e, s + e);
    // hide: bit 0 pupils, 1 SEN support, 2 EHC plans; any SEN follows a hidden part
    hidden.push((hide & 1) > 0, (hide & 2) > 0, (hide & 4) > 0, (hide & 6) > 0);
    relations.push({ total: at + 3, parts: [at + 1, at + 2], kind: 'eq' }, { total: at, parts: [at + 3], kind: 'ge' });
    return at;
  };
  const at = lsoas.map((l) => node(l.pupils, l.sen, l.ehc, l.hide));
  const deciles = [...new Set(lsoas.map((l) => l.decile))];
  const decileAt = deciles.map((d) => {
    const members = at.filter((_, i) => lsoas[i]!.decile === d);
    const sum = (k: number) => members.reduce((s, m) => s + value[m + k]!, 0);
    const node_ = node(sum(0), sum(1), sum(2), 0);
    for (let k = 0; k < 3; k++) relations.push({ total: node_ + k, parts: members.map((m) => m + k), kind: 'eq' });
    return node_;
  });
  const sum = (k: number) => decileAt.reduce((s, d) => s + value[d + k]!, 0);
  const total = node(sum(0), sum(1), sum(2), 0);
  for (let k = 0; k < 3; k++) relations.push({ total: total + k, parts: decileAt.map((d) => d + k), kind: 'eq' });
  return { value, relations, hidden };
}

const tables = fc
  .array(
    fc.record({
      decile: fc.integer({ min: 1, max: 4 }),
      pupils: fc.integer({ min: 0, max: 60 }),
      senShare: fc.integer({ min: 0, max: 40 }),
      ehcShare: fc.integer({ min: 0, max: 15 }),
      hide: fc.integer({ min: 0, max: 7 }),
    }),
    { minLength: 2, maxLength: 14 },
  )
  .map((rows) =>
    deprivationTable(
      rows.map(({ decile, pupils, senShare, ehcShare, hide }) => {
        const ehc = Math.min(pupils, Math.round((pupils * ehcShare) / 100));
        return { decile, pupils, sen: Math.min(pupils - ehc, Math.round((pupils * senShare) / 100)), ehc, hide };
      }),
    ),
  );

function setUp(t: Table, unknown: (cell: number) => boolean = () => false) {
  const relationsOf: number[][] = t.value.map(() => []);
  const hiddenIn: number[][] = t.relations.map(() => []);
  t.relations.forEach((r, j) => [r.total, ...r.parts].forEach((c) => relationsOf[c]!.push(j)));
  t.value.forEach((_, c) => t.hidden[c] && relationsOf[c]!.forEach((r) => hiddenIn[r]!.push(c)));
  const truth = trueSlack(t.relations, t.value, unknown);
  const certifier = new MoveCertifier(
    { ...truth, value: t.value, relations: t.relations, relationsOf, hidden: (c) => t.hidden[c]!, hiddenIn },
    t.value.length,
  );
  const blocks = new RelationBlocks(truth.trusted);
  t.value.forEach((_, c) => (t.hidden[c] || unknown(c)) && blocks.join(relationsOf[c]!));
  const audit: AuditTable = {
    known: (c) => !t.hidden[c] && !unknown(c),
    value: t.value,
    relations: t.relations,
    relationsOf,
  };
  return { certifier, blocks, relationsOf, audit };
}

describe('certificates', () => {
  it('give points that meet every relation, and pass only checks the exact linear programme passes', () => {
    const minCount = 10;
    let proved = 0;
    let refusedByLp = 0;
    let leftToLp = 0;
    for (const t of fc.sample(tables, { numRuns: 200, seed: 41 })) {
      const { certifier, audit } = setUp(t);
      t.value.forEach((v, cell) => {
        if (!t.hidden[cell]) return;
        for (const mode of ['min', 'max'] as const) {
          const target = mode === 'min' ? 0 : minCount;
          const ok = certifier.move(cell, target);
          const exact = auditCells(
            auditComponent(audit, cell, (c) => c === cell),
            [cell],
            mode,
            minCount,
          );
          if (exact && !exact.ok) refusedByLp++;
          if (!ok) {
            if (exact?.ok && v !== target) leftToLp++;
            continue;
          }
          proved++;
          // the point, checked directly: the target reached, shown cells unmoved, every cell ≥ 0, every relation met
          const at = (c: number) => certifier.valueAt(c);
          expect(at(cell)).toBe(target);
          for (let k = 0; k < certifier.count; k++) {
            const c = certifier.moved[k]!;
            expect(t.hidden[c], `cell ${c} moved but is shown`).toBe(true);
            expect(at(c)).toBeGreaterThanOrEqual(0);
          }
          for (const r of t.relations) {
            const gap = at(r.total) - r.parts.reduce((s, c) => s + at(c), 0);
            if (r.kind === 'eq') expect(Math.abs(gap)).toBeLessThan(1e-9);
            else expect(gap).toBeGreaterThan(-1e-9);
          }
          expect(exact?.ok, `cell ${cell} ${mode}: certified, but the exact check refuses`).toBe(true);
        }
      });
    }
    // the test can fail: many checks are proved, and many are refused by the exact check
    expect(proved).toBeGreaterThan(1000);
    expect(refusedByLp).toBeGreaterThan(100);
    // and it finds most of what the exact check passes (with cells hidden at random, about four in five;
    // the rest are left to the exact check, as they must be)
    expect(leftToLp).toBeLessThan(proved / 3);
  }, 120_000);

  it('are not used where a relation does not hold at the true values, or a cell is missing at source', () => {
    // any = SEN support + EHC plans, with EHC plans hidden and any SEN hidden: EHC plans can be 0 by moving any SEN
    const t: Table = {
      value: [30, 4, 34, 100],
      relations: [
        { total: 2, parts: [0, 1], kind: 'eq' },
        { total: 3, parts: [2], kind: 'ge' },
      ],
      hidden: [false, true, true, false],
    };
    expect(setUp(t).certifier.move(1, 0)).toBe(true);
    // the same with any SEN published one too high (a rounded total): the true table is no point to start from
    const rounded = setUp({ ...t, value: [30, 4, 35, 100] });
    expect(rounded.certifier.move(1, 0)).toBe(false);
    expect(rounded.blocks.sound(0)).toBe(false);
    // pupils missing at source: the relation it is in may not be used, and the block is left to the exact check
    const unknown = setUp(t, (c) => c === 3);
    expect(unknown.blocks.sound(0)).toBe(false);
    expect(unknown.certifier.move(1, 0)).toBe(false);
  });
});
