/*
 * The marks that tell one series from another without colour: a marker shape and a line dash per
 * series, six of each, then round again.
 */

const f = (n: number) => Number(n.toFixed(3));
const polygon = (points: [number, number][]) => `M${points.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`;

/**
 * Marker shapes of equal area (px²), centred on 0,0: circle, square, triangle, diamond, star and
 * a downward triangle. Written here rather than with d3-shape's symbols, which would add about
 * 16 KB (minified) to every bundle for six short paths.
 */
const SYMBOLS: ((area: number) => string)[] = [
  (a) => {
    const r = Math.sqrt(a / Math.PI);
    return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
  },
  (a) => {
    const h = Math.sqrt(a) / 2;
    return polygon([
      [-h, -h],
      [h, -h],
      [h, h],
      [-h, h],
    ]);
  },
  (a) => {
    const side = Math.sqrt((4 * a) / Math.sqrt(3));
    const height = (Math.sqrt(3) / 2) * side;
    return polygon([
      [0, (-2 * height) / 3],
      [side / 2, height / 3],
      [-side / 2, height / 3],
    ]);
  },
  (a) => {
    // a rhombus taller than wide, so it never reads as a rotated square
    const y = Math.sqrt(a / (2 * Math.tan(Math.PI / 6)));
    const x = y * Math.tan(Math.PI / 6);
    return polygon([
      [0, -y],
      [x, 0],
      [0, y],
      [-x, 0],
    ]);
  },
  (a) => {
    // five points; inner radius 0.382 of the outer; area = 5 · k · R² · sin(π/5)
    const k = 0.382;
    const outer = Math.sqrt(a / (5 * k * Math.sin(Math.PI / 5)));
    return polygon(
      Array.from({ length: 10 }, (_, i) => {
        const r = i % 2 ? outer * k : outer;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        return [r * Math.cos(angle), r * Math.sin(angle)] as [number, number];
      }),
    );
  },
  (a) => {
    const side = Math.sqrt((4 * a) / Math.sqrt(3));
    const height = (Math.sqrt(3) / 2) * side;
    return polygon([
      [0, (2 * height) / 3],
      [side / 2, -height / 3],
      [-side / 2, -height / 3],
    ]);
  },
];

const DASHES = ['', '7 4', '2 3', '9 3 2 3', '4 4', '1 2'];

/** The marker area in px² the charts draw a value with (a 64 px² circle is 9 px across). */
export const MARKER_AREA = 64;

/**
 * The marker path for series `i`, centred on 0,0.
 *
 * @param i the series index (0-based; shapes repeat after six)
 * @param area in px² (default {@link MARKER_AREA})
 * @example seriesMarker(1, 64) // "M-4,-4L4,-4L4,4L-4,4Z" (a square)
 */
export function seriesMarker(i: number, area = MARKER_AREA): string {
  return SYMBOLS[i % SYMBOLS.length]!(area);
}

/**
 * The `stroke-dasharray` of series `i`'s line ('' for the first, solid).
 *
 * @example seriesDash(1) // "7 4"
 */
export function seriesDash(i: number): string {
  return DASHES[i % DASHES.length]!;
}
