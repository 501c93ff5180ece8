import { findFeasiblePoint, type FeasibilityRow } from './feasibility.js';

/** A relation between cells: `total = Σ parts` (`eq`) or `total ≥ Σ parts` (`ge`). */
export interface AuditRelation {
  total: number;
  parts: readonly number[];
  kind: 'eq' | 'ge';
}

/** What the audit needs to know about the table as it stands. */
export interface AuditTable {
  /** Whether a cell's value is published (or a known zero); the rest are unknowns ≥ 0. */
  known: (cell: number) => boolean;
  /** The true value of each known cell. */
  value: ArrayLike<number>;
  relations: readonly AuditRelation[];
  /** Indices of the relations each cell is in. */
  relationsOf: readonly (readonly number[])[];
}

/** The outcome of one check: a point of the attacker's feasible set that meets it, or a proof that none does. */
export type AuditOutcome =
  | {
      ok: true;
      /** Values, at that point, of the unknowns the solver saw one by one (unknowns it merged are left out). */
      point: Map<number, number>;
      /** Other hidden cells that pass the same check for the same reason (when one cell was checked). */
      mates: number[];
    }
  | {
      ok: false;
      /** By how much the relations and the check cannot be met together (> 0). */
      excess: number;
    }
  | undefined;

const coefficient = (r: AuditRelation, cell: number) => (r.total === cell ? 1 : -1);

type Row = { vars: number[]; coefs: number[]; op: 'eq' | 'ge' | 'le'; rhs: number; gone?: boolean };

/**
 * The unknowns linked to a cell through relations that hold unknowns, with those relations made
 * ready for checks: relations with one unknown are bounds; an unknown found in one relation only
 * (and not `keep`) takes up what that relation needs and leaves a range over the others (a bound when
 * one is left); each unknown left gets a signature of its coefficients. All of it is exact for a
 * linear programme, and valid until a cell of the component is hidden.
 */
export interface AuditComponent {
  /** Unknown cells, the starting cell first. */
  cells: number[];
  varOf: Map<number, number>;
  lower: (number | undefined)[];
  upper: (number | undefined)[];
  rows: Row[];
  eliminated: Uint8Array;
  /** Unknowns with the same coefficients in every row, added up: each unknown's class, and each class's members. */
  classOf: Int32Array;
  classes: number[][];
  /** Each class's bounds added up (upper Infinity when a member has none; lower undefined when no member has one). */
  classLower: (number | undefined)[];
  classUpper: number[];
  /** Each row over the classes. */
  classRows: { indices: number[]; values: number[]; op: Row['op']; rhs: number }[];
  /** The rows each unknown is in, with its coefficient. */
  rowsOfVar: [number, number][][];
}

/**
 * The component of `cell` (itself an unknown), ready for checks (see {@link AuditComponent}).
 *
 * @param table cells, values and relations
 * @param cell an unknown cell
 * @param keep cells that must stay variables (those that will be checked)
 */
export function auditComponent(table: AuditTable, cell: number, keep: (cell: number) => boolean): AuditComponent {
  const cells: number[] = [cell];
  const varOf = new Map<number, number>([[cell, 0]]);
  const relations: number[] = [];
  const seenRelation = new Set<number>();
  for (let k = 0; k < cells.length; k++) {
    for (const r of table.relationsOf[cells[k]!]!) {
      if (seenRelation.has(r)) continue;
      seenRelation.add(r);
      relations.push(r);
      const rel = table.relations[r]!;
      for (const c of [rel.total, ...rel.parts]) {
        if (!table.known(c) && !varOf.has(c)) {
          varOf.set(c, cells.length);
          cells.push(c);
        }
      }
    }
  }
  const lower: (number | undefined)[] = new Array(cells.length);
  const upper: (number | undefined)[] = new Array(cells.length);
  const bound = (v: number, a: number, op: Row['op'], rhs: number) => {
    const at = rhs / a;
    const sense = a > 0 ? op : op === 'ge' ? 'le' : op === 'le' ? 'ge' : 'eq';
    if (sense !== 'le' && (lower[v] === undefined || at > lower[v]!)) lower[v] = at;
    if (sense !== 'ge' && (upper[v] === undefined || at < upper[v]!)) upper[v] = at;
  };
  const rows: Row[] = [];
  for (const r of relations) {
    const rel = table.relations[r]!;
    let rhs = 0;
    const vs: number[] = [];
    const cs: number[] = [];
    for (const c of [rel.total, ...rel.parts]) {
      const a = coefficient(rel, c);
      if (table.known(c)) rhs -= a * table.value[c]!;
      else (vs.push(varOf.get(c)!), cs.push(a));
    }
    if (vs.length === 1) bound(vs[0]!, cs[0]!, rel.kind, rhs);
    else rows.push({ vars: vs, coefs: cs, op: rel.kind, rhs });
  }

  // unknowns in one row only take up whatever that row needs within their bounds: the row becomes a
  // range over its other unknowns (all such unknowns of a row at once, so a long row is rewritten once)
  const rowsOf: Set<number>[] = cells.map(() => new Set());
  rows.forEach((row, k) => row.vars.forEach((v) => rowsOf[v]!.add(k)));
  const eliminated = new Uint8Array(cells.length);
  // short rows first, so a long row (a decile of neighbourhoods) is looked at once its short rows are done
  const queue = rows.map((_, k) => k).sort((a, b) => rows[a]!.vars.length - rows[b]!.vars.length);
  const queued = new Set(queue);
  for (let q = 0; q < queue.length; q++) {
    const k = queue[q]!;
    queued.delete(k);
    const row = rows[k]!;
    if (row.gone) continue;
    const alone = row.vars.map(
      (v) => !keep(cells[v]!) && rowsOf[v]!.size === 1 && Math.max(0, lower[v] ?? 0) <= (upper[v] ?? Infinity),
    );
    if (!alone.some(Boolean) || alone.every(Boolean)) continue;
    // Σ a·u over them spans [lo, hi]; the others must make up rhs minus that
    let lo = 0;
    let hi = 0;
    const rest: { vars: number[]; coefs: number[] } = { vars: [], coefs: [] };
    row.vars.forEach((v, j) => {
      const a = row.coefs[j]!;
      if (!alone[j]) return void (rest.vars.push(v), rest.coefs.push(a));
      const lb = Math.max(0, lower[v] ?? 0);
      const ub = upper[v] ?? Infinity;
      lo += a > 0 ? a * lb : a * ub;
      hi += a > 0 ? a * ub : a * lb;
      eliminated[v] = 1;
      rowsOf[v]!.clear();
    });
    row.gone = true;
    for (const v of rest.vars) rowsOf[v]!.delete(k);
    const ranges: Row[] = [];
    if (hi < Infinity && row.op !== 'le') ranges.push({ ...rest, op: 'ge', rhs: row.rhs - hi });
    if (lo > -Infinity && row.op !== 'ge') ranges.push({ ...rest, op: 'le', rhs: row.rhs - lo });
    for (const r of ranges) {
      if (r.vars.length === 1) bound(r.vars[0]!, r.coefs[0]!, r.op, r.rhs);
      else {
        rows.push(r);
        for (const v of r.vars) rowsOf[v]!.add(rows.length - 1);
        queue.push(rows.length - 1);
        queued.add(rows.length - 1);
      }
    }
    // the rows of the unknowns left may now hold unknowns of their own
    for (const v of rest.vars)
      for (const other of rowsOf[v]!) if (!queued.has(other)) (queue.push(other), queued.add(other));
  }
  const live = rows.filter((row) => !row.gone);
  const signature: string[] = cells.map(() => '');
  const rowsOfVar: [number, number][][] = cells.map(() => []);
  live.forEach((row, k) =>
    row.vars.forEach((v, j) => {
      signature[v] += `${k}:${row.coefs[j]};`;
      rowsOfVar[v]!.push([k, row.coefs[j]!]);
    }),
  );
  const classOf = new Int32Array(cells.length).fill(-1);
  const classes: number[][] = [];
  const bySignature = new Map<string, number>();
  for (let v = 0; v < cells.length; v++) {
    if (eliminated[v]) continue;
    let c = bySignature.get(signature[v]!);
    if (c === undefined) bySignature.set(signature[v]!, (c = classes.push([]) - 1));
    classOf[v] = c;
    classes[c]!.push(v);
  }
  const classRows = live.map((row) => {
    const seen = new Set<number>();
    const indices: number[] = [];
    const values: number[] = [];
    row.vars.forEach((v, j) => {
      const c = classOf[v]!;
      if (seen.has(c)) return;
      seen.add(c);
      indices.push(c);
      values.push(row.coefs[j]!);
    });
    return { indices, values, op: row.op, rhs: row.rhs };
  });
  const classLower: (number | undefined)[] = classes.map(() => undefined);
  const classUpper: number[] = classes.map(() => 0);
  classes.forEach((members, k) => {
    for (const v of members) {
      if (lower[v] !== undefined) classLower[k] = (classLower[k] ?? 0) + lower[v]!;
      classUpper[k] += upper[v] ?? Infinity;
    }
  });
  return {
    cells,
    varOf,
    lower,
    upper,
    rows: live,
    eliminated,
    classOf,
    classes,
    classLower,
    classUpper,
    classRows,
    rowsOfVar,
  };
}

/**
 * Whether what is published allows hidden cells to be 0 (`min`) or at least `minCount` (`max`), all
 * of `checked` at once: a feasibility problem over the unknowns of their component, every unknown
 * ≥ 0, with each relation as published (equal, or at least). Unknowns with the same coefficients in
 * every row left are added up into one variable (exact for a linear programme, and what keeps a
 * decile of thousands of neighbourhoods small). When one cell passes, the cells like it (same
 * coefficients, bounds no looser) are returned as passing too.
 *
 * @param component the component of the checked cells, from {@link auditComponent} (with them kept)
 * @param checked the hidden cells to check together
 * @param mode `min`: can they all be 0; `max`: can they all reach `minCount`
 * @param minCount the threshold
 */
export function auditCells(
  component: AuditComponent,
  checked: readonly number[],
  mode: 'min' | 'max',
  minCount: number,
): AuditOutcome {
  const { cells: vars, varOf, classOf, classes, lower, upper } = component;
  // each checked cell is a variable of its own, taken out of its class
  const out = new Map<number, Set<number>>();
  const own: number[] = [];
  for (const c of checked) {
    const v = varOf.get(c)!;
    own.push(v);
    const k = classOf[v]!;
    if (!out.has(k)) out.set(k, new Set());
    out.get(k)!.add(v);
  }
  const n = classes.length + own.length;
  const rows: (FeasibilityRow & { indices: number[]; values: number[] })[] = [];
  for (const row of component.classRows) {
    const indices: number[] = [];
    const values: number[] = [];
    row.indices.forEach((k, j) => {
      if (out.get(k)?.size === classes[k]!.length) return; // every member checked: the class is empty
      indices.push(k);
      values.push(row.values[j]!);
    });
    rows.push({ indices, values, op: row.op, rhs: row.rhs });
  }
  own.forEach((v, j) => {
    for (const [r, a] of component.rowsOfVar[v]!) {
      rows[r]!.indices.push(classes.length + j);
      rows[r]!.values.push(a);
    }
  });
  const boundRow = (index: number, lb: number | undefined, ub: number) => {
    if (lb !== undefined) rows.push({ indices: [index], values: [1], op: 'ge', rhs: lb });
    if (ub < Infinity) rows.push({ indices: [index], values: [1], op: 'le', rhs: ub });
  };
  classes.forEach((members, k) => {
    const taken = out.get(k);
    if (!taken) return boundRow(k, component.classLower[k], component.classUpper[k]!);
    if (taken.size === members.length) return boundRow(k, undefined, 0);
    // the class without its checked members (sums taken again only when a member has no upper bound)
    let lb = component.classLower[k];
    let ub = component.classUpper[k]!;
    for (const v of taken) if (lower[v] !== undefined) lb! -= lower[v]!;
    if (ub < Infinity) for (const v of taken) ub -= upper[v]!;
    else if ([...taken].some((v) => upper[v] === undefined))
      ub = members.reduce((s, v) => s + (taken.has(v) ? 0 : (upper[v] ?? Infinity)), 0);
    if (lb !== undefined && !members.some((v) => !taken.has(v) && lower[v] !== undefined)) lb = undefined;
    boundRow(k, lb, ub);
  });
  own.forEach((v, j) => {
    const lb = mode === 'max' ? Math.max(lower[v] ?? -Infinity, minCount) : lower[v];
    const ub = mode === 'min' ? Math.min(upper[v] ?? Infinity, 0) : (upper[v] ?? Infinity);
    boundRow(classes.length + j, lb, ub);
  });

  const result = findFeasiblePoint(n, rows);
  if (!result) return undefined;
  if (!result.feasible) return { ok: false, excess: result.excess };
  const point = new Map<number, number>();
  classes.forEach((members, k) => members.length === 1 && !out.has(k) && point.set(vars[members[0]!]!, result.x[k]!));
  own.forEach((v, j) => point.set(vars[v]!, result.x[classes.length + j]!));
  // cells like the one checked (the same coefficients, bounds no looser) pass the same check
  const mates: number[] = [];
  if (own.length === 1) {
    const i = own[0]!;
    const lbi = Math.max(0, lower[i] ?? 0);
    const ubi = upper[i] ?? Infinity;
    for (const m of classes[classOf[i]!]!) {
      if (m === i) continue;
      const lb = Math.max(0, lower[m] ?? 0);
      const ub = upper[m] ?? Infinity;
      const like = mode === 'max' ? ub >= Math.max(minCount, lb) && lb >= lbi : lb <= 0 && lb >= lbi && ub <= ubi;
      if (like) mates.push(vars[m]!);
    }
  }
  return { ok: true, point, mates };
}
