/**
 * Other tables an attacker cannot tell from the true one, for the disclosure tests: the true values
 * with the hidden cells moved so that every published relation still holds and every shown cell keeps
 * its value. Each is found with HiGHS (the closest such table to the truth, by the sum of the moves),
 * so a test can ask "had this hidden count been v instead, would anything shown have changed?".
 * Relations of sums form a laminar family here (England, regions, authorities; totals and parts),
 * whose vertices are whole numbers; a solution that is not is reported as not found.
 */
import loadHighs from 'highs';

/** `total = Σ parts` (`eq`) or `total ≥ Σ parts` (`ge`), over cell names. */
export interface Relation {
  total: string;
  parts: readonly string[];
  kind: 'eq' | 'ge';
}

let highs: Awaited<ReturnType<typeof loadHighs>> | undefined;

/**
 * The table closest to `truth` in which `cell` is `value`, only hidden cells moved, every relation
 * holding and each hidden cell within its `bounds` (default 0 or more); undefined when there is none.
 *
 * @param truth every cell's true value
 * @param hidden the cells not shown (only these may move)
 * @param relations the published relations
 * @param cell the hidden cell to set
 * @param value its value in the other table
 * @param bounds per hidden cell, [low, high] (high may be Infinity)
 * @returns the other table (every cell), or undefined
 */
export async function alternativeTable(
  truth: ReadonlyMap<string, number>,
  hidden: ReadonlySet<string>,
  relations: readonly Relation[],
  cell: string,
  value: number,
  bounds: ReadonlyMap<string, readonly [number, number]> = new Map(),
): Promise<Map<string, number> | undefined> {
  highs ??= await loadHighs();
  const cells = [...hidden];
  const index = new Map(cells.map((c, i) => [c, i]));
  const term = (c: string, a: number) => {
    const i = index.get(c)!;
    return `${a > 0 ? '+' : '-'} p${i} ${a > 0 ? '-' : '+'} m${i}`;
  };
  const rows: string[] = [];
  relations.forEach((r, k) => {
    const all: [string, number][] = [[r.total, 1], ...r.parts.map((p) => [p, -1] as [string, number])];
    const moving = all.filter(([c]) => hidden.has(c));
    if (!moving.length) return;
    // the truth meets the relation, so the moves must keep it: Σ a·δ = 0, or ≥ −slack for a bound
    const slack = all.reduce((s, [c, a]) => s + a * truth.get(c)!, 0);
    const lhs = moving.map(([c, a]) => term(c, a)).join(' ');
    rows.push(` r${k}: ${lhs} ${r.kind === 'eq' ? '=' : '>='} ${r.kind === 'eq' ? 0 : -slack}`);
  });
  cells.forEach((c, i) => {
    const t = truth.get(c)!;
    const [lo, hi] = c === cell ? [value, value] : (bounds.get(c) ?? [0, Infinity]);
    rows.push(` lo${i}: p${i} - m${i} >= ${lo - t}`);
    if (Number.isFinite(hi)) rows.push(` hi${i}: p${i} - m${i} <= ${hi - t}`);
  });
  const objective = cells.map((_, i) => `+ p${i} + m${i}`).join(' ');
  const text = ['Minimize', ` obj: ${objective}`, 'Subject To', ...rows, 'End'].join('\n');
  const model = highs.createModel({ format: 'lp', data: text });
  try {
    model.options.set({ output_flag: false });
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) return undefined;
    const x = model.getSolution().colValue;
    const out = new Map(truth);
    // columns in the order they first appear: the objective lists p0, m0, p1, m1, …
    for (let i = 0; i < cells.length; i++) {
      const v = truth.get(cells[i]!)! + x[2 * i]! - x[2 * i + 1]!;
      if (Math.abs(v - Math.round(v)) > 1e-6) return undefined;
      out.set(cells[i]!, Math.round(v));
    }
    return out;
  } finally {
    model.dispose();
  }
}
