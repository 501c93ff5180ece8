import type { SuppressionReason } from '../disclosure.js';
import { protectLinkedCounts, type LinearConstraint } from '../linked-disclosure.js';
import { NEED_TOTAL } from '../contracts/needs-codes.js';
import { isMissing, isStructuralZero, isValue, missing, type Missing } from '../missing.js';
import { phaseFamilies } from './phase-hierarchy.js';

/** One cell of needs data as read: geography × phase × provision × need. */
export interface NeedTableCell {
  geography: string;
  phase: string;
  provision: string;
  need: string;
  value: number | Missing | undefined;
}

/** What {@link protectNeedTable} decides. */
export interface ProtectedNeedTable {
  /** Per cell, in the order given: the count, or a suppressed missing value. */
  values: (number | Missing)[];
  /** Per cell: why it is hidden (`source` for cells suppressed in the data), or undefined. */
  reasons: (SuppressionReason | undefined)[];
  /** Groups (geography × phase × provision, joined by U+0001) whose total must not be shown: the whole group is hidden. */
  hiddenTotals: Set<string>;
  /** The relations the protection relied on (row totals, phase families, provisions), for tests and audits. */
  constraints: LinearConstraint[];
  /** The group behind each extra cell from index `values.length` on (its total, or the total of its known needs), as group keys. */
  totals: string[];
}

const SEP = '\u0001';
const numeric = (v: number | Missing | undefined): number | undefined => (isValue(v) ? v : isStructuralZero(v) ? 0 : undefined);
/** A total nobody knows: it includes a count that is not published. */
const UNKNOWN = missing('not_available', 'x');

/**
 * Disclosure control for a whole needs table at once, so that no hidden count can be worked out
 * from any published figure: each group's total (the sum of its needs, shown beside the shares),
 * the phases that add up to other phases (placement types, their subtotals such as "Mainstream -
 * total", and "all"; see {@link phaseFamilies}), and "all" provision as SEN support plus EHC plans.
 * A relation is used only when the counts bear it out (where every cell in it is known, the parts
 * add up to the whole), so labels that merely look alike cannot make it over-suppress. A group
 * whose total has to be hidden is hidden whole, and an explicit "all" cell is hidden when one of its
 * provisions is. A cell whose need is `ALL` (a published total row) is its group's total in every
 * relation, in place of the sum of the needs. Built on {@link protectLinkedCounts}.
 *
 * @param cells the cells as read
 * @param minCount disclosure threshold
 * @returns values and reasons per cell, and the groups hidden whole
 * @example protectNeedTable(cells, 10).hiddenTotals.has(['local', 'Special - non-maintained', 'ehc_plan'].join('\u0001'))
 */
export function protectNeedTable(cells: readonly NeedTableCell[], minCount: number): ProtectedNeedTable {
  const n = cells.length;
  const groupKey = (g: string, p: string, v: string) => [g, p, v].join(SEP);
  const groups = new Map<string, { cells: Map<string, number>; complete: boolean; total: number; index: number; known?: number; all?: number }>();
  const totals: string[] = [];
  cells.forEach((c, i) => {
    const key = groupKey(c.geography, c.phase, c.provision);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { cells: new Map(), complete: true, total: 0, index: -1 }));
    // the group's published total row (need ALL) is its total, not one of its needs
    if (c.need === NEED_TOTAL) {
      g.all = i;
      return;
    }
    g.cells.set(c.need, i);
    const v = numeric(c.value);
    if (v === undefined) g.complete = false;
    else g.total += v;
  });
  const values: (number | Missing | undefined)[] = cells.map((c) => c.value);
  const constraints: LinearConstraint[] = [];
  const followers: number[][] = Array.from({ length: n }, () => []);
  const addCell = (value: number | Missing, group: string, members: number[]) => {
    const index = values.length;
    values.push(value);
    totals.push(group);
    followers.push(members);
    return index;
  };
  for (const [key, g] of groups) {
    const members = [...g.cells.values()];
    if (g.all !== undefined && isValue(cells[g.all]!.value)) {
      // a published total row: the group's total, and the denominator of its shares
      g.index = g.all;
      constraints.push({ total: g.index, parts: members });
      continue;
    }
    // the group's true total: known (and shown) when every need is known, else unknown to everyone
    g.index = addCell(g.complete ? g.total : UNKNOWN, key, members);
    constraints.push({ total: g.index, parts: members });
    if (!g.complete) {
      // the total of the needs that are known: the denominator of the shares shown
      g.known = addCell(g.total, key, members);
      constraints.push({ total: g.known, parts: members.filter((i) => numeric(cells[i]!.value) !== undefined) });
    }
  }

  const raw = (i: number) => numeric(values[i]);
  /** Whether every fully known relation holds, and there is at least one relation. */
  const holds = (relations: { total: number; parts: number[] }[]) =>
    relations.length > 0 &&
    relations.every(({ total, parts }) => {
      const t = raw(total);
      const ps = parts.map(raw);
      return t === undefined || ps.some((p) => p === undefined) || ps.reduce((a, b) => a! + b!, 0) === t;
    });

  const geographies = [...new Set(cells.map((c) => c.geography))];
  const provisions = [...new Set(cells.map((c) => c.provision))];
  const needs = [...new Set(cells.map((c) => c.need))];
  for (const geo of geographies) {
    // phases that add up to other phases
    for (const v of provisions) {
      const phases = [...new Set(cells.filter((c) => c.geography === geo && c.provision === v).map((c) => c.phase))];
      for (const family of phaseFamilies(phases)) {
        const parent = groups.get(groupKey(geo, family.parent, v))!;
        const children = family.children.map((p) => groups.get(groupKey(geo, p, v))!);
        const relations: { total: number; parts: number[] }[] = [];
        for (const need of needs) {
          const t = parent.cells.get(need);
          const ps = children.map((c) => c.cells.get(need));
          if (t !== undefined && ps.every((p) => p !== undefined)) relations.push({ total: t, parts: ps as number[] });
        }
        relations.push({ total: parent.index, parts: children.map((c) => c.index) });
        if (holds(relations)) constraints.push(...relations);
      }
    }
    // "all" provision as SEN support plus EHC plans, when the data gives all three
    for (const phase of new Set(cells.filter((c) => c.geography === geo).map((c) => c.phase))) {
      const [all, ss, ehc] = (['all', 'sen_support', 'ehc_plan'] as const).map((v) => groups.get(groupKey(geo, phase, v)));
      if (!all || !ss || !ehc) continue;
      const relations: { total: number; parts: number[] }[] = [];
      for (const [need, i] of all.cells) {
        const a = ss.cells.get(need);
        const b = ehc.cells.get(need);
        for (const part of [a, b]) if (part !== undefined) followers[part]!.push(i);
        if (a !== undefined && b !== undefined) relations.push({ total: i, parts: [a, b] });
      }
      relations.push({ total: all.index, parts: [ss.index, ehc.index] });
      if (holds(relations)) constraints.push(...relations);
    }
  }

  const result = protectLinkedCounts(values, constraints, { minCount, followers });
  const hiddenTotals = new Set<string>();
  for (const [key, g] of groups) {
    const shown = g.known ?? g.index;
    if (isMissing(result.values[shown]) && result.reasons[shown]) hiddenTotals.add(key);
  }
  return {
    values: result.values.slice(0, n),
    reasons: result.reasons.slice(0, n),
    hiddenTotals,
    constraints,
    totals,
  };
}
