/**
 * Draws a chart to a canvas without loading an image (so it works under a strict
 * Content-Security-Policy where `img-src` blocks blob: and data: URLs): canvases are copied,
 * then each SVG shape is painted with its computed style and its transform to the root.
 */
export function paintChart(
  svg: SVGSVGElement | undefined,
  canvases: HTMLCanvasElement[],
  frame: Element,
  options: { heading?: string; source?: string; scale?: number; background?: string } = {},
): HTMLCanvasElement {
  const box = frame.getBoundingClientRect();
  const scale = options.scale ?? 2;
  const top = options.heading ? 32 : 0;
  const bottom = options.source ? 28 : 0;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(box.width * scale));
  canvas.height = Math.max(1, Math.round((box.height + top + bottom) * scale));
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = options.background ?? '#ffffff';
  ctx.fillRect(0, 0, box.width, box.height + top + bottom);
  const rootStyle = getComputedStyle(frame);
  const font = rootStyle.fontFamily || 'sans-serif';
  ctx.fillStyle = rootStyle.color || '#0b0c0c';
  ctx.textBaseline = 'alphabetic';
  if (options.heading) {
    ctx.font = `700 16px ${font}`;
    ctx.fillText(options.heading, 4, 22);
  }
  ctx.translate(0, top);
  for (const c of canvases) {
    const r = c.getBoundingClientRect();
    ctx.drawImage(c, r.left - box.left, r.top - box.top, r.width, r.height);
  }
  if (svg) {
    const origin = svg.getBoundingClientRect();
    ctx.save();
    ctx.translate(origin.left - box.left, origin.top - box.top);
    paintSvg(ctx, svg);
    ctx.restore();
  }
  if (options.source) {
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    ctx.font = `400 12px ${font}`;
    ctx.fillStyle = rootStyle.color || '#0b0c0c';
    ctx.fillText(options.source, 4, top + box.height + 20);
  }
  return canvas;
}

function hatch(ctx: CanvasRenderingContext2D, colour: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const t = tile.getContext('2d');
  if (!t) return colour;
  t.strokeStyle = colour;
  t.lineWidth = 1.5;
  t.beginPath();
  t.moveTo(0, 8);
  t.lineTo(8, 0);
  t.stroke();
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

function paint(value: string, ctx: CanvasRenderingContext2D, fallback: string): CanvasPattern | string | undefined {
  if (!value || value === 'none') return undefined;
  if (value.startsWith('url(')) return hatch(ctx, fallback);
  return value;
}

function paintSvg(ctx: CanvasRenderingContext2D, svg: SVGSVGElement): void {
  const root = svg.getScreenCTM();
  const walker = svg.querySelectorAll('*');
  for (const el of walker) {
    if (!(el instanceof SVGGraphicsElement) || el instanceof SVGGElement || el.closest('defs, [data-export="skip"]')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const m = el.getScreenCTM();
    if (!m || !root) continue;
    const rel = root.inverse().multiply(m);
    ctx.save();
    ctx.transform(rel.a, rel.b, rel.c, rel.d, rel.e, rel.f);
    ctx.globalAlpha = Number(style.opacity || 1);
    const suppressedColour = style.color || '#6f777b';
    const fill = paint(style.fill, ctx, suppressedColour);
    const stroke = paint(style.stroke, ctx, suppressedColour);
    ctx.lineWidth = parseFloat(style.strokeWidth) || 1;
    const dash = style.strokeDasharray;
    if (dash && dash !== 'none') ctx.setLineDash(dash.split(/[ ,]+/).map(parseFloat).filter(Number.isFinite));
    if (el instanceof SVGTextElement) {
      ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      // paint each run where the browser laid it out (tspans, text-anchor and dy included):
      // the start of its first character, on the baseline
      ctx.textAlign = 'left';
      ctx.textBaseline = 'alphabetic';
      const leaves = Array.from(el.querySelectorAll('tspan')).filter((t) => !t.querySelector('tspan'));
      const runs: SVGTextContentElement[] = leaves.length ? leaves : [el];
      for (const run of runs) {
        const text = run.textContent ?? '';
        if (!text.trim() || run.getNumberOfChars() === 0) continue;
        const start = run.getStartPositionOfChar(0);
        if (stroke && style.paintOrder.startsWith('stroke')) {
          ctx.strokeStyle = stroke;
          ctx.strokeText(text, start.x, start.y);
        }
        if (fill) {
          ctx.fillStyle = fill;
          ctx.fillText(text, start.x, start.y);
        }
      }
      ctx.restore();
      continue;
    }
    const path = toPath(el);
    if (path) {
      if (fill) {
        ctx.fillStyle = fill;
        ctx.globalAlpha = Number(style.opacity || 1) * Number(style.fillOpacity || 1);
        ctx.fill(path);
      }
      if (stroke) {
        ctx.strokeStyle = stroke;
        ctx.globalAlpha = Number(style.opacity || 1) * Number(style.strokeOpacity || 1);
        ctx.stroke(path);
      }
    }
    ctx.restore();
  }
}

function toPath(el: SVGGraphicsElement): Path2D | undefined {
  const p = new Path2D();
  if (el instanceof SVGRectElement) {
    p.rect(el.x.baseVal.value, el.y.baseVal.value, el.width.baseVal.value, el.height.baseVal.value);
  } else if (el instanceof SVGCircleElement) {
    p.arc(el.cx.baseVal.value, el.cy.baseVal.value, el.r.baseVal.value, 0, Math.PI * 2);
  } else if (el instanceof SVGEllipseElement) {
    p.ellipse(el.cx.baseVal.value, el.cy.baseVal.value, el.rx.baseVal.value, el.ry.baseVal.value, 0, 0, Math.PI * 2);
  } else if (el instanceof SVGLineElement) {
    p.moveTo(el.x1.baseVal.value, el.y1.baseVal.value);
    p.lineTo(el.x2.baseVal.value, el.y2.baseVal.value);
  } else if (el instanceof SVGPathElement) {
    return new Path2D(el.getAttribute('d') ?? '');
  } else if (el instanceof SVGPolylineElement || el instanceof SVGPolygonElement) {
    const pts = el.points;
    for (let i = 0; i < pts.numberOfItems; i++) {
      const pt = pts.getItem(i);
      if (i === 0) p.moveTo(pt.x, pt.y);
      else p.lineTo(pt.x, pt.y);
    }
    if (el instanceof SVGPolygonElement) p.closePath();
  } else return undefined;
  return p;
}

/** Canvas → PNG blob. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
}
