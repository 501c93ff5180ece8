import type { AuditRelation } from './disclosure-audit.js';

/** What a certificate search needs to know about the table as it stands. */
export interface CertificateTable {
  /** The true value of every cell that is not missing at source. */
  value: ArrayLike<number>;
  relations: readonly AuditRelation[];
  /** Indices of the relations each cell is in. */
  relationsOf: readonly (readonly number[])[];
  /** Whether a cell is hidden here (so an attacker must allow it any value ≥ 0 the relations permit). */
  hidden: (cell: number) => boolean;
  /**
   * Per relation, whether it holds at the true values and all its cells' true values are known (no
   * cell missing at source): only then is the true table a point the certificate may start from.
   */
  trusted: ArrayLike<number>;
  /** Per relation, `total − Σ parts` at the true values (0 for an `eq` relation that holds). */
  slack: ArrayLike<number>;
  /** Per relation, its hidden cells so far (candidates to take up a change), in the order they were hidden. */
  hiddenIn: readonly (readonly number[])[];
}

/** How far a relation or a bound may miss and still count as met, in counts. */
const TOLERANCE = 1e-9;
/** Moves a search may try before it gives up (then the exact check decides). */
const BUDGET = 48;
/** Cells of one relation tried as partners before the search gives up on that relation. */
const PARTNERS = 6;
/** Cells of one relation looked at (some have no room) for those partners. */
const LOOKS = 24;

/**
 * Each relation's slack at the true values (`total − Σ parts`), and whether a certificate may use it:
 * every cell's true value is known (none missing at source) and the relation holds there (an `eq`
 * relation to within rounding, a `ge` one with slack ≥ 0). A relation that does not hold (a total
 * published rounded, say) is left to the exact check.
 *
 * @param relations the relations
 * @param value each cell's true value
 * @param unknown whether a cell's true value is unknown (missing at source)
 * @returns per relation: its slack, and 1 when it can be trusted
 */
export function trueSlack(
  relations: readonly AuditRelation[],
  value: ArrayLike<number>,
  unknown: (cell: number) => boolean,
): { slack: Float64Array; trusted: Uint8Array } {
  const trusted = new Uint8Array(relations.length);
  const slack = new Float64Array(relations.length);
  relations.forEach((rel, r) => {
    let s = value[rel.total]!;
    let scale = Math.abs(s);
    let known = !unknown(rel.total);
    for (const c of rel.parts) {
      s -= value[c]!;
      scale += Math.abs(value[c]!);
      if (unknown(c)) known = false;
    }
    const tolerance = TOLERANCE * Math.max(1, scale);
    slack[r] = s;
    trusted[r] = known && (rel.kind === 'eq' ? Math.abs(s) <= tolerance : s >= -tolerance) ? 1 : 0;
  });
  return { slack, trusted };
}

/**
 * Proofs that a hidden cell can be 0, or reach the threshold, as far as anyone reading the published
 * figures can tell: a point, other than the true table, that meets every relation with every shown
 * cell at its value and every hidden cell at least 0, found by moving the true table. The move of a
 * cell is taken up, relation by relation, by other hidden cells of the same relation (a
 * neighbourhood's EHC plans by another neighbourhood's in the same decile, its "any SEN" following
 * each, within the room each neighbourhood's pupils leave), each of which may need the same in its
 * own relations. The search is greedy and bounded; when it finds nothing the exact linear programme
 * must decide, so a certificate is only ever a shortcut: whatever it proves, that programme would
 * find too. Only relations that hold at the true values and have no cell missing at source are used
 * (the true table must be a feasible point); every relation of a moved cell is checked.
 *
 * One certifier serves every check of a table (its arrays are allocated once; a search allocates
 * nothing, so tens of thousands of searches stay quick).
 */
export class MoveCertifier {
  /** Cells moved by the last successful {@link MoveCertifier.move}: the first {@link MoveCertifier.count}. */
  moved: Int32Array;
  /** How many cells of {@link MoveCertifier.moved} the last search moved. */
  count = 0;
  private readonly table: CertificateTable;
  private readonly change: Float64Array;
  private readonly cellStamp: Int32Array;
  /** per relation: Σ coefficient · change over its cells (total +1, parts −1) */
  private readonly imbalance: Float64Array;
  private readonly relationStamp: Int32Array;
  private touched: Int32Array;
  private touchedCount = 0;
  /** undo log, four numbers an entry: 0 (a cell) or 1 (a relation), its index, its value before, 1 when new */
  private log = new Float64Array(256);
  private logLength = 0;
  /** where each long relation's partners are looked for first (moved on as partners are used, so the work is spread) */
  private readonly start: Int32Array;
  private epoch = 0;
  private steps = 0;

  constructor(table: CertificateTable, cells: number) {
    this.table = table;
    this.change = new Float64Array(cells);
    this.cellStamp = new Int32Array(cells);
    this.imbalance = new Float64Array(table.relations.length);
    this.relationStamp = new Int32Array(table.relations.length);
    this.start = new Int32Array(table.relations.length);
    this.moved = new Int32Array(64);
    this.touched = new Int32Array(64);
  }

  /**
   * Looks for a point at which hidden cell `cell` is `target`.
   *
   * @param cell the hidden cell to move (its true value known)
   * @param target the value it should take (0, or the threshold)
   * @returns whether one was found; then {@link MoveCertifier.moved} and {@link MoveCertifier.valueAt} give it
   */
  move(cell: number, target: number): boolean {
    this.epoch++;
    this.steps = 0;
    this.count = 0;
    this.touchedCount = 0;
    this.logLength = 0;
    return this.table.hidden(cell) && this.shift(cell, target - this.table.value[cell]!) && this.settle();
  }

  /** A cell's value at the point found (its true value when it did not move). */
  valueAt(cell: number): number {
    return this.table.value[cell]! + (this.cellStamp[cell] === this.epoch ? this.change[cell]! : 0);
  }

  private shift(c: number, by: number): boolean {
    const { relations, trusted } = this.table;
    const mine = this.table.relationsOf[c]!;
    if (this.valueAt(c) + by < -TOLERANCE) return false;
    for (let k = 0; k < mine.length; k++) if (!trusted[mine[k]!]) return false;
    const fresh = this.cellStamp[c] !== this.epoch;
    this.record(0, c, fresh ? 0 : this.change[c]!, fresh);
    if (fresh) {
      this.cellStamp[c] = this.epoch;
      this.change[c] = 0;
      if (this.count === this.moved.length) this.moved = grown(this.moved);
      this.moved[this.count++] = c;
    }
    this.change[c] += by;
    for (let k = 0; k < mine.length; k++) {
      const r = mine[k]!;
      const first = this.relationStamp[r] !== this.epoch;
      this.record(1, r, first ? 0 : this.imbalance[r]!, first);
      if (first) {
        this.relationStamp[r] = this.epoch;
        this.imbalance[r] = 0;
        if (this.touchedCount === this.touched.length) this.touched = grown(this.touched);
        this.touched[this.touchedCount++] = r;
      }
      this.imbalance[r] += relations[r]!.total === c ? by : -by;
    }
    return true;
  }

  private record(kind: number, index: number, before: number, fresh: boolean): void {
    if (this.logLength + 4 > this.log.length) this.log = grown(this.log);
    const at = this.logLength;
    this.log[at] = kind;
    this.log[at + 1] = index;
    this.log[at + 2] = before;
    this.log[at + 3] = fresh ? 1 : 0;
    this.logLength += 4;
  }

  private rollback(mark: number): void {
    const log = this.log;
    while (this.logLength > mark) {
      const at = (this.logLength -= 4);
      const index = log[at + 1]!;
      const fresh = log[at + 3] === 1;
      if (log[at] === 0) {
        this.change[index] = log[at + 2]!;
        if (fresh) {
          this.cellStamp[index] = 0;
          this.count--;
        }
      } else {
        this.imbalance[index] = log[at + 2]!;
        if (fresh) {
          this.relationStamp[index] = 0;
          this.touchedCount--;
        }
      }
    }
  }

  /** How much a relation's imbalance must rise (eq: or fall, when negative) for it to hold again; 0 when it holds. */
  private need(r: number): number {
    const b = this.imbalance[r]!;
    if (this.table.relations[r]!.kind === 'eq') return Math.abs(b) > TOLERANCE ? -b : 0;
    const s = this.table.slack[r]! + b;
    return s < -TOLERANCE ? -s : 0;
  }

  /** Moves partners until every relation touched holds again; false (the caller undoes the moves) when it cannot. */
  private settle(): boolean {
    if (++this.steps > BUDGET) return false;
    let open = -1;
    let needed = 0;
    for (let k = 0; k < this.touchedCount; k++) {
      const r = this.touched[k]!;
      needed = this.need(r);
      if (needed !== 0) {
        open = r;
        break;
      }
    }
    if (open < 0) return true;
    // the total first: it is what follows its parts ("any SEN", a decile), so it seldom needs more moves
    const total = this.table.relations[open]!.total;
    if (this.table.hidden(total) && this.cellStamp[total] !== this.epoch && this.tryPartner(open, total, needed, -1))
      return true;
    const list = this.table.hiddenIn[open]!;
    const from = this.start[open]! % Math.max(1, list.length);
    let tried = 0;
    for (let k = 0; k < list.length && k < LOOKS && tried < PARTNERS && this.steps <= BUDGET; k++) {
      const at = (from + k) % list.length;
      const c = list[at]!;
      if (c === total || this.cellStamp[c] === this.epoch) continue;
      tried++;
      if (this.tryPartner(open, c, needed, at)) return true;
    }
    return false;
  }

  /** Moves `c` to take up what relation `r` needs (what it can, when it would fall below 0), then settles the rest. */
  private tryPartner(r: number, c: number, needed: number, at: number): boolean {
    let by = this.table.relations[r]!.total === c ? needed : -needed;
    if (by < 0) by = Math.max(by, -this.valueAt(c)); // a cell can fall to 0, no further: the rest falls to the next
    if (Math.abs(by) <= TOLERANCE) return false;
    const mark = this.logLength;
    if (this.shift(c, by) && this.settle()) {
      if (at >= 0) this.start[r] = at + 1;
      return true;
    }
    this.rollback(mark);
    return false;
  }
}

/** A copy of `a` with twice the room. */
function grown<T extends Int32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/**
 * The relations joined by cells that are not shown (the blocks an attacker's linear programme falls
 * into), kept as cells are hidden, with whether each block holds a relation a certificate may not
 * use. A certificate is the exact check's equal only where every relation of the block holds at
 * the true values: a block with one that does not (a rounded total, a cell missing at source) is
 * left to the exact check, which sees the same block.
 */
export class RelationBlocks {
  private readonly parent: Int32Array;
  private readonly bad: Uint8Array;

  /** @param trusted per relation, 1 when a certificate may use it (see {@link trueSlack}) */
  constructor(trusted: ArrayLike<number>) {
    this.parent = new Int32Array(trusted.length);
    this.bad = new Uint8Array(trusted.length);
    for (let r = 0; r < trusted.length; r++) {
      this.parent[r] = r;
      this.bad[r] = trusted[r] ? 0 : 1;
    }
  }

  /** Joins the relations of a cell that is not shown. */
  join(relations: readonly number[]): void {
    if (!relations.length) return;
    const a = this.root(relations[0]!);
    for (let k = 1; k < relations.length; k++) {
      const b = this.root(relations[k]!);
      if (a === b) continue;
      this.parent[b] = a;
      this.bad[a] |= this.bad[b]!;
    }
  }

  /** Whether every relation in the block of relation `r` may be used by a certificate. */
  sound(r: number): boolean {
    return this.bad[this.root(r)] === 0;
  }

  private root(r: number): number {
    const parent = this.parent;
    while (parent[r] !== r) {
      parent[r] = parent[parent[r]!]!;
      r = parent[r]!;
    }
    return r;
  }
}
