import {
  auditCells,
  auditComponent,
  type AuditComponent,
  type AuditRelation,
  type AuditTable,
} from './disclosure-audit.js';
import { MoveCertifier, RelationBlocks, trueSlack } from './disclosure-certificate.js';
import { repairCells } from './disclosure-repair.js';
import { type DisclosureOptions, type ProtectedCounts, type SuppressionReason } from './disclosure.js';
import { disclosureSettings, isSmall, SUPPRESSED } from './disclosure-rules.js';
import { linkedDisclosureKey } from './linked-disclosure-key.js';
import { isMissing, isStructuralZero, isValue, missing, type Missing } from './missing.js';

/** One additive relation between published cells: `values[total]` is the sum of `values[parts]`, or at least it. */
export interface LinearConstraint {
  /** Index of the cell that is the sum (a row total, a subtotal, "all"). */
  total: number;
  /** Indices of the cells that add up to it. */
  parts: readonly number[];
  /**
   * `eq` (default): the total is the sum of the parts. `ge`: the total is at least the sum, as when
   * "all" counts pupils in settings not listed, or a published total includes needs not listed.
   */
  kind?: 'eq' | 'ge';
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
  /**
   * What hiding each cell costs, for choosing secondary cells (default: its count, so the smallest
   * counts go first). Raise it for headline figures, e.g. England's comparator, so that they are
   * hidden only when nothing cheaper protects the small counts.
   */
  costs?: ArrayLike<number>;
}

/**
 * Whether {@link protectLinkedCounts} has anything to protect among `values`: a small count (from 1
 * to `minCount − 1`, zeros too with `suppressZero`) or a count suppressed at source. Without one it
 * hides nothing whatever the relations and followers (every count is shown), so a caller may skip
 * building them.
 *
 * @example needsLinkedProtection([120, 14, 106], { minCount: 10 }) // false
 */
export function needsLinkedProtection(
  values: ArrayLike<number | Missing | undefined>,
  options: DisclosureOptions = {},
): boolean {
  const { minCount, suppressZero } = disclosureSettings(options);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (isValue(v) ? isSmall(v, minCount, suppressZero) : isMissing(v) && v.kind === 'suppressed') return true;
  }
  return false;
}

/** What a cell is to someone reading the published figures. */
const enum State {
  /** shown: its value is known */
  Shown,
  /** hidden here (primary or secondary) */
  Hidden,
  /** missing at source with a value nobody knows (c, x, u, low, blank) */
  Unknown,
}

/** How far a check may miss and still count as met, in counts. */
const TOLERANCE = 1e-6;
/** Checks per hidden count before giving up on choosing cells one by one (then its whole neighbourhood is hidden). */
const MAX_ROUNDS = 200;

/**
 * Disclosure control for counts tied by linear relations: a table whose rows have totals, whose rows
 * sit in a hierarchy (parts, subtotals such as "Mainstream - total", and "all"), whose provisions add
 * up ("all" = SEN support + EHC plans), and relations that only bound (`ge`: "all" counts settings
 * not listed). It hides counts from 1 to `minCount − 1` (primary suppression), then hides further
 * cells (secondary suppression) until every such count is protected against bounds reasoning: over
 * everything shown and every relation, with every unknown count at least 0, the hidden count could
 * still be 0 and could still be `minCount` or more, as a linear programme over the published figures
 * (an attacker's tightest bounds) would find. This is the protection-interval rule of cell
 * suppression, as in tau-Argus.
 *
 * Secondary cells are chosen by cost (`costs`, default the counts themselves, so the smallest go
 * first, plus `minCount` per cell, so fewer cells are preferred): quick rules relation by relation
 * for the plain cases, then a check of each hidden count: first a certificate (the true table with
 * the count moved to 0 or the threshold and the change taken up by other hidden cells, a feasible
 * point found in a few steps, see `disclosure-certificate.ts`), else the exact check (a small
 * feasibility problem over the unknowns linked to it, see `disclosure-audit.ts`). A certificate is a
 * proof, so it passes only what the exact check would; it is what keeps 32,844 neighbourhoods quick.
 * When the exact check fails, a second linear programme finds the cheapest shown cells whose moving
 * lets the count reach 0 (or the threshold) with every relation still holding
 * (`disclosure-repair.ts`: in a table with margins, a cycle of cells), and those are hidden.
 *
 * Cells missing at source are unknowns too; a cell suppressed at source (`c`) is protected as the
 * small counts are (what is shown here must not narrow it below [0, minCount] either); a structural
 * zero (a symbol its publication defines as zero) is a known zero, and `z` without that definition
 * is unknown. Missing values other than `c` pass through unchanged.
 *
 * The results of the last eight inputs that had something to protect are kept (see
 * `linkedDisclosureKey`): the same values, relations, followers, costs and options again, as when a
 * chart is given the same figures or built again for other wording, return the same cells without
 * solving again (the function is deterministic, so this changes no result, only its time).
 *
 * @param values counts (numbers, or missing values from the source)
 * @param constraints the relations between cells, by index
 * @param options threshold, followers, costs, rounding
 * @returns shown or suppressed values with a reason per suppressed cell
 * @example
 * // all = A + B, and A, B and all each have two needs that add up to their total cells
 * protectLinkedCounts([120, 4, 116, 60, 2, 58, 60, 2, 58], [
 *   { total: 0, parts: [3, 6] }, { total: 1, parts: [4, 7] }, { total: 2, parts: [5, 8] },
 *   { total: 0, parts: [1, 2] }, { total: 3, parts: [4, 5] }, { total: 6, parts: [7, 8] },
 * ]).reasons // 4 is primary; enough others are hidden that no hidden count can be narrowed below 10
 */
export function protectLinkedCounts(
  values: ArrayLike<number | Missing | undefined>,
  constraints: readonly LinearConstraint[],
  options: LinkedDisclosureOptions = {},
): ProtectedCounts {
  const { minCount, roundTo, suppressZero } = disclosureSettings(options);
  const n = values.length;
  // nothing to protect (no small count, none suppressed at source): nothing is hidden, whatever the
  // relations, so they are only checked
  if (!needsLinkedProtection(values, options)) {
    constraints.forEach((c, j) => [c.total, ...c.parts].forEach((i) => checkCell(i, j, n)));
    return published(values, () => false, roundTo, new Array(n), noneHidden());
  }
  // the same input as a recent call (a chart given the same figures again, or built again for
  // other wording): the same cells, for the same reasons, without solving again
  const key = linkedDisclosureKey(values, constraints, { minCount, roundTo, suppressZero }, options);
  const known = key === undefined ? undefined : recent.get(key);
  if (known) {
    recent.delete(key!);
    recent.set(key!, known);
    return copyOf(known);
  }
  const result = protectLinked(values, constraints, options);
  if (key !== undefined) {
    recent.set(key, copyOf(result));
    if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  }
  return result;
}

/** A tally of hidden cells by reason, all none. */
const noneHidden = (): Record<SuppressionReason, number> => ({ primary: 0, secondary: 0, denominator: 0, source: 0 });

/** Throws when relation `j` names a cell `i` outside the `n` cells. */
function checkCell(i: number, j: number, n: number): void {
  if (!(i >= 0 && i < n)) throw new RangeError(`constraint ${j} names cell ${i}, but there are ${n} cells`);
}

/** How many recent inputs {@link protectLinkedCounts} keeps its result for. */
const RECENT = 8;
/** Recent inputs' results, by {@link linkedDisclosureKey}, oldest first. */
const recent = new Map<string, ProtectedCounts>();
const copyOf = (r: ProtectedCounts): ProtectedCounts => ({
  values: r.values.slice(),
  reasons: r.reasons.slice(),
  counts: { ...r.counts },
});

/** {@link protectLinkedCounts} past its short cuts: the protection itself. */
function protectLinked(
  values: ArrayLike<number | Missing | undefined>,
  constraints: readonly LinearConstraint[],
  options: LinkedDisclosureOptions,
): ProtectedCounts {
  const { minCount, roundTo, suppressZero } = disclosureSettings(options);
  const n = values.length;
  const counts = noneHidden();
  const followers = options.followers;
  const state = new Uint8Array(n);
  /** cells hidden so far (primary and secondary) */
  let hiddenCount = 0;
  /** a known zero (z) that cannot be hidden: it is structural */
  const fixed = new Uint8Array(n);
  const raw = new Float64Array(n);
  const reasons: (SuppressionReason | undefined)[] = new Array(n);
  const relations: AuditRelation[] = constraints.map((c) => ({ total: c.total, parts: c.parts, kind: c.kind ?? 'eq' }));
  const relationsOf: number[][] = Array.from({ length: n }, () => []);
  const link = (i: number, j: number) => {
    checkCell(i, j, n);
    relationsOf[i]!.push(j);
  };
  relations.forEach((c, j) => {
    link(c.total, j);
    for (const i of c.parts) link(i, j);
  });
  // every hidden cell costs the threshold on top of its own cost, so that fewer cells are preferred
  // and a zero is not free to hide
  const cost = (i: number) => (options.costs ? options.costs[i]! : raw[i]!) + Math.max(1, minCount);

  /**
   * A hidden cell worth protecting: a small count hidden here (a zero hidden with its row, suppressZero
   * aside, discloses nothing), or a cell suppressed at source, whose value nobody knows.
   */
  const sensitive = (i: number) =>
    (state[i] === State.Hidden && raw[i]! < minCount && (raw[i]! > 0 || suppressZero)) ||
    (state[i] === State.Unknown && reasons[i] === 'source');
  const pending: number[] = [];
  /** each relation's hidden cells, for certificates */
  const hiddenIn: number[][] = relations.map(() => []);
  /** the blocks of relations joined by cells not shown, once the checks begin */
  let blocks: RelationBlocks | undefined;
  const hide = (i: number, reason: SuppressionReason) => {
    if (state[i] !== State.Shown || fixed[i]) return;
    state[i] = State.Hidden;
    for (const r of relationsOf[i]!) hiddenIn[r]!.push(i);
    blocks?.join(relationsOf[i]!);
    hiddenCount++;
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
  const hideWithFollowers = (i: number) => (hide(i, 'secondary'), follow());
  /** What hiding a cell costs with the shown cells that follow it (a group total hides its group). */
  const hidingCost = (i: number) => closure(i).reduce((s, c) => s + cost(c), 0);
  /** The cells hiding `i` would hide: itself and its shown followers, transitively. */
  const closure = (i: number): number[] => {
    const out = [i];
    const seen = new Set(out);
    for (let k = 0; k < out.length; k++) {
      for (const f of followers?.[out[k]!] ?? []) {
        if (state[f] === State.Shown && !fixed[f] && !seen.has(f)) (seen.add(f), out.push(f));
      }
    }
    return out;
  };

  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (isValue(v)) {
      raw[i] = v;
      if (isSmall(v, minCount, suppressZero)) hide(i, 'primary');
    } else if (isStructuralZero(v)) {
      raw[i] = 0; // a known zero: its publication defines the symbol as zero
      fixed[i] = 1;
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

  /**
   * The cheapest shown cell of a relation worth hiding for the quick rules: one that is free to move
   * once hidden (each of its other relations holds another unknown), among the positive parts. A
   * cell pinned by another relation would be hidden for nothing, and a total hides more than itself;
   * the exact check then finds what to hide instead.
   */
  const candidateIn = (c: AuditRelation, j: number): number | undefined => {
    const free = (i: number) =>
      relationsOf[i]!.every((r) => {
        if (r === j) return true;
        const rel = relations[r]!;
        return [rel.total, ...rel.parts].some((o) => o !== i && state[o] !== State.Shown);
      });
    let best: number | undefined;
    const better = (i: number) => best === undefined || cost(i) < cost(best);
    for (const i of c.parts) if (state[i] === State.Shown && !fixed[i] && raw[i]! > 0 && better(i) && free(i)) best = i;
    return best;
  };

  // quick rules, relation by relation (equalities), until nothing changes: at least two unknowns, and
  // hidden parts adding up to the threshold when the total is shown
  for (let changed = true; changed;) {
    changed = false;
    for (let j = 0; j < relations.length; j++) {
      const c = relations[j]!;
      if (c.kind !== 'eq') continue;
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
        const i = candidateIn(c, j);
        if (i === undefined) break;
        hideWithFollowers(i);
        changed = true;
      }
    }
  }

  // the check of every sensitive cell: a certificate first (the true table moved so that the cell
  // reaches 0 or the threshold, a proof found in a few steps), else the exact check; a failing exact
  // check hides the cheapest cells that free it
  const table: AuditTable = { known: (i) => state[i] === State.Shown, value: raw, relations, relationsOf };
  const truth = trueSlack(relations, raw, (i) => state[i] === State.Unknown);
  // certificates only where the exact check's block holds at the true values throughout
  blocks = new RelationBlocks(truth.trusted);
  for (let i = 0; i < n; i++) if (state[i] !== State.Shown) blocks.join(relationsOf[i]!);
  const certifier = new MoveCertifier(
    { ...truth, value: raw, relations, relationsOf, hidden: (i) => state[i] === State.Hidden, hiddenIn },
    n,
  );
  const minOk = new Uint8Array(n);
  const maxOk = new Uint8Array(n);
  /** Records what a feasible point shows about a cell: it can be 0, or reach the threshold. */
  const harvestOne = (c: number, v: number) => {
    if (!sensitive(c)) return;
    if (v <= TOLERANCE) minOk[c] = 1;
    if (v >= minCount - TOLERANCE) maxOk[c] = 1;
  };
  const harvest = (point: Map<number, number>) => {
    for (const [c, v] of point) harvestOne(c, v);
  };
  // components made ready for checks, until the next cell is hidden
  const ready = new Map<number, AuditComponent>();
  let readyAt = -1;
  const componentOf = (i: number) => {
    if (readyAt !== hiddenCount) (ready.clear(), (readyAt = hiddenCount));
    let component = ready.get(i);
    if (!component) {
      component = auditComponent(table, i, sensitive);
      for (const c of component.cells) ready.set(c, component);
    }
    return component;
  };
  for (let i = 0; i < n; i++) if (state[i] === State.Hidden && sensitive(i) && raw[i] === 0) minOk[i] = 1; // a hidden zero can be 0: it is
  for (let i = 0; i < n; i++) {
    if (!sensitive(i)) continue;
    for (const mode of ['min', 'max'] as const) {
      const done = mode === 'min' ? minOk : maxOk;
      if (done[i]) continue;
      for (let round = 0; !done[i]; round++) {
        const sound = state[i] === State.Hidden && (!relationsOf[i]!.length || blocks.sound(relationsOf[i]![0]!));
        const point = sound && certifier.move(i, mode === 'min' ? 0 : minCount);
        if (point) {
          done[i] = 1;
          for (let k = 0; k < certifier.count; k++)
            harvestOne(certifier.moved[k]!, certifier.valueAt(certifier.moved[k]!));
          break;
        }
        const outcome = round < MAX_ROUNDS ? auditCells(componentOf(i), [i], mode, minCount) : undefined;
        if (outcome?.ok) {
          done[i] = 1;
          for (const c of outcome.mates) if (sensitive(c)) done[c] = 1;
          harvest(outcome.point);
          break;
        }
        // the cheapest shown cells whose hiding lets the count move far enough, found by a linear programme
        const fix = outcome ? repairCells(table, i, mode, minCount, hidingCost, (c) => !fixed[c]) : undefined;
        if (fix?.length) {
          for (const c of fix) hide(c, 'secondary');
          follow();
        } else if (!hideNeighbourhood(i)) break; // nothing left to hide: cannot happen with consistent relations
      }
    }
  }

  /** Hides every shown cell of every relation linked to `i` through unknowns; false when there was none. */
  function hideNeighbourhood(i: number): boolean {
    const cells = [i];
    const seen = new Set(cells);
    const toHide: number[] = [];
    for (let k = 0; k < cells.length; k++) {
      for (const r of relationsOf[cells[k]!]!) {
        const rel = relations[r]!;
        for (const c of [rel.total, ...rel.parts]) {
          if (seen.has(c)) continue;
          seen.add(c);
          if (state[c] === State.Shown) {
            if (!fixed[c]) toHide.push(c);
          } else cells.push(c);
        }
      }
    }
    for (const c of toHide) hideWithFollowers(c);
    return toHide.length > 0;
  }

  return published(values, (i) => state[i] === State.Hidden, roundTo, reasons, counts);
}

/** The values as published: hidden cells suppressed, the rest shown (rounded when asked). */
function published(
  values: ArrayLike<number | Missing | undefined>,
  hidden: (i: number) => boolean,
  roundTo: number,
  reasons: (SuppressionReason | undefined)[],
  counts: Record<SuppressionReason, number>,
): ProtectedCounts {
  const out: (number | Missing)[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (hidden(i)) out[i] = SUPPRESSED;
    else if (isValue(v)) out[i] = roundTo > 1 ? Math.round(v / roundTo) * roundTo : v;
    else out[i] = isMissing(v) ? v : missing('blank');
  }
  return { values: out, reasons, counts };
}
