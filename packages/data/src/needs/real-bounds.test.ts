/**
 * Disclosure under bounds reasoning on the real EHC plans file, for every local authority in it
 * (../shared/data/real; skipped with a message when it is absent, failing in CI). For each
 * authority and England, an attacker reads the file's structure (each placement row's needs add up
 * to its total, the `ehc_plans` column written as the ALL row; "X - total" is the sum of the "X - …"
 * rows; "all" is the sum of the subtotals and the other rows, or at least it where the file's own
 * counts say so), sees only what the need breakdown's model shows (counts, group totals, and shares,
 * which give their denominators away), and bounds every hidden count with a linear programme
 * (HiGHS, test/bounds-attacker.ts). No count from 1 to 9 hidden by the model may be narrowed below
 * [0, 10]. England's figures, the same beside every authority, are bounded once. The time the
 * model takes per authority is printed (it is not asserted).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../../../test/real-files.mjs';
import { needsContract } from '../contracts/needs.js';
import { NEED_TOTAL } from '../contracts/needs-codes.js';
import { protectCounts } from '../disclosure.js';
import { fromCsvText } from '../input.js';
import { isMissing, isValue } from '../missing.js';
import { applyPreset, listAreas } from '../presets/apply.js';
import { narrowedCounts, type Narrowed, type Published } from '../test/bounds-attacker.js';
import { validate, validatedRows } from '../validate.js';
import { buildNeedsModel } from './model.js';

const real = realFiles('real-bounds.test.ts', 'ehcp2025_sen_needs_all_plans.csv');
const present = real.present;
const file = real.path('ehcp2025_sen_needs_all_plans.csv');
const MIN = 10;

type Row = { geography: string; phase: string; need: string; pupils: unknown };
type Relation = Published['relations'][number];

/** The attacker's relations for one geography, read from the labels; each kind as the file's own full rows show it. */
function relationsOf(rows: Row[]): { relations: Relation[]; truth: Map<string, number> } {
  const truth = new Map<string, number>();
  const phases = [...new Set(rows.map((r) => r.phase))];
  const needs = [...new Set(rows.filter((r) => r.need !== NEED_TOTAL).map((r) => r.need))];
  for (const r of rows)
    if (isValue(r.pupils)) truth.set(r.need === NEED_TOTAL ? `T:${r.phase}` : `${r.phase}|${r.need}`, r.pupils);
  const kindOf = (list: { total: string; parts: string[] }[]): 'eq' | 'ge' => {
    for (const rel of list) {
      if (![rel.total, ...rel.parts].every((k) => truth.has(k))) continue;
      const slack = truth.get(rel.total)! - rel.parts.reduce((s, k) => s + truth.get(k)!, 0);
      expect(slack, rel.total).toBeGreaterThanOrEqual(0);
      if (slack > 0) return 'ge';
    }
    return 'eq';
  };
  const relations: Relation[] = [];
  for (const p of phases) {
    const rel = { total: `T:${p}`, parts: needs.map((n) => `${p}|${n}`) };
    relations.push({ ...rel, kind: kindOf([rel]) });
  }
  const inGroup = new Set<string>();
  const families: [string, string[]][] = phases
    .filter((p) => / - total$/.test(p))
    .map((s) => {
      const prefix = s.replace(/ - total$/, ' - ');
      const parts = phases.filter((p) => p !== s && p.startsWith(prefix));
      parts.forEach((p) => inGroup.add(p));
      return [s, parts];
    });
  families.push(['all', phases.filter((p) => p !== 'all' && !inGroup.has(p))]);
  for (const [parent, parts] of families) {
    const list = [...needs.map((n) => `|${n}`), ''].map((n) => {
      const key = (p: string) => (n ? `${p}${n}` : `T:${p}`);
      return { total: key(parent), parts: parts.map(key) };
    });
    const kind = kindOf(list);
    for (const rel of list) relations.push({ ...rel, kind });
  }
  return { relations, truth };
}

describe.skipIf(!present)('need breakdown on the real EHC plans file, against an attacker that computes bounds', () => {
  const raw = present ? fromCsvText(readFileSync(file, 'utf8')) : undefined!;
  const areas = present ? listAreas(raw, 'ees-ehc-plans-by-need') : [];

  it('leaves every hidden count from 1 to 9 free to be 0 and free to be 10 or more, in every authority and in England', async () => {
    expect(areas.length).toBeGreaterThan(150);
    const found: (Narrowed & { area: string; geography: string })[] = [];
    const times: number[] = [];
    let targets = 0;
    for (const area of areas) {
      const data = validate(applyPreset('ees-ehc-plans-by-need', raw, { area: area.code }).data, needsContract);
      const t0 = performance.now();
      const m = buildNeedsModel(data, { minCount: MIN });
      times.push(performance.now() - t0);
      // England's figures are the same beside every authority: bound them once
      for (const geo of area === areas[0] ? (['local', 'england'] as const) : (['local'] as const)) {
        const { relations, truth } = relationsOf((validatedRows(data) as Row[]).filter((r) => r.geography === geo));
        const cells = new Map<string, number | undefined>();
        const hidden = new Map<string, number>();
        for (const g of m.groups) {
          const total = geo === 'local' ? g.local : g.england;
          if (!total) continue;
          cells.set(`T:${g.phase}`, total.count);
          const t = truth.get(`T:${g.phase}`);
          if (total.count === undefined && t !== undefined && t > 0 && t < MIN) hidden.set(`T:${g.phase}`, t);
          for (const r of g.needs) {
            const c = geo === 'local' ? r.local : r.england;
            const k = `${g.phase}|${r.key}`;
            // a share shown with its count gives its denominator away: the group's total
            if (c?.share !== undefined && c.count! > 0) cells.set(`T:${g.phase}`, Math.round(c.count! / c.share));
            cells.set(k, c?.status === 'shown' ? c.count : undefined);
            const v = truth.get(k);
            if (c?.status !== 'shown' && v !== undefined && v > 0 && v < MIN) hidden.set(k, v);
          }
        }
        for (const [k, v] of cells)
          if (v !== undefined) expect(v === 0 || v >= MIN, `${area.name} ${geo} ${k} = ${v}`).toBe(true);
        targets += hidden.size;
        for (const n of await narrowedCounts({ cells, relations }, hidden, MIN))
          found.push({ ...n, area: area.name, geography: geo });
      }
    }
    times.sort((a, b) => a - b);
    console.log(
      `real-bounds: ${areas.length} authorities, ${targets} hidden counts from 1 to 9 bounded; model per authority (with England) median ${times[times.length >> 1]!.toFixed(0)} ms, slowest ${times[times.length - 1]!.toFixed(0)} ms (machine shared: provisional)`,
    );
    expect(targets).toBeGreaterThan(1000);
    expect(found).toEqual([]);
  }, 1_800_000);

  it('finds what suppressing each placement row on its own leaves open (so the test can fail): Wokingham', async () => {
    const data = validate(applyPreset('ees-ehc-plans-by-need', raw, { area: 'Wokingham' }).data, needsContract);
    const rows = (validatedRows(data) as Row[]).filter((r) => r.geography === 'local');
    const { relations, truth } = relationsOf(rows);
    // each row protected alone (small counts, a second cell, a small total hides the row), totals shown
    const cells = new Map<string, number | undefined>();
    const hidden = new Map<string, number>();
    for (const phase of new Set(rows.map((r) => r.phase))) {
      const list = rows.filter((r) => r.phase === phase && r.need !== NEED_TOTAL);
      const out = protectCounts(list.map((r) => r.pupils as number));
      const total = truth.get(`T:${phase}`)!;
      const whole = total > 0 && total < MIN;
      cells.set(`T:${phase}`, whole ? undefined : total);
      list.forEach((r, i) => {
        const k = `${phase}|${r.need}`;
        const shown = !whole && !isMissing(out.values[i]);
        cells.set(k, shown ? (out.values[i] as number) : undefined);
        if (!shown && truth.get(k)! > 0 && truth.get(k)! < MIN) hidden.set(k, truth.get(k)!);
      });
      if (whole && total > 0) hidden.set(`T:${phase}`, total);
    }
    const found = await narrowedCounts({ cells, relations }, hidden, MIN);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.min > 0 || f.max < MIN).toBe(true);
  });
});
