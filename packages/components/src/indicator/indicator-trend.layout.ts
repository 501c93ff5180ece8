import { clipText, textWidth } from '@send-insight/core/layout';
import { scaleLinear } from '@send-insight/core/scale';
import {
  gapReason,
  indicatorValue,
  type IndicatorModel,
  type IndicatorPoint,
  type IndicatorSeries,
} from '@send-insight/data';
import type { IndicatorFormsWording } from './indicator-forms.strings.js';

/** Approximate width of text in a sans-serif font, erring wide so labels never overlap. */

/** A line of text placed in the plot. */
export interface PlacedText {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

/** One series as drawn. */
export interface TrendLine {
  /** Index into the model's series. */
  series: number;
  role: IndicatorSeries['role'];
  name: string;
  /** Colour slot 0–5 and marker shape 0–3. */
  slot: number;
  /** One path per run of shown points (a gap breaks the line). */
  paths: string[];
  /** The 95% interval band (the area's percentages with counts), one path per run. */
  bands: string[];
  /** Marker positions, by period index (undefined where the point is not shown). */
  marks: ({ x: number; y: number } | undefined)[];
  /** Its label at the line's end, when direct labels fit. */
  label?: PlacedText;
}

/** A gap in the area's series: where it is and why, short (the symbol) and long (the reason). */
export interface TrendGap {
  period: string;
  x: number;
  symbol: string;
  reason: string;
}

export interface TrendLayout {
  kind: 'trend';
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  scale: 'value' | 'index';
  lines: TrendLine[];
  yTicks: { y: number; text: string }[];
  yTitle?: PlacedText;
  xTicks: PlacedText[];
  gaps: TrendGap[];
  /** Legend rows above the plot when direct labels do not fit. */
  legend: { x: number; y: number; text: string; slot: number; role: IndicatorSeries['role'] }[];
  target?: { y: number; label: PlacedText };
  /** Sentences under the chart (the gaps and their reasons). */
  notes: string[];
  /** Where each series' point of each period is (for keyboard and tooltip), even for gaps. */
  at: { x: number; y: number }[][];
  fontSize: number;
}

/**
 * A series' colour slot (0–5, `--send-color-1` … `-6`) and marker shape: the area the first colour,
 * the region the second, England the dark grey of slot 4, neighbours slots 2, 3 and 5 in turn.
 */
export function slotOf(model: IndicatorModel, series: number): number {
  const role = model.series[series]!.role;
  if (role !== 'neighbour') return { area: 0, region: 1, england: 4 }[role];
  const k = model.series.slice(0, series).filter((s) => s.role === 'neighbour').length;
  return [2, 3, 5][k % 3]!;
}

/** Which series the trend draws: counts in values show only the area and its neighbours (England's scale would flatten them). */
export function trendSeries(model: IndicatorModel, scale: 'value' | 'index'): number[] {
  return model.series
    .map((s, i) =>
      model.unit === 'count' && scale === 'value' && (s.role === 'england' || s.role === 'region') ? -1 : i,
    )
    .filter((i) => i >= 0);
}

/** The figure a point is drawn at in a scale. */
export const plotted = (p: IndicatorPoint, scale: 'value' | 'index'): number | undefined =>
  p.status !== 'shown' ? undefined : scale === 'index' ? p.index : p.value;

/**
 * Lays out the trend: a line per series over the periods (evenly spaced), markers, the area's 95%
 * interval band, gaps as breaks labelled with their symbol above the plot and named in a note
 * (never drawn at 0), the target as a dashed line, and each line labelled at its end when the
 * labels fit beside the plot (else a legend above it). Percentages and counts start at 0; an
 * index (counts, first common period = 100) spans its data.
 */
export function layoutTrend(
  model: IndicatorModel,
  scale: 'value' | 'index',
  width: number,
  w: IndicatorFormsWording,
): TrendLayout {
  const fontSize = 16;
  const drawn = trendSeries(model, scale);
  const n = model.periods.length;
  const fmt = (v: number) => (scale === 'index' ? w.format.number(v, 0) : indicatorValue(model.unit, v, w));
  const last = (s: IndicatorSeries) => [...s.points].reverse().find((p) => plotted(p, scale) !== undefined);
  // names and periods drawn beside marks are cut at MAX_TEXT, as every chart's labels (the table keeps them whole)
  const nameOf = (s: IndicatorSeries) => clipText(s.name);
  const periods = model.periods.map((p) => clipText(p));
  const labelText = (s: IndicatorSeries) => {
    const p = last(s);
    return p ? `${nameOf(s)} ${fmt(plotted(p, scale)!)}` : nameOf(s);
  };
  // bold: a fifth wider than the estimate for regular text
  const labelWidth = Math.max(0, ...drawn.map((i) => textWidth(labelText(model.series[i]!), fontSize) * 1.2)) + 14;
  const direct = labelWidth + 10 <= width * 0.4;

  // the legend above when labels do not fit beside the plot
  const legend: TrendLayout['legend'] = [];
  let top = 22;
  if (!direct && drawn.length > 1) {
    let x = 0;
    let y = fontSize;
    for (const i of drawn) {
      const text = nameOf(model.series[i]!);
      const wide = 26 + textWidth(text, fontSize) + 16;
      if (x > 0 && x + wide > width) ((x = 0), (y += fontSize + 8));
      legend.push({ x, y, text, slot: slotOf(model, i), role: model.series[i]!.role });
      x += wide;
    }
    top = y + fontSize + 16;
  }
  // the index's axis title stands on its own line, clear of the top tick label (which rises 8 px above the plot)
  const titled = scale === 'index' && !!model.indexBase;
  if (titled) top += 12;

  // the value axis
  const values: number[] = [];
  for (const i of drawn)
    for (const p of model.series[i]!.points) {
      const v = plotted(p, scale);
      if (v !== undefined) values.push(v, ...(scale === 'value' && p.upper !== undefined ? [p.upper] : []));
    }
  if (scale === 'value' && model.target) values.push(model.target.value);
  const hi = Math.max(1, ...values);
  const lo = scale === 'index' ? Math.min(100, ...values) : 0;
  const y = scaleLinear()
    .domain([lo, model.unit === 'percent' && scale === 'value' ? Math.min(100, hi) : hi])
    .nice(5);
  const [d0, d1] = y.domain() as [number, number];
  const tickLabel = (v: number) =>
    scale === 'index'
      ? w.format.number(v, 0)
      : model.unit === 'percent'
        ? w.format.percent(v, 0)
        : w.format.number(v, 0);
  const ticks = y.ticks(5);
  // the tick labels end 6 px left of the plot; 15% over the estimate keeps a wide glyph (%) inside the chart
  const left = Math.ceil(Math.max(...ticks.map((t) => textWidth(tickLabel(t), fontSize))) * 1.15) + 10;
  const right = direct ? Math.ceil(labelWidth) + 12 : 8;
  const plotHeight = Math.round(Math.max(180, Math.min(320, width * 0.45)));
  const plot = { x: left, y: top, width: Math.max(40, width - left - right), height: plotHeight };
  y.domain([d0, d1]).range([plot.y + plot.height, plot.y]);
  const step = plot.width / Math.max(1, n);
  const xAt = (i: number) => plot.x + step * (i + 0.5);

  const lines: TrendLine[] = drawn.map((si) => {
    const s = model.series[si]!;
    const marks = s.points.map((p, i) => {
      const v = plotted(p, scale);
      return v === undefined ? undefined : { x: xAt(i), y: y(v) };
    });
    const paths: string[] = [];
    const bands: string[] = [];
    let run: number[] = [];
    const flush = () => {
      if (run.length)
        paths.push(run.map((i, k) => `${k ? 'L' : 'M'}${marks[i]!.x.toFixed(1)},${marks[i]!.y.toFixed(1)}`).join(''));
      const band = run.filter((i) => s.points[i]!.lower !== undefined);
      if (scale === 'value' && band.length === run.length && run.length) {
        const upper = band
          .map((i, k) => `${k ? 'L' : 'M'}${xAt(i).toFixed(1)},${y(s.points[i]!.upper!).toFixed(1)}`)
          .join('');
        const lower = [...band]
          .reverse()
          .map((i) => `L${xAt(i).toFixed(1)},${y(s.points[i]!.lower!).toFixed(1)}`)
          .join('');
        // a lone point gets a narrow band, so its interval still shows
        bands.push(
          band.length > 1
            ? `${upper}${lower}Z`
            : `M${xAt(band[0]!) - 4},${y(s.points[band[0]!]!.upper!)}h8V${y(s.points[band[0]!]!.lower!)}h-8Z`,
        );
      }
      run = [];
    };
    marks.forEach((m, i) => (m ? run.push(i) : flush()));
    flush();
    const end = [...marks].reverse().find(Boolean);
    return {
      series: si,
      role: s.role,
      name: s.name,
      slot: slotOf(model, si),
      paths,
      bands,
      marks,
      ...(direct && end
        ? { label: { x: plot.x + plot.width + 8, y: end.y, text: labelText(s), anchor: 'start' as const } }
        : {}),
    };
  });
  // direct labels: no two closer than a line apart
  const labelled = lines.filter((l) => l.label).sort((a, b) => a.label!.y - b.label!.y);
  for (let i = 1; i < labelled.length; i++) {
    const min = labelled[i - 1]!.label!.y + fontSize + 3;
    if (labelled[i]!.label!.y < min) labelled[i]!.label!.y = min;
  }
  for (const l of labelled) l.label!.y += fontSize * 0.35;

  // gaps in the area's series above the plot; every series' gaps in a note, so a comparator's
  // line that breaks off (hidden to protect the area's small counts, say) says why
  const gapsOf = (points: (typeof model.series)[number]['points']) =>
    points.flatMap((p, i) =>
      p.status === 'shown'
        ? []
        : [{ period: p.period, x: xAt(i), symbol: p.symbol ?? '–', reason: gapReason(p, model.minCount, w) }],
    );
  const gaps = gapsOf(model.series[0]!.points);
  const notes = model.series.flatMap((s, k) => {
    const missing = k === 0 ? gaps : gapsOf(s.points);
    return missing.length
      ? [
          w.t('indicatorGaps', {
            name: s.name,
            gaps: w.list(
              missing.map((g) =>
                w.t('indicatorGap', {
                  period: g.period,
                  reason: `${g.reason}${g.symbol !== '–' ? ` (${g.symbol})` : ''}`,
                }),
              ),
              { long: true },
            ),
          }),
        ]
      : [];
  });
  if (
    model.unit === 'count' &&
    scale === 'value' &&
    model.series.some((s) => s.role === 'england' || s.role === 'region')
  )
    notes.push(w.t('indicatorNoComparators'));

  // period labels, thinned so they never overlap; the last always shown
  const widest = Math.max(...periods.map((p) => textWidth(p, fontSize))) + 8;
  const every = Math.max(1, Math.ceil(widest / step));
  // a label that would run past the chart's edge moves in (the last, "2024/25", was cut at 320 px)
  const half = (p: string) => textWidth(p, fontSize) / 2 + 1;
  const xTicks = periods.flatMap((p, i) =>
    (n - 1 - i) % every === 0
      ? [
          {
            x: Math.max(half(p), Math.min(width - half(p), xAt(i))),
            y: plot.y + plot.height + fontSize + 6,
            text: p,
            anchor: 'middle' as const,
          },
        ]
      : [],
  );
  // the last moved in keeps 8 px from the one before, or that one gives way
  const [before, final] = xTicks.slice(-2);
  if (final && before && before.x + half(before.text) + 8 > final.x - half(final.text)) xTicks.splice(-2, 1);
  const at = model.series.map((s) =>
    s.points.map((p, i) => ({ x: xAt(i), y: y(plotted(p, scale) ?? d0 + (d1 - d0) / 2) })),
  );
  const target =
    scale === 'value' && model.target
      ? {
          y: y(model.target.value),
          label: {
            x: plot.x + plot.width,
            y: y(model.target.value) - 4,
            text: w.t('indicatorTargetLine', { target: fmt(model.target.value) }),
            anchor: 'end' as const,
          },
        }
      : undefined;
  return {
    kind: 'trend',
    width,
    height: plot.y + plot.height + fontSize + 14,
    plot,
    scale,
    lines,
    yTicks: ticks.map((t) => ({ y: y(t), text: tickLabel(t) })),
    ...(titled && model.indexBase
      ? {
          yTitle: {
            x: 0,
            y: top - 20,
            text: w.t('indicatorIndexTitle', { period: clipText(model.indexBase) }),
            anchor: 'start' as const,
          },
        }
      : {}),
    xTicks,
    gaps,
    legend,
    ...(target ? { target } : {}),
    notes,
    at,
    fontSize,
  };
}
