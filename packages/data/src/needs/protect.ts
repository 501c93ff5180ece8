import { NEED_TOTAL } from '../contracts/needs-codes.js';
import type { SuppressionReason } from '../disclosure.js';
import { protectLinkedCounts, type LinearConstraint } from '../linked-disclosure.js';
import { isMissing, isStructuralZero, isValue, missing, type Missing } from '../missing.js';
import type { DerivedNeedGroup } from './derived-groups.js';
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
  /** Cells of derived groups (geography, phase, provision and need joined by U+0001) that must be hidden. */
  hiddenDerived: Set<string>;
  /** The relations the protection relied on (row totals, phase families, provisions, derived sums), for tests and audits. */
  constraints: LinearConstraint[];
  /** The group behind each extra cell from index `values.length` on (its total, the total of its known needs, or a derived cell), as keys. */
  totals: string[];
}

/** Options for {@link protectNeedTable}. */
export interface NeedTableOptions {
  /** Groups the model adds up itself and shows (see `derivedNeedGroups`): protected with the rest. */
  derived?: readonly DerivedNeedGroup[];
}

const SEP = '\u0001';
const numeric = (v: number | Missing | undefined): number | undefined =>
  isValue(v) ? v : isStructuralZero(v) ? 0 : undefined;
/** A total nobody knows: it includes a count that is not published. */
const UNKNOWN = missing('not_available', 'x');
/** How much more a headline figure (an "all" phase or provision, or a derived sum) costs to hide than its count. */
const HEADLINE_COST = 2;

type Relation = { total: number; parts: number[] };

/**
 * Disclosure control for a whole needs table at once, so that no hidden count from 1 to
 * `minCount − 1` can be worked out, or narrowed below [0, minCount], from any published figure:
 * each group's total (the sum of its needs, shown beside the shares), the phases that add up to
 * other phases (placement types, their subtotals such as "Mainstream - total", and "all"; see
 * {@link phaseFamilies}), "all" provision as SEN support plus EHC plans, and the groups the model
 * adds up itself (`derived`). A relation is read from the labels and kept as the counts bear it out:
 * as an equality where every fully known instance adds up exactly, as a bound ("all" at least the sum
 * of the others) where "all" counts more, as in a setting not listed, and not at all where the parts
 * add up to more than the whole. A cell whose need is `ALL` (a published total row) is its group's
 * total in every relation: at least the sum of the needs (equal to it where every need is published
 * and they add up). A group whose total has to be hidden is hidden whole. Secondary cells are chosen
 * by cost: the smallest counts first, headline figures ("all", derived sums) only when nothing cheaper
 * protects the small counts. Built on {@link protectLinkedCounts}.
 *
 * @param cells the cells as read
 * @param minCount disclosure threshold
 * @param options the derived groups to protect with the rest
 * @returns values and reasons per cell, the groups hidden whole and the derived cells hidden
 * @example protectNeedTable(cells, 10).hiddenTotals.has(['local', 'Special - non-maintained', 'ehc_plan'].join('\u0001'))
 */
export function protectNeedTable(
  cells: readonly NeedTableCell[],
  minCount: number,
  options: NeedTableOptions = {},
): ProtectedNeedTable {
  const n = cells.length;
  const groupKey = (g: string, p: string, v: string) => [g, p, v].join(SEP);
  type Group = {
    cells: Map<string, number>;
    complete: boolean;
    total: number;
    index: number;
    known?: number;
    headline: boolean;
    /** the published total row (need ALL), when it holds a count */
    all?: number;
    /** for a derived group, the groups it adds up */
    parts?: Group[];
    /** its total is a total row, or total rows added up */
    totalRow?: boolean;
  };
  const groups = new Map<string, Group>();
  const values: (number | Missing | undefined)[] = cells.map((c) => c.value);
  const totals: string[] = [];
  const followers: number[][] = Array.from({ length: n }, () => []);
  const headline: boolean[] = cells.map((c) => c.phase.trim().toLowerCase() === 'all' || c.provision === 'all');
  const addCell = (value: number | Missing, key: string, members: number[], isHeadline: boolean) => {
    const index = values.length;
    values.push(value);
    totals.push(key);
    followers.push(members);
    headline.push(isHeadline);
    return index;
  };
  const groupOf = (g: string, p: string, v: string, isHeadline: boolean) => {
    const key = groupKey(g, p, v);
    let group = groups.get(key);
    if (!group)
      groups.set(key, (group = { cells: new Map(), complete: true, total: 0, index: -1, headline: isHeadline }));
    return group;
  };
  const count = (group: Group, need: string, i: number) => {
    group.cells.set(need, i);
    const v = numeric(values[i]);
    if (v === undefined) group.complete = false;
    else group.total += v;
  };
  cells.forEach((c, i) => {
    const group = groupOf(c.geography, c.phase, c.provision, headline[i]!);
    // the group's published total row (need ALL) is its total, not one of its needs
    if (c.need === NEED_TOTAL) {
      if (isValue(c.value)) group.all = i;
    } else count(group, c.need, i);
  });

  const constraints: LinearConstraint[] = [];
  // derived groups: each cell is the sum of its parts' cells (unknown when a part is)
  for (const d of options.derived ?? []) {
    const parts = d.parts
      .map(([p, v]) => groups.get(groupKey(d.geography, p, v)))
      .filter((g): g is Group => g !== undefined);
    if (parts.length !== d.parts.length) continue;
    const key = groupKey(d.geography, d.phase, d.provision);
    const group = groupOf(d.geography, d.phase, d.provision, true);
    group.parts = parts;
    const needs = [...new Set(parts.flatMap((g) => [...g.cells.keys()]))];
    for (const need of needs) {
      const members = parts.map((g) => g.cells.get(need)).filter((i): i is number => i !== undefined);
      const sum = members.reduce<number | undefined>(
        (s, i) => (s === undefined || numeric(values[i]) === undefined ? undefined : s + numeric(values[i])!),
        0,
      );
      const index = addCell(sum ?? UNKNOWN, `${key}${SEP}${need}`, [], true);
      count(group, need, index);
      constraints.push({ total: index, parts: members });
    }
  }

  // totals at least the sum of their needs: equal where every need is published and they add up
  const atLeast = (total: number, members: number[], g: Group) => {
    const t = numeric(values[total])!;
    const kind = !g.complete || t === g.total ? 'eq' : 'ge';
    if (t >= g.total || !g.complete) constraints.push({ total, parts: members, kind });
  };
  for (const [key, g] of groups) {
    const members = [...g.cells.values()];
    if (g.all !== undefined) {
      // a published total row: the group's total, and the denominator of its shares
      g.index = g.all;
      g.totalRow = true;
      followers[g.all]!.push(...members);
      atLeast(g.all, members, g);
      continue;
    }
    if (g.parts?.every((p) => p.totalRow)) {
      // a derived group of groups with total rows: its total is theirs added up
      const sum = g.parts.reduce((s, p) => s + numeric(values[p.index])!, 0);
      g.index = addCell(sum, key, members, g.headline);
      g.totalRow = true;
      constraints.push({ total: g.index, parts: g.parts.map((p) => p.index) });
      atLeast(g.index, members, g);
      continue;
    }
    // the group's true total: known (and shown) when every need is known, else unknown to everyone
    g.index = addCell(g.complete ? g.total : UNKNOWN, key, members, g.headline);
    constraints.push({ total: g.index, parts: members });
    if (!g.complete) {
      // the total of the needs that are known: the denominator of the shares shown
      g.known = addCell(g.total, key, members, g.headline);
      constraints.push({ total: g.known, parts: members.filter((i) => numeric(values[i]) !== undefined) });
    }
  }

  const raw = (i: number) => numeric(values[i]);
  /** How the relations of a family hold where every cell is known: all exactly, some with room to spare, or not at all. */
  const kindOf = (relations: Relation[]): 'eq' | 'ge' | undefined => {
    let kind: 'eq' | 'ge' = 'eq';
    for (const { total, parts } of relations) {
      const t = raw(total);
      const ps = parts.map(raw);
      if (t === undefined || ps.some((p) => p === undefined)) continue;
      const slack = t - ps.reduce((a, b) => a! + b!, 0)!;
      if (slack < 0) return undefined;
      if (slack > 0) kind = 'ge';
    }
    return relations.length ? kind : undefined;
  };
  const keep = (relations: Relation[]) => {
    const kind = kindOf(relations);
    if (kind) for (const r of relations) constraints.push({ ...r, kind });
  };

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
        const relations: Relation[] = [];
        for (const need of needs) {
          const t = parent.cells.get(need);
          const ps = children.map((c) => c.cells.get(need));
          if (t !== undefined && ps.every((p) => p !== undefined)) relations.push({ total: t, parts: ps as number[] });
        }
        relations.push({ total: parent.index, parts: children.map((c) => c.index) });
        keep(relations);
      }
    }
    // "all" provision as SEN support plus EHC plans, when the data gives all three
    for (const phase of new Set(cells.filter((c) => c.geography === geo).map((c) => c.phase))) {
      const [all, ss, ehc] = (['all', 'sen_support', 'ehc_plan'] as const).map((v) =>
        groups.get(groupKey(geo, phase, v)),
      );
      if (!all || !ss || !ehc) continue;
      const relations: Relation[] = [];
      for (const [need, i] of all.cells) {
        const a = ss.cells.get(need);
        const b = ehc.cells.get(need);
        if (a !== undefined && b !== undefined) relations.push({ total: i, parts: [a, b] });
      }
      relations.push({ total: all.index, parts: [ss.index, ehc.index] });
      keep(relations);
    }
  }

  const costs = values.map((v, i) => (numeric(v) ?? 0) * (headline[i] ? HEADLINE_COST : 1));
  const result = protectLinkedCounts(values, constraints, { minCount, followers, costs });
  const hiddenTotals = new Set<string>();
  for (const [key, g] of groups) {
    const shown = g.known ?? g.index;
    if (isMissing(result.values[shown]) && result.reasons[shown]) hiddenTotals.add(key);
  }
  const hiddenDerived = new Set<string>();
  for (let i = n; i < values.length; i++) {
    if (totals[i - n]!.split(SEP).length === 4 && isMissing(result.values[i]) && result.reasons[i])
      hiddenDerived.add(totals[i - n]!);
  }
  return {
    values: result.values.slice(0, n),
    reasons: result.reasons.slice(0, n),
    hiddenTotals,
    hiddenDerived,
    constraints,
    totals,
  };
}
