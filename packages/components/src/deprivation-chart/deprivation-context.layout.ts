import type { DeprivationContext } from '@send-insight/data';
import {
  formatNumber,
  formatShare,
  plotBox,
  textWidth,
  tickCount,
  verticalLineAround,
  wrapText,
  type Box,
  type Tick,
} from '@send-insight/core/layout';
import { scaleBand, scaleLinear } from '@send-insight/core/scale';
import { inkBox } from './deprivation-chart.rows.js';
import { DEFAULT_CONTEXT_WORDING, type DeprivationContextWording } from './deprivation-context.words.js';

/** `full`: the context is the whole chart. `compact`: a short strip under the SEN rates. */
export type ContextLayoutMode = 'full' | 'compact';

/** Options for {@link layoutDeprivationContext}. */
export interface ContextLayoutOptions {
  /** Default `full`. */
  mode?: ContextLayoutMode;
  /** `auto` (default) is horizontal (deciles as rows) at 400 px or less in the full view; the compact strip is always vertical. */
  orientation?: 'vertical' | 'horizontal' | 'auto';
  /**
   * Line the decile columns up with another chart's: the centre of each decile (1–10) and the
   * width of a decile's band, in the same pixels. The compact strip under the SEN rates uses it so
   * each decile's neighbourhoods sit under its rates.
   */
  align?: { centres: readonly number[]; band: number };
  /** Font size of labels in px, for spacing. Default 16 (`--send-font-size-chart`). */
  fontSize?: number;
  /** Whole numbers. Default en-GB. */
  formatCount?: (n: number) => string;
  /** Shares (0–1) as percentages. Default en-GB, no decimals. */
  formatShare?: (f: number) => string;
  /** Wording of the heading, legend and axes (see `DEPRIVATION_CONTEXT_STRINGS`). */
  text?: DeprivationContextWording;
}

/** One decile's column (or row). */
export interface ContextBar {
  decile: number;
  lsoas: number;
  /** Share of the area's LSOAs, 0–1. */
  share: number;
  bar: Box;
  /** Centre of the bar's end: for the focus ring and tooltip. */
  anchor: { x: number; y: number };
  /**
   * Direct labels at the bar's end: the count, and the share when there is room (a second line,
   * or after the count). `inside`: in the full view, figures England's line would run through
   * stand inside their bar's end when the bar holds them (in the bar's text colour); elsewhere
   * they stay on the end and the line goes round them.
   */
  labels: {
    x: number;
    y: number;
    text: string;
    anchor: 'start' | 'middle' | 'end';
    kind: 'count' | 'share';
    inside?: boolean;
  }[];
}

/** A legend entry of the context view: its bars, or England's even spread. */
export interface ContextLegendItem {
  kind: 'bar' | 'even';
  label: string;
  x: number;
  y: number;
}

/** The geometry of the context view. Plain objects, no DOM. */
export interface ContextLayout {
  width: number;
  height: number;
  mode: ContextLayoutMode;
  orientation: 'vertical' | 'horizontal';
  plot: Box;
  bars: ContextBar[];
  /** England's even spread (a tenth of the neighbourhoods in each decile): a line across the deciles. */
  reference: { x1: number; y1: number; x2: number; y2: number };
  /**
   * The stretches of that line that are drawn (x from and to when it runs across columns, y when
   * down rows): it goes round every figure it would cross, 3 px clear of its ink.
   */
  referencePieces: [number, number][];
  /** Share ticks (none in the compact strip, which labels its bars). */
  valueTicks: Tick[];
  valueTitle?: { x: number; y: number; text: string; anchor: 'start' | 'end' };
  decileTicks: Tick[];
  /** Where the decile numbers sit across the decile axis (y when vertical, x when horizontal). */
  decileTickAt: number;
  decileEnds: { x: number; y: number; text: string; anchor: 'start' | 'end' }[];
  decileTitle?: { x: number; y: number; text: string; anchor: 'start' | 'middle' };
  /** The compact strip's heading, wrapped to the width. */
  title?: { x: number; lines: { y: number; text: string }[] };
  legend: ContextLegendItem[];
}

/**
 * The height the context view wants for a width: rows never cramped when horizontal; the compact
 * strip a little taller when its heading wraps.
 *
 * @param width in CSS pixels
 * @param options mode and orientation
 * @returns height in CSS pixels
 * @example deprivationContextHeight(320) // 414 (ten rows of 30 px)
 */
export function deprivationContextHeight(
  width: number,
  options: Pick<ContextLayoutOptions, 'mode' | 'orientation' | 'fontSize'> = {},
): number {
  const fontSize = options.fontSize ?? 16;
  if (options.mode === 'compact') return width <= 480 ? 180 : 170;
  if (orientationFor(width, options) === 'horizontal') return 10 * 30 + 9 * fontSize + 6;
  return Math.round(Math.max(300, Math.min(440, width * 0.5)));
}

function orientationFor(
  width: number,
  options: Pick<ContextLayoutOptions, 'mode' | 'orientation'>,
): 'vertical' | 'horizontal' {
  if (options.mode === 'compact') return 'vertical';
  if (options.orientation === 'vertical' || options.orientation === 'horizontal') return options.orientation;
  return width <= 400 ? 'horizontal' : 'vertical';
}

/**
 * Lays out how an area's neighbourhoods (LSOAs) spread over England's IMD deciles: a bar per
 * decile for its share of the area's LSOAs, labelled with the number and the share, against
 * England's even spread (a tenth per decile) as a reference line. In the full view the deciles
 * are columns, or rows when narrow; the compact strip is columns, lined up with the SEN rates'
 * deciles when `align` is given. Pure: the same context and size give the same geometry.
 *
 * @param context counts from `buildDeprivationContext`
 * @param size width and height in CSS pixels (height 0: {@link deprivationContextHeight})
 * @param options mode, orientation, alignment and number formats
 * @returns plain geometry for the element (or a static renderer) to draw
 * @example layoutDeprivationContext(context, { width: 640, height: 320 }).bars[0].bar
 */
export function layoutDeprivationContext(
  context: DeprivationContext,
  size: { width: number; height?: number },
  options: ContextLayoutOptions = {},
): ContextLayout {
  const width = Math.max(0, size.width);
  const mode = options.mode ?? 'full';
  const fontSize = options.fontSize ?? 16;
  const height = Math.max(0, size.height || deprivationContextHeight(width, options));
  const count = options.formatCount ?? ((n: number) => formatNumber(n, 'en-GB', 0));
  const share = options.formatShare ?? ((f: number) => formatShare(f, 'en-GB', 0));
  const w = options.text ?? DEFAULT_CONTEXT_WORDING;
  const orientation = orientationFor(width, options);
  const vertical = orientation === 'vertical';
  const compact = mode === 'compact';
  const line = fontSize + 4;

  // heading (compact only), then the legend, placed left to right and wrapped
  let y = 0;
  let title: ContextLayout['title'];
  if (compact) {
    const lines = wrapText(w.t('deprivationStripTitle', { n: count(context.total) }), Math.max(1, width - 8), fontSize);
    title = { x: 4, lines: lines.map((text, i) => ({ y: fontSize + i * line, text })) };
    y = lines.length * line + 4;
  }
  const entries: Pick<ContextLegendItem, 'kind' | 'label'>[] = [
    ...(compact ? [] : [{ kind: 'bar' as const, label: w.t('deprivationLsoas') }]),
    { kind: 'even', label: w.t('deprivationEvenSpread', { share: share(context.evenShare) }) },
  ];
  const legend: ContextLegendItem[] = [];
  let lx = 4;
  let ly = y + 4;
  for (const e of entries) {
    const w = 18 + 6 + textWidth(e.label, fontSize);
    if (lx > 4 && lx + w > width - 4) {
      lx = 4;
      ly += line + 6;
    }
    legend.push({ ...e, x: lx, y: ly });
    lx += w + 16;
  }
  const legendBottom = ly + 12 + 6;

  const labelLines = !vertical ? 0 : compact ? 1 : 2;
  const top = legendBottom + (compact ? 2 : vertical ? fontSize + 10 : fontSize * 2 + 12) + labelLines * line;
  const margin = compact
    ? { top, right: 4, bottom: fontSize + 10, left: 4 }
    : vertical
      ? { top, right: 8, bottom: fontSize * 3 + 22, left: Math.max(34, textWidth('100%', fontSize) + 14) }
      : {
          top,
          right: Math.min(width * 0.4, textWidth(`${count(Math.max(...context.lsoas))} (100%)`, fontSize) + 10),
          bottom: fontSize * 2 + 18,
          left: Math.max(28, textWidth('10', fontSize) + 18),
        };
  const plot = plotBox(width, height, margin);
  const deciles = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const own = scaleBand<number>()
    .domain(deciles)
    .range(vertical ? [plot.x, plot.x + plot.width] : [plot.y, plot.y + plot.height])
    .paddingInner(0.22)
    .paddingOuter(0.1);
  const align = vertical && options.align && options.align.centres.length === 10 ? options.align : undefined;
  // under the SEN pairs the bars are a little narrower, so the two charts read as two
  const thickness = align ? align.band * 0.7 : own.bandwidth();
  const centre = (d: number) => (align ? align.centres[d - 1]! : own(d)! + own.bandwidth() / 2);

  // the share axis runs to the largest share or the even share, whichever is larger
  const value = scaleLinear().domain([0, Math.max(context.evenShare, ...context.shares)]);
  const ticksWanted = vertical ? tickCount(plot.height, 50) : tickCount(plot.width, 50);
  if (!compact) value.nice(ticksWanted);
  if (vertical) value.range([plot.y + plot.height, plot.y]);
  else value.range([plot.x, plot.x + plot.width]);
  const v0 = value(0);
  const valueTicks: Tick[] = compact
    ? []
    : value.ticks(ticksWanted).map((t) => ({ value: t, pos: value(t), label: share(t) }));

  const even = value(context.evenShare);
  const room = thickness + (align ? align.band * 0.3 : own.step() - own.bandwidth()) - 2;
  const fitsCount = !vertical || Math.max(...context.lsoas.map((n) => textWidth(count(n), fontSize))) <= room;
  const fitsShare = vertical && !compact && textWidth(share(0.99), fontSize) <= room;
  const bars: ContextBar[] = context.lsoas.map((lsoas, i) => {
    const decile = i + 1;
    const f = context.shares[i]!;
    const c = centre(decile);
    const end = value(f);
    const bar: Box = vertical
      ? { x: c - thickness / 2, y: Math.min(end, v0), width: thickness, height: Math.abs(v0 - end) }
      : { x: v0, y: c - thickness / 2, width: Math.abs(end - v0), height: thickness };
    const labels: ContextBar['labels'] = [];
    // the labels stand on their own bar's end, never moved off it by England's line, which goes
    // round them instead (in the full view a block the line would cross stands inside the bar's
    // end when the bar holds it)
    const label = (
      x: number,
      y: number,
      text: string,
      anchor: 'start' | 'middle' | 'end',
      kind: 'count' | 'share',
      inside = false,
    ) => labels.push({ x, y, text, anchor, kind, ...(inside ? { inside } : {}) });
    if (vertical) {
      // the figures' block: the count over the share, its lowest baseline 5 px above the bar
      let shareLine = fitsShare ? line : 0;
      let withShare = fitsShare;
      let base = end - 5;
      let inside = false;
      if (!compact && base - shareLine - fontSize * 0.85 - 3 < even && base + fontSize * 0.25 + 3 > even) {
        const holds = (lines: number) => bar.height >= lines + fontSize * 1.1 + 8;
        inside = holds(shareLine) || holds(0);
        if (inside && !holds(shareLine)) [shareLine, withShare] = [0, false];
        if (inside) base = end + 5 + fontSize * 0.85 + shareLine;
      }
      if (fitsCount) label(c, base - shareLine, count(lsoas), 'middle', 'count', inside);
      if (withShare) label(c, base, share(f), 'middle', 'share', inside);
    } else {
      // likewise across the rows: inside the bar's end when the line would cross the figure and
      // the bar is long enough, else just past the end
      const text = `${count(lsoas)} (${share(f)})`;
      const tw = textWidth(text, fontSize);
      const crossed = even > end + 3 && even < end + 6 + tw + 3;
      const inside = crossed && bar.width >= tw + 12;
      label(inside ? end - 6 : end + 6, c + fontSize * 0.35, text, inside ? 'end' : 'start', 'count', inside);
    }
    return { decile, lsoas, share: f, bar, anchor: vertical ? { x: c, y: end } : { x: end, y: c }, labels };
  });

  const from = align ? Math.min(plot.x, align.centres[0]! - align.band / 2) : plot.x;
  const to = align ? Math.max(plot.x + plot.width, align.centres[9]! + align.band / 2) : plot.x + plot.width;
  const reference = vertical
    ? { x1: from, y1: even, x2: to, y2: even }
    : { x1: even, y1: plot.y - 4, x2: even, y2: plot.y + plot.height };
  // the line's pieces round every figure outside a bar (a figure inside stands on the bar, which
  // the line runs behind); across columns, found as a line down the rows of the turned boxes
  const inks = bars.flatMap((b) =>
    b.labels.filter((t) => !t.inside).map((t) => inkBox(t, vertical && t.kind === 'share' ? fontSize - 1 : fontSize)),
  );
  // (a piece shorter than a dash and its gap, between two figures, would read as a minus sign: left out)
  const referencePieces = (
    vertical
      ? verticalLineAround(
          even,
          from,
          to,
          inks.map((b) => ({ x: b.y, y: b.x, width: b.height, height: b.width })),
          LINE_CLEAR,
        )
      : verticalLineAround(even, reference.y1, reference.y2, inks, LINE_CLEAR)
  ).filter(([a, b]) => b - a >= MIN_PIECE);

  const decileTicks: Tick[] = deciles.map((d) => ({ value: d, pos: centre(d), label: String(d) }));
  const axisY = plot.y + plot.height;
  const layout: ContextLayout = {
    width,
    height,
    mode,
    orientation,
    plot,
    bars,
    reference,
    referencePieces,
    valueTicks,
    decileTicks,
    decileTickAt: vertical ? axisY + fontSize + 4 : plot.x - 8,
    decileEnds:
      vertical && !compact
        ? [
            { x: plot.x, y: axisY + fontSize * 2 + 8, text: w.t('deprivationAxisMost'), anchor: 'start' },
            { x: plot.x + plot.width, y: axisY + fontSize * 2 + 8, text: w.t('deprivationAxisLeast'), anchor: 'end' },
          ]
        : [],
    legend,
  };
  if (title) layout.title = title;
  if (!compact && vertical) {
    layout.decileTitle = {
      x: plot.x + plot.width / 2,
      y: axisY + fontSize * 3 + 14,
      text: w.t('deprivationNationalDecile'),
      anchor: 'middle',
    };
    layout.valueTitle = { x: 0, y: legendBottom + fontSize + 2, text: w.t('deprivationLsoaShare'), anchor: 'start' };
  } else if (!compact) {
    // on a phone the axis titles must fit the width: the shorter decile title, and the value
    // title from the left edge when it is longer than the plot
    const national = w.t('deprivationNationalDecile');
    const decileText = textWidth(national, fontSize) <= width ? national : w.t('deprivationDecileTitleShort');
    const share = w.t('deprivationLsoaShare');
    const shareFits = textWidth(share, fontSize) <= plot.x + plot.width;
    layout.decileTitle = { x: 0, y: legendBottom + fontSize + 2, text: decileText, anchor: 'start' };
    layout.valueTitle = {
      x: shareFits ? plot.x + plot.width : 0,
      y: axisY + fontSize * 2 + 10,
      text: share,
      anchor: shareFits ? 'end' : 'start',
    };
  }
  return layout;
}

/** Least space between England's line (2 px wide) and a figure's ink, px, beyond its half width. */
const LINE_CLEAR = 4;
/** The shortest piece of England's dashed line drawn, px: under a dash and its gap (6 + 3) it reads as a minus sign. */
const MIN_PIECE = 10;
