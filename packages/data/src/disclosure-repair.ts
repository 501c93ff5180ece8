import type { AuditTable } from './disclosure-audit.js';
import { minimiseCost, type FeasibilityRow } from './feasibility.js';

/** How many cells, nearest first, a repair first looks at; it looks further (×4 each time) for a way that is cheaper, or any way at all. */
const NEIGHBOURHOOD = 150;
const MAX_NEIGHBOURHOOD = 2400;
const TOLERANCE = 1e-6;

/**
 * The cheapest shown cells to hide so that a hidden count `cell` can be 0 (`min`) or reach
 * `minCount` (`max`): a linear programme over the cells near `cell` (nearest first, through the
 * relations) in which each unknown may take any value ≥ 0 for free and each shown cell may move
 * away from its value at `costs[c]` per unit. The relations must still hold; a point that meets the
 * check is then one the attacker cannot rule out once the shown cells that moved are hidden. With
 * relations of ±1 coefficients every cell on the cheapest path moves by the same amount, so the cost
 * per unit stands for the cost of hiding the cell.
 *
 * @param table cells, values and relations (`known` says which are shown)
 * @param cell the hidden count to protect
 * @param mode `min` or `max`
 * @param minCount the threshold
 * @param costs the cost of hiding each cell
 * @param movable whether a shown cell may be hidden (a structural zero may not)
 * @returns the shown cells to hide, or undefined when no such set lies near the cell
 */
export function repairCells(
  table: AuditTable,
  cell: number,
  mode: 'min' | 'max',
  minCount: number,
  costs: (cell: number) => number,
  movable: (cell: number) => boolean,
): number[] | undefined {
  // a small neighbourhood is quick, a larger one may hold a cheaper way: the cheapest found wins
  let best: { cells: number[]; cost: number } | undefined;
  // nothing is hidden while a repair is sought, so each cell's cost is worked out once
  const known = new Map<number, number>();
  const cost = (c: number) => {
    let v = known.get(c);
    if (v === undefined) known.set(c, (v = costs(c)));
    return v;
  };
  for (let size = NEIGHBOURHOOD; size <= MAX_NEIGHBOURHOOD; size *= 4) {
    const out = repairWithin(table, cell, mode, minCount, cost, movable, size);
    if (out.found && (!best || out.found.cost < best.cost - TOLERANCE)) best = out.found;
    else if (best && out.found) break; // looking further found nothing cheaper
    // the neighbourhood held every cell linked to this one: a larger one is the same programme
    if (out.whole) break;
  }
  return best?.cells;
}

function repairWithin(
  table: AuditTable,
  cell: number,
  mode: 'min' | 'max',
  minCount: number,
  costs: (cell: number) => number,
  movable: (cell: number) => boolean,
  size: number,
): { found?: { cells: number[]; cost: number }; whole: boolean } {
  // the neighbourhood, nearest first; every relation of a cell in it holds (cells outside stay as they are)
  const cells: number[] = [cell];
  const seen = new Set<number>(cells);
  let k = 0;
  const visit = (c: number) => {
    if (seen.has(c) || (table.known(c) && !movable(c))) return;
    seen.add(c);
    cells.push(c);
  };
  for (; k < cells.length && cells.length < size; k++) {
    for (const r of table.relationsOf[cells[k]!]!) {
      const rel = table.relations[r]!;
      visit(rel.total);
      for (const c of rel.parts) visit(c);
    }
  }
  const whole = k === cells.length;
  // every relation of a cell in it, in the order first met
  const relations: number[] = [];
  const inRelations = new Set<number>();
  for (const c of cells)
    for (const r of table.relationsOf[c]!) if (!inRelations.has(r)) (inRelations.add(r), relations.push(r));
  // variables: x for an unknown (free), up and down for a shown cell (costly); a shown zero can only
  // go up, and a shown count, at least the threshold, is not bounded here: a path that took it below
  // 0 would fail the next check and be repaired again
  const column = new Map<number, number>();
  const price: number[] = [];
  const shown: number[] = [];
  for (const c of cells) {
    column.set(c, price.length);
    if (table.known(c)) {
      const unit = costs(c);
      price.push(unit);
      if (table.value[c]! > 0) price.push(unit);
      shown.push(c);
    } else price.push(0);
  }
  const rows: FeasibilityRow[] = [];
  for (const r of relations) {
    const rel = table.relations[r]!;
    const indices: number[] = [];
    const values: number[] = [];
    let rhs = 0;
    for (const c of [rel.total, ...rel.parts]) {
      const a = rel.total === c ? 1 : -1;
      const j = column.get(c);
      if (j === undefined) rhs -= a * table.value[c]!;
      else if (table.known(c)) {
        rhs -= a * table.value[c]!;
        indices.push(j);
        values.push(a);
        if (table.value[c]! > 0) (indices.push(j + 1), values.push(-a));
      } else (indices.push(j), values.push(a));
    }
    if (indices.length) rows.push({ indices, values, op: rel.kind, rhs });
  }
  const target = column.get(cell)!;
  rows.push(
    mode === 'min'
      ? { indices: [target], values: [1], op: 'le', rhs: 0 }
      : { indices: [target], values: [1], op: 'ge', rhs: minCount },
  );
  const x = minimiseCost(price.length, rows, price);
  if (!x) return { whole };
  const out: number[] = [];
  let cost = 0;
  for (const c of shown) {
    const j = column.get(c)!;
    if (x[j]! + (table.value[c]! > 0 ? x[j + 1]! : 0) > TOLERANCE) (out.push(c), (cost += costs(c)));
  }
  return { found: { cells: out, cost }, whole };
}
