import type { SuppressionReason } from '../disclosure.js';
import { needsLinkedProtection, protectLinkedCounts, type LinearConstraint } from '../linked-disclosure.js';
import { isMissing, isStructuralZero, isValue, missing, type Missing } from '../missing.js';

type Count = number | Missing;

/** The counts of one level of the deprivation chart, one entry per decile or per neighbourhood. */
export interface DeprivationCounts {
  pupils: readonly Count[];
  sen_support: readonly Count[];
  ehc_plan: readonly Count[];
}

/** Protected counts of one measure: shown values (or a suppressed missing value) and the reason for each hidden one. */
export interface ProtectedMeasure {
  values: Count[];
  reasons: (SuppressionReason | undefined)[];
}

/** The measures the chart shows counts of: pupils, and the three rates' numerators. */
export type DeprivationCountKey = 'pupils' | 'sen_support' | 'ehc_plan' | 'all_sen';

/** What {@link protectDeprivation} decides for one geography. */
export interface ProtectedDeprivation {
  /** Per measure, the ten deciles. */
  deciles: Record<DeprivationCountKey, ProtectedMeasure>;
  /** Per measure, whether the total over all deciles may be shown (it is published by the overall rate). */
  totals: Record<DeprivationCountKey, boolean>;
  /** Per measure, the neighbourhoods, when they were given. */
  lsoas?: Record<DeprivationCountKey, ProtectedMeasure>;
}

const KEYS: readonly DeprivationCountKey[] = ['pupils', 'sen_support', 'ehc_plan', 'all_sen'];
const SUPPRESSED = missing('suppressed', 'c');
const UNKNOWN = missing('not_available', 'x');
/** A decile with no rows: zero by definition (a structural zero), so sums count it as 0. */
const NONE = missing('not_applicable', 'z', true);
/** How much more a decile or overall figure (what the chart draws first) costs to hide than a neighbourhood's. */
const HEADLINE_COST = 4;

const sum = (a: Count, b: Count): Count =>
  isValue(a) && isValue(b)
    ? a + b
    : isMissing(a) && a.kind === 'suppressed'
      ? a
      : isMissing(b) && b.kind === 'suppressed'
        ? b
        : isMissing(a)
          ? a
          : b;

/**
 * Disclosure control for the deprivation chart's figures of one geography, its decile level and its
 * neighbourhood (LSOA) level together, with the totals over all deciles that the overall rate
 * publishes: no count from 1 to `minCount − 1` (pupils, SEN support, EHC plans, or both together) can
 * be worked out or narrowed below [0, minCount] from anything shown, at either level. The relations:
 * each decile is the sum of its neighbourhoods (at least it, when some rows have no neighbourhood),
 * the total is the sum of the deciles, "any SEN" is SEN support plus EHC plans, and nowhere can SEN
 * support and EHC plans together exceed the pupils. A hidden pupil count hides its node's rates; a
 * hidden SEN support or EHC plan count hides "any SEN" there. Secondary cells are chosen by cost,
 * neighbourhoods before deciles. Built on {@link protectLinkedCounts}.
 *
 * @param deciles the ten deciles' counts; a decile with no rows is `not_available` (`x`) and counts as 0
 * @param minCount disclosure threshold
 * @param lsoas the neighbourhoods' counts and the decile (1–10) each is in, when the chart has them
 * @returns protected counts per level and measure, and which totals may be shown
 * @example protectDeprivation(totals, 10).deciles.ehc_plan.reasons[9] // 'primary' when decile 10 has 5 EHC plans
 */
export function protectDeprivation(
  deciles: DeprivationCounts & { rows?: readonly number[] },
  minCount: number,
  lsoas?: DeprivationCounts & { decile: readonly number[] },
): ProtectedDeprivation {
  const noRows = (d: number) => deciles.rows?.[d] === 0;
  const values: Count[] = [];
  /** Each node's first cell and what hiding its cells costs per count. */
  const nodes: { at: number; weight: number }[] = [];
  /** Adds a node's four cells (pupils, SEN support, EHC plans, any SEN); returns its first index. */
  const node = (p: Count, s: Count, e: Count, weight: number) => {
    const at = values.length;
    values.push(p, s, e, sum(s, e));
    nodes.push({ at, weight });
    return at;
  };
  const decileAt: number[] = [];
  for (let d = 0; d < 10; d++) {
    // a decile with no rows counts as 0 in the sums (and is given back as it was)
    const pick = (v: Count) => (noRows(d) ? NONE : v);
    decileAt.push(
      node(pick(deciles.pupils[d]!), pick(deciles.sen_support[d]!), pick(deciles.ehc_plan[d]!), HEADLINE_COST),
    );
  }
  const totalOf = (k: number): Count =>
    decileAt.reduce<Count>((acc, at) => sum(acc, isStructuralZero(values[at + k]) ? 0 : values[at + k]!), 0);
  const total = node(
    ...([0, 1, 2].map((k) => {
      const t = totalOf(k);
      return isValue(t) ? t : UNKNOWN;
    }) as [Count, Count, Count]),
    HEADLINE_COST,
  );
  const lsoaAt = lsoas?.decile.map((_, i) => node(lsoas.pupils[i]!, lsoas.sen_support[i]!, lsoas.ehc_plan[i]!, 1));

  // with no small count and none suppressed at source nothing is hidden, whatever the relations:
  // they are built only when there is something to protect
  const out = needsLinkedProtection(values, { minCount })
    ? protectLinkedCounts(values, relations(), { minCount, followers: followers(), costs: costs() })
    : protectLinkedCounts(values, [], { minCount });

  /** The relations: any SEN is SEN support plus EHC plans, within the pupils; totals of deciles and of neighbourhoods. */
  function relations(): LinearConstraint[] {
    // in the order the secondary cells' rules meet them: the deciles' and the total's own
    // relations, the total's sums, then the neighbourhoods' own and their deciles' sums
    const constraints: LinearConstraint[] = [];
    const own = ({ at }: { at: number }) =>
      constraints.push({ total: at + 3, parts: [at + 1, at + 2] }, { total: at, parts: [at + 3], kind: 'ge' });
    nodes.slice(0, 11).forEach(own);
    for (let k = 0; k < 3; k++) constraints.push({ total: total + k, parts: decileAt.map((at) => at + k) });
    nodes.slice(11).forEach(own);
    if (!lsoas || !lsoaAt) return constraints;
    const byDecile: number[][] = Array.from({ length: 10 }, () => []);
    lsoaAt.forEach((at, i) => byDecile[lsoas.decile[i]! - 1]?.push(at));
    for (let d = 0; d < 10; d++) {
      const members = byDecile[d]!;
      if (!members.length) continue;
      for (let k = 0; k < 3; k++) {
        const parts = members.map((at) => at + k);
        const whole = values[decileAt[d]! + k]!;
        const known = parts.reduce<Count>((acc, i) => sum(acc, values[i]!), 0);
        // rows without a neighbourhood still count in their decile: then it is at least the sum
        const kind = isValue(whole) && isValue(known) && whole > known ? 'ge' : 'eq';
        if (!(isValue(whole) && isValue(known) && whole < known))
          constraints.push({ total: decileAt[d]! + k, parts, kind });
      }
    }
    return constraints;
  }
  /** Hiding a node's pupils hides its other cells; hiding SEN support or EHC plans hides any SEN. */
  function followers(): number[][] {
    const out: number[][] = [];
    for (const { at } of nodes) out.push([at + 1, at + 2, at + 3], [at + 3], [at + 3], []);
    return out;
  }
  /** Each cell's cost: its count, times four for a decile or total (what the chart draws first). */
  function costs(): number[] {
    const out: number[] = [];
    for (const { at, weight } of nodes)
      for (let k = 0; k < 4; k++) {
        const v = values[at + k]!;
        out.push((isValue(v) ? v : 0) * weight);
      }
    return out;
  }
  const measure = (
    starts: readonly number[],
    k: number,
    given?: (i: number) => Count | undefined,
  ): ProtectedMeasure => {
    const vs: Count[] = [];
    const rs: (SuppressionReason | undefined)[] = [];
    starts.forEach((at, i) => {
      const v = given?.(i) ?? out.values[at + k]!;
      let r = out.reasons[at + k];
      // "any SEN" hidden because a part is: the part's reason says why
      if (k === 3 && r === 'secondary') r = out.reasons[at + 1] ?? out.reasons[at + 2] ?? r;
      vs.push(r ? SUPPRESSED : v);
      rs.push(r);
    });
    return { values: vs, reasons: rs };
  };
  const byKey = (starts: readonly number[], given?: (i: number) => Count | undefined) =>
    Object.fromEntries(KEYS.map((key, k) => [key, measure(starts, k, given)])) as Record<
      DeprivationCountKey,
      ProtectedMeasure
    >;
  const result: ProtectedDeprivation = {
    deciles: byKey(decileAt, (d) => (noRows(d) ? missing('not_available', 'x') : undefined)),
    totals: Object.fromEntries(KEYS.map((key, k) => [key, out.reasons[total + k] === undefined])) as Record<
      DeprivationCountKey,
      boolean
    >,
  };
  if (lsoaAt) result.lsoas = byKey(lsoaAt);
  return result;
}
