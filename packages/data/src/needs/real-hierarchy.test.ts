/**
 * Disclosure control through the EHC plans file's placement hierarchy, on the real file in
 * ../shared/data/real (skipped with a message when it is absent, failing in CI). The relations
 * (each placement group's total is the sum of its needs; "Mainstream - total" is the sum of the
 * "Mainstream - …" rows, and so on; "all" is the sum of the subtotals and the other rows) are
 * checked here against the file's own counts, then used by a simple attack: solve any relation with
 * one unknown, repeatedly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../../../test/real-files.mjs';
import { needsContract } from '../contracts/needs.js';
import { protectCounts } from '../disclosure.js';
import { fromCsvText } from '../input.js';
import { isMissing, isValue } from '../missing.js';
import { applyPreset } from '../presets/apply.js';
import { validate, validatedRows } from '../validate.js';
import { buildNeedsModel } from './model.js';

const real = realFiles('real-hierarchy.test.ts', 'ehcp2025_sen_needs_all_plans.csv');
const present = real.present;
const file = real.path('ehcp2025_sen_needs_all_plans.csv');

type Relation = { total: string; parts: string[] };

/** The placement relations of one geography, from the labels, kept only when the counts bear them out. */
function relationsOf(all: { phase: string; need: string; pupils: unknown }[]): {
  relations: Relation[];
  truth: Map<string, number>;
} {
  // the preset's total rows (need ALL) are the totals T:phase, worked out here from the needs
  const rows = all.filter((r) => r.need !== 'ALL');
  const truth = new Map<string, number>();
  const phases = [...new Set(rows.map((r) => r.phase))];
  const needs = [...new Set(rows.map((r) => r.need))];
  for (const r of rows) if (isValue(r.pupils)) truth.set(`${r.phase}|${r.need}`, r.pupils);
  for (const p of phases)
    if (needs.every((n) => truth.has(`${p}|${n}`)))
      truth.set(
        `T:${p}`,
        needs.reduce((s, n) => s + truth.get(`${p}|${n}`)!, 0),
      );
  const relations: Relation[] = phases.map((p) => ({ total: `T:${p}`, parts: needs.map((n) => `${p}|${n}`) }));
  const subtotals = phases.filter((p) => / - total$/.test(p));
  const inGroup = new Set<string>();
  const families: [string, string[]][] = subtotals.map((s) => {
    const prefix = s.replace(/ - total$/, ' - ');
    const parts = phases.filter((p) => p !== s && p.startsWith(prefix));
    parts.forEach((p) => inGroup.add(p));
    return [s, parts];
  });
  families.push(['all', phases.filter((p) => p !== 'all' && !inGroup.has(p))]);
  for (const [parent, parts] of families) {
    for (const n of [...needs.map((x) => `|${x}`), '']) {
      const key = (p: string) => (n ? `${p}${n}` : `T:${p}`);
      const rel = { total: key(parent), parts: parts.map(key) };
      const known = [rel.total, ...rel.parts].every((k) => truth.has(k));
      if (known)
        expect(
          rel.parts.reduce((s, k) => s + truth.get(k)!, 0),
          `${rel.total}`,
        ).toBe(truth.get(rel.total));
      relations.push(rel);
    }
  }
  return { relations, truth };
}

function peel(known: Map<string, number>, relations: Relation[]): Map<string, number> {
  const k = new Map(known);
  for (let changed = true; changed;) {
    changed = false;
    for (const r of relations) {
      const unknown = [r.total, ...r.parts].filter((c) => !k.has(c));
      if (unknown.length !== 1) continue;
      const u = unknown[0]!;
      const rest = r.parts.filter((c) => c !== u).reduce((s, c) => s + k.get(c)!, 0);
      k.set(u, u === r.total ? rest : k.get(r.total)! - rest);
      changed = true;
    }
  }
  return k;
}

describe.skipIf(!present)('need breakdown on the real placement hierarchy', () => {
  const raw = present ? fromCsvText(readFileSync(file, 'utf8')) : undefined!;

  for (const area of ['Wolverhampton', 'Birmingham', 'Rutland', 'Sheffield', 'Isles of Scilly']) {
    it(`${area}: no hidden count from 1 to 9 can be worked out from the shown counts and totals`, () => {
      const data = validate(applyPreset('ees-ehc-plans-by-need', raw, { area }).data, needsContract);
      const m = buildNeedsModel(data);
      for (const geo of ['local', 'england'] as const) {
        const { relations, truth } = relationsOf(
          validatedRows(data).filter((r) => r.geography === geo) as { phase: string; need: string; pupils: unknown }[],
        );
        const known = new Map<string, number>();
        const hidden: string[] = [];
        for (const g of m.groups) {
          const total = geo === 'local' ? g.local : g.england;
          if (!total) continue;
          const small = (k: string) => (truth.get(k) ?? 0) > 0 && truth.get(k)! < 10;
          if (total.count !== undefined) known.set(`T:${g.phase}`, total.count);
          else if (small(`T:${g.phase}`)) hidden.push(`T:${g.phase}`);
          for (const r of g.needs) {
            const c = geo === 'local' ? r.local : r.england;
            const k = `${g.phase}|${r.key}`;
            if (c?.status === 'shown') known.set(k, c.count!);
            else if (small(k)) hidden.push(k);
          }
        }
        for (const [k, v] of known) expect(v === 0 || v >= 10, `${geo} ${k} = ${v}`).toBe(true);
        const peeled = peel(known, relations);
        expect(
          hidden.filter((k) => peeled.has(k)),
          geo,
        ).toEqual([]);
      }
    });
  }

  it('Wolverhampton: suppressing each placement row on its own would let "Special - total" give "Special - non-maintained" (2 plans) away', () => {
    const data = validate(applyPreset('ees-ehc-plans-by-need', raw, { area: 'Wolverhampton' }).data, needsContract);
    const rows = (validatedRows(data) as { geography: string; phase: string; need: string; pupils: unknown }[]).filter(
      (r) => r.geography === 'local' && r.need !== 'ALL',
    );
    const { relations, truth } = relationsOf(rows);
    expect(truth.get('T:Special - non-maintained')).toBe(2);
    // row-by-row protection: protectCounts within each placement row; a row whose total is below 10 is hidden whole
    const known = new Map<string, number>();
    const byPhase = new Map<string, typeof rows>();
    for (const r of rows) byPhase.set(r.phase, [...(byPhase.get(r.phase) ?? []), r]);
    for (const [phase, list] of byPhase) {
      const out = protectCounts(list.map((r) => r.pupils as number));
      const total = truth.get(`T:${phase}`);
      if (total === undefined || total >= 10 || total === 0) {
        if (total !== undefined) known.set(`T:${phase}`, total);
        list.forEach((r, i) => {
          if (!isMissing(out.values[i])) known.set(`${phase}|${r.need}`, out.values[i] as number);
        });
      }
    }
    expect(peel(known, relations).get('T:Special - non-maintained')).toBe(2);
    // the model hides it, and a second special setting with it
    const m = buildNeedsModel(data);
    const special = m.groups.filter((g) => g.phase.startsWith('Special - ') && g.phase !== 'Special - total');
    expect(special.find((g) => g.phase === 'Special - non-maintained')!.local.suppressed).toBe(true);
    expect(special.filter((g) => g.local.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(m.groups.find((g) => g.phase === 'Special - total')!.local.count).toBe(825);
  });
});
