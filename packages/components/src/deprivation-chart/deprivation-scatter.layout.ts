import type { DeprivationMeasure, DeprivationModel } from '@send-insight/data';
import { fitTicks, formatNumber, plotBox, textWidth, tickCount, type Box, type Tick } from '@send-insight/core/layout';
import { scaleLinear, scaleSqrt } from '@send-insight/core/scale';
import { MEASURE_COLOR, measuresFor, type DeprivationMeasureOption } from './deprivation-chart.words.js';
import { DEFAULT_SCATTER_WORDING, type DeprivationScatterWording } from './deprivation-scatter.words.js';
import type { DeprivationScatterTextKey } from './deprivation-scatter.strings.js';

/** A legend entry of the area view. */
export interface LegendItem {
  kind: 'point' | 'smooth' | 'strip';
  label: string;
  colorIndex?: number;
  x: number;
  y: number;
}

/** Places legend entries left to right, wrapping to a new line when the width runs out. */
function legendItems(
  entries: Omit<LegendItem, 'x' | 'y'>[],
  width: number,
  fontSize: number,
): { items: LegendItem[]; height: number } {
  const line = fontSize + 10;
  const items: LegendItem[] = [];
  let x = 0;
  let y = 0;
  for (const e of entries) {
    const w = 18 + 6 + textWidth(e.label, fontSize);
    if (x > 0 && x + w > width) {
      x = 0;
      y += line;
    }
    items.push({ ...e, x, y });
    x += w + 16;
  }
  return { items, height: entries.length ? y + line : 0 };
}

/** Lowest and highest IMD rank in England (LSOAs, 2019). */
export const IMD_RANK_MAX = 32_844;

/** One measure's points, columnar, ready for a canvas. */
export interface ScatterSet {
  measure: DeprivationMeasure;
  label: string;
  colorIndex: number;
  /** LSOA index (into the model's `lsoas` columns) of each drawn point. */
  index: Int32Array;
  x: Float32Array;
  y: Float32Array;
  r: Float32Array;
  /** The smoothed line as an SVG path (empty when too few points). */
  smooth: string;
}

/** Everything the element needs to draw the area view. */
export interface ScatterLayout {
  width: number;
  height: number;
  plot: Box;
  /** Decile bands across the rank axis; every other one is shaded. */
  bands: { decile: number; x0: number; x1: number; shade: boolean; labelX: number }[];
  xTicks: Tick[];
  /** Baseline of the rank tick labels: a line of text below the suppressed strip and its word. */
  xTickY: number;
  yTicks: Tick[];
  sets: ScatterSet[];
  /** LSOAs whose rate is suppressed: ticks along a strip under the plot, never drawn at 0; its word's baseline (`labelY`) on a line under the ticks. */
  suppressed: { y: number; height: number; x: Float32Array; index: Int32Array; labelY: number; path: string };
  xTitle: { x: number; y: number; text: string };
  yTitle: { x: number; y: number; text: string };
  /** Legend entries, placed from (0, 0); the legend block starts at `legendY`. */
  legend: LegendItem[];
  legendY: number;
  /** Position of an IMD rank on the x axis. */
  xOf: (rank: number) => number;
}

/** Options for {@link layoutDeprivationScatter}. */
export interface ScatterLayoutOptions {
  measure?: DeprivationMeasureOption;
  fontSize?: number;
  /** Whole numbers (the ranks on the axis). Default en-GB. */
  formatCount?: (n: number) => string;
  /** Wording of the legend and axis titles (see `DEPRIVATION_SCATTER_STRINGS`). */
  text?: DeprivationScatterWording;
}

/**
 * Lays out the area view: each LSOA's rate per 100 against its IMD rank (1 = most deprived in
 * England), sized by pupils, over shaded decile bands, with a smoothed line. Positions come back
 * as typed arrays so tens of thousands of points can be drawn on a canvas in a few batched paths.
 * LSOAs whose figures are suppressed are placed on a strip under the axis, never at zero.
 *
 * @param model the view model (needs `lsoas`)
 * @param size width and height in CSS pixels
 * @param options measure (`both` draws SEN support and EHC plans)
 * @returns geometry; no DOM
 * @example layoutDeprivationScatter(model, { width: 800, height: 500 }).sets[0].x.length
 */
export function layoutDeprivationScatter(
  model: DeprivationModel,
  size: { width: number; height: number },
  options: ScatterLayoutOptions = {},
): ScatterLayout {
  const width = Math.max(0, size.width);
  const height = Math.max(0, size.height);
  const fontSize = options.fontSize ?? 16;
  const lsoas = model.lsoas;
  const measures = measuresFor(options.measure ?? 'both');
  const n = lsoas ? lsoas.codes.length : 0;
  const w = options.text ?? DEFAULT_SCATTER_WORDING;
  const count = options.formatCount ?? ((v: number) => formatNumber(v, 'en-GB', 0));

  let maxRate = 0;
  let maxPupils = 0;
  if (lsoas) {
    for (const m of measures) for (const r of lsoas.measures[m].rates) if (r !== null && r > maxRate) maxRate = r;
    for (const p of lsoas.pupils) if (p !== null && p > maxPupils) maxPupils = p;
  }
  const hasStrip = !!lsoas && measures.some((m) => lsoas.measures[m].rates.some((r) => r === null || r === undefined));
  // the strip's word stands on a line of its own under its ticks (over them it hid them), above the rank labels
  const stripWord = hasStrip ? fontSize + 4 : 0;
  const legendEntries: Omit<LegendItem, 'x' | 'y'>[] = [];
  if (lsoas) {
    for (const m of measures)
      legendEntries.push({
        kind: 'point',
        label: w.t('deprivationLegendPoint', { measure: w.t(`deprivationMeasure.${m}`) }),
        colorIndex: MEASURE_COLOR[m],
      });
    legendEntries.push({
      kind: 'smooth',
      label: w.t('deprivationLegendSmooth'),
      colorIndex: MEASURE_COLOR[measures[0]!],
    });
    // the strip's key only when some neighbourhood is on the strip
    if (hasStrip) legendEntries.push({ kind: 'strip', label: w.t('deprivationLegendStrip') });
  }
  const legend = legendItems(legendEntries, Math.max(1, width - 8), fontSize);
  const legendY = fontSize + 10;
  const y = scaleLinear()
    .domain([0, Math.max(1, maxRate)])
    .nice();
  const yTickLabels = y.ticks(5).map((t) => String(t));
  const strip = 16;
  const margin = {
    top: legendY + legend.height + fontSize + 8,
    right: 10,
    left: Math.max(28, Math.max(...yTickLabels.map((t) => textWidth(t, fontSize))) + 14),
    bottom: strip + 8 + fontSize * 2 + 20 + stripWord,
  };
  const plot = plotBox(width, height, margin);
  const x = scaleLinear()
    .domain([1, IMD_RANK_MAX])
    .range([plot.x, plot.x + plot.width]);
  y.range([plot.y + plot.height, plot.y]);
  const dense = n > 2000;
  const radius = scaleSqrt()
    .domain([0, Math.max(1, maxPupils)])
    .range([0, dense ? 2.6 : Math.max(3, Math.min(7, plot.width / 90))]);
  const minR = dense ? 0.9 : 1.8;

  const per = IMD_RANK_MAX / 10;
  const bands = Array.from({ length: 10 }, (_, d) => {
    const x0 = x(1 + d * per);
    const x1 = x(Math.min(IMD_RANK_MAX, 1 + (d + 1) * per));
    return { decile: d + 1, x0, x1, shade: d % 2 === 0, labelX: (x0 + x1) / 2 };
  });
  const xTickValues =
    plot.width < 360 ? [1, 16_422, IMD_RANK_MAX] : [1, 5_000, 10_000, 15_000, 20_000, 25_000, 30_000, IMD_RANK_MAX];
  // the ends are drawn inside the plot (1 from its left edge, the last rank to its right): a tick
  // between is kept only where its label, centred, clears both ends' labels and the one before it
  const ranks = Object.assign((v: number) => x(v), { ticks: () => xTickValues });
  const xTicks: Tick[] = fitTicks(ranks, count, width, fontSize, { most: 1, anchorEnds: true });
  const yTicks: Tick[] = y.ticks(tickCount(plot.height, 50)).map((t) => ({ value: t, pos: y(t), label: String(t) }));

  const sets: ScatterSet[] = [];
  const suppressedIdx: number[] = [];
  if (lsoas) {
    const hiddenAll = new Uint8Array(n);
    for (const m of measures) {
      const rates = lsoas.measures[m].rates;
      let count = 0;
      for (let i = 0; i < n; i++) if (rates[i] !== null) count++;
      const set: ScatterSet = {
        measure: m,
        label: w.t(`deprivationMeasure.${m}`),
        colorIndex: MEASURE_COLOR[m],
        index: new Int32Array(count),
        x: new Float32Array(count),
        y: new Float32Array(count),
        r: new Float32Array(count),
        smooth: '',
      };
      let k = 0;
      for (let i = 0; i < n; i++) {
        const rate = rates[i];
        if (rate === null || rate === undefined) {
          hiddenAll[i] = 1;
          continue;
        }
        set.index[k] = i;
        set.x[k] = x(lsoas.ranks[i]!);
        set.y[k] = y(rate);
        set.r[k] = Math.max(minR, radius(lsoas.pupils[i] ?? 0));
        k++;
      }
      const smooth = lsoas.measures[m].smooth;
      set.smooth = smooth
        .map((p, j) => `${j ? 'L' : 'M'}${Math.round(x(p.rank) * 10) / 10},${Math.round(y(p.rate) * 10) / 10}`)
        .join('');
      sets.push(set);
    }
    for (let i = 0; i < n; i++) if (hiddenAll[i]) suppressedIdx.push(i);
  }
  /** The first of the titles (longest first) whose bold text fits the width, else the last. */
  const fitting = (keys: DeprivationScatterTextKey[]) =>
    w.t(keys.find((k) => textWidth(w.t(k), fontSize, true) <= width - 8) ?? keys[keys.length - 1]!);
  const stripY = plot.y + plot.height + 6;
  const sx = new Float32Array(suppressedIdx.length);
  suppressedIdx.forEach((i, k) => (sx[k] = x(lsoas!.ranks[i]!)));

  return {
    width,
    height,
    plot,
    bands,
    xTicks,
    xTickY: stripY + strip + stripWord + fontSize + 4,
    yTicks,
    sets,
    suppressed: {
      y: stripY,
      height: strip,
      x: sx,
      index: Int32Array.from(suppressedIdx),
      labelY: stripY + strip + fontSize,
      path: stripPath(sx, stripY, strip),
    },
    // the axis title fits the width: the long one, or the short one centred within the chart
    xTitle: { x: width / 2, y: height - 6, text: fitting(['deprivationRankTitle', 'deprivationRankTitleShort']) },
    // the rate axis title too: the longest of three that fits the width, else the shortest
    yTitle: {
      x: 0,
      y: fontSize + 2,
      text: fitting(['deprivationAreaRateTitle', 'deprivationAreaRateTitleShort', 'deprivationAreaRateTitleNarrow']),
    },
    legend: legend.items,
    legendY,
    xOf: (rank: number) => x(rank),
  };
}

/** One short vertical tick per suppressed area, as a single path (ticks on the same pixel are drawn once). */
function stripPath(xs: Float32Array, y: number, height: number): string {
  const seen = new Set<number>();
  const parts: string[] = [];
  for (let k = 0; k < xs.length; k++) {
    const px = Math.round(xs[k]! * 2) / 2;
    if (seen.has(px)) continue;
    seen.add(px);
    parts.push(`M${px},${y + 2}V${y + height - 2}`);
  }
  return parts.join('');
}
