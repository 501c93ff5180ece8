import { exportFrame, type FrameText, type MeasureText } from './export-frame.js';

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Text widths from a canvas in the page's fonts (no DOM insertion, so CSP-safe). */
export function canvasMeasure(): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, font) => {
    if (!ctx) return text.length * 0.6 * (parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '16') || 16);
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

export interface SvgExportOptions {
  heading?: string;
  source?: string;
  /**
   * Canvases in the plot (dense scatters) to embed as images, each beneath the SVG's marks or above
   * them as it is on the page: a canvas that comes after the `<svg>` in the document is drawn over it.
   */
  canvases?: HTMLCanvasElement[];
  /** Background colour; default the element's `--send-color-background`. */
  background?: string;
}

/**
 * Makes a self-contained SVG file from a chart's live `<svg>`: computed styles are written as
 * attributes (so theme tokens and shadow-DOM styles survive outside the page), the heading and
 * source note are added as text wrapped to the chart's width with a margin all round (see
 * `exportFrame`), and elements marked `data-export="skip"` (focus rings, tooltips) are left out. A chart
 * may draw what only the file shows (`data-export="svg"`, hidden on the page: a key the page gives in HTML)
 * past its foot, and give the file's height in `data-export-height` on its `<svg>`.
 * Text comes from the DOM, so it is escaped by the XML serialiser.
 */
export function exportSvg(svg: SVGSVGElement, options: SvgExportOptions = {}): string {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width || Number(svg.getAttribute('width')) || 600));
  const drawn = Math.max(1, Math.round(box.height || Number(svg.getAttribute('height')) || 400));
  // a chart may draw, past its foot, what only the file shows (a key the page gives in HTML)
  const height = Math.max(drawn, Number(svg.getAttribute('data-export-height')) || 0);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  for (const skip of clone.querySelectorAll('[data-export="skip"]')) skip.remove();

  const rootStyle = getComputedStyle(svg);
  const font = rootStyle.fontFamily || 'sans-serif';
  const textColour = rootStyle.color || '#0b0c0c';
  const frame = exportFrame(
    { width, height },
    { heading: options.heading, source: options.source },
    canvasMeasure(),
    font,
  );
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(frame.width));
  out.setAttribute('height', String(frame.height));
  out.setAttribute('viewBox', `0 0 ${frame.width} ${frame.height}`);
  if (options.heading) {
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = options.heading;
    out.append(title);
  }
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', options.background ?? '#ffffff');
  out.append(bg);
  if (frame.heading) out.append(...textLines(frame.heading, font, textColour));
  const body = document.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(${frame.x},${frame.y})`);
  const image = (canvas: HTMLCanvasElement) => {
    const c = canvas.getBoundingClientRect();
    const out = document.createElementNS(SVG_NS, 'image');
    out.setAttribute('x', String(Math.round(c.left - box.left)));
    out.setAttribute('y', String(Math.round(c.top - box.top)));
    out.setAttribute('width', String(Math.round(c.width)));
    out.setAttribute('height', String(Math.round(c.height)));
    out.setAttribute('href', canvas.toDataURL('image/png'));
    return out;
  };
  const { under, over } = canvasLayers(svg, options.canvases ?? []);
  body.append(...under.map(image));
  const inner = document.createElementNS(SVG_NS, 'svg');
  inner.setAttribute('width', String(width));
  inner.setAttribute('height', String(height));
  const viewBox = svg
    .getAttribute('viewBox')
    ?.split(/[\s,]+/)
    .map(Number);
  // the viewBox grows with the height the file adds, at the page's scale
  if (viewBox?.length === 4)
    inner.setAttribute(
      'viewBox',
      [...viewBox.slice(0, 3), viewBox[3]! + (height - drawn) * (viewBox[3]! / drawn)].join(' '),
    );
  inner.append(...Array.from(clone.childNodes));
  body.append(inner, ...over.map(image));
  out.append(body);
  if (frame.source) out.append(...textLines(frame.source, font, textColour));
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + xmlSafe(new XMLSerializer().serializeToString(out));
}

/**
 * The canvases drawn under a chart's SVG and those drawn over it, as the page stacks them: one that
 * comes after the `<svg>` in the document (the scatter's points over its axes and bands) is over it.
 */
export function canvasLayers(
  svg: Element,
  canvases: readonly HTMLCanvasElement[],
): { under: HTMLCanvasElement[]; over: HTMLCanvasElement[] } {
  const after = (c: HTMLCanvasElement) => (svg.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  return { under: canvases.filter((c) => !after(c)), over: canvases.filter(after) };
}

/**
 * Drops characters XML 1.0 forbids (C0 controls other than tab and line ends, lone surrogates,
 * U+FFFE/U+FFFF). The serialiser writes them as they are, so one control character in a label
 * from the data would make the whole exported file unreadable.
 */
function xmlSafe(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** A wrapped block of the frame (heading or source) as one `<text>` per line. */
function textLines(block: FrameText, family: string, fill: string): SVGTextElement[] {
  const [weight, size] = block.font.split(' ');
  return block.lines.map((line, i) => {
    const t = document.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(block.x));
    t.setAttribute('y', String(Math.round(block.baselines[i]!)));
    t.setAttribute('font-family', family);
    t.setAttribute('font-size', size!);
    t.setAttribute('font-weight', weight!);
    t.setAttribute('fill', fill);
    t.textContent = line;
    return t;
  });
}

function inlineStyles(source: Element, target: Element): void {
  if (source instanceof SVGElement && !(source instanceof SVGSVGElement && source === target)) {
    const style = getComputedStyle(source);
    // what only the file shows (`data-export="svg"`) is hidden on the page but written out
    if ((style.display === 'none' && source.getAttribute('data-export') !== 'svg') || style.visibility === 'hidden') {
      target.setAttribute('data-export', 'skip');
      return;
    }
    for (const prop of STYLE_PROPS) {
      const value = style.getPropertyValue(prop);
      if (value) target.setAttribute(prop, value);
    }
    target.removeAttribute('class');
    target.removeAttribute('part');
    target.removeAttribute('tabindex');
  }
  const s = source.children;
  const t = target.children;
  for (let i = 0; i < s.length; i++) inlineStyles(s[i]!, t[i]!);
}
