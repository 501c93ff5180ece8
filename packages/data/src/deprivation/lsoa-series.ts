import { canShowRate } from '../disclosure.js';
import { isMissing, isValue, missing, type Missing } from '../missing.js';
import type { ValidatedData } from '../validate.js';
import type { DeprivationCountKey, DeprivationCounts, ProtectedMeasure } from './protect.js';
import type { DeprivationMeasure, LsoaSeries } from './types.js';

/**
 * Gaussian-kernel smoother of rate on rank, weighted by pupils, at `steps` evenly spaced ranks.
 * Points are first summed into 512 rank bins (a bin is far narrower than the kernel), so the cost
 * is one pass over the points plus bins × steps, not points × steps.
 */
export function smoothRates(
  ranks: number[],
  rates: (number | null)[],
  weights: (number | null)[],
  steps = 60,
): { rank: number; rate: number }[] {
  let lo = Infinity;
  let hi = -Infinity;
  let used = 0;
  for (let i = 0; i < ranks.length; i++) {
    const y = rates[i];
    const w = weights[i];
    if (y === null || y === undefined || w === null || w === undefined || !(w > 0)) continue;
    const x = ranks[i]!;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
    used++;
  }
  if (used < 3 || hi === lo) return [];
  const BINS = 512;
  const span = hi - lo;
  const sw = new Float64Array(BINS);
  const swx = new Float64Array(BINS);
  const swy = new Float64Array(BINS);
  for (let i = 0; i < ranks.length; i++) {
    const y = rates[i];
    const w = weights[i];
    if (y === null || y === undefined || w === null || w === undefined || !(w > 0)) continue;
    const x = ranks[i]!;
    const b = Math.min(BINS - 1, Math.floor(((x - lo) / span) * BINS));
    sw[b] += w;
    swx[b] += w * x;
    swy[b] += w * y;
  }
  const bandwidth = span / 10; // about one decile's width for data spread over England
  const out: { rank: number; rate: number }[] = [];
  for (let s = 0; s < steps; s++) {
    const at = lo + (span * s) / (steps - 1);
    let kw = 0;
    let kwy = 0;
    for (let b = 0; b < BINS; b++) {
      if (sw[b] === 0) continue;
      const u = (swx[b]! / sw[b]! - at) / bandwidth;
      if (u > 3 || u < -3) continue;
      const k = Math.exp(-0.5 * u * u);
      kw += k * sw[b]!;
      kwy += k * swy[b]!;
    }
    if (kw > 0) out.push({ rank: at, rate: kwy / kw });
  }
  return out;
}

/** The local rows that are neighbourhoods (an LSOA code and an IMD rank), with their counts as read. */
export interface LsoaRows {
  use: number[];
  counts: DeprivationCounts & { decile: number[] };
}

export function lsoaRows(data: ValidatedData, rows: number[]): LsoaRows | undefined {
  const codeCol = data.columns.get('lsoa_code');
  const rankCol = data.columns.get('imd_rank');
  if (!codeCol || !rankCol) return undefined;
  const use = rows.filter((r) => typeof codeCol[r] === 'string' && isValue(rankCol[r]));
  if (use.length === 0) return undefined;
  const decileCol = data.columns.get('imd_decile')!;
  type Cells = readonly (number | Missing | string | undefined)[];
  const read = (col: Cells) => {
    const out: (number | Missing)[] = new Array(use.length);
    for (let i = 0; i < use.length; i++) {
      const v = col[use[i]!];
      out[i] = isValue(v) ? v : isMissing(v) ? v : missing('blank');
    }
    return out;
  };
  return {
    use,
    counts: {
      decile: use.map((r) => decileCol[r] as number),
      pupils: read(data.columns.get('pupils') as Cells),
      sen_support: read(data.columns.get('sen_support') as Cells),
      ehc_plan: read(data.columns.get('ehc_plan') as Cells),
    },
  };
}

/** The area view's points from counts protected with the deciles (see {@link protectDeprivation}); only the measures asked for are worked out. */
export function lsoaSeries(
  data: ValidatedData,
  input: LsoaRows,
  protectedCounts: Record<DeprivationCountKey, ProtectedMeasure>,
  minCount: number,
  wanted: readonly DeprivationMeasure[],
): LsoaSeries {
  const { use } = input;
  const codeCol = data.columns.get('lsoa_code')!;
  const rankCol = data.columns.get('imd_rank')!;
  const nameCol = data.columns.get('lsoa_name');
  const pupils = protectedCounts.pupils.values;
  const shownPupils = pupils.map((v) => (isValue(v) && (v === 0 || v >= minCount) ? v : null));
  const ranks = use.map((r) => rankCol[r] as number);
  const measure = (m: DeprivationMeasure) => {
    if (!wanted.includes(m)) return { counts: [], rates: [], smooth: [] };
    const values = protectedCounts[m].values;
    const counts: (number | null)[] = new Array(values.length);
    const rates: (number | null)[] = new Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const p = pupils[i];
      const show = canShowRate(v, p, minCount) && isValue(v) && isValue(p) && p > 0;
      rates[i] = show ? ((v as number) / (p as number)) * 100 : null;
      counts[i] = show ? (v as number) : null;
    }
    return { counts, rates, smooth: smoothRates(ranks, rates, shownPupils) };
  };
  return {
    codes: use.map((r) => codeCol[r] as string),
    names: use.map((r) =>
      nameCol && typeof nameCol[r] === 'string' ? (nameCol[r] as string) : (codeCol[r] as string),
    ),
    ranks,
    deciles: input.counts.decile,
    pupils: shownPupils,
    measures: { sen_support: measure('sen_support'), ehc_plan: measure('ehc_plan'), all_sen: measure('all_sen') },
  };
}
