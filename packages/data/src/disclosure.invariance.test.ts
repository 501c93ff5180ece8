/**
 * Which cells the disclosure control hides, pinned: for a fixed set of inputs (demo needs tables
 * with their local counts redrawn, at thresholds 5, 10 and 15; the real EHC plans extract's four
 * areas at 10 and 5; three-way tables with every margin), the hidden cells and their reasons are
 * written out and compared with `test/disclosure-fingerprints.json`, made by the code as it was
 * when the file was last written. A change to how the protection solves (a smaller first
 * neighbourhood, warm starts, another solver) must leave every entry unchanged, or the change must
 * come with an argument that the new choice is as safe, and the file written again
 * (`WRITE_FINGERPRINTS=1 npx vitest run packages/data/src/disclosure.invariance.test.ts`), saying
 * in the commit which entries changed and how the published output changes.
 *
 * By default a third of the needs tables and three-way tables are checked (the suite runs on a
 * busy machine); `FINGERPRINTS=all` checks every entry. The attacker tests
 * (`linked-disclosure.bounds.test.ts` and others) say the hidden cells are safe; this says they
 * are the same.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { needsContract } from './contracts/needs.js';
import { demoNeedsRows } from './demo/needs.js';
import { REAL_EHC_NEEDS_AREAS, REAL_EHC_NEEDS_CSV } from './demo/real-ehc-needs.js';
import { fromCsvText, toRawData } from './input.js';
import { protectLinkedCounts, type LinearConstraint } from './linked-disclosure.js';
import { buildNeedsModel } from './needs/model.js';
import type { NeedsModel } from './needs/types.js';
import { applyPreset } from './presets/apply.js';
import { prng } from './test/indicator-cases.js';
import { validate } from './validate.js';

const FILE = new URL('./test/disclosure-fingerprints.json', import.meta.url);
const WRITE = process.env.WRITE_FINGERPRINTS === '1';
const ALL = WRITE || process.env.FINGERPRINTS === 'all';
/** Needs tables drawn per threshold, and three-way tables, in the file; a third are checked by default. */
const DRAWS = 30;
const checked = (i: number) => ALL || i % 3 === 0;

/** One input's hidden cells, in order, as a short digest and a count (the count says how much moved when it differs). */
interface Fingerprint {
  hidden: number;
  digest: string;
}
const digest = (lines: string[]): Fingerprint => ({
  hidden: lines.filter((l) => !l.endsWith(':shown')).length,
  digest: createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16),
});

/** Every cell of a needs model, local and England, with its status and reason. */
function modelCells(m: NeedsModel): string[] {
  const out: string[] = [];
  for (const g of m.groups) {
    const at = `${g.phase}|${g.provision}|${g.derived ? 'd' : ''}`;
    out.push(`${at}|total|L:${g.local.suppressed ? 'hidden' : 'shown'}`);
    if (g.england) out.push(`${at}|total|E:${g.england.suppressed ? 'hidden' : 'shown'}`);
    for (const n of g.needs) {
      out.push(`${at}|${n.key}|L:${n.local.status === 'shown' ? 'shown' : `${n.local.status}:${n.local.reason}`}`);
      if (n.england)
        out.push(
          `${at}|${n.key}|E:${n.england.status === 'shown' ? 'shown' : `${n.england.status}:${n.england.reason}`}`,
        );
    }
  }
  return out;
}

/** The demo needs rows with every local count redrawn: a third small (0–14), the rest the demo's count times 0.5–1.5. */
function redrawnNeeds(draw: number): Record<string, unknown>[] {
  const random = prng(1000 + draw);
  return demoNeedsRows().map((row) =>
    row.geography === 'local' && typeof row.pupils === 'number'
      ? {
          ...row,
          pupils: random() < 1 / 3 ? Math.floor(random() * 15) : Math.round(row.pupils * (0.5 + random())),
        }
      : row,
  );
}

/** An a × b × c table of counts with every margin (the three two-way tables, the three one-way and the grand total). */
function threeWay(draw: number): { values: number[]; constraints: LinearConstraint[]; minCount: number } {
  const random = prng(5000 + draw);
  const dims = [2 + Math.floor(random() * 3), 2 + Math.floor(random() * 3), 2 + Math.floor(random() * 2)];
  const values: number[] = [];
  const constraints: LinearConstraint[] = [];
  // cells indexed by a key with -1 for "all" in a dimension; made in order of how many dimensions are summed
  const index = new Map<string, number>();
  const keys: number[][] = [];
  const add = (k: number[]) => (index.set(k.join(), values.length), keys.push(k), values.push(0));
  const each = (f: (k: number[]) => void) => {
    for (let i = 0; i < dims[0]!; i++)
      for (let j = 0; j < dims[1]!; j++) for (let l = 0; l < dims[2]!; l++) f([i, j, l]);
  };
  each((k) => add(k));
  for (let i = 0; i < values.length; i++)
    values[i] = random() < 0.3 ? Math.floor(random() * 12) : 10 + Math.floor(random() * 90);
  const masks = [[0], [1], [2], [0, 1], [0, 2], [1, 2], [0, 1, 2]];
  for (const summed of masks) {
    const seen = new Set<string>();
    each((k) => {
      const m = k.map((v, d) => (summed.includes(d) ? -1 : v));
      if (seen.has(m.join())) return;
      seen.add(m.join());
      add(m);
    });
  }
  // each margin is the sum of the cells one step finer along each dimension it sums
  for (const [key, at] of index) {
    const k = key.split(',').map(Number);
    k.forEach((v, d) => {
      if (v !== -1) return;
      const parts = Array.from({ length: dims[d]! }, (_, x) => index.get(k.map((w, e) => (e === d ? x : w)).join())!);
      constraints.push({ total: at, parts });
    });
  }
  // values of the margins, finest first
  const order = [...index].sort((a, b) => a[0].split('-1').length - b[0].split('-1').length);
  for (const [key, at] of order) {
    const k = key.split(',').map(Number);
    const d = k.indexOf(-1);
    if (d < 0) continue;
    values[at] = 0;
    for (let x = 0; x < dims[d]!; x++) values[at] += values[index.get(k.map((w, e) => (e === d ? x : w)).join())!]!;
  }
  return { values, constraints, minCount: [5, 10, 15][draw % 3]! };
}

const known: Record<string, Fingerprint> = WRITE ? {} : JSON.parse(readFileSync(FILE, 'utf8'));
const made: Record<string, Fingerprint> = {};
const check = (id: string, f: Fingerprint) => {
  made[id] = f;
  if (!WRITE) expect(f, id).toEqual(known[id]);
};

describe('the cells the disclosure control hides are those of the fingerprints file', () => {
  it('demo needs tables, local counts redrawn, at thresholds 5, 10 and 15', () => {
    for (const minCount of [5, 10, 15])
      for (let draw = 0; draw < DRAWS; draw++) {
        if (!checked(draw)) continue;
        const m = buildNeedsModel(validate(toRawData(redrawnNeeds(draw)), needsContract), { minCount });
        check(`needs/${minCount}/${draw}`, digest(modelCells(m)));
      }
  }, 600_000);

  it("the real EHC plans extract's four areas at 10 and 5", () => {
    const raw = fromCsvText(REAL_EHC_NEEDS_CSV);
    for (const area of REAL_EHC_NEEDS_AREAS) {
      const { data } = applyPreset('ees-ehc-plans-by-need', raw, { area });
      for (const minCount of [10, 5])
        check(
          `real/${area}/${minCount}`,
          digest(modelCells(buildNeedsModel(validate(data, needsContract), { minCount }))),
        );
    }
  }, 600_000);

  it('three-way tables with every margin', () => {
    for (let draw = 0; draw < DRAWS; draw++) {
      if (!checked(draw)) continue;
      const { values, constraints, minCount } = threeWay(draw);
      const r = protectLinkedCounts(values, constraints, { minCount });
      check(`three-way/${draw}`, digest(r.reasons.map((reason, i) => `${i}:${reason ?? 'shown'}`)));
    }
  }, 600_000);

  // with WRITE_FINGERPRINTS=1, what was made is the new file (a hook, so an ordinary run skips nothing)
  afterAll(() => {
    if (!WRITE) return;
    const sorted = Object.fromEntries(Object.entries(made).sort(([a], [b]) => a.localeCompare(b, 'en')));
    writeFileSync(FILE, `${JSON.stringify(sorted, null, 1)}\n`);
  });
});
