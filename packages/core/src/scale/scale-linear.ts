import { tickIncrement, ticks } from './nice-ticks.js';

/**
 * A continuous scale from a two-number domain to a two-number range: the part of d3-scale's
 * `scaleLinear` and `scaleSqrt` that the charts use (domain, range, clamp, nice, ticks), with the
 * same arithmetic, so positions match d3-scale's to the last bit. Written here because d3-scale
 * brings d3-interpolate, d3-color and d3-format into every bundle (about 20 KB minified) for
 * colour and string interpolation and tick formats that the charts never ask for.
 *
 * Like d3-scale, calling the scale with `null`, `undefined` or `NaN` returns `undefined`.
 */
export interface LinearScale {
  /** The position of `value` in the range. */
  (value: number): number;
  /** The domain, `[start, end]`. */
  domain(): [number, number];
  /** Sets the domain (values are coerced to numbers). */
  domain(domain: readonly [number | { valueOf(): number }, number | { valueOf(): number }]): this;
  /** The range, `[start, end]`. */
  range(): [number, number];
  /** Sets the range. */
  range(range: readonly [number, number]): this;
  /** Whether values outside the domain are clamped to it. */
  clamp(): boolean;
  /** Clamps values outside the domain to it (positions stay inside the range). */
  clamp(clamp: boolean): this;
  /** Extends the domain to round values, as d3-scale's `nice(count)` does (default 10 ticks). */
  nice(count?: number): this;
  /** About `count` round values across the domain (default 10), as d3-array's `ticks` gives them. */
  ticks(count?: number): number[];
}

type Transform = (x: number) => number;

const identity: Transform = (x) => x;
const sqrt: Transform = (x) => (x < 0 ? -Math.sqrt(-x) : Math.sqrt(x));

function continuous(transform: Transform): LinearScale {
  let d0 = 0;
  let d1 = 1;
  let r0 = 0;
  let r1 = 1;
  let clamped = false;
  // derived in rescale(): the clamp bounds, and the domain (transformed) and range ends ordered
  // so that the domain ascends, as d3-scale's bimap orders them
  let lo = 0;
  let hi = 1;
  let a = 0;
  let span = 1;
  let from = 0;
  let to = 1;

  const scale = ((x: number) => {
    if (x == null || Number.isNaN((x = +x))) return undefined as unknown as number;
    if (clamped) x = Math.max(lo, Math.min(hi, x));
    const t = span ? (transform(x) - a) / span : Number.isNaN(span) ? NaN : 0.5;
    return from * (1 - t) + to * t;
  }) as LinearScale;

  const rescale = () => {
    // d3-scale's clamper: the bounds swap when the domain descends (and compare as it does with NaN)
    [lo, hi] = d0 > d1 ? [d1, d0] : [d0, d1];
    const t0 = transform(d0);
    const t1 = transform(d1);
    const reversed = t1 < t0;
    a = reversed ? t1 : t0;
    span = (reversed ? t0 : t1) - a;
    from = reversed ? r1 : r0;
    to = reversed ? r0 : r1;
    return scale;
  };

  scale.domain = ((d?: readonly [unknown, unknown]) => {
    if (!d) return [d0, d1];
    d0 = +(d[0] as number);
    d1 = +(d[1] as number);
    return rescale();
  }) as LinearScale['domain'];
  scale.range = ((r?: readonly [number, number]) => {
    if (!r) return [r0, r1];
    [r0, r1] = [+r[0], +r[1]];
    return rescale();
  }) as LinearScale['range'];
  scale.clamp = ((c?: boolean) => (c === undefined ? clamped : ((clamped = !!c), scale))) as LinearScale['clamp'];
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  scale.nice = (count = 10) => {
    // d3-scale's linearish nice(), for a two-number domain
    let start = d0;
    let stop = d1;
    const descending = stop < start;
    if (descending) [start, stop] = [stop, start];
    let prestep: number | undefined;
    for (let i = 0; i < 10; i++) {
      const step = tickIncrement(start, stop, count);
      if (step === prestep) return scale.domain(descending ? [stop, start] : [start, stop]);
      if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else break;
      prestep = step;
    }
    return scale;
  };
  return rescale();
}

/**
 * A linear scale, like d3-scale's `scaleLinear()`: domain and range default to `[0, 1]`.
 *
 * @returns a scale to configure with `domain`, `range`, `clamp` and `nice`
 * @example scaleLinear().domain([0, 37]).nice().range([300, 20]).ticks(5) // [0, 10, 20, 30, 40]
 */
export function scaleLinear(): LinearScale {
  return continuous(identity);
}

/**
 * A square-root scale, like d3-scale's `scaleSqrt()` (for circle radii whose area is the value).
 *
 * @returns a scale to configure with `domain`, `range`, `clamp` and `nice`
 * @example scaleSqrt().domain([0, 400]).range([0, 8])(100) // 4
 */
export function scaleSqrt(): LinearScale {
  return continuous(sqrt);
}
