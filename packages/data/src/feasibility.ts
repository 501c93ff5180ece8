/** One linear row over non-negative variables: `Σ values[k] · x[indices[k]]` `op` `rhs`. */
export interface FeasibilityRow {
  indices: readonly number[];
  values: readonly number[];
  /** `eq`: equal to rhs; `ge`: at least rhs; `le`: at most rhs. */
  op: 'eq' | 'ge' | 'le';
  rhs: number;
}

/** A point satisfying every row, or a proof that none exists. */
export type FeasibilityResult =
  | { feasible: true; x: Float64Array }
  | {
      feasible: false;
      /**
       * Farkas multipliers, one per row (≥ 0 for `ge` rows, ≤ 0 for `le` rows, any sign for `eq`):
       * `Σ y[r] · row r` has no positive coefficient, yet `Σ y[r] · rhs[r]` = `excess` > 0, so no
       * non-negative point can satisfy all the rows.
       */
      y: Float64Array;
      excess: number;
    }
  /** The iteration limit was reached (numerical trouble): nothing is proved either way. */
  | undefined;

const PIVOT_EPS = 1e-9;
/** The tableau's buffer, shared by every call (they do not overlap: the solver is synchronous). */
let scratch = new Float64Array(0);
/** The largest buffer kept between calls (1 MB); a larger programme has one of its own, freed after. */
const SCRATCH_KEPT = 1 << 17;

/**
 * Phase one of the simplex method on a dense tableau: finds x ≥ 0 satisfying the rows, or proves
 * there is none with Farkas multipliers read from the final basis. Every row gets an artificial
 * variable; their sum is minimised (Dantzig's rule, Bland's rule after a run of degenerate pivots,
 * so it cannot cycle). Meant for the small systems of disclosure checks (tens to a few hundred
 * rows); it runs no `Function()`, so it works under a strict Content-Security-Policy.
 *
 * @param nVars number of variables (all ≥ 0)
 * @param rows the rows
 * @param tolerance how far a row may miss and still count as met (default 1e-7)
 * @returns a point, a certificate, or undefined when the iteration limit was reached
 * @example findFeasiblePoint(2, [{ indices: [0, 1], values: [1, 1], op: 'eq', rhs: 5 }])?.feasible // true
 */
export function findFeasiblePoint(nVars: number, rows: readonly FeasibilityRow[], tolerance = 1e-7): FeasibilityResult {
  return solve(nVars, rows, undefined, tolerance);
}

/**
 * The cheapest point (Σ costs[j] · x[j], costs ≥ 0) that satisfies the rows: phase one as in
 * {@link findFeasiblePoint}, then phase two from the feasible basis it found.
 *
 * @param nVars number of variables (all ≥ 0)
 * @param rows the rows
 * @param costs cost per unit of each variable, at least 0
 * @returns the point, or undefined when the rows cannot be met or the iteration limit was reached
 * @example minimiseCost(2, [{ indices: [0, 1], values: [1, 1], op: 'eq', rhs: 5 }], [3, 1])?.[1] // 5
 */
export function minimiseCost(
  nVars: number,
  rows: readonly FeasibilityRow[],
  costs: ArrayLike<number>,
  tolerance = 1e-7,
): Float64Array | undefined {
  const result = solve(nVars, rows, costs, tolerance);
  return result?.feasible ? result.x : undefined;
}

function solve(
  nVars: number,
  rows: readonly FeasibilityRow[],
  costs: ArrayLike<number> | undefined,
  tolerance: number,
): FeasibilityResult {
  const m = rows.length;
  let nSlack = 0;
  for (const r of rows) if (r.op !== 'eq') nSlack++;
  const nCols = nVars + nSlack + m;
  const width = nCols + 1; // last column: right-hand side
  // the tableau in a buffer kept between calls, cleared to zeros as a new one would be (a protection
  // solves hundreds of small programmes, each of which allocated its own)
  const size = m * width;
  if (scratch.length < size && size <= SCRATCH_KEPT) scratch = new Float64Array(Math.min(SCRATCH_KEPT, 2 * size));
  const t = size <= scratch.length ? scratch.fill(0, 0, size) : new Float64Array(size);
  const sign = new Float64Array(m);
  const basis = new Int32Array(m);
  const d = new Float64Array(width);
  let slack = nVars;
  let scale = 1;
  for (let r = 0; r < m; r++) {
    const row = rows[r]!;
    const s = row.rhs < 0 ? -1 : 1;
    sign[r] = s;
    const base = r * width;
    for (let k = 0; k < row.indices.length; k++) t[base + row.indices[k]!] += s * row.values[k]!;
    if (row.op !== 'eq') t[base + slack++] = (row.op === 'ge' ? -1 : 1) * s;
    t[base + nVars + nSlack + r] = 1;
    t[base + nCols] = s * row.rhs;
    basis[r] = nVars + nSlack + r;
    scale = Math.max(scale, Math.abs(row.rhs));
  }
  // reduced costs of phase one: 1 for artificials, 0 otherwise, minus the column sums (taken row by
  // row, in memory order, each column's in the same order of rows)
  for (let r = 0; r < m; r++) for (let j = 0; j < width; j++) d[j] += t[r * width + j]!;
  for (let j = 0; j < width; j++) d[j] = (j >= nVars + nSlack && j < nCols ? 1 : 0) - d[j]!;
  const eps = tolerance * scale;
  const limit = 50 * (m + nCols) + 100;
  const nz = new Int32Array(width);
  if (!iterate(t, d, basis, m, width, nCols, nCols, limit, nz, nCols)) return undefined;
  const excess = -d[nCols]!;
  if (excess > eps) {
    // multipliers: y = c_B B⁻¹, read from the artificial columns (reduced cost 1 − y)
    const y = new Float64Array(m);
    for (let r = 0; r < m; r++) y[r] = (1 - d[nVars + nSlack + r]!) * sign[r]!;
    return { feasible: false, y, excess };
  }
  if (costs) {
    const artificial = nVars + nSlack;
    // drive artificials at level 0 out of the basis where a real column can replace them
    for (let r = 0; r < m; r++) {
      if (basis[r]! < artificial) continue;
      for (let j = 0; j < artificial; j++) {
        if (Math.abs(t[r * width + j]!) > PIVOT_EPS) {
          pivot(t, d, m, width, r, j, nz, nCols);
          basis[r] = j;
          break;
        }
      }
    }
    // phase two: reduced costs of the real objective; artificials may not enter
    d.fill(0);
    for (let j = 0; j < nVars; j++) d[j] = costs[j]!;
    for (let r = 0; r < m; r++) {
      const b = basis[r]!;
      const c = b < nVars ? costs[b]! : 0;
      if (c === 0) continue;
      for (let j = 0; j < width; j++) d[j] -= c * t[r * width + j]!;
    }
    // artificial columns are read no more (they may not enter, and the point is read from the
    // right-hand side), so phase two's pivots leave them as they are
    if (!iterate(t, d, basis, m, width, nCols, artificial, limit, nz, artificial)) return undefined;
  }
  const x = new Float64Array(nVars);
  for (let r = 0; r < m; r++) if (basis[r]! < nVars) x[basis[r]!] = t[r * width + nCols]!;
  return { feasible: true, x };
}

/**
 * Simplex iterations until no column among the first `candidates` has a negative reduced cost;
 * false at the limit. Columns from `live` up to the right-hand side are not kept up to date.
 */
function iterate(
  t: Float64Array,
  d: Float64Array,
  basis: Int32Array,
  m: number,
  width: number,
  nCols: number,
  candidates: number,
  limit: number,
  nz: Int32Array,
  live: number,
): boolean {
  let degenerate = 0;
  for (let iter = 0; ; iter++) {
    if (iter > limit) return false;
    const bland = degenerate > 30;
    let enter = -1;
    let best = -PIVOT_EPS;
    for (let j = 0; j < candidates; j++) {
      if (d[j]! < best) {
        enter = j;
        if (bland) break;
        best = d[j]!;
      }
    }
    if (enter < 0) return true;
    let leave = -1;
    let ratio = Infinity;
    for (let r = 0; r < m; r++) {
      const a = t[r * width + enter]!;
      if (a <= PIVOT_EPS) continue;
      const q = t[r * width + nCols]! / a;
      if (q < ratio - 1e-12 || (q <= ratio + 1e-12 && leave >= 0 && basis[r]! < basis[leave]!)) {
        ratio = q;
        leave = r;
      }
    }
    if (leave < 0) return true; // unbounded below: cannot happen with costs ≥ 0, nor in phase one
    degenerate = ratio <= 1e-12 ? degenerate + 1 : 0;
    pivot(t, d, m, width, leave, enter, nz, live);
    basis[leave] = enter;
  }
}

/**
 * One pivot on (leave, enter). Only the pivot row's non-zero entries change the other rows and the
 * reduced costs, so they are gathered once (`nz`, scratch of the tableau's width) and each row that
 * has a non-zero in the entering column is updated at those columns alone: the same operations, in
 * the same order per entry, as a pass over every column, on the sparse rows of disclosure checks.
 * Columns from `live` up to the right-hand side (phase one's artificials, in phase two) are left out.
 */
function pivot(
  t: Float64Array,
  d: Float64Array,
  m: number,
  width: number,
  leave: number,
  enter: number,
  nz: Int32Array,
  live: number,
): void {
  const base = leave * width;
  const p = t[base + enter]!;
  let k = 0;
  const rhs = width - 1;
  for (let j = 0; j < width; j++) {
    if (j === live) j = rhs; // columns no longer read: skipped
    const v = t[base + j]!;
    // a zero divided by a positive pivot is the same zero, so only a negative pivot touches zeros
    if (v === 0 && p > 0) continue;
    const q = (t[base + j] = v / p);
    if (q !== 0 && j !== enter) nz[k++] = j;
  }
  t[base + enter] = 1;
  for (let r = 0; r < m; r++) {
    if (r === leave) continue;
    const rb = r * width;
    const f = t[rb + enter]!;
    if (f === 0) continue;
    for (let q = 0; q < k; q++) {
      const j = nz[q]!;
      t[rb + j] -= f * t[base + j]!;
    }
    t[rb + enter] = 0;
  }
  const f = d[enter]!;
  if (f !== 0) {
    for (let q = 0; q < k; q++) {
      const j = nz[q]!;
      d[j] -= f * t[base + j]!;
    }
    d[enter] = 0;
  }
}
