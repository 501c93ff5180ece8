import type { DecileRate, DecileStatus, DeprivationMeasure, DeprivationModel } from '@send-insight/data';
import { plotBox, textWidth, tickCount, wrapText, type Box, type Tick } from '@send-insight/core/layout';
import { scaleBand, scaleLinear } from '@send-insight/core/scale';
import { englandPieces, LINE_REACH, rowFigure, wordStart } from './deprivation-chart.rows.js';
import {
  DEFAULT_WORDING,
  deprivationFormat,
  MEASURE_COLOR,
  measureName,
  measuresFor,
  type DeprivationFormat,
  type DeprivationMeasureOption,
  type DeprivationOrientation,
  type DeprivationWording,
} from './deprivation-chart.words.js';

/** Options for {@link layoutDeprivationChart}. */
export interface DeprivationLayoutOptions {
  /** Default `both`: a panel for SEN support and one for EHC plans, on one scale. */
  measure?: DeprivationMeasureOption;
  /** Draw England's rate beside each bar when the model has it. Default true. */
  comparator?: boolean;
  /** `auto` (default): columns where every bar can carry its rate label (about 710 px and wider), else rows. */
  orientation?: DeprivationOrientation | 'auto';
  /** Draw each bar's 95% interval. Default false (the intervals are in the tooltip and the table). */
  intervals?: boolean;
  /** Font size of the chart's text in px, for spacing. Default 16 (`--send-font-size-chart`). */
  fontSize?: number;
  /** How figures are written. Default en-GB. */
  format?: DeprivationFormat;
  /** Wording of titles, axes and gaps (see `DEPRIVATION_CHART_STRINGS`, `DEPRIVATION_STRINGS`). */
  text?: DeprivationWording;
}

/** A line of text to draw: where, what and how it is anchored (rotated −90° about its point when `rotate`). */
export interface TextMark {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  rotate?: boolean;
  /** A figure drawn inside its bar's end, in the text colour the theme gives for the bar's colour. */
  inside?: boolean;
}

/** One decile's mark in one panel. */
export interface DecileMark {
  measure: DeprivationMeasure;
  decile: number;
  status: DecileStatus;
  /** The bar, when the rate is shown. */
  bar?: Box;
  /** The 95% interval along the value axis, with caps `cap` px wide (only when intervals are drawn). */
  whisker?: { x1: number; y1: number; x2: number; y2: number; cap: number };
  /**
   * The rate. Columns: just above the bar's end (or its interval's), in the bar's own column.
   * Rows: inside the bar's end (`inside`) when the bar holds it and England's line does not cross
   * it there; else just past the bar's end (or its interval's), in the bar's own row.
   */
  valueLabel?: TextMark;
  /** For a decile whose rate is not shown: the word ("suppressed", "no data") at the baseline. */
  gapLabel?: TextMark;
  /** Where the focus ring and tooltip go: the bar's end, or the baseline of a gap. */
  anchor: { x: number; y: number };
  /** The decile's whole column (or row) in this panel: where the pointer finds it. */
  hit: Box;
  rate?: number;
  lower?: number;
  upper?: number;
}

/**
 * England's rate for one decile. Columns: a short line beside the bar, across the part of the
 * decile's band the bar leaves free. Rows: a line across the bar, over the decile's whole band,
 * drawn in `pieces` around any figure or word it would cross.
 */
export interface EnglandTick {
  decile: number;
  rate: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Rows: the stretches (y from, y to) of the line that are drawn; absent in columns (the whole line). */
  pieces?: [number, number][];
}

/** One measure's panel: its title, scale, bars and England's ticks. */
export interface DecilePanel {
  measure: DeprivationMeasure;
  /** Index into the theme's series colours (0 = --send-color-1). */
  colorIndex: number;
  /** "SEN support per 100 pupils", wrapped to the width. */
  title: TextMark[];
  plot: Box;
  valueTicks: Tick[];
  /** Labels of the value ticks (none under the first panels in rows, which share the last one's). */
  valueTickLabels: TextMark[];
  decileTickLabels: TextMark[];
  marks: DecileMark[];
  england: EnglandTick[];
  /** England named once: beside its last tick (columns), or as a key on the title line (rows). */
  englandLabel?: TextMark & { key?: { x1: number; y1: number; x2: number; y2: number } };
}

/** Everything the element needs to draw the chart by decile. Plain objects, no DOM. */
export interface DeprivationLayout {
  kind: 'deciles';
  width: number;
  height: number;
  orientation: DeprivationOrientation;
  panels: DecilePanel[];
  /** Centre of each decile's bar (x in columns, y of the first panel in rows), where its number stands: the neighbourhood strip lines up with it. */
  decileTicks: Tick[];
  /** Width of one decile's band. */
  decileBand: number;
  /** "← Most deprived" and "Least deprived →" under the last panel (columns). */
  decileEnds: TextMark[];
  decileTitle: TextMark;
  /** Whether the 95% intervals are drawn. */
  intervals: boolean;
  /** True when no bar could be drawn (every decile suppressed or without data). */
  blank: boolean;
}

/** The share of a decile's band the bar takes when England's tick stands beside it: columns, rows. */
const BAR_SHARE = { vertical: 0.7, horizontal: 0.7 };
/** The space between decile rows and between columns, as a share of each one's step. */
const ROW_PADDING = 0.2;
const COLUMN_PADDING = 0.16;
/** The shortest a panel's plot is in columns, px (a measure with tiny rates keeps the same scale and shows more of it). */
const MIN_PANEL = 60;
/** Gap between a bar and England's tick, px. */
const TICK_GAP = 2;

/**
 * How the chart by decile is oriented at a width: columns only where every bar is wide enough for
 * its rate label ("88.8") with England's tick beside it, so no label ever leaves its bar's column
 * (about 710 px at 16 px text); rows below that, unless one is asked for. (The layout also turns
 * to rows when a suppressed decile's word would not lie flat in its column: see `layoutDeprivationChart`.)
 *
 * @example deprivationOrientation(320) // "horizontal"
 */
export function deprivationOrientation(
  width: number,
  orientation: DeprivationOrientation | 'auto' = 'auto',
  fontSize = 16,
): DeprivationOrientation {
  if (orientation === 'vertical' || orientation === 'horizontal') return orientation;
  return width >= columnsWidth(fontSize) ? 'vertical' : 'horizontal';
}

/** The narrowest width at which columns label every bar: ten bands, the value axis and England's name. */
function columnsWidth(fs: number): number {
  const label = textWidth('88.8', fs);
  const step = (label - 2) / BAR_SHARE.vertical / (1 - COLUMN_PADDING);
  return Math.ceil(step * (10 - COLUMN_PADDING + 0.2) + label + 12 + textWidth('England', fs) + 10);
}

/**
 * The height of one panel's plot: columns get taller with the width (less so when two panels
 * stack); rows are as thick as a line of the chart's text, so each bar keeps its rate label in
 * its own row (with England's tick beside the bar, the bar takes its share of the decile's band).
 * A line is 1.17 em: the line box of DejaVu Sans (what `system-ui` is on many Linux desktops,
 * 1.164 em), the tallest of the faces charts usually meet (Arial's is 1.149 em).
 */
function plotHeight(width: number, panels: number, vertical: boolean, england: boolean, fs: number): number {
  if (!vertical) return 10 * Math.ceil((england ? (fs * 1.17) / BAR_SHARE.horizontal : fs + 2) / (1 - ROW_PADDING));
  return panels > 1
    ? Math.round(Math.max(150, Math.min(230, width * 0.2)))
    : Math.round(Math.max(200, Math.min(320, width * 0.36)));
}

/**
 * Lays out the chart by decile. What it says first: how the rate changes from the most to the
 * least deprived tenth of home areas, and how that compares with England. So each measure has a
 * panel of its own (SEN support, then EHC plans, on one scale, stacked so their deciles line up),
 * with a bar per IMD decile labelled with its rate just past its end, inside the bar's own column;
 * England's rate is a short line beside each bar, named once. A decile whose rate cannot be shown
 * is the word ("suppressed", "no data") at the baseline, never a bar. The 95% intervals are drawn
 * only when asked for; the trend is in the table's notes. Pure: the same model, width and options
 * give the same geometry.
 *
 * @param model the view model from `buildDeprivationModel`
 * @param width in CSS pixels; the height follows from it
 * @param options measure, comparator, orientation, intervals, wording
 * @returns plain geometry for the element (or a static renderer) to draw
 * @example layoutDeprivationChart(model, 640).panels[0].marks[0].valueLabel?.text // "16.5"
 */
export function layoutDeprivationChart(
  model: DeprivationModel,
  width: number,
  options: DeprivationLayoutOptions = {},
): DeprivationLayout {
  const layout = layoutOnce(model, width, options);
  // a word ("suppressed") too wide to lie flat in its decile's column would stand on end: chosen
  // by width, the chart is drawn in rows instead, where every word reads across
  const onEnd = layout.panels.some((p) => p.marks.some((m) => m.gapLabel?.rotate));
  if (onEnd && (options.orientation ?? 'auto') === 'auto')
    return layoutOnce(model, width, { ...options, orientation: 'horizontal' });
  return layout;
}

function layoutOnce(model: DeprivationModel, width: number, options: DeprivationLayoutOptions): DeprivationLayout {
  width = Math.max(0, width);
  const fs = options.fontSize ?? 16;
  const w = options.text ?? DEFAULT_WORDING;
  const f = options.format ?? deprivationFormat(w);
  const orientation = deprivationOrientation(width, options.orientation, fs);
  const vertical = orientation === 'vertical';
  const intervals = options.intervals ?? false;
  const measures = measuresFor(options.measure ?? 'both');
  const england = (options.comparator ?? true) && model.england !== undefined;
  const englandName = w.t('deprivationEngland');

  // one value scale for every panel: what each measure draws (its rates, England's, and the
  // intervals when drawn), the largest of them setting the scale
  const maxOf = (m: DeprivationMeasure) => {
    let top = 0;
    for (const d of model.local[m].deciles)
      if (d.status === 'shown' && d.rate !== undefined) top = Math.max(top, intervals ? d.upper! : d.rate);
    if (england) for (const d of model.england![m].deciles) if (d.rate !== undefined) top = Math.max(top, d.rate);
    return top;
  };
  const max = Math.max(0, ...measures.map(maxOf));
  const value = scaleLinear().domain([0, Math.max(1, max)]);
  const tickText = (t: number) => (Number.isInteger(t) ? f.count(t) : f.rate(t));
  const labelWidth = Math.max(textWidth(f.rate(Math.max(1, max)), fs), textWidth(f.rate(88.8), fs));

  const plotH = plotHeight(width, measures.length, vertical, england, fs);
  // columns: the panel with the largest rates spans the nice maximum in plotH; each other panel is
  // as tall as its own rates need at the same pixels per unit, in whole steps of the same ticks, so
  // panels compare at a glance and a measure with small rates takes little room
  const sharedTicks = scaleLinear()
    .domain([0, Math.max(1, max)])
    .nice(tickCount(plotH, 40))
    .ticks(tickCount(plotH, 40));
  const niceMax = sharedTicks[sharedTicks.length - 1]!;
  const step = sharedTicks.length > 1 ? sharedTicks[1]! - sharedTicks[0]! : niceMax;
  const perUnit = plotH / niceMax;
  const left = vertical ? Math.max(28, textWidth(f.rate(niceMax), fs) + 12) : Math.max(26, textWidth('10', fs) + 16);
  const right = vertical ? (england ? textWidth(englandName, fs) + 10 : 8) : labelWidth + 10;
  const line = fs + 5;
  const titleWidth = Math.max(1, width - (vertical ? 0 : textWidth(englandName, fs, true) + 34));
  const labelRoom = vertical ? fs + 6 : 0;

  const panels: DecilePanel[] = [];
  let y = vertical ? 0 : line + 4; // rows: the decile axis title comes first
  const decileTitle: TextMark = vertical
    ? { x: 0, y: 0, text: w.t('deprivationDecileTitle'), anchor: 'middle' }
    : { x: 0, y: fs, text: w.t('deprivationDecileTitleShort'), anchor: 'start' };
  let band = 0;
  let decileTicks: Tick[] = [];
  const blank = measures.every((m) => model.local[m].deciles.every((d) => d.status !== 'shown'));

  measures.forEach((m, pi) => {
    const last = pi === measures.length - 1;
    const lines = wrapText(w.t('deprivationPanelTitle', { measure: measureName(m, w) }), titleWidth, fs, {
      bold: true,
    });
    const title: TextMark[] = lines.map((text, i) => ({ x: 0, y: y + fs + i * line, text, anchor: 'start' }));
    const top = y + lines.length * line + 4 + labelRoom;
    let ticks: number[];
    let height = plotH;
    if (vertical) {
      const topValue = Math.max(step, Math.ceil(maxOf(m) / step - 1e-9) * step);
      height = Math.max(MIN_PANEL, Math.round(topValue * perUnit));
      value.domain([0, height / perUnit]);
      ticks = sharedTicks.filter((t) => t <= height / perUnit + 1e-9);
      for (let t = niceMax + step; t <= height / perUnit + 1e-9; t += step) ticks.push(t);
    } else {
      value.domain([0, Math.max(1, max)]).nice(tickCount(width - left - right, 60));
      ticks = value.ticks(tickCount(width - left - right, 60));
    }
    const plot = plotBox(width, top + height, { top, right, bottom: 0, left });
    if (vertical) value.range([plot.y + plot.height, plot.y]);
    else value.range([plot.x, plot.x + plot.width]);
    const valueTicks: Tick[] = ticks.map((t) => ({ value: t, pos: value(t), label: tickText(t) }));
    const axisEnd = vertical ? plot.y + plot.height : plot.x;
    const valueTickLabels: TextMark[] = vertical
      ? valueTicks.map((t) => ({ x: plot.x - 6, y: t.pos + fs * 0.35, text: t.label, anchor: 'end' }))
      : last
        ? valueTicks.map((t) => ({ x: t.pos, y: plot.y + plot.height + fs + 4, text: t.label, anchor: 'middle' }))
        : [];

    const deciles = scaleBand<number>()
      .domain([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
      .range(vertical ? [plot.x, plot.x + plot.width] : [plot.y, plot.y + plot.height])
      .paddingInner(vertical ? COLUMN_PADDING : ROW_PADDING)
      .paddingOuter(0.1);
    band = deciles.bandwidth();
    const barSize = england ? band * BAR_SHARE[orientation] : band;
    // rows: the bar in the middle of its band, England's line crossing it over the whole band
    const barOffset = vertical ? 0 : (band - barSize) / 2;
    const centreOf = (d: number) => deciles(d)! + barOffset + barSize / 2;
    if (pi === 0)
      decileTicks = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((d) => ({
        value: d,
        pos: centreOf(d),
        label: String(d),
      }));
    // value labels only where every one fits its bar's column (columns), or its row (rows)
    const labelled = vertical ? labelWidth <= barSize + 2 : barSize >= fs;

    const englandTicks: EnglandTick[] = [];
    if (england) {
      for (const d of model.england![m].deciles) {
        if (d.rate === undefined) continue;
        const start = deciles(d.decile)! + barSize + TICK_GAP;
        const end = deciles(d.decile)! + band;
        const v = value(d.rate);
        englandTicks.push(
          vertical
            ? { decile: d.decile, rate: d.rate, x1: start, x2: end, y1: v, y2: v }
            : {
                decile: d.decile,
                rate: d.rate,
                x1: v,
                x2: v,
                y1: deciles(d.decile)! - LINE_REACH,
                y2: deciles(d.decile)! + band + LINE_REACH,
              },
        );
      }
    }
    const marks = model.local[m].deciles.map((d) => decileMark(d, m));
    // rows: England's line goes round the figure or word of its own decile where it would cross it
    if (!vertical)
      for (const t of englandTicks) {
        const k = marks.find((mk) => mk.decile === t.decile);
        const texts = [k?.valueLabel, k?.gapLabel].flatMap((x) => (x ? [x] : []));
        t.pieces = englandPieces(t.x1, t.y1, t.y2, texts, fs);
      }
    const decileTickLabels: TextMark[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((d) =>
      vertical
        ? { x: centreOf(d), y: plot.y + plot.height + fs + 4, text: String(d), anchor: 'middle' }
        : { x: plot.x - 8, y: centreOf(d) + fs * 0.35, text: String(d), anchor: 'end' },
    );
    const panel: DecilePanel = {
      measure: m,
      colorIndex: MEASURE_COLOR[m],
      title,
      plot,
      valueTicks,
      valueTickLabels,
      decileTickLabels,
      marks,
      england: englandTicks,
    };
    const named = englandLabel(englandTicks);
    if (named) panel.englandLabel = named;
    panels.push(panel);
    y = plot.y + plot.height + (vertical ? fs + 8 : last ? fs + 8 : 6) + (last ? 0 : 12);

    function decileMark(d: DecileRate, measure: DeprivationMeasure): DecileMark {
      const start = deciles(d.decile)!;
      const c = centreOf(d.decile);
      const hit: Box = vertical
        ? { x: start, y: plot.y - labelRoom, width: band, height: plot.height + labelRoom }
        : { x: plot.x, y: start, width: plot.width + right, height: band };
      if (d.status === 'shown' && d.rate !== undefined && plot.width > 0 && plot.height > 0) {
        const vr = value(d.rate);
        const mark: DecileMark = {
          measure,
          decile: d.decile,
          status: d.status,
          rate: d.rate,
          lower: d.lower!,
          upper: d.upper!,
          bar: vertical
            ? { x: start, y: Math.min(vr, axisEnd), width: barSize, height: Math.abs(axisEnd - vr) }
            : { x: axisEnd, y: start + barOffset, width: Math.abs(vr - axisEnd), height: barSize },
          anchor: vertical ? { x: c, y: vr } : { x: vr, y: c },
          hit,
        };
        let end = vr;
        if (intervals) {
          const vl = value(d.lower!);
          const vu = value(d.upper!);
          const cap = Math.max(4, Math.min(10, barSize * 0.4));
          mark.whisker = vertical ? { x1: c, y1: vl, x2: c, y2: vu, cap } : { x1: vl, y1: c, x2: vu, y2: c, cap };
          end = vertical ? Math.min(vr, vu) : Math.max(vr, vu);
        }
        if (labelled && vertical) mark.valueLabel = { x: c, y: end - 4, text: f.rate(d.rate), anchor: 'middle' };
        else if (labelled)
          mark.valueLabel = rowFigure({
            text: f.rate(d.rate),
            barEnd: vr,
            barStart: axisEnd,
            end,
            interval: intervals,
            middle: c,
            england: englandTicks.find((t) => t.decile === d.decile)?.x1,
            fontSize: fs,
          });
        return mark;
      }
      const word = w.t(
        d.status === 'no-data'
          ? 'deprivationNoData'
          : d.status === 'not-available'
            ? 'deprivationNotAvailable'
            : 'suppressedCell',
      );
      // columns: the word lies flat across the decile's band when it fits there (reaching at most
      // half way into the gaps either side), at the baseline when England's 3 px line is clear
      // above its capitals (0.8 em over the baseline), else just above that line (clear of its
      // descenders); a word too wide for the band stands up from the baseline, which the chart
      // chosen by width never draws (it turns to rows)
      const wordWidth = textWidth(word, fs);
      const tick = englandTicks.find((t) => t.decile === d.decile);
      const baseline = !tick || tick.y1 < axisEnd - 4 - fs * 0.8 - 3 ? axisEnd - 4 : tick.y1 - 3 - fs * 0.25;
      // rows: the word at the baseline, or just past England's line where the line would cross it
      // (the row has no bar, so nothing else can claim it)
      const gapLabel: TextMark = !vertical
        ? { x: wordStart(plot.x + 4, wordWidth, tick?.x1), y: c + fs * 0.35, text: word, anchor: 'start' }
        : wordWidth <= deciles.step() - 4
          ? { x: start + band / 2, y: baseline, text: word, anchor: 'middle' }
          : { x: c + fs * 0.35, y: axisEnd - 4, text: word, anchor: 'start', rotate: true };
      return {
        measure,
        decile: d.decile,
        status: d.status,
        gapLabel,
        anchor: vertical ? { x: c, y: axisEnd - 8 } : { x: plot.x + 8, y: c },
        hit,
      };
    }

    function englandLabel(ticks: EnglandTick[]): DecilePanel['englandLabel'] {
      if (!ticks.length) return undefined;
      if (vertical) {
        const t = ticks[ticks.length - 1]!;
        return { x: t.x2 + 4, y: t.y1 + fs * 0.35, text: englandName, anchor: 'start' };
      }
      // rows: a key at the end of the panel's title line
      // bold, as drawn
      const textX = width - textWidth(englandName, fs, true) - 2;
      const ky = title[0]!.y - fs * 0.35;
      return {
        x: textX,
        y: title[0]!.y,
        text: englandName,
        anchor: 'start',
        key: { x1: textX - 8, y1: ky - 6, x2: textX - 8, y2: ky + 6 },
      };
    }
  });

  const lastPlot = panels[panels.length - 1]?.plot ?? { x: 0, y: 0, width, height: 0 };
  const axisY = lastPlot.y + lastPlot.height;
  let height = y;
  const decileEnds: TextMark[] = [];
  if (vertical) {
    decileEnds.push(
      { x: lastPlot.x, y: axisY + 2 * fs + 10, text: w.t('deprivationAxisMost'), anchor: 'start' },
      { x: lastPlot.x + lastPlot.width, y: axisY + 2 * fs + 10, text: w.t('deprivationAxisLeast'), anchor: 'end' },
    );
    Object.assign(decileTitle, { x: lastPlot.x + lastPlot.width / 2, y: axisY + 3 * fs + 16 });
    height = axisY + 3 * fs + 22;
  } else {
    height = axisY + fs + 12;
  }
  return {
    kind: 'deciles',
    width,
    height: Math.round(height),
    orientation,
    panels,
    decileTicks,
    decileBand: band,
    decileEnds,
    decileTitle,
    intervals,
    blank,
  };
}
