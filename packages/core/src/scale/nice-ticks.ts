/*
 * Round tick values for a linear domain, the same numbers as d3-array's `ticks` and
 * `tickIncrement` (d3-array 3, ISC licence) give, bit for bit: a step of 1, 2, 5 or 10 times a
 * power of ten, chosen so that about `count` steps span the domain. Written here so that the
 * scales carry none of the rest of d3-array into the pages (issue 23).
 */

/** Where a step's mantissa moves to the next round factor: √50, √10, √2 (between 10 and 5, 5 and 2, 2 and 1). */
const TO_TEN = Math.sqrt(50);
const TO_FIVE = Math.sqrt(10);
const TO_TWO = Math.sqrt(2);

/**
 * The ticks of `[start, stop]` (start ≤ stop) as whole multiples `first…last` of a step: for a step
 * of at least 1, `step` is the step itself; for a step below 1, `step` is minus its inverse
 * (dividing by an integer keeps 0.1, 0.2… exact where multiplying would not).
 */
function tickSpec(start: number, stop: number, count: number): [first: number, last: number, step: number] {
  const raw = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(raw));
  const mantissa = raw / Math.pow(10, power);
  const factor = mantissa >= TO_TEN ? 10 : mantissa >= TO_FIVE ? 5 : mantissa >= TO_TWO ? 2 : 1;
  let first: number;
  let last: number;
  let step: number;
  if (power < 0) {
    const inverse = Math.pow(10, -power) / factor;
    first = Math.round(start * inverse);
    last = Math.round(stop * inverse);
    if (first / inverse < start) first++;
    if (last / inverse > stop) last--;
    step = -inverse;
  } else {
    step = Math.pow(10, power) * factor;
    first = Math.round(start / step);
    last = Math.round(stop / step);
    if (first * step < start) first++;
    if (last * step > stop) last--;
  }
  // too few steps fit (a count between ½ and 2): try again with twice as many
  if (last < first && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [first, last, step];
}

/**
 * About `count` round values from `start` to `stop` (in that order, either way round), as
 * d3-array's `ticks` gives them.
 *
 * @example ticks(0, 37, 5) // [0, 10, 20, 30]
 * @example ticks(1, 0, 4) // [1, 0.8, 0.6, 0.4, 0.2, 0]
 */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [first, last, step] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(last >= first)) return [];
  const n = last - first + 1;
  // (an impossible length throws a RangeError, as d3-array's does for a denormal domain)
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const k = reverse ? last - i : first + i;
    out[i] = step < 0 ? k / -step : k * step;
  }
  return out;
}

/**
 * The step between the ticks of `[start, stop]` (start ≤ stop) for about `count` of them: positive
 * for a step of at least 1, else minus its inverse (−10 for a step of 0.1), as d3-array's
 * `tickIncrement` gives it.
 *
 * @example tickIncrement(0, 37, 5) // 10
 * @example tickIncrement(0, 1, 10) // -10
 */
export function tickIncrement(start: number, stop: number, count: number): number {
  return tickSpec(start, stop, count)[2];
}
