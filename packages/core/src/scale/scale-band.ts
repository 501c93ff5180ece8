/**
 * A band scale: equal bands for a list of categories across a numeric range, the part of
 * d3-scale's `scaleBand` that the charts use (domain, range, paddingInner, paddingOuter,
 * bandwidth, step; align stays at the centre and nothing is rounded), with the same arithmetic.
 * A value outside the domain has no band: the scale returns `undefined`.
 */
export interface BandScale<Domain> {
  /** The start of `value`'s band, or `undefined` when `value` is not in the domain. */
  (value: Domain): number | undefined;
  /** The categories, in order, without repeats. */
  domain(): Domain[];
  /** Sets the categories (a repeat keeps its first place). */
  domain(domain: Iterable<Domain>): this;
  /** The range, `[start, end]`. */
  range(): [number, number];
  /** Sets the range (a descending range puts the first category at the end). */
  range(range: readonly [number, number]): this;
  /** The share of each step left empty between bands (0–1). */
  paddingInner(): number;
  /** Sets the share of each step left empty between bands (at most 1). */
  paddingInner(padding: number): this;
  /** The space before the first and after the last band, in steps. */
  paddingOuter(): number;
  /** Sets the space before the first and after the last band, in steps. */
  paddingOuter(padding: number): this;
  /** The width of each band. */
  bandwidth(): number;
  /** The distance from one band's start to the next. */
  step(): number;
}

/**
 * A band scale, like d3-scale's `scaleBand()`: empty domain, range `[0, 1]`, no padding.
 *
 * @returns a scale to configure with `domain`, `range`, `paddingInner` and `paddingOuter`
 * @example scaleBand<string>().domain(['a', 'b']).range([0, 100]).paddingInner(0.2)('b') // 55.55…
 */
export function scaleBand<Domain>(): BandScale<Domain> {
  let index = new Map<Domain, number>();
  let r0 = 0;
  let r1 = 1;
  let inner = 0;
  let outer = 0;
  let step = 1;
  let bandwidth = 1;
  let starts: number[] = [];

  const scale = ((value: Domain) => {
    const i = index.get(value);
    return i === undefined ? undefined : starts[i];
  }) as BandScale<Domain>;

  const rescale = () => {
    const n = index.size;
    const reverse = r1 < r0;
    let start = reverse ? r1 : r0;
    const stop = reverse ? r0 : r1;
    step = (stop - start) / Math.max(1, n - inner + outer * 2);
    start += (stop - start - step * (n - inner)) * 0.5;
    bandwidth = step * (1 - inner);
    starts = Array.from({ length: n }, (_, i) => start + step * i);
    if (reverse) starts.reverse();
    return scale;
  };

  scale.domain = ((d?: Iterable<Domain>) => {
    if (!d) return [...index.keys()];
    index = new Map();
    for (const value of d) if (!index.has(value)) index.set(value, index.size);
    return rescale();
  }) as BandScale<Domain>['domain'];
  scale.range = ((r?: readonly [number, number]) => {
    if (!r) return [r0, r1];
    [r0, r1] = [+r[0], +r[1]];
    return rescale();
  }) as BandScale<Domain>['range'];
  scale.paddingInner = ((p?: number) =>
    p === undefined ? inner : ((inner = Math.min(1, p)), rescale())) as BandScale<Domain>['paddingInner'];
  scale.paddingOuter = ((p?: number) =>
    p === undefined ? outer : ((outer = +p), rescale())) as BandScale<Domain>['paddingOuter'];
  scale.bandwidth = () => bandwidth;
  scale.step = () => step;
  return rescale();
}
