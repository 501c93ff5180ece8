import { exportFrame, type FrameText } from './export-frame.js';
import { canvasLayers } from './svg-export.js';

/**
 * Draws a chart to a canvas without loading an image (so it works under a strict
 * Content-Security-Policy where `img-src` blocks blob: and data: URLs): each SVG shape is painted
 * with its computed style and its transform to the root, and the canvases are copied under or over
 * it as the page stacks them (one after the `<svg>` in the document is over it).
 */
export function paintChart(
  svg: SVGSVGElement | undefined,
  canvases: HTMLCanvasElement[],
  frame: Element,
  options: PaintOptions = {},
): HTMLCanvasElement {
  return paintFramed(frame, options, (ctx, box) => {
    const draw = (c: HTMLCanvasElement) => {
      const r = c.getBoundingClientRect();
      ctx.drawImage(c, r.left - box.left, r.top - box.top, r.width, r.height);
    };
    // each canvas under or over the SVG's marks, as the page stacks them
    const { under, over } = svg ? canvasLayers(svg, canvases) : { under: canvases, over: [] };
    under.forEach(draw);
    if (svg) {
      const origin = svg.getBoundingClientRect();
      ctx.save();
      ctx.translate(origin.left - box.left, origin.top - box.top);
      paintSvg(ctx, svg);
      ctx.restore();
    }
    over.forEach(draw);
  });
}

/** What goes around the painted chart. */
export interface PaintOptions {
  /** Written above the chart, bold. */
  heading?: string;
  /** Written under the chart (the source note). */
  source?: string;
  /** Device pixels per CSS pixel. Default 2. */
  scale?: number;
  /** Background colour. Default white. */
  background?: string;
}

/**
 * Draws everything visible inside `frame` to a canvas, in document order, without loading an
 * image or putting HTML into an SVG `<img>` (both break under a strict CSP): canvases are
 * copied, SVG is painted shape by shape, and HTML is painted from the browser's own layout —
 * each box's background and borders from `getComputedStyle` and `getClientRects`, each word of
 * text where a `Range` says it was laid out, in its computed font and colour. Controls (buttons,
 * selects, inputs) stay out of the image unless marked `data-export="content"` (a legend whose
 * entries are buttons, a heading that is a disclosure button); anything marked
 * `data-export="skip"` stays out, and so does visually hidden text.
 *
 * @param frame the chart area (the element's `[part~="plot"]`)
 * @param options heading, source note, scale, background
 * @returns a canvas of `frame`'s size in a 16 px margin (with the heading and source, see `exportFrame`) times `scale`
 */
export function paintPlot(frame: Element, options: PaintOptions = {}): HTMLCanvasElement {
  return paintFramed(frame, options, (ctx, box) => paintTree(ctx, frame, box));
}

function paintFramed(
  frame: Element,
  options: PaintOptions,
  body: (ctx: CanvasRenderingContext2D, box: DOMRect) => void,
): HTMLCanvasElement {
  const box = frame.getBoundingClientRect();
  const scale = options.scale ?? 2;
  const rootStyle = getComputedStyle(frame);
  const font = rootStyle.fontFamily || 'sans-serif';
  const ink = rootStyle.color || '#0b0c0c';
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const measure = (text: string, f: string) => ((ctx.font = f), ctx.measureText(text).width);
  // the same frame as the SVG export: a margin all round, heading above and source below, wrapped
  const layout = exportFrame(
    { width: box.width, height: box.height },
    { heading: options.heading, source: options.source },
    measure,
    font,
  );
  canvas.width = Math.max(1, Math.round(layout.width * scale));
  canvas.height = Math.max(1, Math.round(layout.height * scale));
  ctx.scale(scale, scale);
  ctx.fillStyle = options.background ?? '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  const lines = (block: FrameText | undefined) => {
    if (!block) return;
    ctx.font = block.font;
    ctx.fillStyle = ink;
    ctx.textBaseline = 'alphabetic';
    block.lines.forEach((line, i) => ctx.fillText(line, block.x, block.baselines[i]!));
  };
  lines(layout.heading);
  ctx.save();
  ctx.translate(layout.x, layout.y);
  body(ctx, box);
  ctx.restore();
  lines(layout.source);
  return canvas;
}

const CONTROLS = 'button, select, input, textarea, [role="button"], [role="switch"], [role="slider"]';

/** Whether an element (and all it holds) stays out of the image. */
function skipped(el: Element, style: CSSStyleDeclaration): boolean {
  if (el.getAttribute('data-export') === 'skip') return true;
  if (el.matches(CONTROLS) && el.getAttribute('data-export') !== 'content') return true;
  if (style.display === 'none') return true;
  // visually hidden text (the live region, .sr-only): clipped to nothing
  if (style.clip === 'rect(0px, 0px, 0px, 0px)' || /inset\(50%\)/.test(style.clipPath)) return true;
  if (
    style.position === 'absolute' &&
    style.overflow === 'hidden' &&
    (parseFloat(style.width) <= 1 || parseFloat(style.height) <= 1)
  )
    return true;
  return false;
}

const transparent = (colour: string) => !colour || colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);

function paintTree(ctx: CanvasRenderingContext2D, node: Node, box: DOMRect): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      paintText(ctx, child as Text, box);
      continue;
    }
    if (!(child instanceof Element)) continue;
    const style = getComputedStyle(child);
    if (skipped(child, style)) continue;
    if (child instanceof HTMLCanvasElement) {
      const r = child.getBoundingClientRect();
      if (r.width && r.height && style.visibility !== 'hidden')
        ctx.drawImage(child, r.left - box.left, r.top - box.top, r.width, r.height);
      continue;
    }
    if (child instanceof SVGSVGElement) {
      const r = child.getBoundingClientRect();
      if (!r.width || !r.height || style.visibility === 'hidden') continue;
      ctx.save();
      ctx.translate(r.left - box.left, r.top - box.top);
      paintSvg(ctx, child);
      ctx.restore();
      continue;
    }
    if (child instanceof HTMLElement && style.visibility !== 'hidden') paintBox(ctx, child, style, box);
    paintTree(ctx, child, box);
  }
}

/** An HTML element's background and borders, on each of its boxes (an inline element broken over lines has several). */
function paintBox(ctx: CanvasRenderingContext2D, el: HTMLElement, style: CSSStyleDeclaration, box: DOMRect): void {
  const bg = style.backgroundColor;
  const pattern = /repeating-linear-gradient/.test(style.backgroundImage)
    ? hatch(ctx, firstColour(style.backgroundImage) ?? style.color)
    : undefined;
  const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
    width: parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0,
    colour: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
    kind: style.getPropertyValue(`border-${side.toLowerCase()}-style`),
  }));
  const visibleSides = sides.filter(
    (b) => b.width > 0 && b.kind !== 'none' && b.kind !== 'hidden' && !transparent(b.colour),
  );
  if (transparent(bg) && !pattern && !visibleSides.length) return;
  const radius = Math.max(0, parseFloat(style.borderTopLeftRadius) || 0);
  const alpha = Number(style.opacity || 1);
  for (const r of Array.from(el.getClientRects())) {
    if (r.width <= 0 || r.height <= 0) continue;
    const x = r.left - box.left;
    const y = r.top - box.top;
    ctx.save();
    ctx.globalAlpha = alpha;
    const shape = new Path2D();
    if (radius > 0) shape.roundRect(x, y, r.width, r.height, Math.min(radius, r.width / 2, r.height / 2));
    else shape.rect(x, y, r.width, r.height);
    if (!transparent(bg)) {
      ctx.fillStyle = bg;
      ctx.fill(shape);
    }
    if (pattern) {
      ctx.fillStyle = pattern;
      ctx.fill(shape);
    }
    const uniform =
      visibleSides.length === 4 &&
      sides.every((b) => b.width === sides[0]!.width && b.colour === sides[0]!.colour && b.kind === sides[0]!.kind);
    if (uniform) {
      const w = sides[0]!.width;
      const inner = new Path2D();
      if (radius > 0)
        inner.roundRect(
          x + w / 2,
          y + w / 2,
          r.width - w,
          r.height - w,
          Math.max(0, Math.min(radius - w / 2, (r.width - w) / 2, (r.height - w) / 2)),
        );
      else inner.rect(x + w / 2, y + w / 2, r.width - w, r.height - w);
      ctx.strokeStyle = sides[0]!.colour;
      ctx.lineWidth = w;
      if (sides[0]!.kind === 'dashed' || sides[0]!.kind === 'dotted')
        ctx.setLineDash(sides[0]!.kind === 'dashed' ? [w * 3, w * 2] : [w, w]);
      ctx.stroke(inner);
    } else {
      const [t, right, b, l] = sides;
      const strip = (side: (typeof sides)[number], sx: number, sy: number, sw: number, sh: number) => {
        if (side.width <= 0 || side.kind === 'none' || side.kind === 'hidden' || transparent(side.colour)) return;
        ctx.fillStyle = side.colour;
        ctx.fillRect(sx, sy, sw, sh);
      };
      strip(t!, x, y, r.width, t!.width);
      strip(b!, x, y + r.height - b!.width, r.width, b!.width);
      strip(l!, x, y, l!.width, r.height);
      strip(right!, x + r.width - right!.width, y, right!.width, r.height);
    }
    ctx.restore();
  }
}

function firstColour(image: string): string | undefined {
  return /(rgba?\([^)]*\)|#[0-9a-f]{3,8})/i.exec(image)?.[1];
}

function transformText(text: string, transform: string): string {
  if (transform === 'uppercase') return text.toUpperCase();
  if (transform === 'lowercase') return text.toLowerCase();
  if (transform === 'capitalize') return text.replace(/(^|\s)(\S)/g, (_, a: string, b: string) => a + b.toUpperCase());
  return text;
}

/**
 * A text node, word by word where the browser laid each word out (so wrapping, alignment and
 * inline boxes come out as on screen); a word broken across lines goes character by character.
 */
function paintText(ctx: CanvasRenderingContext2D, node: Text, box: DOMRect): void {
  const text = node.data;
  if (!text.trim()) return;
  const parent = node.parentElement;
  if (!parent) return;
  const style = getComputedStyle(parent);
  if (style.visibility === 'hidden' || transparent(style.color)) return;
  ctx.save();
  ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  ctx.fillStyle = style.color;
  ctx.globalAlpha = Number(style.opacity || 1);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  if ('letterSpacing' in ctx && style.letterSpacing !== 'normal')
    (ctx as CanvasRenderingContext2D & { letterSpacing: string }).letterSpacing = style.letterSpacing;
  const metrics = ctx.measureText('Hg');
  const ascent = metrics.fontBoundingBoxAscent || parseFloat(style.fontSize) * 0.8;
  const descent = metrics.fontBoundingBoxDescent || parseFloat(style.fontSize) * 0.2;
  const range = document.createRange();
  const draw = (piece: string, r: DOMRect) => {
    if (r.width <= 0 || r.height <= 0) return;
    const baseline = r.top - box.top + (r.height - ascent - descent) / 2 + ascent;
    ctx.fillText(transformText(piece, style.textTransform), r.left - box.left, baseline);
  };
  for (const m of text.matchAll(/\S+/g)) {
    const start = m.index!;
    range.setStart(node, start);
    range.setEnd(node, start + m[0].length);
    const rects = range.getClientRects();
    if (rects.length === 1) {
      draw(m[0], rects[0]!);
      continue;
    }
    // broken over lines (or laid out in pieces): one character at a time
    for (let i = 0; i < m[0].length;) {
      const code = m[0].codePointAt(i)!;
      const len = code > 0xffff ? 2 : 1;
      range.setStart(node, start + i);
      range.setEnd(node, start + i + len);
      const r = range.getClientRects()[0];
      if (r) draw(m[0].slice(i, i + len), r);
      i += len;
    }
  }
  range.detach();
  ctx.restore();
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

const lineJoin = (v: string): CanvasLineJoin => (v === 'round' || v === 'bevel' ? v : 'miter');
const lineCap = (v: string): CanvasLineCap => (v === 'round' || v === 'square' ? v : 'butt');

function paintSvg(ctx: CanvasRenderingContext2D, svg: SVGSVGElement): void {
  const root = svg.getScreenCTM();
  const walker = svg.querySelectorAll('*');
  for (const el of walker) {
    if (
      !(el instanceof SVGGraphicsElement) ||
      el instanceof SVGGElement ||
      el.closest('defs, [data-export="skip"], [data-export="svg"]')
    )
      continue;
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
    // joins, caps and the miter limit as the SVG has them: the canvas defaults (miter, limit 10)
    // turn a text halo's corners into spikes that cut into the line above
    ctx.lineJoin = lineJoin(style.strokeLinejoin);
    ctx.lineCap = lineCap(style.strokeLinecap);
    ctx.miterLimit = parseFloat(style.strokeMiterlimit) || 4;
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
        // a tspan keeps its own weight, style, size and colours (a bold title line, a grey note)
        const own = run === el ? style : getComputedStyle(run);
        const runFill = run === el ? fill : paint(own.fill, ctx, suppressedColour);
        const runStroke = run === el ? stroke : paint(own.stroke, ctx, suppressedColour);
        ctx.font = `${own.fontStyle} ${own.fontWeight} ${own.fontSize} ${own.fontFamily}`;
        const strokeFirst = own.paintOrder.startsWith('stroke');
        if (runStroke && strokeFirst) {
          ctx.strokeStyle = runStroke;
          ctx.strokeText(text, start.x, start.y);
        }
        if (runFill) {
          ctx.fillStyle = runFill;
          ctx.fillText(text, start.x, start.y);
        }
        if (runStroke && !strokeFirst) {
          ctx.strokeStyle = runStroke;
          ctx.strokeText(text, start.x, start.y);
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
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}
