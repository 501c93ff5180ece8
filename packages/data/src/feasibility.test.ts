import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import loadHighs from 'highs';
import { findFeasiblePoint, minimiseCost, type FeasibilityRow } from './feasibility.js';

/** Each row's left-hand side at x. */
const lhs = (row: FeasibilityRow, x: ArrayLike<number>) =>
  row.indices.reduce((s, j, k) => s + row.values[k]! * x[j]!, 0);

/** Checks a result the way a sceptic would: the point meets every row, or the multipliers prove no point can. */
function checkResult(nVars: number, rows: FeasibilityRow[]) {
  const res = findFeasiblePoint(nVars, rows);
  expect(res).toBeDefined();
  if (res!.feasible) {
    for (const v of res!.x) expect(v).toBeGreaterThanOrEqual(-1e-7);
    for (const row of rows) {
      const v = lhs(row, res!.x);
      if (row.op === 'eq') expect(v).toBeCloseTo(row.rhs, 6);
      else if (row.op === 'ge') expect(v).toBeGreaterThanOrEqual(row.rhs - 1e-6);
      else expect(v).toBeLessThanOrEqual(row.rhs + 1e-6);
    }
  } else {
    const { y, excess } = res!;
    rows.forEach((row, r) => {
      if (row.op === 'ge') expect(y[r]!).toBeGreaterThanOrEqual(-1e-9);
      if (row.op === 'le') expect(y[r]!).toBeLessThanOrEqual(1e-9);
    });
    const combined = new Float64Array(nVars);
    rows.forEach((row, r) => row.indices.forEach((j, k) => (combined[j] += y[r]! * row.values[k]!)));
    for (const c of combined) expect(c).toBeLessThanOrEqual(1e-7);
    const rhs = rows.reduce((s, row, r) => s + y[r]! * row.rhs, 0);
    expect(rhs).toBeCloseTo(excess, 6);
    expect(excess).toBeGreaterThan(0);
  }
  return res!;
}

describe('findFeasiblePoint', () => {
  it('has the expected defaults: no rows is feasible at 0', () => {
    const res = findFeasiblePoint(3, []);
    expect(res?.feasible).toBe(true);
    expect([...(res as { x: Float64Array }).x]).toEqual([0, 0, 0]);
  });

  it('finds a point for a table with a total, and proves a negative total impossible', () => {
    const rows: FeasibilityRow[] = [{ indices: [0, 1], values: [1, 1], op: 'eq', rhs: 12 }];
    expect(checkResult(2, rows).feasible).toBe(true);
    const res = checkResult(2, [{ indices: [0, 1], values: [1, 1], op: 'eq', rhs: -3 }]);
    expect(res.feasible).toBe(false);
  });

  it('proves that two cells adding up to 4 cannot hold 10 in one of them', () => {
    // x0 + x1 = 4, x0 ≥ 10
    const res = checkResult(2, [
      { indices: [0, 1], values: [1, 1], op: 'eq', rhs: 4 },
      { indices: [0], values: [1], op: 'ge', rhs: 10 },
    ]);
    expect(res.feasible).toBe(false);
    if (res.feasible === false) expect(res.excess).toBeCloseTo(6, 9);
  });

  it('meets or refutes random systems of sums, with a proof either way', () => {
    const row = (n: number) =>
      fc.record({
        cells: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n }),
        signs: fc.array(fc.constantFrom(1, -1), { minLength: n, maxLength: n }),
        op: fc.constantFrom('eq' as const, 'ge' as const, 'le' as const),
        rhs: fc.integer({ min: -30, max: 60 }),
      });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(fc.constant(n), fc.array(row(n), { maxLength: 10 }))),
        ([n, specs]) => {
          const rows = specs.map((s) => ({
            indices: s.cells,
            values: s.cells.map((c) => s.signs[c]!),
            op: s.op,
            rhs: s.rhs,
          }));
          checkResult(n, rows);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('minimiseCost finds the optimum HiGHS finds, on random systems of sums with costs', async () => {
    const highs = await loadHighs();
    const cases = fc.sample(
      fc.integer({ min: 1, max: 7 }).chain((n) =>
        fc.record({
          n: fc.constant(n),
          costs: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }),
          rows: fc.array(
            fc.record({
              cells: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n }),
              sign: fc.array(fc.constantFrom(1, -1), { minLength: n, maxLength: n }),
              op: fc.constantFrom('eq' as const, 'ge' as const, 'le' as const),
              rhs: fc.integer({ min: -20, max: 40 }),
            }),
            { maxLength: 8 },
          ),
        }),
      ),
      { numRuns: 300, seed: 7 },
    );
    let compared = 0;
    for (const { n, costs, rows: specs } of cases) {
      const rows = specs.map((s) => ({
        indices: s.cells,
        values: s.cells.map((c) => s.sign[c]!),
        op: s.op,
        rhs: s.rhs,
      }));
      const lp = [
        'Minimize',
        ` obj: ${costs.map((c, j) => `+ ${c} x${j}`).join(' ')}`,
        'Subject To',
        ...rows.map(
          (r, k) =>
            ` r${k}: ${r.indices.map((j, i) => `${r.values[i]! > 0 ? '+' : '-'} x${j}`).join(' ')} ${r.op === 'eq' ? '=' : r.op === 'ge' ? '>=' : '<='} ${r.rhs}`,
        ),
        'End',
      ].join('\n');
      const ref = highs.solve(lp, { output_flag: false });
      const x = minimiseCost(n, rows, costs);
      if (ref.Status === 'Infeasible') {
        expect(x).toBeUndefined();
        continue;
      }
      if (ref.Status !== 'Optimal') continue;
      expect(x).toBeDefined();
      for (const row of rows) {
        const v = lhs(row, x!);
        if (row.op === 'eq') expect(v).toBeCloseTo(row.rhs, 6);
        else if (row.op === 'ge') expect(v).toBeGreaterThanOrEqual(row.rhs - 1e-6);
        else expect(v).toBeLessThanOrEqual(row.rhs + 1e-6);
      }
      const cost = costs.reduce((s, c, j) => s + c * x![j]!, 0);
      expect(cost).toBeCloseTo(ref.ObjectiveValue, 6);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });
});
