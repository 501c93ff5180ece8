/**
 * An attacker that computes bounds, for the disclosure tests: given what an element publishes (shown
 * cells, hidden cells, the relations anyone can read from the table's structure) it finds, with the
 * HiGHS linear-programme solver, the smallest and largest value each hidden count can take when every
 * unknown count is at least 0. It shares no code with the library's protection (HiGHS is a dev
 * dependency, compiled C++; the library checks with its own simplex), so a test that finds no hidden
 * count narrowed below [0, minCount] is an independent check.
 */
import loadHighs from 'highs';

/** What an attacker sees: each cell's shown value, or undefined when hidden; and the relations. */
export interface Published {
  cells: Map<string, number | undefined>;
  /** `total = Σ parts` (`eq`) or `total ≥ Σ parts` (`ge`). Cells named here but not in `cells` are unknowns. */
  relations: { total: string; parts: string[]; kind: 'eq' | 'ge' }[];
  /**
   * Shares shown without their counts: `low · denominator ≤ numerator ≤ high · denominator`, as a
   * percentage rounded to a few decimals says (low and high as fractions).
   */
  ratios?: { numerator: string; denominator: string; low: number; high: number }[];
}

/** A hidden count the attacker narrows: its true value and the bounds it can prove. */
export interface Narrowed {
  cell: string;
  truth: number;
  min: number;
  max: number;
}

let highs: Awaited<ReturnType<typeof loadHighs>> | undefined;

/**
 * The hidden counts among `targets` (cell → true value) whose bounds do not include both 0 and
 * `minCount`: what the rule forbids. Each bound is one linear programme; a solution met on the way
 * that already shows a target at 0 (or at `minCount` or more) saves solving for it.
 */
export async function narrowedCounts(
  published: Published,
  targets: Map<string, number>,
  minCount: number,
): Promise<Narrowed[]> {
  highs ??= await loadHighs();
  const index = new Map<string, number>();
  const unknown = (c: string) => published.cells.get(c) === undefined;
  const rows: string[] = [];
  published.relations.forEach((r, k) => {
    let rhs = 0;
    const terms: string[] = [];
    for (const [c, a] of [[r.total, 1], ...r.parts.map((p) => [p, -1] as const)] as [string, number][]) {
      if (unknown(c)) {
        if (!index.has(c)) index.set(c, index.size);
        terms.push(`${a > 0 ? '+' : '-'} x${index.get(c)}`);
      } else rhs -= a * published.cells.get(c)!;
    }
    if (terms.length) rows.push(` r${k}: ${terms.join(' ')} ${r.kind === 'eq' ? '=' : '>='} ${rhs}`);
    else if (r.kind === 'eq' ? rhs !== 0 : rhs > 0)
      throw new Error(`relation ${k} (${r.total}) does not hold for the shown cells`);
  });
  (published.ratios ?? []).forEach((q, k) => {
    for (const [name, a, op] of [
      ['lo', q.low, '>='],
      ['hi', q.high, '<='],
    ] as const) {
      let rhs = 0;
      const terms: string[] = [];
      for (const [c, coef] of [
        [q.numerator, 1],
        [q.denominator, -a],
      ] as [string, number][]) {
        if (coef === 0) continue;
        if (unknown(c)) {
          if (!index.has(c)) index.set(c, index.size);
          terms.push(`${coef >= 0 ? '+' : '-'} ${Math.abs(coef)} x${index.get(c)}`);
        } else rhs -= coef * published.cells.get(c)!;
      }
      if (terms.length) rows.push(` q${name}${k}: ${terms.join(' ')} ${op} ${rhs}`);
    }
  });
  const out: Narrowed[] = [];
  const pending = [...targets].filter(([c]) => index.has(c));
  if (!pending.length) return out;
  const text = ['Minimize', ' obj: 0 x0', 'Subject To', ...rows, 'End'].join('\n');
  const model = highs.createModel({ format: 'lp', data: text });
  try {
    model.options.set({ output_flag: false, presolve: 'off' });
    const minSeen = new Set<string>();
    const maxSeen = new Set<string>();
    const look = (values: Float64Array) => {
      for (const [c] of pending) {
        const v = values[index.get(c)!]!;
        if (v <= 1e-6) minSeen.add(c);
        if (v >= minCount - 1e-6) maxSeen.add(c);
      }
    };
    const solve = (col: number, sense: 'min' | 'max'): number => {
      model.changeColCost(col, 1);
      model.changeObjectiveSense(
        sense === 'min' ? highs!.constants.objectiveSense.minimize : highs!.constants.objectiveSense.maximize,
      );
      model.run();
      const status = model.getModelStatus();
      let value: number;
      if (
        status === highs!.constants.modelStatus.unbounded ||
        status === highs!.constants.modelStatus.unboundedOrInfeasible
      )
        value = sense === 'max' ? Infinity : -Infinity;
      else if (status !== highs!.constants.modelStatus.optimal) throw new Error(`HiGHS ended with status ${status}`);
      else {
        look(model.getSolution().colValue);
        value = model.getObjectiveValue();
      }
      model.changeColCost(col, 0);
      return value;
    };
    for (const [cell, truth] of pending) {
      const col = index.get(cell)!;
      const min = minSeen.has(cell) ? 0 : solve(col, 'min');
      const max = maxSeen.has(cell) ? Infinity : solve(col, 'max');
      if (min > 1e-6 || max < minCount - 1e-6) out.push({ cell, truth, min, max });
    }
  } finally {
    model.dispose();
  }
  return out;
}
