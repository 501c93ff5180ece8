import type { SendElement } from '../base-element.js';

/**
 * WCAG 1.4.10 (reflow) checks for a chart as drawn: at 400% zoom a 1280 × 1024 screen is a
 * 320 × 256 CSS px viewport, and the page must not scroll sideways, no text may be clipped or
 * drawn over other text, and every control must be reachable.
 */

/** One line box of text, where the browser drew it. */
export interface TextBox {
  text: string;
  rect: DOMRect;
  /** The element the text belongs to (its `<text>`/`<tspan>`, or the parent of an HTML text node). */
  owner: Element;
}

/** Whether an element is hidden from sight: not rendered, invisible, or clipped to nothing (the live region). */
export function hiddenFromSight(el: Element): boolean {
  for (
    let node: Element | null = el;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
  ) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return true;
    if (style.clip === 'rect(0px, 0px, 0px, 0px)' || /inset\(50%\)/.test(style.clipPath)) return true;
  }
  return false;
}

/** Every visible line of text in the element's shadow DOM: HTML line boxes through a `Range`, SVG text per line (`tspan`). */
export function textBoxes(el: SendElement): TextBox[] {
  const root = el.shadowRoot!;
  const out: TextBox[] = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || !node.data.trim() || parent.closest('style')) continue;
    if (parent.closest('svg')) continue; // SVG text below
    if (hiddenFromSight(parent)) continue;
    range.selectNodeContents(node);
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width > 0.5 && rect.height > 0.5) out.push({ text: node.data.trim(), rect, owner: parent });
    }
  }
  for (const text of Array.from(root.querySelectorAll('text'))) {
    if (!text.textContent?.trim() || hiddenFromSight(text)) continue;
    const leaves = Array.from(text.querySelectorAll('tspan')).filter(
      (t) => !t.querySelector('tspan') && t.textContent?.trim(),
    );
    for (const line of leaves.length ? leaves : [text]) {
      const rect = line.getBoundingClientRect();
      if (rect.width > 0.5 && rect.height > 0.5) out.push({ text: line.textContent!.trim(), rect, owner: line });
    }
  }
  return out;
}

/** A text box in words, for a problem report: `"36.3%" at 520,311 41×19`. */
export const describeBox = (b: TextBox): string =>
  `"${b.text.slice(0, 40)}" at ${Math.round(b.rect.left)},${Math.round(b.rect.top)} ${Math.round(b.rect.width)}×${Math.round(b.rect.height)}`;

/**
 * Pairs of text boxes drawn over each other: crossing by more than 2 px across and a quarter of
 * the lower line's height (touching line boxes share an edge; only real crossings smear ink).
 */
export function overlappingText(boxes: readonly TextBox[]): string[] {
  const problems: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.rect;
      const b = boxes[j]!.rect;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 2 && h > Math.min(a.height, b.height) * 0.25)
        problems.push(`overlapping text ${describeBox(boxes[i]!)} and ${describeBox(boxes[j]!)}`);
    }
  }
  return problems;
}

/** The clipping box of an element: the viewport's width, narrowed by each SVG and `overflow`-clipping ancestor. */
function clipBox(el: Element): { left: number; right: number } {
  let left = 0;
  let right = document.documentElement.clientWidth;
  for (
    let node: Element | null = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
  ) {
    const style = getComputedStyle(node);
    const clips =
      node instanceof SVGSVGElement ? style.overflow !== 'visible' : /hidden|clip|auto|scroll/.test(style.overflowX);
    if (!clips) continue;
    const r = node.getBoundingClientRect();
    left = Math.max(left, r.left);
    right = Math.min(right, r.right);
  }
  return { left, right };
}

/**
 * What fails reflow in the element as it is drawn now (empty when nothing does): the page
 * scrolls sideways; text runs outside the viewport or is cut by an SVG or a clipping box; two
 * lines of text overlap; a control lies outside the viewport.
 *
 * @param el the chart, already rendered at the width under test
 * @param options `scrollable`: selectors of regions allowed to scroll sideways inside (data tables, which WCAG exempts)
 */
export function reflowProblems(el: SendElement, options: { scrollable?: string } = {}): string[] {
  const problems: string[] = [];
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw + 0.5)
    problems.push(
      `the page scrolls sideways: ${document.documentElement.scrollWidth} px content in a ${vw} px viewport`,
    );
  const boxes = textBoxes(el);
  for (const b of boxes) {
    if (options.scrollable && b.owner.closest(options.scrollable)) continue;
    const clip = clipBox(b.owner);
    if (b.rect.left < clip.left - 1 || b.rect.right > clip.right + 1)
      problems.push(`clipped text ${describeBox(b)} (visible ${Math.round(clip.left)}–${Math.round(clip.right)})`);
  }
  problems.push(...overlappingText(boxes));
  for (const control of Array.from(
    el.shadowRoot!.querySelectorAll<HTMLElement>('button, select, input, summary, a[href], [tabindex="0"]'),
  )) {
    if (hiddenFromSight(control)) continue;
    const r = control.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    if (options.scrollable && control.closest(options.scrollable)) continue;
    if (r.left < -1 || r.right > vw + 1)
      problems.push(
        `control out of reach: ${control.localName}${control.className ? `.${String(control.className).split(' ')[0]}` : ''} "${(control.textContent ?? '').trim().slice(0, 30)}" spans ${Math.round(r.left)}–${Math.round(r.right)}`,
      );
    if (control.tabIndex < 0 && !control.matches(':disabled'))
      problems.push(
        `control not in the tab order: ${control.localName} "${(control.textContent ?? '').trim().slice(0, 30)}"`,
      );
  }
  return problems;
}

/**
 * Runs `check` on a chart drawn in a 320 × 256 CSS px viewport (400% zoom of 1280 × 1024), in the
 * page's own flow (no fixed width), then restores the viewport and removes the chart.
 */
export async function atZoom400(
  tag: string,
  data: unknown,
  attributes: Record<string, string>,
  check: (el: SendElement) => Promise<void>,
): Promise<void> {
  const { setViewport } = await import('@web/test-runner-commands');
  await setViewport({ width: 320, height: 256 });
  const el = document.createElement(tag) as SendElement;
  el.setAttribute('heading', 'A heading long enough to wrap at 400% zoom');
  el.setAttribute('source', 'Illustrative data');
  el.setAttribute('loading-delay', '0');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.data = data as SendElement['data'];
  try {
    const rendered = new Promise((resolve) => el.addEventListener('send-render', resolve, { once: true }));
    document.body.append(el);
    await rendered;
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    await check(el);
  } finally {
    el.remove();
    await setViewport({ width: 800, height: 600 });
  }
}
