import { textWidth } from './text-width.js';

/** One tick on an axis. */
export interface Tick {
  value: number;
  /** Position along the axis in px. */
  pos: number;
  label: string;
}

/** A tick whose label is centred on it, or moved in where it would run off the axis. */
export interface PlacedTick extends Tick {
  /** Where the label is centred along the axis, in px. */
  labelPos: number;
}

/** A scale that proposes tick values, as d3-scale's and `@send-insight/core/scale`'s do. */
export interface TickScale {
  (value: number): number;
  ticks(count?: number): number[];
}

/**
 * How many ticks an axis of `length` px has room for, one every `spacing` px, at least `min`.
 *
 * @example tickCount(300, 50) // 6
 */
export function tickCount(length: number, spacing: number, min = 2): number {
  return Math.max(min, Math.floor(length / spacing));
}

/**
 * Decimal places for a tick label: none for a whole number, else one, so an axis reads
 * "0%, 10%, 20%" or "0, 2.5, 5.0" rather than "0.0%".
 *
 * @example tickDigits(10) // 0
 * @example tickDigits(2.5) // 1
 */
export function tickDigits(value: number): 0 | 1 {
  return Math.abs(value - Math.round(value)) < 1e-9 ? 0 : 1;
}

/**
 * Ticks along a horizontal axis `length` px long, each label centred on its tick and moved in
 * where it would run off either end.
 *
 * @example placeTicks([0, 0.5, 1], (v) => v * 200, (v) => `${v * 100}%`, 200, 12)[2].labelPos // 181.6: "100%" ends inside the axis
 */
export function placeTicks(
  values: readonly number[],
  scale: (value: number) => number,
  label: (value: number) => string,
  length: number,
  fontSize: number,
): PlacedTick[] {
  return values.map((value) => {
    const pos = scale(value);
    const text = label(value);
    const half = textWidth(text, fontSize) / 2 + 1;
    return { value, pos, label: text, labelPos: Math.max(half, Math.min(length - half, pos)) };
  });
}

/** Options for {@link fitTicks}. */
export interface FitTicksOptions {
  /** The least space between two labels, in px. Default 8. */
  gap?: number;
  /** The most ticks to ask the scale for. Default 5. */
  most?: number;
  /** Labels are measured this many times their estimated width (1.15: a wide glyph such as % cannot reach past the ends). Default 1. */
  widen?: number;
  /**
   * The first tick's label starts at its tick and the last's ends at its own, both inside the axis
   * (an axis whose ends are values in their own right, such as ranks 1 and 32,844). Default false:
   * each label is centred on its tick, moved in only where it would run off.
   */
  anchorEnds?: boolean;
}

/**
 * As many of a scale's ticks along a horizontal axis as fit without their labels coming within
 * `gap` px of each other: the scale's ticks for 5 (or `most`), else 4, 3, 2 or 1; on an axis too
 * short even for those, the two ends and each tick between whose label clears its neighbours
 * kept (only the first when even the ends would touch). With `anchorEnds` the end labels stand inside
 * the axis, starting and ending at their ticks.
 *
 * @example fitTicks(scaleLinear().domain([0, 1]).range([0, 120]), (v) => `${Math.round(v * 100)}%`, 120, 12).length // 3 (0%, 50%, 100%)
 */
export function fitTicks(
  scale: TickScale,
  label: (value: number) => string,
  length: number,
  fontSize: number,
  { gap = 8, most = 5, widen = 1, anchorEnds = false }: FitTicksOptions = {},
): PlacedTick[] {
  // widths grow with the font size, so a label measured `widen` times wide is one measured at that size
  const size = fontSize * widen;
  const half = (t: PlacedTick) => textWidth(t.label, size) / 2;
  const clears = (a: PlacedTick, b: PlacedTick) => a.labelPos + half(a) + gap <= b.labelPos - half(b);
  const place = (values: number[]) => {
    const placed = placeTicks(values, scale, label, length, size);
    if (anchorEnds && placed.length > 1) {
      const first = placed[0]!;
      const last = placed[placed.length - 1]!;
      first.labelPos = first.pos + half(first);
      last.labelPos = last.pos - half(last);
    }
    return placed;
  };
  let ticks: PlacedTick[] = [];
  for (let n = Math.max(1, most); n >= 1; n--) {
    ticks = place(scale.ticks(n));
    if (ticks.every((t, i) => i === 0 || clears(ticks[i - 1]!, t))) return ticks;
  }
  if (ticks.length < 2) return ticks;
  const first = ticks[0]!;
  const last = ticks[ticks.length - 1]!;
  if (!clears(first, last)) return [first];
  const kept: PlacedTick[] = [first];
  for (const t of ticks.slice(1, -1)) if (clears(kept[kept.length - 1]!, t) && clears(t, last)) kept.push(t);
  return [...kept, last];
}
