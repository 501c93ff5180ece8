import { paintWith, PointIndex, prepareCanvas, type NavPoint } from '@send-insight/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { drawPoints } from './deprivation-canvas.js';
import type { LegendItem, ScatterLayout } from './deprivation-scatter.layout.js';
import type { ScatterViewLayout } from './deprivation-scatter.view.js';

const DEFAULT_COLORS = ['#12436D', '#28A197', '#801650'];

/** What the area view's marks need from the element. */
export interface ScatterHost {
  /** The point the keyboard or pointer is on, as drawn. */
  active?: NavPoint;
  /** The word for a suppressed figure (the strip's label). */
  suppressed: string;
  pointer(event: PointerEvent): void;
  click(): void;
}

function legend(items: LegendItem[], top: number): TemplateResult {
  return svg`<g class="legend" part="legend" transform="translate(4, ${top})">
    ${items.map((item) => {
      const y = item.y;
      const swatch =
        item.kind === 'point'
          ? svg`<circle class="m${item.colorIndex} legend-point" cx=${item.x + 9} cy=${y + 6} r="5"></circle>`
          : item.kind === 'smooth'
            ? svg`<line class="smooth m${item.colorIndex}" x1=${item.x} x2=${item.x + 18} y1=${y + 6} y2=${y + 6}></line>`
            : svg`<path class="strip" d="M${item.x + 5},${y} V${y + 12} M${item.x + 9},${y} V${y + 12} M${item.x + 13},${y} V${y + 12}"></path>`;
      return svg`<g class="legend-item" data-kind=${item.kind}>${swatch}<text x=${item.x + 24} y=${y + 10}>${item.label}</text></g>`;
    })}
  </g>`;
}

/**
 * The area view: axes, decile bands, the suppressed strip and the legend in SVG under the points
 * (a canvas, drawn by {@link ScatterCanvas}), and the highlight of the active point over them.
 */
export function renderScatterChart(l: ScatterViewLayout, host: ScatterHost): TemplateResult {
  const { plot } = l;
  const strip = l.suppressed;
  const active = host.active;
  return html`<div class="area-wrap" @pointermove=${host.pointer} @click=${host.click}>
    <svg class="chart deprivation-area" width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" role="presentation" data-view="area">
      ${legend(l.legend, l.legendY)}
      <g class="bands">
        ${l.bands.map((b) => (b.shade ? svg`<rect class="band" x=${b.x0} y=${plot.y} width=${b.x1 - b.x0} height=${plot.height}></rect>` : nothing))}
        ${l.bands.map((b) => svg`<text class="secondary decile-band-label" x=${b.labelX} y=${plot.y - 5} text-anchor="middle">${b.decile}</text>`)}
      </g>
      <g class="axes">
        ${l.yTicks.map(
          (t) => svg`<line class="grid" x1=${plot.x} x2=${plot.x + plot.width} y1=${t.pos} y2=${t.pos}></line>
            <text class="tick" x=${plot.x - 6} y=${t.pos + 4} text-anchor="end">${t.label}</text>`,
        )}
        <line class="axis" x1=${plot.x} x2=${plot.x + plot.width} y1=${plot.y + plot.height} y2=${plot.y + plot.height}></line>
        ${l.xTicks.map(
          (t, i) =>
            svg`<text class="tick" x=${t.pos} y=${l.xTickY} text-anchor=${i === 0 ? 'start' : i === l.xTicks.length - 1 ? 'end' : 'middle'}>${t.label}</text>`,
        )}
        <text class="axis-title" x=${l.xTitle.x} y=${l.xTitle.y} text-anchor="middle">${l.xTitle.text}</text>
        <text class="axis-title" x=${l.yTitle.x} y=${l.yTitle.y}>${l.yTitle.text}</text>
      </g>
      <g class="suppressed-strip" data-count=${strip.x.length}>
        ${strip.x.length ? svg`<path class="strip" d=${strip.path}></path><text class="gap-label" x=${plot.x + 4} y=${strip.labelY}>${host.suppressed}</text>` : nothing}
      </g>
      ${l.sets.map((s) => svg`<path class="smooth-line" data-measure=${s.measure} d=${s.smooth} fill="none" stroke="none"></path>`)}
    </svg>
    <canvas class="points" aria-hidden="true"></canvas>
    <svg class="overlay" width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" aria-hidden="true" data-export="skip">
      <circle class="highlight" r="7" ${paintWith(placeHighlight, active)}></circle>
    </svg>
  </div>`;
}

/** Shows the area view's highlight circle at `point`, or hides it. */
function placeHighlight(circle: Element, point: NavPoint | undefined): void {
  circle.setAttribute('visibility', point ? 'visible' : 'hidden');
  if (!point) return;
  circle.setAttribute('cx', String(point.x));
  circle.setAttribute('cy', String(point.y));
}

/**
 * Moves the area view's highlight to `point` (hides it when there is none) without an update of
 * the element, so a pointer's move shows at once; a render writes it the same way. False when the
 * area view is not drawn.
 */
export function paintScatterHighlight(root: ParentNode, point: NavPoint | undefined): boolean {
  const circle = root.querySelector('svg.overlay > circle.highlight');
  if (!circle) return false;
  placeHighlight(circle, point);
  return true;
}

/** The theme's colours and opacity for the points, read from the host's computed style. */
interface PointStyle {
  alpha: number;
  colour: (i: number) => string;
  background: string;
}

function pointStyle(host: HTMLElement): PointStyle {
  const styles = getComputedStyle(host);
  const colours = DEFAULT_COLORS.map((c, i) => styles.getPropertyValue(`--send-color-${i + 1}`).trim() || c);
  return {
    alpha: Number.parseFloat(styles.getPropertyValue('--send-deprivation-point-opacity')) || 0.6,
    colour: (i) => colours[i] ?? DEFAULT_COLORS[0]!,
    background: styles.getPropertyValue('--send-color-background').trim() || '#ffffff',
  };
}

/** A canvas waiting to be drawn, with what to draw on it. */
interface PendingDraw {
  target: ScatterCanvas;
  canvas: HTMLCanvasElement;
  layout: ScatterLayout;
  host: HTMLElement;
}

/** Canvases waiting for the next frame's layout, by canvas. */
const waiting = new Map<HTMLCanvasElement, PendingDraw>();
let frameObserver: ResizeObserver | undefined;

/**
 * Draws every canvas in `batch`: first reads each host's style, then draws them all (so, should a
 * read have to restyle the page, it does so once for the batch, not once per chart).
 */
function drawBatch(batch: PendingDraw[], inFrame = false): void {
  for (const p of batch) {
    waiting.delete(p.canvas);
    frameObserver?.unobserve(p.canvas);
  }
  const styles = batch.map((p) => pointStyle(p.host));
  batch.forEach((p, i) => p.target.paint(p.canvas, p.layout, styles[i]!));
  // whoever awaits the drawing (updateComplete) runs after the frame: code run inside the
  // observer's callback that changed the page's layout would make the observer report again
  const done = batch.map((p) => p.target.takeSettle());
  const settle = (): void => done.forEach((s) => s?.());
  if (inFrame) setTimeout(settle, 0);
  else settle();
}

/**
 * The ResizeObserver reports a canvas it has just been asked to watch in the next frame, after
 * that frame's style and layout and before its paint: reading the host's computed style there
 * forces nothing (the page is already styled and laid out), and the points are still in the frame
 * that first shows the chart. Read straight after the render, it forced a style and layout pass
 * of its own (2-4 ms traced on a 1,000-point chart), most of it work the frame would have done
 * anyway, but done again there for what the canvas's sizing changed.
 */
function onFrame(entries: ResizeObserverEntry[]): void {
  const batch: PendingDraw[] = [];
  for (const entry of entries) {
    const p = waiting.get(entry.target as HTMLCanvasElement);
    if (p) batch.push(p);
  }
  drawBatch(batch, true);
}

/** Draws whatever the observer has not (a canvas of no size, a document that renders no frames). */
function drawLate(): void {
  scheduled.clear();
  if (waiting.size) drawBatch([...waiting.values()]);
}

/** The fall-backs asked for and not yet run. */
const scheduled = new Set<'microtask' | 'frame'>();

/**
 * Asks for {@link drawLate} once: in a microtask, or in the first task after the next frame (by
 * then the observer has reported every canvas it can).
 */
function later(when: 'microtask' | 'frame'): void {
  if (scheduled.has(when)) return;
  scheduled.add(when);
  if (when === 'microtask') queueMicrotask(drawLate);
  else {
    requestAnimationFrame(() => setTimeout(drawLate, 0));
    // a page hidden before its next frame runs no animation frame and no observer; a timer still
    // runs (at most about once a second in a hidden page), so the drawing and updateComplete do not
    // wait for the page to be shown again
    setTimeout(drawLate, LATEST_DRAW_MS);
  }
}

/** The longest a drawing waits for a frame that does not come (a page hidden before its next frame). */
const LATEST_DRAW_MS = 500;

/** No frame will come before the drawing is needed: printing (the pages are drawn without one), a hidden page, no observer. */
function noFrameComing(): boolean {
  return (
    typeof ResizeObserver === 'undefined' ||
    typeof requestAnimationFrame === 'undefined' ||
    document.visibilityState === 'hidden' ||
    matchMedia('print').matches
  );
}

/**
 * The area view's canvas: every point (rasterised as coverage masks, one image per measure), the
 * smoothed lines over them, and the hit-test index. The index is built as soon as the points are
 * drawn, in the same task, so it is ready before the first pointer event can arrive (a few ms at
 * 32,844 points, against tens of ms for the drawing itself).
 */
export class ScatterCanvas {
  private drawn?: ScatterLayout;
  private indices: PointIndex[] = [];
  private queued?: PendingDraw;
  private settle?: () => void;
  /** Settles when the drawing asked for last is on the canvas (at once when none is waiting). */
  whenDrawn: Promise<void> = Promise.resolve();

  /**
   * Draws `layout` on `canvas` in the colours of `host`'s theme tokens, unless it is drawn already
   * (`force`: the theme changed). The canvas is sized now; its points are drawn when the next
   * frame has been laid out, before it is painted (see {@link onFrame}), with every other chart
   * waiting then. When no frame is coming (printing, a hidden page), in a microtask instead, and a
   * canvas the observer cannot report (no size, say) is drawn after the frame. {@link whenDrawn}
   * settles when it is drawn.
   */
  draw(canvas: HTMLCanvasElement, layout: ScatterLayout, host: HTMLElement, force = false): void {
    if (!force && this.drawn === layout && canvas.dataset.drawn === '1') return;
    if (this.queued) {
      if (this.queued.canvas !== canvas) {
        waiting.delete(this.queued.canvas);
        frameObserver?.unobserve(this.queued.canvas);
      }
      Object.assign(this.queued, { canvas, layout, host });
    } else {
      this.queued = { target: this, canvas, layout, host };
      this.whenDrawn = new Promise((resolve) => (this.settle = resolve));
    }
    // sized now (writes only), so the frame lays it out at its size and the drawing changes no layout
    prepareCanvas(canvas, layout.width, layout.height);
    waiting.set(canvas, this.queued);
    if (noFrameComing()) return later('microtask');
    frameObserver ??= new ResizeObserver(onFrame);
    // observing afresh makes the observer report the canvas in the next frame, also when redrawn
    frameObserver.unobserve(canvas);
    frameObserver.observe(canvas);
    later('frame');
  }

  /** The resolver of {@link whenDrawn}, once: the drawing is on the canvas. */
  takeSettle(): (() => void) | undefined {
    const settle = this.settle;
    this.settle = undefined;
    return settle;
  }

  /** Draws now, with the style already read. */
  paint(canvas: HTMLCanvasElement, layout: ScatterLayout, style: PointStyle): void {
    this.queued = undefined;
    const ctx = prepareCanvas(canvas, layout.width, layout.height);
    const { alpha, colour } = style;
    const dpr = canvas.width / Math.max(1, layout.width);
    layout.sets.forEach((set, i) => drawPoints(ctx, set.x, set.y, set.r, colour(set.colorIndex), alpha, dpr, i === 0));
    // the smoothed lines go over the points, with a light casing so they read on any point
    ctx.save();
    ctx.lineJoin = 'round';
    for (const set of layout.sets) {
      if (!set.smooth) continue;
      const path = new Path2D(set.smooth);
      ctx.strokeStyle = style.background;
      ctx.lineWidth = 6;
      ctx.stroke(path);
      ctx.strokeStyle = colour(set.colorIndex);
      ctx.lineWidth = 3;
      ctx.stroke(path);
    }
    ctx.restore();
    canvas.dataset.drawn = '1';
    if (this.drawn !== layout) {
      this.indices = layout.sets.map((s) => new PointIndex(s.x, s.y, s.r));
      for (const index of this.indices) index.find(-1e6, -1e6, 0); // builds it now
    }
    this.drawn = layout;
  }

  /**
   * The LSOA (index into the model's `lsoas`) nearest a point in plot pixels, within a few pixels
   * of its circle, or undefined (also before anything is drawn).
   */
  hitTest(x: number, y: number): number | undefined {
    const layout = this.drawn;
    if (!layout) return undefined;
    let best: number | undefined;
    let bestD = Infinity;
    this.indices.forEach((index, s) => {
      const k = index.find(x, y, 6);
      if (k < 0) return;
      const set = layout.sets[s]!;
      const d = Math.hypot(set.x[k]! - x, set.y[k]! - y);
      if (d < bestD) ((bestD = d), (best = set.index[k]!));
    });
    return best;
  }
}
