import type { SendElement } from '../base-element.js';
import { describeBox, hiddenFromSight, overlappingText, textBoxes } from './reflow-check.js';

/**
 * Visual regression checks for charts as the browser drew them, for browser tests. Each returns
 * a list of problems in words (empty when there are none), so a test reads
 * `expect(labelProblems(el, rules)).to.deep.equal([])` and a failure says which label is wrong.
 *
 * - `labelProblems`: a label belongs to its mark beyond doubt. Every label of a datum lies within
 *   its own mark's column (or row) band, no two texts overlap, and no text is cut off by the SVG
 *   it is drawn in (an export draws only the SVG's box).
 * - `textStyleProblems`: every text is at least 16px and has 4.5:1 contrast with what is drawn
 *   under it (the fills beneath it, its halo, or the page).
 * - `chartProblems`: both.
 *
 * @example
 * expect(labelProblems(el, [{ group: 'g.bar-group', mark: 'rect.bar', label: 'text.value-label', axis: 'column' }])).to.deep.equal([]);
 */

/** Which labels belong to which mark, by selectors inside the chart's shadow root. */
export interface LabelRule {
  /** Groups that each hold one datum's mark and the labels that name it, e.g. `g.row[data-need]`. */
  group: string;
  /** The element inside a group whose box is the band its labels must keep to; default the group itself. */
  mark?: string;
  /** The labels inside a group; default every `text`. */
  label?: string;
  /** `column`: a label lies between its mark's left and right edges; `row`: between its top and bottom. */
  axis: 'column' | 'row';
  /** Room allowed beyond each edge of the band, px. Default 1. */
  slack?: number;
}

/** What a text must reach. */
export interface TextStyleOptions {
  /** Smallest font size in CSS px, as drawn (an SVG scaled down draws smaller). Default 16. */
  minSize?: number;
  /** Lowest contrast ratio with what the text is drawn on (WCAG 1.4.3). Default 4.5. */
  minContrast?: number;
}

/**
 * Labels that stray from their mark's band, texts that overlap, and SVG texts cut by their SVG.
 *
 * @param el the chart, drawn at the width under test
 * @param rules which labels belong to which marks
 * @returns the problems found, in words
 */
export function labelProblems(el: SendElement, rules: readonly LabelRule[]): string[] {
  const root = el.shadowRoot!;
  const boxes = textBoxes(el);
  const problems: string[] = [];
  for (const rule of rules) {
    const slack = rule.slack ?? 1;
    for (const group of Array.from(root.querySelectorAll(rule.group))) {
      if (hiddenFromSight(group)) continue;
      const mark = rule.mark ? group.querySelector(rule.mark) : group;
      if (!mark) continue;
      const band = mark.getBoundingClientRect();
      const labels = Array.from(group.querySelectorAll(rule.label ?? 'text'));
      for (const box of boxes.filter((b) => labels.some((l) => l === b.owner || l.contains(b.owner)))) {
        const r = box.rect;
        const out =
          rule.axis === 'column'
            ? r.left < band.left - slack || r.right > band.right + slack
            : r.top < band.top - slack || r.bottom > band.bottom + slack;
        if (out) {
          const span =
            rule.axis === 'column'
              ? `${Math.round(band.left)}–${Math.round(band.right)} across`
              : `${Math.round(band.top)}–${Math.round(band.bottom)} down`;
          problems.push(`label ${describeBox(box)} strays from its mark's ${rule.axis} (${rule.group}: ${span})`);
        }
      }
    }
  }
  problems.push(...overlappingText(boxes));
  for (const box of boxes) {
    const svg = box.owner.closest('svg');
    if (!svg) continue;
    const s = svg.getBoundingClientRect();
    const r = box.rect;
    if (r.left < s.left - 1 || r.right > s.right + 1 || r.top < s.top - 1 || r.bottom > s.bottom + 1) {
      problems.push(
        `text ${describeBox(box)} runs outside its SVG (${Math.round(s.left)},${Math.round(s.top)} ${Math.round(s.width)}×${Math.round(s.height)}), so an export cuts it`,
      );
    }
  }
  return problems;
}

/** An sRGB colour with alpha, from a computed `rgb()`/`rgba()` or `#rrggbb`. */
type Rgba = [number, number, number, number];

function parseColour(value: string): Rgba | undefined {
  const hex = /^#([0-9a-f]{6})$/i.exec(value.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)).concat(1) as Rgba;
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** `top` painted over `under` (both opaque results). */
function over(top: Rgba, under: Rgba, alpha = top[3]): Rgba {
  return [0, 1, 2].map((i) => top[i]! * alpha + under[i]! * (1 - alpha)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two opaque colours. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** The first opaque-enough background from `from` out through shadow hosts to the page (white if none). */
function backdrop(from: Element): Rgba {
  for (
    let node: Element | null = from;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
  ) {
    const bg = parseColour(getComputedStyle(node).backgroundColor);
    if (bg && bg[3] > 0.5) return over(bg, [255, 255, 255, 1]);
  }
  return [255, 255, 255, 1];
}

/** What an SVG text is drawn on at a screen point: the page, then every filled shape before it in its SVG that covers the point. */
function groundAt(text: Element, x: number, y: number): Rgba {
  const svg = text.closest('svg')!;
  let ground = backdrop(svg);
  for (const shape of Array.from(svg.querySelectorAll<SVGGeometryElement>('rect, circle, ellipse, path, polygon'))) {
    if (shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_PRECEDING) break; // drawn after the text
    if (hiddenFromSight(shape) || shape.closest('defs, pattern, [data-export="skip"]')) continue;
    const style = getComputedStyle(shape);
    const fill = parseColour(style.fill);
    if (!fill) continue; // none, or a pattern (hatching): its stripes leave the ground showing
    const ctm = shape.getScreenCTM();
    if (!ctm) continue;
    const p = new DOMPoint(x, y).matrixTransform(ctm.inverse());
    if (!shape.isPointInFill(p)) continue;
    const alpha = fill[3] * Number(style.fillOpacity || 1) * Number(style.opacity || 1);
    if (alpha > 0) ground = over(fill, ground, alpha);
  }
  return ground;
}

/**
 * Text smaller than `minSize` as drawn, or with less than `minContrast` against what it is drawn
 * on: for SVG text its halo (a stroke painted first) or the fills under it, at its middle and
 * near each end; for HTML text the background behind it. Visually hidden text is left out, and
 * so are decorations hidden from assistive technology in HTML (sort arrows).
 *
 * @param el the chart, drawn at the width under test
 * @param options the smallest size and contrast allowed
 * @returns the problems found, in words
 */
export function textStyleProblems(el: SendElement, options: TextStyleOptions = {}): string[] {
  const minSize = options.minSize ?? 16;
  const minContrast = options.minContrast ?? 4.5;
  const problems: string[] = [];
  const seen = new Set<Element>();
  for (const box of textBoxes(el)) {
    const owner = box.owner;
    const inSvg = owner instanceof SVGElement;
    if (!inSvg && owner.closest('[aria-hidden="true"]')) continue;
    const text = inSvg ? (owner.closest('text') ?? owner) : owner;
    const style = getComputedStyle(owner);
    const ctm = inSvg ? (text as SVGGraphicsElement).getScreenCTM() : null;
    const size = parseFloat(style.fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
    if (size < minSize - 0.01 && !seen.has(text)) {
      seen.add(text);
      problems.push(`small text ${describeBox(box)}: ${size.toFixed(1)}px, under ${minSize}px`);
    }
    const ink = parseColour(inSvg ? style.fill : style.color);
    if (!ink) continue;
    const r = box.rect;
    const points = [r.left + Math.min(4, r.width / 2), r.left + r.width / 2, r.right - Math.min(4, r.width / 2)];
    const halo =
      inSvg && style.paintOrder.startsWith('stroke') && parseFloat(style.strokeWidth) >= 2
        ? parseColour(style.stroke)
        : undefined;
    let worst = Infinity;
    for (const x of points) {
      const ground = inSvg ? groundAt(text, x, r.top + r.height / 2) : backdrop(owner);
      const under = halo && halo[3] > 0.5 ? over(halo, ground) : ground;
      const opacity = Number(style.opacity || 1) * (inSvg ? Number(style.fillOpacity || 1) : 1);
      worst = Math.min(worst, contrastRatio(over(ink, under, ink[3] * opacity), under));
    }
    if (worst < minContrast)
      problems.push(`faint text ${describeBox(box)}: contrast ${worst.toFixed(2)}:1, under ${minContrast}:1`);
  }
  return problems;
}

/** `labelProblems` and `textStyleProblems` together. */
export function chartProblems(
  el: SendElement,
  rules: readonly LabelRule[] = [],
  options: TextStyleOptions = {},
): string[] {
  return [...labelProblems(el, rules), ...textStyleProblems(el, options)];
}
