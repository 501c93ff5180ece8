import { type DisclosureOptions, type ProtectedCounts, type SuppressionReason } from './disclosure.js';
import { disclosureSettings, isSmall, SUPPRESSED } from './disclosure-rules.js';
import { isMissing, isStructuralZero, isValue, missing, type Missing } from './missing.js';

/** One additive relation between published cells: `values[total]` is the sum of `values[parts]`. */
export interface LinearConstraint {
  /** Index of the cell that is the sum (a row total, a subtotal, "all"). */
  total: number;
  /** Indices of the cells that add up to it. */
  parts: readonly number[];
}

/** Options for {@link protectLinkedCounts}. */
export interface LinkedDisclosureOptions extends DisclosureOptions {
  /**
   * `followers[i]`: cells hidden whenever cell `i` is hidden (by this function or at source), e.g.
   * every cell of a table row that is only shown with its total, or an "all" cell whose part is
   * hidden. Zeros follow too (they count as unknown for other cells) but, like any zero, need no
   * protection of their own unless `suppressZero` is set.
   */
  followers?: ArrayLike<readonly number[] | undefined>;
}

const EPSILON = 1e-9;

/** What a cell is to someone reading the published figures. */
const enum State {
  /** shown: its value is known */
  Shown,
  /** hidden here (primary or secondary) */
  Hidden,
  /** missing at source with a value nobody knows (c, x, u, low, blank) */
  Unknown,
}

/**
 * Disclosure control for counts that add up in more than one way: a table whose rows have totals,
 * whose rows sit in a hierarchy (parts, subtotals such as "Mainstream - total", and "all"), and
 * whose provisions add up ("all" = SEN support + EHC plans). Like {@link protectCounts} it hides
 * counts from 1 to `minCount − 1` (primary suppression), then hides further cells (secondary
 * suppression, the smallest first) until, in every relation with a hidden cell, at least two cells
 * are unknown and, when its total is shown, the hidden parts add up to at least `minCount`. It then
 * checks the whole system at once: a hidden cell is recoverable when some combination of the
 * relations pins it down (a hidden cell can be safe in each relation on its own and still follow
 * from two together), which Gaussian elimination over the unknown cells finds; each recoverable
 * cell gets one more hidden cell beside it, and the checks repeat until none is recoverable.
 *
 * Cells missing at source are unknowns too (`c` counts as hidden at source); a structural zero (a
 * symbol its publication defines as zero) is a known zero, and `z` without that definition is
 * unknown. Missing values other than `c` pass through unchanged.
 *
 * @param values counts (numbers, or missing values from the source)
 * @param constraints the relations between cells, by index
 * @param options threshold, followers, rounding
 * @returns shown or suppressed values with a reason per suppressed cell
 * @example
 * // all = A + B, and A, B and all each have two needs that add up to their total cells
 * protectLinkedCounts([120, 4, 116, 60, 2, 58, 60, 2, 58], [
 *   { total: 0, parts: [3, 6] }, { total: 1, parts: [4, 7] }, { total: 2, parts: [5, 8] },
 *   { total: 0, parts: [1, 2] }, { total: 3, parts: [4, 5] }, { total: 6, parts: [7, 8] },
 * ]).reasons // 4 is primary; enough others are hidden that no hidden count can be worked out
 */
export function protectLinkedCounts(
  values: ArrayLike<number | Missing | undefined>,
  constraints: readonly LinearConstraint[],
  options: LinkedDisclosureOptions = {},
): ProtectedCounts {
  const { minCount, roundTo, suppressZero } = disclosureSettings(options);
  const n = values.length;
  const followers = options.followers;
  const state = new Uint8Array(n);
  const raw = new Float64Array(n);
  const reasons: (SuppressionReason | undefined)[] = new Array(n);
  const counts: Record<SuppressionReason, number> = { primary: 0, secondary: 0, denominator: 0, source: 0 };
  const inConstraint: number[][] = Array.from({ length: n }, () => []);
  constraints.forEach((c, j) => {
    for (const i of [c.total, ...c.parts]) {
      if (!(i >= 0 && i < n)) throw new RangeError(`constraint ${j} names cell ${i}, but there are ${n} cells`);
      inConstraint[i]!.push(j);
    }
  });

  /** A hidden cell worth protecting: one suppressed at source, or one hidden here (a zero hidden with its row, suppressZero aside, discloses nothing). */
  const sensitive = (i: number) => (state[i] === State.Hidden && (raw[i]! > 0 || suppressZero)) || (state[i] === State.Unknown && reasons[i] === 'source');
  const pending: number[] = [];
  const hide = (i: number, reason: SuppressionReason) => {
    if (state[i] !== State.Shown) return;
    state[i] = State.Hidden;
    reasons[i] = reason;
    counts[reason]++;
    pending.push(i);
  };
  const follow = () => {
    while (pending.length) {
      const i = pending.pop()!;
      for (const f of followers?.[i] ?? []) if (state[f] === State.Shown) hide(f, 'secondary');
    }
  };

  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (isValue(v)) {
      raw[i] = v;
      if (isSmall(v, minCount, suppressZero)) hide(i, 'primary');
    } else if (isStructuralZero(v)) {
      raw[i] = 0; // a known zero: its publication defines the symbol as zero
    } else {
      state[i] = State.Unknown;
      if (isMissing(v) && v.kind === 'suppressed') {
        reasons[i] = 'source';
        counts.source++;
        pending.push(i);
      }
    }
  }
  follow();

  /** The smallest shown cell of a relation worth hiding: positive parts first, then the total, then zeros. */
  const candidateIn = (c: LinearConstraint): number | undefined => {
    let best: number | undefined;
    for (const i of c.parts) if (state[i] === State.Shown && raw[i]! > 0 && (best === undefined || raw[i]! < raw[best]!)) best = i;
    if (best === undefined && state[c.total] === State.Shown && raw[c.total]! > 0) best = c.total;
    if (best === undefined) for (const i of c.parts) if (state[i] === State.Shown) return i;
    return best;
  };

  /** Local rules, relation by relation, until nothing changes. */
  const settle = () => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const c of constraints) {
        for (;;) {
          let unknown = 0;
          let ours = 0;
          let oursParts = 0;
          let hiddenSum = 0;
          for (const i of c.parts) {
            if (state[i] === State.Shown) continue;
            unknown++;
            if (state[i] === State.Hidden) (oursParts++, (hiddenSum += raw[i]!));
            if (sensitive(i)) ours++;
          }
          if (state[c.total] !== State.Shown) {
            unknown++;
            if (sensitive(c.total)) ours++;
          }
          if (ours === 0) break;
          const totalShown = state[c.total] === State.Shown;
          const exposed = unknown === 1 || (totalShown && oursParts > 0 && hiddenSum > 0 && hiddenSum < minCount);
          if (!exposed) break;
          const i = candidateIn(c);
          if (i === undefined) break;
          hide(i, 'secondary');
          follow();
          changed = true;
        }
      }
    }
  };

  settle();
  for (let guard = 0; guard <= n; guard++) {
    const exposed = recoverable(state, constraints, n).filter(sensitive);
    if (!exposed.length) break;
    let added = false;
    const used = new Set<number>();
    for (const i of exposed) {
      let best: number | undefined;
      for (const j of inConstraint[i]!) {
        const cand = candidateIn(constraints[j]!);
        if (cand !== undefined && !used.has(cand) && (best === undefined || raw[cand]! < raw[best]!)) best = cand;
      }
      if (best === undefined) continue;
      used.add(best);
      hide(best, 'secondary');
      follow();
      added = true;
    }
    if (!added) break;
    settle();
  }

  const out: (number | Missing)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (state[i] === State.Hidden) out[i] = SUPPRESSED;
    else if (isValue(v)) out[i] = roundTo > 1 ? Math.round(v / roundTo) * roundTo : v;
    else out[i] = isMissing(v) ? v : missing('blank');
  }
  return { values: out, reasons, counts };
}

/**
 * The hidden cells (state Hidden) whose value follows from the shown cells and the relations:
 * Gaussian elimination of `total − Σ parts = known` over the unknown cells; a hidden cell is
 * recoverable when its column is a pivot whose row has no other unknown left.
 */
function recoverable(state: Uint8Array, constraints: readonly LinearConstraint[], n: number): number[] {
  const column = new Int32Array(n).fill(-1);
  const cells: number[] = [];
  const rows: Map<number, number>[] = [];
  for (const c of constraints) {
    const row = new Map<number, number>();
    const add = (i: number, sign: number) => {
      if (state[i] === State.Shown) return;
      if (column[i] === -1) (column[i] = cells.length), cells.push(i);
      const col = column[i]!;
      const v = (row.get(col) ?? 0) + sign;
      if (Math.abs(v) < EPSILON) row.delete(col);
      else row.set(col, v);
    };
    add(c.total, 1);
    for (const i of c.parts) add(i, -1);
    if (row.size) rows.push(row);
  }
  // sparse elimination: each pivot row eliminates its column from every other row
  const pivotRowOf = new Map<number, Map<number, number>>();
  const byColumn = new Map<number, Set<Map<number, number>>>();
  const index = (row: Map<number, number>) => {
    for (const col of row.keys()) {
      let set = byColumn.get(col);
      if (!set) byColumn.set(col, (set = new Set()));
      set.add(row);
    }
  };
  for (const row of rows) index(row);
  for (const row of rows) {
    if (!row.size) continue;
    // pivot on the entry of largest size (all start as ±1; keeps the arithmetic tame)
    let pivot = -1;
    let best = 0;
    for (const [col, v] of row) {
      if (pivotRowOf.has(col)) continue;
      if (Math.abs(v) > best + EPSILON) (best = Math.abs(v)), (pivot = col);
    }
    if (pivot < 0) continue;
    const pv = row.get(pivot)!;
    for (const [col, v] of row) row.set(col, v / pv);
    pivotRowOf.set(pivot, row);
    for (const other of [...(byColumn.get(pivot) ?? [])]) {
      if (other === row) continue;
      const factor = other.get(pivot);
      if (factor === undefined) continue;
      for (const [col, v] of row) {
        const next = (other.get(col) ?? 0) - factor * v;
        if (Math.abs(next) < EPSILON) {
          other.delete(col);
          byColumn.get(col)?.delete(other);
        } else {
          if (!other.has(col)) {
            let set = byColumn.get(col);
            if (!set) byColumn.set(col, (set = new Set()));
            set.add(other);
          }
          other.set(col, next);
        }
      }
    }
  }
  const found: number[] = [];
  for (const [col, row] of pivotRowOf) {
    if (row.size === 1 && state[cells[col]!] === State.Hidden) found.push(cells[col]!);
  }
  return found.sort((a, b) => a - b);
}
