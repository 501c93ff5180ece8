import { boxesOverlap, textWidth, type Box } from '@send-insight/core/layout';
import type { PlacedValue } from './outcomes-radar.types.js';

type Point = { x: number; y: number };

/** A series' interval band over a run of axes: its upper and lower edges; closed when it goes all the way round. */
export interface BandShape {
  upper: Point[];
  lower: Point[];
  closed: boolean;
}

/** What the ring values are placed among. */
export interface RingValuesInput {
  /** Number of axes. */
  n: number;
  /** The angle of axis `i` (radians, clockwise from the x axis). */
  angle: (i: number) => number;
  /** Where `value` (0–100) lies on axis `i`. */
  pointAt: (axis: number, value: number) => Point;
  /** Font size of the values, px. */
  fontSize: number;
  /** The SVG's width: no value runs past either edge. */
  width: number;
  /** The rings to write, each at its own value. */
  rings: { value: number; text: string }[];
  /**
   * The target ring's words, placed first ("Target 70%"), drawn bold: only where no series line
   * runs, or not at all (the legend names the dashed ring).
   */
  target?: { value: number; text: string };
  /** Boxes already taken (the outcomes' labels). */
  taken: Box[];
  /** Centres of the value markers. */
  markers: Point[];
  /** Series lines (polylines) and interval lines: no value is written across one. */
  lines: Point[][];
  /** Interval bands: avoided where possible (only one is drawn at a time, and it is translucent). */
  bands: BandShape[];
}

/** Half the width of a marker (9 px across) and its outline, with a pixel to spare. */
const MARKER_REACH = 7;
/** Along a ring's edge between two axes: the middle first, then out towards the axes. */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];
/** The target's words, which must be clear of every line, try the places in between too. */
const TARGET_ALONG = [...ALONG, 0.45, 0.55, 0.35, 0.65, 0.25, 0.75, 0.15, 0.85];

/** Whether segment a–b passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  // the four edges in turn (left, right, top, bottom), with no array made per call: placing a
  // radar's ring values tests thousands of segments
  const range = { t0: 0, t1: 1 };
  return (
    clipEdge(-dx, a.x - box.x, range) &&
    clipEdge(dx, box.x + box.width - a.x, range) &&
    clipEdge(-dy, a.y - box.y, range) &&
    clipEdge(dy, box.y + box.height - a.y, range)
  );
}

/** One edge of Liang–Barsky clipping: narrows `range`; false when the segment misses the box. */
function clipEdge(p: number, q: number, range: { t0: number; t1: number }): boolean {
  if (p === 0) return !(q < 0);
  const t = q / p;
  if (p < 0) range.t0 = Math.max(range.t0, t);
  else range.t1 = Math.min(range.t1, t);
  return !(range.t0 > range.t1);
}

/** `f` remembering its result for each argument (for pure functions of a number). */
function memo<T>(f: (value: number) => T): (value: number) => T {
  const known = new Map<number, T>();
  return (value) => {
    let v = known.get(value);
    if (v === undefined) known.set(value, (v = f(value)));
    return v;
  };
}

/** Whether a point is inside a polygon (even–odd rule). */
function inside(p: Point, polygon: Point[]): boolean {
  let odd = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) odd = !odd;
  }
  return odd;
}

/** Whether the box reaches into the band (its edges cross the box, or the box lies within it). */
export function boxInBand(box: Box, band: BandShape): boolean {
  const edges = band.closed
    ? [
        [...band.upper, band.upper[0]!],
        [...band.lower, band.lower[0]!],
      ]
    : [[...band.upper, ...[...band.lower].reverse(), band.upper[0]!]];
  for (const edge of edges)
    for (let i = 1; i < edge.length; i++) if (segmentHitsBox(edge[i - 1]!, edge[i]!, box)) return true;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  return band.closed
    ? inside(centre, band.upper) && !inside(centre, band.lower)
    : inside(centre, [...band.upper, ...[...band.lower].reverse()]);
}

/**
 * Writes each ring's value (and the target's words) on its own ring, centred on the ring's edge
 * between two axes, never on a marker or an outcome label, and where it can be, clear of every
 * series line, interval and band too (on a small radar with values round the half-way ring, a line
 * may have to run behind a value's halo): so a value is never covered and always belongs to its
 * ring beyond doubt. The target's words are bold, and are written only where no series line runs
 * (its halo would cut the line); with no such place they are left out, as the legend names the ring.
 * The values keep together in one gap between axes when they can (the gap where most fit,
 * clockwise from the top on a tie); a value that fits in none is left out (the table and the dot plot
 * give every value, and the other rings still scale the chart).
 *
 * @returns each ring's value in the order given, and the target's
 */
export function placeRingValues(input: RingValuesInput): { rings: PlacedValue[]; target?: PlacedValue } {
  const { n, pointAt, fontSize, width } = input;
  const taken: Box[] = [...input.taken];
  const height = fontSize + 2;
  // gaps clockwise from the top: right of the first axis first, then left of it, and so on round
  const gaps = Array.from({ length: n }, (_, k) => (k % 2 ? (n - 1 - (k - 1) / 2 + n) % n : k / 2));
  const centre = pointAt(0, 0);
  // a ring's corners (closed: the first again at the end) and its points every 1/20 of an edge
  // depend on its value alone, and each is tested against many boxes: made once per value
  const ringAt = memo((value: number) => Array.from({ length: n + 1 }, (_, i) => pointAt(i % n, value)));
  const candidate = (value: number, text: string, gap: number, t: number, bold = false, side = 0): PlacedValue => {
    const a = pointAt(gap, value);
    const b = pointAt((gap + 1) % n, value);
    const w = textWidth(text, fontSize, bold) + 4;
    // side ±1: the text's box beside the ring's edge, touching it, outside (+1) or inside (−1)
    const mx = (a.x + b.x) / 2 - centre.x;
    const my = (a.y + b.y) / 2 - centre.y;
    const m = Math.hypot(mx, my) || 1;
    const reach = side ? (Math.abs(mx / m) * w) / 2 + (Math.abs(my / m) * height) / 2 + 2 : 0;
    const x = a.x + (b.x - a.x) * t + (side * reach * mx) / m;
    const y = a.y + (b.y - a.y) * t + (side * reach * my) / m;
    return {
      x,
      y: y + fontSize * 0.35,
      text,
      anchor: 'middle',
      box: { x: x - w / 2, y: y - height / 2, width: w, height },
    };
  };
  /** 2: clear of lines and bands; 1: of lines; 0: of markers and labels only (a line then runs behind the value's halo). */
  const clear = (p: PlacedValue, ownRing: number, strict: 0 | 1 | 2) => {
    const b = p.box;
    if (b.x < 0 || b.x + b.width > width) return false;
    if (taken.some((t) => boxesOverlap(b, t, 2))) return false;
    const reach: Box = {
      x: b.x - MARKER_REACH,
      y: b.y - MARKER_REACH,
      width: b.width + 2 * MARKER_REACH,
      height: b.height + 2 * MARKER_REACH,
    };
    if (
      input.markers.some(
        (m) => m.x > reach.x && m.x < reach.x + reach.width && m.y > reach.y && m.y < reach.y + reach.height,
      )
    )
      return false;
    const lined: Box = { x: b.x - 1.5, y: b.y - 1.5, width: b.width + 3, height: b.height + 3 };
    if (strict > 0 && input.lines.some((l) => l.some((q, i) => i > 0 && segmentHitsBox(l[i - 1]!, q, lined))))
      return false;
    // the target's ring is a line of its own: no ring value is written across it
    if (input.target && input.target.value !== ownRing) {
      const ring = ringAt(input.target.value);
      if (ring.some((q, i) => i > 0 && segmentHitsBox(ring[i - 1]!, q, lined))) return false;
    }
    return strict < 2 || !input.bands.some((band) => boxInBand(b, band));
  };
  // words beside their ring (not on it) touch it, within 3 px, and stay between it and the next
  // ring, so they belong to it (near an axis the ring turns away from a box run past the corner)
  const ringPoints = memo((value: number) =>
    Array.from({ length: n * 20 }, (_, k) => {
      const a = pointAt(Math.floor(k / 20), value);
      const b = pointAt((Math.floor(k / 20) + 1) % n, value);
      return { x: a.x + ((b.x - a.x) * (k % 20)) / 20, y: a.y + ((b.y - a.y) * (k % 20)) / 20 };
    }),
  );
  const distance = (b: Box, p: Point) =>
    Math.hypot(Math.max(b.x - p.x, 0, p.x - b.x - b.width), Math.max(b.y - p.y, 0, p.y - b.y - b.height));
  const besideOwnRing = (b: Box, own: number) =>
    Math.min(...ringPoints(own).map((p) => distance(b, p))) < 3 &&
    !input.rings.some(
      (r) => r.value !== own && ringAt(r.value).some((q, i, ring) => i > 0 && segmentHitsBox(ring[i - 1]!, q, b)),
    );
  const place = (value: number, text: string, order: number[], target = false): PlacedValue => {
    for (const strict of target ? ([2, 1] as const) : ([2, 1, 0] as const)) {
      for (const side of target ? [0, 1, -1] : [0]) {
        for (const gap of order) {
          for (const t of target ? TARGET_ALONG : ALONG) {
            const p = candidate(value, text, gap, t, target, side);
            if (clear(p, value, strict) && (side === 0 || besideOwnRing(p.box, value))) {
              taken.push(p.box);
              return p;
            }
          }
        }
      }
    }
    const p = pointAt(0, value);
    return { x: p.x, y: p.y, text: '', anchor: 'middle', box: { x: p.x, y: p.y, width: 0, height: 0 } };
  };
  const target = input.target ? place(input.target.value, input.target.text, gaps, true) : undefined;
  // the gap where most ring values fit (its middle counting a little more), clockwise from the top on a tie
  const fitsIn = (gap: number) =>
    input.rings.reduce((sum, r) => {
      const at = ALONG.findIndex((t) => clear(candidate(r.value, r.text, gap, t), r.value, 2));
      return sum + (at < 0 ? 0 : at === 0 ? 1.1 : 1);
    }, 0);
  const counts = gaps.map(fitsIn);
  const home = gaps[counts.indexOf(Math.max(...counts))]!;
  const order = [home, ...gaps.filter((g) => g !== home)];
  return { rings: input.rings.map((r) => place(r.value, r.text, order)), target };
}
