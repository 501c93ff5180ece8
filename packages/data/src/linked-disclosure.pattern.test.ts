/**
 * Does the set of hidden cells say something about the hidden values (issue 19)? The cells hidden
 * to protect a small count are chosen by cost, and the cost of hiding a cell is, by default, its
 * count: so which cells are hidden may depend on values that end up hidden. An attacker who knows
 * the rule can then rule out the tables that would have been protected differently. Measured on
 * small generated tables with margins: for each hidden count, other tables that publish the same
 * shown figures (HiGHS moves only hidden cells, keeps every sum, keeps a small count small and a
 * protecting count at or above the threshold) are protected again, and their hidden cells compared.
 */
import { describe, expect, it } from 'vitest';
import { protectLinkedCounts, type LinearConstraint } from './linked-disclosure.js';
import { isMissing } from './missing.js';
import { alternativeTable, type Relation } from './test/alternatives.js';
import { prng } from './test/indicator-cases.js';

interface Table {
  values: number[];
  constraints: LinearConstraint[];
  /** the margins and grand total (a headline figure) */
  margin: boolean[];
  minCount: number;
}

/** rows × cols cells with row totals, column totals and a grand total. */
function tableOf(random: () => number): Table {
  const rows = 2 + Math.floor(random() * 3);
  const cols = 2 + Math.floor(random() * 3);
  const minCount = 3 + Math.floor(random() * 8);
  const values: number[] = [];
  for (let i = 0; i < rows * cols; i++) {
    const u = random();
    values.push(
      u < 0.25 ? 1 + Math.floor(random() * (minCount - 1)) : u < 0.35 ? 0 : minCount + Math.floor(random() * 60),
    );
  }
  const margin = values.map(() => false);
  const constraints: LinearConstraint[] = [];
  const rowTotals: number[] = [];
  for (let r = 0; r < rows; r++) {
    const parts = Array.from({ length: cols }, (_, c) => r * cols + c);
    rowTotals.push(values.push(parts.reduce((s, i) => s + values[i]!, 0)) - 1);
    margin.push(true);
    constraints.push({ total: rowTotals.at(-1)!, parts });
  }
  const colTotals: number[] = [];
  for (let c = 0; c < cols; c++) {
    const parts = Array.from({ length: rows }, (_, r) => r * cols + c);
    colTotals.push(values.push(parts.reduce((s, i) => s + values[i]!, 0)) - 1);
    margin.push(true);
    constraints.push({ total: colTotals.at(-1)!, parts });
  }
  const grand = values.push(rowTotals.reduce((s, i) => s + values[i]!, 0)) - 1;
  margin.push(true);
  constraints.push({ total: grand, parts: rowTotals }, { total: grand, parts: colTotals });
  return { values, constraints, margin, minCount };
}

type Costs = (t: Table, values: readonly number[]) => number[] | undefined;
/** The default: a cell's count (what the need breakdown and the deprivation chart use, margins weighted). */
const byValue: Costs = (t, values) => values.map((v, i) => v * (t.margin[i] ? 10 : 1));
/** By kind and position only: the same for every inner cell, more for a margin. */
const byKind: Costs = (t) => t.margin.map((m) => (m ? 10 : 1));

const hiddenOf = (t: Table, values: readonly number[], costs: Costs) => {
  const out = protectLinkedCounts(values, t.constraints, { minCount: t.minCount, costs: costs(t, values) });
  return out.values.flatMap((v, i) => (isMissing(v) ? [i] : []));
};

interface Measured {
  tables: number;
  withHidden: number;
  /** tables where some other table consistent with what is shown would be protected otherwise */
  dependent: number;
  /** tables where that rules out a value (1 to minCount − 1) a small hidden count could have */
  narrowing: number;
  alternatives: number;
  differing: number;
  hiddenCells: number;
}

async function measure(costs: Costs, n: number): Promise<Measured> {
  const random = prng(4242);
  const m: Measured = {
    tables: 0,
    withHidden: 0,
    dependent: 0,
    narrowing: 0,
    alternatives: 0,
    differing: 0,
    hiddenCells: 0,
  };
  for (let k = 0; k < n; k++) {
    const t = tableOf(random);
    m.tables++;
    const hidden = hiddenOf(t, t.values, costs);
    m.hiddenCells += hidden.length;
    if (!hidden.length) continue;
    m.withHidden++;
    const name = (i: number) => `c${i}`;
    const truth = new Map(t.values.map((v, i) => [name(i), v]));
    const hiddenNames = new Set(hidden.map(name));
    const relations: Relation[] = t.constraints.map((c) => ({
      total: name(c.total),
      parts: c.parts.map(name),
      kind: 'eq',
    }));
    const small = (v: number) => v > 0 && v < t.minCount;
    const bounds = new Map(
      hidden.map((i) => {
        const v = t.values[i]!;
        return [name(i), small(v) ? [1, t.minCount - 1] : v === 0 ? [0, 0] : [t.minCount, Infinity]] as [
          string,
          readonly [number, number],
        ];
      }),
    );
    let dependent = false;
    let narrowing = false;
    for (const i of hidden) {
      const v = t.values[i]!;
      const tried = small(v)
        ? Array.from({ length: t.minCount - 1 }, (_, j) => j + 1)
        : [v - 20, v - 5, v - 1, v + 1, v + 5, v + 20, t.minCount].filter((x) => x >= t.minCount && x !== v);
      for (const x of tried) {
        if (x === v) continue;
        const other = await alternativeTable(truth, hiddenNames, relations, name(i), x, bounds);
        if (!other) continue;
        m.alternatives++;
        const values = t.values.map((_, j) => other.get(name(j))!);
        if (hiddenOf(t, values, costs).join() !== hidden.join()) {
          m.differing++;
          dependent = true;
          if (small(v)) narrowing = true;
        }
      }
    }
    if (dependent) m.dependent++;
    if (narrowing) m.narrowing++;
  }
  return m;
}

describe('which cells are hidden, against the hidden values', () => {
  it('measures how often the hidden cells depend on hidden values, with costs by value and by kind (a known limit: see the Methods page)', async () => {
    const value = await measure(byValue, 120);
    const kind = await measure(byKind, 120);
    const line = (label: string, r: Measured) =>
      `${label}: ${r.withHidden} of ${r.tables} tables hide cells (${r.hiddenCells} cells); in ${r.dependent} the hidden cells ` +
      `change for another table consistent with what is shown (${r.differing} of ${r.alternatives} tables tried), in ` +
      `${r.narrowing} that rules out a value of a small count`;
    console.log(line('costs by value', value));
    console.log(line('costs by kind', kind));
    expect(value.alternatives).toBeGreaterThan(500);
    // The choice is by need, and need depends on the hidden values: two small counts of a row whose
    // total is shown protect each other when they add up to the threshold or more, and a third cell
    // is hidden when they do not, so the third cell says they add up to less. Costs by kind and
    // position do not remove it (the Methods page gives these figures); if a change ever does,
    // this fails so that the page is brought up to date.
    expect(value.dependent).toBeGreaterThan(0);
    expect(kind.dependent).toBeGreaterThan(0);
    expect(value.dependent).toBeLessThan(value.withHidden / 2);
  }, 600_000);
});
