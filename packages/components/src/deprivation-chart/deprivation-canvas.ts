/**
 * A small CPU rasteriser for many translucent circles of one colour. Each circle is stamped as an
 * anti-aliased coverage mask (one mask per radius, built once) into a transmittance buffer:
 * over a transparent canvas, circles of one colour c at opacity a composite to
 * colour c with alpha 1 − Π(1 − a·coverage), exactly what filling them one by one gives. The
 * buffer is written out with one `putImageData` and composited with one `drawImage`, so the cost
 * is a few multiplications per covered pixel instead of a path per point: in Chromium's software
 * rasteriser (no GPU, as on many council desktops and in headless runs) it is several times
 * faster than a `beginPath`/`arc`/`fill` loop, and its overlaps blend the same way.
 */

interface Mask {
  /** Offset from the centre pixel to the mask's first row and column. */
  half: number;
  size: number;
  /** What each pixel lets through, 1 − alpha × coverage, row by row (`size × size`). */
  through: Float32Array;
  /** Per row, the first and one-past-last column the circle covers at all. */
  from: Int16Array;
  to: Int16Array;
}

const MASK_QUANTUM = 4; // masks per device pixel of radius
/** Masks by opacity, then by quantised radius: built once, looked up by index. */
const masks = new Map<number, Mask[]>();

function buildMask(key: number, alpha: number): Mask {
  const r = key / MASK_QUANTUM;
  // the circle is centred on a pixel corner (as an arc at whole-pixel coordinates is): pixel
  // column cx − half + i has its centre at cx − half + i + 0.5
  const half = Math.ceil(r + 1);
  const size = half * 2;
  const through = new Float32Array(size * size).fill(1);
  const from = new Int16Array(size).fill(size);
  const to = new Int16Array(size);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const coverage = Math.max(0, Math.min(1, r + 0.5 - Math.hypot(i + 0.5 - half, j + 0.5 - half)));
      if (coverage <= 0) continue;
      through[j * size + i] = 1 - alpha * coverage;
      if (i < from[j]!) from[j] = i;
      to[j] = i + 1;
    }
  }
  return { half, size, through, from, to };
}

function maskFor(radiusDevicePx: number, alpha: number): Mask {
  const key = Math.max(1, Math.round(radiusDevicePx * MASK_QUANTUM));
  let byRadius = masks.get(alpha);
  if (!byRadius) masks.set(alpha, (byRadius = []));
  return (byRadius[key] ??= buildMask(key, alpha));
}

let scratch: Float32Array | undefined;
let image: ImageData | undefined;
let words: Uint32Array | undefined;
let layer: OffscreenCanvas | HTMLCanvasElement | undefined;
let probe: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | undefined;

/** Reads any CSS colour (hex, rgb(), a name) as 0–255 channels, using the browser's own parser. */
export function cssColourToRgb(colour: string): [number, number, number] {
  probe ??= (
    typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : document.createElement('canvas')
  ).getContext('2d') as CanvasRenderingContext2D;
  probe.fillStyle = '#000000';
  probe.fillStyle = colour;
  const v = String(probe.fillStyle);
  const hex = /^#([0-9a-f]{6})$/i.exec(v);
  if (hex) {
    const n = Number.parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const rgb = /rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)/i.exec(v);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : [0, 0, 0];
}

/**
 * Draws circles of one colour at (x[i], y[i]) with radius r[i] (CSS px) and opacity `alpha`,
 * composited over what the canvas already holds.
 *
 * @param ctx the canvas's 2D context (its transform is ignored; positions are scaled by `dpr`)
 * @param x centres, CSS px
 * @param y centres, CSS px
 * @param r radii, CSS px, or one radius for all
 * @param fill a CSS colour
 * @param alpha opacity of each circle, 0–1
 * @param dpr device pixels per CSS pixel (the canvas's backing store is `width × dpr`)
 * @param blank the canvas is known to be empty: write the pixels directly instead of compositing
 * @example rasterCircles(ctx, xs, ys, rs, '#12436D', 0.6, devicePixelRatio)
 */
export function rasterCircles(
  ctx: CanvasRenderingContext2D,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  r: ArrayLike<number> | number,
  fill: string,
  alpha: number,
  dpr: number,
  blank = false,
): void {
  const width = ctx.canvas.width;
  const height = ctx.canvas.height;
  const n = x.length;
  if (!n || !width || !height) return;
  // one buffer, reused from draw to draw (no garbage for the collector)
  if (!scratch || scratch.length < width * height) scratch = new Float32Array(width * height);
  const transmit = scratch;
  transmit.fill(1, 0, width * height);
  let top = height;
  let bottom = -1;
  let lastRadius = -1;
  let mask = maskFor(1, alpha);
  for (let p = 0; p < n; p++) {
    const rp = typeof r === 'number' ? r : r[p]!;
    if (rp !== lastRadius) {
      mask = maskFor(rp * dpr, alpha);
      lastRadius = rp;
    }
    const { half, size, through, from, to } = mask;
    const x0 = Math.round(x[p]! * dpr) - half;
    const y0 = Math.round(y[p]! * dpr) - half;
    const i0 = x0 < 0 ? -x0 : 0;
    const i1 = x0 + size > width ? width - x0 : size;
    const j0 = y0 < 0 ? -y0 : 0;
    const j1 = y0 + size > height ? height - y0 : size;
    if (i0 >= i1 || j0 >= j1) continue;
    if (y0 + j0 < top) top = y0 + j0;
    if (y0 + j1 - 1 > bottom) bottom = y0 + j1 - 1;
    for (let j = j0; j < j1; j++) {
      const row = (y0 + j) * width + x0;
      const m = j * size;
      const a = from[j]! > i0 ? from[j]! : i0;
      const b = to[j]! < i1 ? to[j]! : i1;
      for (let i = a; i < b; i++) transmit[row + i]! *= through[m + i]!;
    }
  }
  if (bottom < top) return;
  const [red, green, blue] = cssColourToRgb(fill);
  const rows = bottom - top + 1;
  // the pixel buffer and the layer canvas are reused from draw to draw (no garbage to collect)
  if (!image || image.width !== width || image.height !== rows) {
    image = new ImageData(width, rows);
    words = new Uint32Array(image.data.buffer);
  }
  const out = words!;
  // pixels are RGBA bytes in memory; write each as one little- or big-endian word
  const little = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  const rgb = little ? (blue << 16) | (green << 8) | red : (red << 24) | (green << 16) | (blue << 8);
  for (let k = 0, base = top * width, end = rows * width; k < end; k++) {
    const t = transmit[base + k]!;
    if (t >= 1) {
      out[k] = 0;
      continue;
    }
    const a = ((1 - t) * 255 + 0.5) | 0;
    out[k] = little ? ((a << 24) | rgb) >>> 0 : (rgb | a) >>> 0;
  }
  if (blank) {
    // nothing to composite with: write the pixels straight in
    ctx.putImageData(image, 0, top);
    return;
  }
  layer ??=
    typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(width, rows) : document.createElement('canvas');
  if (layer.width !== width || layer.height < rows) {
    layer.width = width;
    layer.height = rows;
  }
  (layer.getContext('2d') as CanvasRenderingContext2D).putImageData(image, 0, 0);
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.drawImage(layer, 0, 0, width, rows, 0, top, width, rows);
  ctx.restore();
}

/** Below this many points a plain `arc` per point is cheaper than the fixed cost of a pixel buffer. */
export const RASTER_THRESHOLD = 500;

/**
 * Draws one measure's points the fastest way for their number: a `beginPath`/`arc`/`fill` per
 * point when there are few, coverage masks ({@link rasterCircles}) when there are many. Both blend
 * overlaps the same way.
 *
 * @param ctx a context scaled to CSS pixels (see `prepareCanvas`)
 * @param blank whether the canvas is still empty (lets the masks skip compositing)
 * @example drawPoints(ctx, set.x, set.y, set.r, '#12436D', 0.6, devicePixelRatio, true)
 */
export function drawPoints(
  ctx: CanvasRenderingContext2D,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  r: ArrayLike<number>,
  fill: string,
  alpha: number,
  dpr: number,
  blank = false,
): void {
  if (x.length >= RASTER_THRESHOLD) {
    rasterCircles(ctx, x, y, r, fill, alpha, dpr, blank);
    return;
  }
  ctx.save();
  ctx.globalAlpha = alpha;
  ctx.fillStyle = fill;
  for (let i = 0; i < x.length; i++) {
    ctx.beginPath();
    ctx.arc(x[i]!, y[i]!, r[i]!, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
}
