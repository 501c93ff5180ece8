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


/** The unknowns linked to a cell through relations, and those relations. */
export interface AuditComponent {
  /** Unknown cells, the starting cell first. */
  cells: number[];
  /** Indices of the relations with at least one of them. */
  relations: number[];
}

/**
 * The unknowns linked to `cell` (itself an unknown) through relations that hold unknowns, and those
 * relations: the part of the table a check of `cell` has to look at.
 */
export function auditComponent(table: AuditTable, cell: number): AuditComponent {
  const cells: number[] = [cell];
  const seenCell = new Set<number>(cells);
  const relations: number[] = [];
  const seenRelation = new Set<number>();
  for (let k = 0; k < cells.length; k++) {
    for (const r of table.relationsOf[cells[k]!]!) {
      if (seenRelation.has(r)) continue;
      seenRelation.add(r);
      relations.push(r);
      const rel = table.relations[r]!;
      for (const c of [rel.total, ...rel.parts]) {
        if (!table.known(c) && !seenCell.has(c)) {
          seenCell.add(c);
          cells.push(c);
        }
      }
    }
  }
  return { cells, relations };
}

/**
 * Whether what is published allows hidden cells to be 0 (`min`) or at least `minCount` (`max`), all
 * of `checked` at once: a feasibility problem over the unknowns of their component, every unknown
 * ≥ 0, with each relation as published (equal, or at least). Relations with one unknown become
 * bounds; an unknown found in one relation only takes up what that relation needs (it leaves a range
 * over the others); unknowns with the same coefficients in every relation left are added up into one
 * variable. All three are exact for a linear programme, and they keep a decile of thousands of
 * neighbourhoods small. When one cell passes, the cells like it (same coefficients, bounds no looser)
 * are returned as passing too.
 *
 * @param table cells, values and relations
 * @param component the component of the checked cells, from {@link auditComponent}
 * @param checked the hidden cells to check together (all in the component)
 * @param mode `min`: can they all be 0; `max`: can they all reach `minCount`
 * @param minCount the threshold
 */
export function auditCells(table: AuditTable, component: AuditComponent, checked: readonly number[], mode: 'min' | 'max', minCount: number): AuditOutcome {
  const vars = component.cells;
  const varOf = new Map<number, number>();
  vars.forEach((c, v) => varOf.set(c, v));
  const relations = component.relations;
  const lower: (number | undefined)[] = new Array(vars.length);
  const upper: (number | undefined)[] = new Array(vars.length);
  const tighten = (v: number, side: 'lb' | 'ub', b: number) => {
    const list = side === 'lb' ? lower : upper;
    const old = list[v];
    if (old === undefined || (side === 'lb' ? b > old : b < old)) list[v] = b;
  };
  const isChecked = new Uint8Array(vars.length);
  for (const c of checked) isChecked[varOf.get(c)!] = 1;

  // rows over the unknowns; a relation with one unknown is a bound
  type Row = { vars: number[]; coefs: number[]; op: 'eq' | 'ge' | 'le'; rhs: number; gone?: boolean };
  const multi: Row[] = [];
  const bound = (v: number, a: number, op: Row['op'], rhs: number) => {
    const at = rhs / a;
    const sense = a > 0 ? op : op === 'ge' ? 'le' : op === 'le' ? 'ge' : 'eq';
    if (sense !== 'le') tighten(v, 'lb', at);
    if (sense !== 'ge') tighten(v, 'ub', at);
  };
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
    else multi.push({ vars: vs, coefs: cs, op: rel.kind, rhs });
  }

  // presolve: an unknown in one row only (and not checked) takes up whatever that row needs within its
  // bounds, so the row becomes a range over its other unknowns (a bound when one is left), or nothing
  const rowsOf: number[][] = vars.map(() => []);
  multi.forEach((row, k) => row.vars.forEach((v) => rowsOf[v]!.push(k)));
  const eliminated = new Uint8Array(vars.length);
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < multi.length; k++) {
      const row = multi[k]!;
      if (row.gone) continue;
      const j = row.vars.findIndex((v) => !isChecked[v] && rowsOf[v]!.length === 1);
      if (j < 0) continue;
      const u = row.vars[j]!;
      const a = row.coefs[j]!;
      const lb = Math.max(0, lower[u] ?? 0);
      const ub = upper[u] ?? Infinity;
      if (lb > ub) continue; // an empty range: leave it to the solver to report
      // a·u spans [lo, hi]; the others must make up rhs − a·u
      const lo = a > 0 ? a * lb : a * ub;
      const hi = a > 0 ? a * ub : a * lb;
      const rest = { vars: row.vars.filter((_, i) => i !== j), coefs: row.coefs.filter((_, i) => i !== j) };
      const ranges: Row[] = [];
      if (hi < Infinity && row.op !== 'le') ranges.push({ ...rest, op: 'ge', rhs: row.rhs - hi });
      if (lo > -Infinity && row.op !== 'ge') ranges.push({ ...rest, op: 'le', rhs: row.rhs - lo });
      row.gone = true;
      eliminated[u] = 1;
      rowsOf[u] = [];
      for (const v of rest.vars) rowsOf[v] = rowsOf[v]!.filter((x) => x !== k);
      for (const r of ranges) {
        if (r.vars.length === 1) bound(r.vars[0]!, r.coefs[0]!, r.op, r.rhs);
        else {
          multi.push(r);
          for (const v of r.vars) rowsOf[v]!.push(multi.length - 1);
        }
      }
      changed = true;
    }
  }
  const live = multi.filter((row) => !row.gone);

  // the check itself, on top of the bounds the relations give (kept to compare like cells with)
  const lb0 = lower.slice();
  const ub0 = upper.slice();
  for (const c of checked) {
    const v = varOf.get(c)!;
    if (mode === 'min') tighten(v, 'ub', 0);
    else tighten(v, 'lb', minCount);
  }

  // merge unknowns with the same coefficients in every row left (never a checked cell)
  const signature: string[] = vars.map(() => '');
  live.forEach((row, k) => row.vars.forEach((v, j) => (signature[v] += `${k}:${row.coefs[j]};`)));
  const classOf = new Int32Array(vars.length);
  const classes: number[][] = [];
  const bySignature = new Map<string, number>();
  for (let v = 0; v < vars.length; v++) {
    if (eliminated[v]) continue;
    let c = isChecked[v] ? undefined : bySignature.get(signature[v]!);
    if (c === undefined) {
      c = classes.length;
      classes.push([]);
      if (!isChecked[v]) bySignature.set(signature[v]!, c);
    }
    classOf[v] = c;
    classes[c]!.push(v);
  }

  const rows: FeasibilityRow[] = [];
  for (const row of live) {
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
    rows.push({ indices, values, op: row.op, rhs: row.rhs });
  }
  classes.forEach((members, c) => {
    let lb = 0;
    let ub = 0;
    let anyLower = false;
    for (const v of members) {
      if (lower[v] !== undefined) ((lb += lower[v]!), (anyLower = true));
      ub += upper[v] ?? Infinity;
    }
    if (anyLower) rows.push({ indices: [c], values: [1], op: 'ge', rhs: lb });
    if (ub < Infinity) rows.push({ indices: [c], values: [1], op: 'le', rhs: ub });
  });

  const result = findFeasiblePoint(classes.length, rows);
  if (!result) return undefined;
  if (result.feasible) {
    const point = new Map<number, number>();
    classes.forEach((members, c) => members.length === 1 && point.set(vars[members[0]!]!, result.x[c]!));
    // cells like the one checked (the same coefficients, bounds no looser) pass the same check
    const mates: number[] = [];
    if (checked.length === 1) {
      const i = varOf.get(checked[0]!)!;
      const lbi = Math.max(0, lb0[i] ?? 0);
      const ubi = ub0[i] ?? Infinity;
      for (const members of classes) {
        const v = members[0]!;
        if (isChecked[v] || signature[v] !== signature[i]) continue;
        for (const m of members) {
          const lb = Math.max(0, lb0[m] ?? 0);
          const ub = ub0[m] ?? Infinity;
          const like = mode === 'max' ? ub >= Math.max(minCount, lb) && lb >= lbi : lb <= 0 && lb >= lbi && ub <= ubi;
          if (like) mates.push(vars[m]!);
        }
      }
    }
    return { ok: true, point, mates };
  }
  return { ok: false, excess: result.excess };
}
