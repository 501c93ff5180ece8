import { isMissing, isValue, type Missing } from '../missing.js';
import type { IndicatorRow } from './read.js';

/** One count series of a family: a count indicator's values, a percentage's numerators, denominators or rests, or several of them at once. */
export interface FamilySeries {
  /** What it is, e.g. `no_exc_20week_ehc` (a count indicator) or `no_exc_20week_rate#x` (a percentage's numerators). */
  names: string[];
  /** Its published counts, by `code\u0001period`: the first of its names' where they differ in what is published. */
  values: Map<string, number>;
  /** Its missing values as published (c, x, z…), where none of its names has a count. */
  gaps: Map<string, Missing>;
}

/**
 * A percentage and the count series it is made from, protected as one (issue 19): a page may show
 * any of its members, and each shows what one protection of all of them allows.
 */
export interface IndicatorFamily {
  /** Its indicators (percentages and counts), in data order. */
  indicators: string[];
  /** Its count series, each once. */
  series: FamilySeries[];
  /** Each percentage's numerator, denominator and rest (denominator less numerator), as indices into `series`. */
  percentages: Map<string, { x: number; n: number; r: number }>;
  /** Each count indicator's series, as an index into `series`. */
  counts: Map<string, number>;
  /**
   * Pairs of series that are not the same but agree in most areas and periods where both are
   * published, as a rest and the count it is meant to be (a shared denominator's other numerator)
   * do in a file with a few inconsistent rows: a reader would take them as equal, so they are
   * protected as equal wherever they are.
   */
  links: [number, number][];
}

/** The count series read from the rows: by name, a value per area and period. */
interface Candidate {
  name: string;
  indicator: string;
  percent: boolean;
  /** Published numbers by area and period. */
  values: Map<string, number>;
  /** Missing values as published (c, x, z…) by area and period. */
  gaps: Map<string, Missing>;
}

/** A cell's key in a series: area code and period. */
export const cellKey = (r: { code: string; period: string }) => `${r.code}\u0001${r.period}`;

/** The count series of the rows: each count indicator's values; each percentage's numerators, denominators and rests. */
function candidatesOf(rows: readonly IndicatorRow[]): Candidate[] {
  const out = new Map<string, Candidate>();
  const add = (name: string, indicator: string, percent: boolean, r: IndicatorRow, v: unknown) => {
    const c =
      out.get(name) ?? out.set(name, { name, indicator, percent, values: new Map(), gaps: new Map() }).get(name)!;
    if (isValue(v)) c.values.set(cellKey(r), v);
    else if (isMissing(v)) c.gaps.set(cellKey(r), v);
  };
  for (const r of rows) {
    if (r.unit === 'count') {
      add(r.indicator, r.indicator, false, r, r.value);
      continue;
    }
    const { numerator: x, denominator: n } = r;
    if (x === undefined && n === undefined) continue;
    add(`${r.indicator}#x`, r.indicator, true, r, x);
    add(`${r.indicator}#n`, r.indicator, true, r, n);
    add(`${r.indicator}#r`, r.indicator, true, r, isValue(x) && isValue(n) && x <= n ? n - x : undefined);
  }
  return [...out.values()];
}

/** Where two series' counts are both published, and where they agree. */
function agreement(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): { both: number; agree: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let both = 0;
  let agree = 0;
  for (const [key, v] of small) {
    const w = large.get(key);
    if (w === undefined) continue;
    both++;
    if (w === v) agree++;
  }
  return { both, agree };
}

/** Whether two series are the same counts: equal wherever both are published, and both published somewhere. */
function same(a: Candidate, b: Candidate): boolean {
  const { both, agree } = agreement(a.values, b.values);
  return both > 0 && agree === both;
}

/**
 * The families of indicators data: each percentage with numerators and denominators, joined with
 * every count series that is the same counts as its numerators, denominators or rests, and with
 * every other percentage that shares one of them (a shared denominator, or one's rest the other's
 * numerator), as connected sets. A count indicator belongs to a percentage's family when its
 * values equal that percentage's numerators (or denominators, or rests) at every area and period
 * where both are published, and they share at least one: the data says so, whatever wrote it (a
 * preset or an embedder's own CSV). A false match (two series that agree by chance) only protects
 * them together, which hides at least as much. Counts in no family, and percentages without
 * counts, are not in the result.
 *
 * @param rows the rows of one data (every indicator, area and period)
 * @returns the families, and for each indicator in one, that family
 * @example
 * // no_exc_20week_ehc and tot_no_exc_ehc are no_exc_20week_rate's numerators and denominators
 * familiesOf(readIndicatorRows(sen2)).get('no_exc_20week_ehc')?.indicators
 * // ['no_exc_20week_ehc', 'no_exc_20week_rate', 'tot_no_exc_ehc']
 */
export function familiesOf(rows: readonly IndicatorRow[]): Map<string, IndicatorFamily> {
  const candidates = candidatesOf(rows);
  const parent = candidates.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (i: number, j: number) => {
    parent[find(i)] = find(j);
  };
  // a percentage's three series are one family; any series equal to one of a percentage's joins it
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    if (!a.percent) continue;
    for (let j = 0; j < candidates.length; j++) {
      const b = candidates[j]!;
      if (j === i || (b.percent && j < i) || find(i) === find(j)) continue;
      if ((b.percent && b.indicator === a.indicator) || same(a, b)) join(i, j);
    }
  }
  // series equal to each other are one series: a cell is protected once, whichever names it
  const seriesOf = candidates.map((_, i) => i);
  for (let i = 0; i < candidates.length; i++)
    for (let j = 0; j < i; j++)
      if (seriesOf[j] === j && find(i) === find(j) && same(candidates[i]!, candidates[j]!)) {
        seriesOf[i] = j;
        break;
      }
  const families = new Map<number, IndicatorFamily>();
  const place = (family: IndicatorFamily, k: number) => {
    const c = candidates[k]!;
    const head = candidates[seriesOf[k]!]!.name;
    let index = family.series.findIndex((f) => f.names.includes(head));
    if (index < 0) index = family.series.push({ names: [head], values: new Map(), gaps: new Map() }) - 1;
    const series = family.series[index]!;
    if (!series.names.includes(c.name)) series.names.push(c.name);
    for (const [key, v] of c.values) if (!series.values.has(key)) series.values.set(key, v);
    for (const [key, v] of c.gaps) if (!series.gaps.has(key)) series.gaps.set(key, v);
    return index;
  };
  const familyOf = (i: number) => {
    const root = find(i);
    return (
      families.get(root) ??
      families
        .set(root, { indicators: [], series: [], percentages: new Map(), counts: new Map(), links: [] })
        .get(root)!
    );
  };
  // a percentage's cells in the order numerator, rest, denominator, then the counts
  const named = (indicator: string, s: string) => candidates.findIndex((d) => d.name === `${indicator}#${s}`);
  candidates.forEach((c, i) => {
    if (!c.name.endsWith('#x') || !c.percent) return;
    const family = familyOf(i);
    const x = place(family, i);
    const r = place(family, named(c.indicator, 'r'));
    family.percentages.set(c.indicator, { x, n: place(family, named(c.indicator, 'n')), r });
  });
  candidates.forEach((c, i) => {
    if (!c.percent && families.has(find(i)))
      families.get(find(i))!.counts.set(c.indicator, place(families.get(find(i))!, i));
  });
  const order = [...new Set(rows.map((r) => r.indicator))];
  const out = new Map<string, IndicatorFamily>();
  for (const family of families.values()) {
    family.indicators = order.filter((name) => family.percentages.has(name) || family.counts.has(name));
    family.series.forEach((a, i) =>
      family.series.slice(0, i).forEach((b, j) => {
        const { both, agree } = agreement(a.values, b.values);
        if (2 * agree > both) family.links.push([i, j]);
      }),
    );
    for (const name of family.indicators) out.set(name, family);
  }
  return out;
}
