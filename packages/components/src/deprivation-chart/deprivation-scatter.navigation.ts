import type { NavPoint, NavSeries } from '@send-insight/core/view';
import type { DeprivationMeasure, DeprivationModel } from '@send-insight/data';
import { decileName, measureName, type DeprivationFormat } from './deprivation-chart.words.js';
import type { ScatterLayout } from './deprivation-scatter.layout.js';
import type { DeprivationScatterWording } from './deprivation-scatter.words.js';

/** What `send-select` carries for an area (LSOA) in the area view. */
export interface DeprivationAreaDatum {
  kind: 'area';
  lsoa_code: string;
  lsoa_name: string;
  imd_rank: number;
  imd_decile: number;
  pupils?: number;
  rates: Partial<Record<DeprivationMeasure, number>>;
}

/** Words and figures of one area, made when asked. */
interface AreaPointHost {
  label(i: number): string;
  datum(i: number): DeprivationAreaDatum;
  x(i: number): number;
  y(i: number): number;
}

/**
 * A keyboard stop for one area. Its words, datum and position are worked out only when asked
 * (prototype getters, so tens of thousands of them cost little to make).
 */
class AreaPoint implements NavPoint {
  constructor(
    readonly id: string,
    private readonly i: number,
    private readonly host: AreaPointHost,
  ) {}
  get label(): string {
    return this.host.label(this.i);
  }
  get datum(): DeprivationAreaDatum {
    return this.host.datum(this.i);
  }
  get x(): number {
    return this.host.x(this.i);
  }
  get y(): number {
    return this.host.y(this.i);
  }
}

/**
 * Area indices in rank order (ties by index): a counting sort, since ranks are whole numbers from
 * 1 to 32,844, so ordering every LSOA in England costs two passes rather than a comparison sort.
 * A few areas spread over England's ranks are sorted by comparison instead: their count is far
 * below the ranks a counting sort would pass over (1,000 areas: 32,844 counters).
 */
export function byRank(ranks: readonly number[]): Int32Array {
  let max = 0;
  for (const r of ranks) if (r > max) max = r;
  if (ranks.length * 16 < max) {
    const order = new Int32Array(ranks.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    return order.sort((a, b) => ranks[a]! - ranks[b]! || a - b);
  }
  const starts = new Int32Array(max + 2);
  for (const r of ranks) starts[r + 1]!++;
  for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
  const order = new Int32Array(ranks.length);
  for (let i = 0; i < ranks.length; i++) order[starts[ranks[i]!]!++] = i;
  return order;
}

/** Index of `value` in increasing `arr`, or −1 (binary search). */
function findIndex(arr: Int32Array, value: number): number {
  let lo = 0;
  let hi = arr.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = arr[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** An area in words: "Whitmore Reans (E01010519), IMD rank 1,234, decile 1: SEN support 21.0 per 100 pupils; 321 pupils". */
export function describeArea(
  model: DeprivationModel,
  i: number,
  measures: readonly DeprivationMeasure[],
  w: DeprivationScatterWording,
  f: DeprivationFormat,
): string {
  const l = model.lsoas!;
  const parts = measures.map((m) => {
    const r = l.measures[m].rates[i];
    const measure = measureName(m, w);
    return r === null || r === undefined
      ? w.t('deprivationAreaSuppressed', { measure })
      : w.t('deprivationAreaRate', { measure, rate: f.rate(r) });
  });
  const pupils = l.pupils[i];
  return w.t('deprivationAreaWords', {
    name: l.names[i]!,
    code: l.codes[i]!,
    rank: f.count(l.ranks[i]!),
    decile: w.t('deprivationDecile', { decile: l.deciles[i]! }),
    rates: parts.join(w.template('listSeparator')),
    pupils: pupils !== null && pupils !== undefined ? w.t('deprivationAreaPupils', { pupils: f.count(pupils) }) : '',
  });
}

/** What `send-select` carries for an area: its rates only where they are shown. */
export function areaDatum(
  model: DeprivationModel,
  i: number,
  measures: readonly DeprivationMeasure[],
): DeprivationAreaDatum {
  const l = model.lsoas!;
  const rates: Partial<Record<DeprivationMeasure, number>> = {};
  for (const m of measures) {
    const r = l.measures[m].rates[i];
    if (r !== null && r !== undefined) rates[m] = r;
  }
  const pupils = l.pupils[i];
  return {
    kind: 'area',
    lsoa_code: l.codes[i]!,
    lsoa_name: l.names[i]!,
    imd_rank: l.ranks[i]!,
    imd_decile: l.deciles[i]!,
    ...(pupils !== null && pupils !== undefined ? { pupils } : {}),
    rates,
  };
}

/**
 * The area view's keyboard: a series per decile, its areas in rank order (Up and Down move
 * between deciles, Left and Right through a decile's areas), and where each area sits in its
 * decile's series (`position`), so the pointer's area becomes a keyboard stop at once.
 */
export function areaNavigation(
  model: DeprivationModel,
  layout: ScatterLayout,
  measures: readonly DeprivationMeasure[],
  w: DeprivationScatterWording,
  f: DeprivationFormat,
): { series: NavSeries[]; position: Int32Array } {
  const l = model.lsoas!;
  const byDecile: number[][] = Array.from({ length: 10 }, () => []);
  for (const i of byRank(l.ranks)) byDecile[l.deciles[i]! - 1]!.push(i);
  const position = new Int32Array(l.codes.length);
  for (const list of byDecile) list.forEach((i, k) => (position[i] = k));
  const host: AreaPointHost = {
    label: (i) => describeArea(model, i, measures, w, f),
    datum: (i) => areaDatum(model, i, measures),
    x: (i) => layout.xOf(l.ranks[i]!),
    y: (i) => {
      // its first drawn point, or the strip of suppressed areas
      for (const set of layout.sets) {
        const k = findIndex(set.index, i);
        if (k >= 0) return set.y[k]!;
      }
      return layout.suppressed.y + layout.suppressed.height / 2;
    },
  };
  const series = byDecile.map((list, d) => ({
    label: w.plural('deprivationAreaDecile', list.length, { decile: decileName(d + 1, w) }),
    points: list.map((i) => new AreaPoint(l.codes[i]!, i, host)),
  }));
  return { series, position };
}
