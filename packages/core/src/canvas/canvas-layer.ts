/**
 * Sizes a canvas for crisp drawing on high-density screens: the backing store is
 * `width × devicePixelRatio`, the CSS size stays `width`. Returns a context already scaled,
 * so callers draw in CSS pixels. Uses CSSOM for the size (allowed under a strict CSP).
 */
export function prepareCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  dpr = globalThis.devicePixelRatio || 1,
): CanvasRenderingContext2D {
  const w = Math.max(1, Math.round(width * dpr));
  const h = Math.max(1, Math.round(height * dpr));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

/**
 * Draws many circles fast: one path per fill style, so the GPU gets a handful of draw calls
 * instead of one per point (the naive `beginPath`/`arc`/`fill` loop).
 */
export function drawCircles(
  ctx: CanvasRenderingContext2D,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  r: ArrayLike<number> | number,
  style: { fill: string; alpha?: number; stroke?: string; lineWidth?: number },
  subset?: ArrayLike<number>,
): void {
  const n = subset ? subset.length : x.length;
  ctx.save();
  ctx.globalAlpha = style.alpha ?? 1;
  ctx.beginPath();
  for (let k = 0; k < n; k++) {
    const i = subset ? subset[k]! : k;
    const ri = typeof r === 'number' ? r : r[i]!;
    const xi = x[i]!;
    const yi = y[i]!;
    ctx.moveTo(xi + ri, yi);
    ctx.arc(xi, yi, ri, 0, Math.PI * 2);
  }
  ctx.fillStyle = style.fill;
  ctx.fill();
  if (style.stroke) {
    ctx.strokeStyle = style.stroke;
    ctx.lineWidth = style.lineWidth ?? 1;
    ctx.stroke();
  }
  ctx.restore();
}
