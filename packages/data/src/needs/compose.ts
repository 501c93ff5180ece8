import type { NeedCode } from '../contracts/needs-codes.js';
import { wordingOf, type TextOptions } from '../text/wording.js';
import { CODE_ORDER } from './labels.js';
import { NEEDS_STRINGS } from './strings.js';
import type { NeedGroup, NeedsModel, NeedsWording, Provision } from './types.js';

/** Options for {@link composeNeeds}. */
export interface NeedCompositionOptions {
  /** Bars across phases (for one provision) or across provisions (for one phase). Default "phase". */
  by?: 'phase' | 'provision';
  /** The phase when `by` is "provision". */
  phase?: string;
  /** The provision when `by` is "phase". */
  provision?: Provision;
  /** Keep the N needs with the most pupils across the bars; add the rest up as "Other needs". Default 6. */
  top?: number;
  /** Wording of need labels, "Other needs" and "Suppressed" (see {@link NEEDS_STRINGS}). */
  text?: TextOptions | NeedsWording;
}

/** One segment of a 100% stacked bar. */
export interface CompositionSegment {
  /** A need code, `OTHER`, or `SUPPRESSED` (the pupils in hidden cells, as one block). */
  key: string;
  label: string;
  status: 'shown' | 'suppressed' | 'missing';
  count?: number;
  /** Share of the bar's denominator (fraction). */
  share?: number;
}

/** One 100% stacked bar. */
export interface CompositionBar {
  /** Phase or provision value. */
  key: string;
  group: NeedGroup;
  segments: CompositionSegment[];
  /** Shares are of known cells only (some cells missing at source). */
  partial: boolean;
  /** The whole bar is hidden (its total is below the threshold). */
  suppressed: boolean;
}

/** Bars of a composition view with the needs (legend entries) they use. */
export interface NeedComposition {
  by: 'phase' | 'provision';
  /** Legend entries in stacking order. */
  keys: { key: string; label: string }[];
  bars: CompositionBar[];
}

/**
 * Need composition as 100% stacked bars across phases or provisions. The needs kept are the same
 * in every bar (the top N by local pupils over all bars), then "Other needs", then one
 * "Suppressed" block holding the pupils of every hidden cell, which is the total minus the shown
 * cells and so reveals nothing; it is left out (and the bar is `partial`) when the total is not known.
 *
 * @example composeNeeds(model, { by: 'phase', provision: 'all' }).bars.map((b) => b.key) // ['primary', 'secondary', 'special']
 */
export function composeNeeds(model: NeedsModel, options: NeedCompositionOptions = {}): NeedComposition {
  const by = options.by ?? 'phase';
  const w = wordingOf(NEEDS_STRINGS, options.text);
  const needLabel = (c: NeedCode) => w.t('needsLabel', { name: w.t(`need.${c}`), code: c });
  let groups: NeedGroup[];
  if (by === 'phase') {
    const v = options.provision ?? (model.provisions.includes('all') ? 'all' : model.provisions[0]);
    const phases = model.phases.filter((p) => p !== 'all');
    groups = model.groups.filter((g) => g.provision === v && (phases.length ? phases.includes(g.phase) : true));
  } else {
    const p = options.phase ?? (model.phases.includes('all') ? 'all' : model.phases[0]);
    const parts = model.groups.filter((g) => g.phase === p && g.provision !== 'all');
    groups = parts.length ? parts : model.groups.filter((g) => g.phase === p);
  }
  const topN = Math.max(1, Math.floor(options.top ?? 6));
  const totals = new Map<NeedCode, number>();
  // need not recorded is never ranked among the needs: it stays in "Other needs"
  for (const g of groups)
    for (const r of g.needs)
      if (r.local.status === 'shown' && !g.local.suppressed && r.key !== 'UNKNOWN')
        totals.set(r.key as NeedCode, (totals.get(r.key as NeedCode) ?? 0) + r.local.count!);
  const ranked = [...totals.entries()]
    .filter(([, c]) => c > 0)
    .sort((a, b) => b[1] - a[1] || CODE_ORDER.get(a[0])! - CODE_ORDER.get(b[0])!)
    .map(([c]) => c);
  // strictly N (each kept need gets its own colour), the rest as "Other needs"
  const keptCodes = ranked.slice(0, topN);
  const keys = keptCodes.map((c) => ({ key: c as string, label: needLabel(c) }));
  let anyOther = false;
  let anySuppressed = false;
  const bars: CompositionBar[] = groups.map((g) => {
    const key = by === 'phase' ? g.phase : g.provision;
    // a group whose total is below the threshold is a bar with nothing drawn, said in words
    if (g.local.suppressed || g.local.denominator === undefined)
      return { key, group: g, segments: [], partial: false, suppressed: true };
    const d = g.local.denominator;
    const segments: CompositionSegment[] = [];
    let shownSum = 0;
    for (const c of keptCodes) {
      const r = g.needs.find((x) => x.key === c);
      if (!r || r.local.status === 'missing') {
        segments.push({ key: c, label: needLabel(c), status: 'missing' });
        continue;
      }
      if (r.local.status === 'suppressed') {
        segments.push({ key: c, label: needLabel(c), status: 'suppressed' });
        continue;
      }
      shownSum += r.local.count!;
      segments.push({ key: c, label: needLabel(c), status: 'shown', count: r.local.count!, share: r.local.count! / d });
    }
    let other = 0;
    let hiddenAny = false;
    for (const r of g.needs) {
      if (keptCodes.includes(r.key as NeedCode)) {
        if (r.local.status === 'suppressed') hiddenAny = true;
        continue;
      }
      if (r.local.status === 'shown') other += r.local.count!;
      else if (r.local.status === 'suppressed') hiddenAny = true;
    }
    shownSum += other;
    if (other > 0) {
      anyOther = true;
      segments.push({ key: 'OTHER', label: w.t('needsOther'), status: 'shown', count: other, share: other / d });
    }
    let partial = !g.local.complete;
    if (hiddenAny && g.local.complete) {
      const hidden = d - shownSum;
      // protectCounts keeps every group's hidden pupils at or above the threshold; check anyway
      if (hidden >= model.minCount) {
        anySuppressed = true;
        segments.push({
          key: 'SUPPRESSED',
          label: w.t('needsSuppressedBlock'),
          status: 'shown',
          count: hidden,
          share: hidden / d,
        });
      } else if (hidden > 0) partial = true;
    }
    return { key, group: g, segments, partial, suppressed: false };
  });
  if (anyOther) keys.push({ key: 'OTHER', label: w.t('needsOther') });
  if (anySuppressed) keys.push({ key: 'SUPPRESSED', label: w.t('needsSuppressedBlock') });
  return { by, keys, bars };
}
