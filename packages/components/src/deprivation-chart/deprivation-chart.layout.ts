import { Wording, type DecileStatus, type DeprivationMeasure, type DeprivationModel, type MeasureSeries } from '@send-insight/data';
import { formatRate, plotBox, textWidth, tickCount, type Box, type Tick } from '@send-insight/core/layout';
import { scaleBand, scaleLinear } from '@send-insight/core/scale';
import { DEPRIVATION_CHART_TEXT, type DeprivationChartTextKey } from './deprivation-chart.strings.js';

/** The wording the layouts write with (the element passes one with the `strings` overrides). */
export type DeprivationWording = Wording<DeprivationChartTextKey>;

/** The en-GB wording, when a layout is given none. */
export const DEFAULT_WORDING: DeprivationWording = new Wording(DEPRIVATION_CHART_TEXT);

/** Which rates the chart draws: one measure, or SEN support and EHC plans side by side. */
export type DeprivationMeasureOption = DeprivationMeasure | 'both';

/** `vertical`: deciles along the bottom (columns). `horizontal`: deciles down the side (rows), for narrow screens. */
export type DeprivationOrientation = 'vertical' | 'horizontal';

/** Options for {@link layoutDeprivationChart}. */
export interface DeprivationLayoutOptions {
  /** Default `both`. */
  measure?: DeprivationMeasureOption;
  /** Draw England's rates when the model has them. Default true. */
  comparator?: boolean;
  /** `auto` (default) is horizontal when narrow (≤ 400 px), vertical otherwise. */
  orientation?: DeprivationOrientation | 'auto';
  /** Font size of the chart's text in px, for spacing. Default 16 (`--send-font-size-chart`). */
  fontSize?: number;
  /** Number formatting for labels. Default en-GB, one decimal place. */
  format?: (value: number) => string;
  /** Wording of the legend, axes and gaps (see `DEPRIVATION_CHART_STRINGS`, `DEPRIVATION_STRINGS`). */
  text?: DeprivationWording;
}

/** The size to lay out in (the base element's ChartSize has the same shape). */
export interface LayoutSize {
  width: number;
  height: number;
  layout?: 'narrow' | 'medium' | 'wide';
}

/** Deciles 1–10 along the plot: across it when `vertical` (columns), down it otherwise (rows). */
export function decileBand(plot: Box, vertical: boolean) {
  return scaleBand<number>()
    .domain([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    .range(vertical ? [plot.x, plot.x + plot.width] : [plot.y, plot.y + plot.height])
    .paddingInner(0.22)
    .paddingOuter(0.1);
}

/** One decile's mark for one measure. */
export interface DecileMark {
  measure: DeprivationMeasure;
  decile: number;
  status: DecileStatus;
  /** The bar, when shown. */
  bar?: Box;
  /** The 95% interval whisker (a line along the value axis, with caps `cap` px wide). */
  whisker?: { x1: number; y1: number; x2: number; y2: number; cap: number };
  /** Where the bar ends (value end, centre of the bar): for the focus ring and tooltip. */
  anchor: { x: number; y: number };
  /** A direct value label, when there is room. */
  valueLabel?: { x: number; y: number; text: string; anchor: 'start' | 'middle' };
  /** For a suppressed or no-data decile: the hatched gap and its label. */
  gap?: Box;
  gapLabel?: { x: number; y: number; text: string; rotate: boolean };
  rate?: number;
  lower?: number;
  upper?: number;
}

/** One measure's bars. */
export interface MeasureMarks {
  measure: DeprivationMeasure;
  label: string;
  /** Index into the theme's series colours (0 = --send-color-1). */
  colorIndex: number;
  marks: DecileMark[];
  /** The weighted trend line across the deciles it was fitted to (the first to the last shown). */
  trend?: { x1: number; y1: number; x2: number; y2: number };
  /** England's rate per decile as a line with markers through this measure's bars. */
  england?: { path: string; points: { decile: number; x: number; y: number; rate: number }[] };
}

/** A legend entry. */
export interface LegendItem {
  kind: 'bar' | 'england' | 'trend' | 'interval' | 'suppressed' | 'point' | 'smooth' | 'strip';
  label: string;
  colorIndex?: number;
  x: number;
  y: number;
}

/** Everything the element needs to draw the decile chart. Plain objects, no DOM. */
export interface DeprivationLayout {
  width: number;
  height: number;
  orientation: DeprivationOrientation;
  /** The inner plotting area. */
  plot: Box;
  series: MeasureMarks[];
  /** Decile ticks: position of each decile band's centre. */
  decileTicks: Tick[];
  /** Band width of one decile. */
  decileBand: number;
  /** "Most deprived" and "Least deprived" labels at the ends of the decile axis. */
  decileEnds: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
  decileTitle: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; rotate: boolean };
  valueTicks: Tick[];
  valueTitle: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; rotate: boolean };
  legend: LegendItem[];
  /** True when no bar could be drawn (all suppressed or no data). */
  blank: boolean;
}

const MEASURE_COLOR: Record<DeprivationMeasure, number> = { sen_support: 0, ehc_plan: 1, all_sen: 2 };

/** The measures drawn for an option. */
export function measuresFor(option: DeprivationMeasureOption): DeprivationMeasure[] {
  return option === 'both' ? ['sen_support', 'ehc_plan'] : [option];
}

/** Places legend entries left to right, wrapping to a new line when the width runs out. */
export function legendItems(
  entries: { kind: LegendItem['kind']; label: string; colorIndex?: number }[],
  width: number,
  fontSize: number,
): { items: LegendItem[]; height: number } {
  const swatch = 18;
  const gap = 16;
  const line = fontSize + 10;
  const items: LegendItem[] = [];
  let x = 0;
  let y = 0;
  for (const e of entries) {
    const w = swatch + 6 + textWidth(e.label, fontSize);
    if (x > 0 && x + w > width) {
      x = 0;
      y += line;
    }
    items.push({ ...e, x, y });
    x += w + gap;
  }
  return { items, height: entries.length ? y + line : 0 };
}

/**
 * Lays out the deprivation chart: for each IMD decile, a bar per measure with its Wilson 95%
 * interval, England's rate as a line with markers, the weighted trend line, and suppressed or
 * empty deciles as labelled gaps. Pure: the same model and size give the same geometry.
 *
 * @param model the view model from `buildDeprivationModel`
 * @param size width and height in CSS pixels
 * @param options measure, comparator, orientation
 * @returns plain geometry for the element (or a static renderer) to draw
 * @example layoutDeprivationChart(model, { width: 640, height: 400 }).series[0].marks[0].bar
 */
export function layoutDeprivationChart(model: DeprivationModel, size: LayoutSize, options: DeprivationLayoutOptions = {}): DeprivationLayout {
  const width = Math.max(0, size.width);
  const height = Math.max(0, size.height);
  const fontSize = options.fontSize ?? 16;
  const fmt = options.format ?? ((v: number) => formatRate(v));
  const w = options.text ?? DEFAULT_WORDING;
  const narrow = (size.layout ?? (width <= 400 ? 'narrow' : 'wide')) === 'narrow';
  const orientation: DeprivationOrientation =
    options.orientation && options.orientation !== 'auto' ? options.orientation : narrow ? 'horizontal' : 'vertical';
  const measures = measuresFor(options.measure ?? 'both');
  const showEngland = (options.comparator ?? true) && model.england !== undefined;
  const local = measures.map((m) => model.local[m]);
  const england = showEngland ? measures.map((m) => model.england![m]) : [];

  const legendEntries: { kind: LegendItem['kind']; label: string; colorIndex?: number }[] = local.map((s) => ({
    kind: 'bar' as const,
    label: w.t(`deprivationMeasure.${s.measure}`),
    colorIndex: MEASURE_COLOR[s.measure],
  }));
  legendEntries.push({ kind: 'interval', label: w.t('deprivationLegendInterval') });
  if (local.some((s) => s.trend)) legendEntries.push({ kind: 'trend', label: w.t('deprivationLegendTrend') });
  if (showEngland) legendEntries.push({ kind: 'england', label: w.t('deprivationEngland') });
  if (local.some((s) => s.deciles.some((d) => d.status !== 'shown'))) legendEntries.push({ kind: 'suppressed', label: w.t('deprivationLegendGap') });
  const legend = legendItems(legendEntries, Math.max(1, width - 8), fontSize);

  // value domain: every interval, England rate and trend end that will be drawn
  let max = 0;
  for (const s of local) {
    for (const d of s.deciles) if (d.upper !== undefined) max = Math.max(max, d.upper);
    if (s.trend) max = Math.max(max, s.trend.intercept + s.trend.slope, s.trend.intercept + 10 * s.trend.slope);
  }
  for (const s of england) for (const d of s.deciles) if (d.rate !== undefined) max = Math.max(max, d.rate);
  const blank = local.every((s) => s.deciles.every((d) => d.status !== 'shown'));
  const value = scaleLinear().domain([0, Math.max(1, max)]).nice();
  const maxTickLabel = Math.max(...value.ticks(5).map((t) => textWidth(fmtTick(t), fontSize)));

  const vertical = orientation === 'vertical';
  // vertical: the value axis title above the plot, and below it room for half the top tick label
  const top = legend.height + 8 + (vertical ? Math.ceil(fontSize * 1.7) : 0);
  const margin = vertical
    ? { top, right: 8, bottom: fontSize * 3 + 22, left: Math.max(28, maxTickLabel + 22) }
    : { top: top + fontSize + 8, right: textWidth('00.0', fontSize) + 10, bottom: fontSize * 2 + 18, left: Math.max(28, textWidth('10', fontSize) + 18) };
  const plot = plotBox(width, height, margin);
  const deciles = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const band = decileBand(plot, vertical);
  const inner = scaleBand<DeprivationMeasure>().domain(measures).range([0, band.bandwidth()]).paddingInner(measures.length > 1 ? 0.08 : 0);
  if (vertical) value.range([plot.y + plot.height, plot.y]);
  else value.range([plot.x, plot.x + plot.width]);
  const v0 = value(0);
  const ticksWanted = vertical ? tickCount(plot.height, 50) : tickCount(plot.width, 70);
  value.domain([0, Math.max(1, max)]).nice(ticksWanted);
  const valueTicks: Tick[] = value.ticks(ticksWanted).map((t) => ({ value: t, pos: value(t), label: fmtTick(t) }));

  const barThickness = inner.bandwidth();
  const roomForLabels = vertical ? barThickness >= textWidth('00.0', fontSize) : barThickness >= fontSize;

  const series: MeasureMarks[] = local.map((s: MeasureSeries, si) => {
    const m = s.measure;
    const offset = inner(m)!;
    const centre = (d: number) => band(d)! + offset + barThickness / 2;
    const marks: DecileMark[] = s.deciles.map((d) => {
      const c = centre(d.decile);
      const start = band(d.decile)! + offset;
      if (d.status === 'shown' && d.rate !== undefined && plot.width > 0 && plot.height > 0) {
        const vr = value(d.rate);
        const vl = value(d.lower!);
        const vu = value(d.upper!);
        const cap = Math.max(2, Math.min(10, barThickness * 0.5));
        const mark: DecileMark = {
          measure: m,
          decile: d.decile,
          status: d.status,
          rate: d.rate,
          lower: d.lower!,
          upper: d.upper!,
          bar: vertical
            ? { x: start, y: Math.min(vr, v0), width: barThickness, height: Math.abs(v0 - vr) }
            : { x: Math.min(v0, vr), y: start, width: Math.abs(vr - v0), height: barThickness },
          whisker: vertical ? { x1: c, y1: vl, x2: c, y2: vu, cap } : { x1: vl, y1: c, x2: vu, y2: c, cap },
          anchor: vertical ? { x: c, y: vr } : { x: vr, y: c },
        };
        if (roomForLabels) {
          mark.valueLabel = vertical
            ? { x: c, y: Math.min(vu, vr) - 4, text: fmt(d.rate), anchor: 'middle' }
            : { x: Math.max(vu, vr) + 4, y: c + fontSize * 0.35, text: fmt(d.rate), anchor: 'start' };
        }
        return mark;
      }
      const text = d.status === 'shown' ? '' : w.t(d.status === 'no-data' ? 'deprivationNoData' : d.status === 'not-available' ? 'deprivationNotAvailable' : 'suppressedCell');
      const gap: Box = vertical
        ? { x: start, y: plot.y, width: barThickness, height: plot.height }
        : { x: plot.x, y: start, width: plot.width, height: barThickness };
      const rotate = vertical;
      return {
        measure: m,
        decile: d.decile,
        status: d.status,
        gap,
        gapLabel: vertical
          ? { x: c + fontSize * 0.35, y: plot.y + plot.height - 6, text, rotate }
          : { x: plot.x + 6, y: c + fontSize * 0.35, text, rotate },
        anchor: vertical ? { x: c, y: plot.y + plot.height - 6 } : { x: plot.x + 6, y: c },
      };
    });
    const out: MeasureMarks = { measure: m, label: w.t(`deprivationMeasure.${m}`), colorIndex: MEASURE_COLOR[m], marks };
    if (s.trend) {
      // the fitted line spans only the deciles it was fitted to, never out over hidden ones
      const shown = s.deciles.filter((d) => d.status === 'shown').map((d) => d.decile);
      const first = Math.min(...shown);
      const last = Math.max(...shown);
      const at = (d: number) => Math.max(0, s.trend!.intercept + s.trend!.slope * d);
      out.trend = vertical
        ? { x1: centre(first), y1: value(at(first)), x2: centre(last), y2: value(at(last)) }
        : { x1: value(at(first)), y1: centre(first), x2: value(at(last)), y2: centre(last) };
    }
    const e = england[si];
    if (e) {
      const points = e.deciles
        .filter((d) => d.rate !== undefined)
        .map((d) => (vertical ? { decile: d.decile, x: centre(d.decile), y: value(d.rate!), rate: d.rate! } : { decile: d.decile, x: value(d.rate!), y: centre(d.decile), rate: d.rate! }));
      let path = '';
      points.forEach((p, i) => {
        const joined = i > 0 && points[i - 1]!.decile === p.decile - 1;
        path += `${joined ? 'L' : 'M'}${round(p.x)},${round(p.y)}`;
      });
      out.england = { path, points };
      // keep direct labels clear of England's marker on the same bar
      for (const p of points) {
        const label = marks[p.decile - 1]!.valueLabel;
        if (!label) continue;
        if (vertical) label.y = Math.min(label.y, p.y - 10);
        else label.x = Math.max(label.x, p.x + 9);
      }
    }
    return out;
  });

  const decileTicks: Tick[] = deciles.map((d) => ({ value: d, pos: band(d)! + band.bandwidth() / 2, label: String(d) }));
  const axisY = plot.y + plot.height;
  const decileEnds: DeprivationLayout['decileEnds'] = vertical
    ? [
        { x: plot.x, y: axisY + fontSize * 2 + 8, text: w.t('deprivationAxisMost'), anchor: 'start' },
        { x: plot.x + plot.width, y: axisY + fontSize * 2 + 8, text: w.t('deprivationAxisLeast'), anchor: 'end' },
      ]
    : [];
  const decileTitle = vertical
    ? { x: plot.x + plot.width / 2, y: axisY + fontSize * 3 + 14, text: w.t('deprivationDecileTitle'), anchor: 'middle' as const, rotate: false }
    : { x: 0, y: legend.height + 8 + fontSize, text: w.t('deprivationDecileTitleShort'), anchor: 'start' as const, rotate: false };
  const valueTitle = vertical
    ? { x: 0, y: legend.height + fontSize + 4, text: w.t('deprivationRateTitle'), anchor: 'start' as const, rotate: false }
    : { x: plot.x + plot.width, y: axisY + fontSize * 2 + 10, text: w.t('deprivationRateTitle'), anchor: 'end' as const, rotate: false };

  return {
    width,
    height,
    orientation,
    plot,
    series,
    decileTicks,
    decileBand: band.bandwidth(),
    decileEnds,
    decileTitle,
    valueTicks,
    valueTitle,
    legend: legend.items,
    blank,
  };

  function fmtTick(t: number): string {
    return Number.isInteger(t) ? String(t) : fmt(t);
  }
}

/** The height the decile chart wants for a width, so rows never get cramped in the horizontal layout. */
export function deprivationChartHeight(width: number, options: Pick<DeprivationLayoutOptions, 'measure' | 'orientation' | 'fontSize'> = {}): number {
  const narrow = width <= 400;
  const horizontal = options.orientation === 'horizontal' || ((options.orientation ?? 'auto') === 'auto' && narrow);
  if (horizontal) {
    // each bar a little thicker than a line of text, so its value label fits beside it
    const perRow = measuresFor(options.measure ?? 'both').length * Math.max(16, (options.fontSize ?? 16) + 3) + 10;
    return Math.round(10 * perRow + 150);
  }
  return Math.round(Math.max(300, Math.min(460, width * 0.58)));
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
