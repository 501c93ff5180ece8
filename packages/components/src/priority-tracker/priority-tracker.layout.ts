import { max } from 'd3-array';
import { formatPercent, plotBox, wrapText, type Box, type TextMeasure } from '@send-insight/core/layout';
import { scaleBand, scaleLinear } from '@send-insight/core/scale';
import { ACTION_STATUSES, Wording, type ActionStatus, type RagRating, type TimelinePoint, type TrackerMeasure, type TrackerModel } from '@send-insight/data';
import { TRACKER_TEXT, type TrackerTextKey } from './priority-tracker.strings.js';

/** The wording the layouts write with (the element passes one with the `strings` overrides). */
export type TrackerWording = Wording<TrackerTextKey>;

const DEFAULT_WORDING: TrackerWording = new Wording(TRACKER_TEXT);

/** Sizes the layout needs; `layout` follows core's ChartSize. */
export interface TrackerSize {
  width: number;
  layout: 'narrow' | 'medium' | 'wide';
}

/** Options for the tracker's layouts. */
export interface TrackerLayoutOptions {
  /** Title font size in px (default 19, GOV.UK's small heading). */
  titleSize?: number;
  /** Small text font size in px (default 16, `--send-font-size-chart`). */
  smallSize?: number;
  /** Text for a percentage (default "61%"). */
  percent?: (value: number) => string;
  /**
   * Measures a text's width in px at a font size (bold for titles). The element passes one backed
   * by canvas `measureText`; without it widths are core's estimate (`textWidth`).
   */
  measure?: TextMeasure;
  /** An ISO date in words (default: the ISO text), for "No longer monitored since …". */
  date?: (iso: string) => string;
  /** Wording of labels, counts and month names (`TRACKER_STRINGS`, `ACTIONS_STRINGS`). */
  text?: TrackerWording;
}

/** A line of text placed in SVG pixels (baseline y). */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
}

/** One priority's row of the overview graphic. */
export interface OverviewRow {
  priority: number;
  rating: RagRating;
  /** Top of the row. */
  y: number;
  height: number;
  title: PlacedText[];
  /** Rating badge: icon centre and label position. */
  badge: { cx: number; cy: number; label: PlacedText };
  /** Progress track and fill (fill width 0 when there is nothing to weigh). */
  bar: { x: number; y: number; width: number; height: number; fill: number };
  /** "59%" or "No progress to weigh" beside or under the bar. */
  barLabel: PlacedText & { anchor: 'start' | 'end' };
  /** Counts in words, wrapped. */
  counts: PlacedText[];
  /** Where the keyboard focus marker and tooltip sit. */
  focus: { x: number; y: number };
}

/** The overview: one row per priority. */
export interface OverviewLayout {
  width: number;
  height: number;
  rows: OverviewRow[];
}

const DEFAULTS = { titleSize: 19, smallSize: 16 };

/** "4 actions: 2 on track, 1 at risk and 1 complete; 1 overdue" for one priority. */
function countsLine(p: TrackerModel['priorities'][number], w: TrackerWording): string {
  const n = p.actions.length;
  const parts = ACTION_STATUSES.filter((s) => p.counts[s]).map((s) => w.t('statusCount', { n: w.format.number(p.counts[s]), status: w.t(`status.${s}`).toLowerCase() }));
  const head = n !== p.totalActions ? w.t('countsHeadOf', { n: w.format.number(n), total: w.format.number(p.totalActions) }) : w.plural('countsHead', n);
  return `${parts.length ? w.t('countsList', { head, list: w.list(parts) }) : head}${p.overdue ? w.t('countsOverdue', { n: w.format.number(p.overdue) }) : ''}`;
}

/**
 * Lays out the overview graphic: for each priority its title (wrapped), a rating badge, a
 * weighted-progress bar with its percentage, and the counts in words. Narrow layouts put the
 * badge under the title and the percentage under the bar.
 *
 * @param model the tracker view model
 * @param size width and layout
 * @returns rows in SVG pixels; the height is the sum of the rows
 * @example layoutTrackerOverview(model, { width: 720, layout: 'medium' }).rows[0].bar.fill
 */
export function layoutTrackerOverview(model: TrackerModel, size: TrackerSize, options: TrackerLayoutOptions = {}): OverviewLayout {
  const o = { ...DEFAULTS, ...options };
  const w = options.text ?? DEFAULT_WORDING;
  const percent = options.percent ?? ((v: number) => formatPercent(v, 'en-GB', 0));
  const width = Math.max(0, size.width);
  const narrow = size.layout === 'narrow';
  const titleLine = Math.round(o.titleSize * 1.3);
  const smallLine = Math.round(o.smallSize * 1.35);
  const badgeWidth = narrow ? 0 : 190;
  const labelWidth = narrow ? 0 : 56;
  const rows: OverviewRow[] = [];
  let y = 0;
  if (width <= 0) return { width: 0, height: 0, rows };
  for (const p of model.priorities) {
    const top = y;
    const titleText = w.t('priorityTitle', { priority: p.priority, title: p.title });
    const lines = wrapText(titleText, Math.max(40, width - badgeWidth - 8), o.titleSize, { bold: true, measure: o.measure });
    const title = lines.map((text, i) => ({ text, x: 0, y: top + o.titleSize + i * titleLine }));
    let cursor = top + lines.length * titleLine;
    let badge: OverviewRow['badge'];
    if (narrow) {
      badge = { cx: 8, cy: cursor + 8, label: { text: p.rag.label, x: 22, y: cursor + 8 + o.smallSize * 0.35 } };
      cursor += 20;
    } else {
      badge = { cx: width - badgeWidth + 16, cy: top + o.titleSize * 0.65, label: { text: p.rag.label, x: width - badgeWidth + 30, y: top + o.titleSize * 0.65 + o.smallSize * 0.35 } };
    }
    const barY = cursor + 6;
    const barHeight = 16;
    const closed = p.rag.rating === 'closed';
    const value = p.weightedProgress;
    let barLabel: OverviewRow['barLabel'];
    let bar: OverviewRow['bar'];
    if (closed) {
      // a closed area has no progress bar: it says when it stopped being monitored
      const since = p.closedOn ? w.t('closedBarSince', { date: (options.date ?? ((d: string) => d))(p.closedOn) }) : '';
      bar = { x: 0, y: barY, width: 0, height: barHeight, fill: 0 };
      barLabel = { text: w.t('closedBar', { since }), x: 0, y: barY + barHeight / 2 + o.smallSize * 0.35, anchor: 'start' };
      cursor = barY + barHeight;
    } else {
      const barWidth = Math.max(10, width - labelWidth);
      const fill = value === undefined ? 0 : (Math.max(0, Math.min(100, value)) / 100) * barWidth;
      bar = { x: 0, y: barY, width: barWidth, height: barHeight, fill };
      cursor = barY + barHeight;
      const labelText = value === undefined ? w.t('noProgress') : percent(value);
      if (narrow || value === undefined) {
        barLabel = { text: value === undefined ? labelText : w.t('weighted', { value: labelText }), x: 0, y: cursor + smallLine, anchor: 'start' };
        cursor += smallLine;
      } else {
        barLabel = { text: labelText, x: width, y: barY + barHeight / 2 + o.smallSize * 0.35, anchor: 'end' };
      }
    }
    const countLines = wrapText(countsLine(p, w), width, o.smallSize, { measure: o.measure });
    const counts = countLines.map((text, i) => ({ text, x: 0, y: cursor + smallLine * (i + 1) }));
    cursor += countLines.length * smallLine + 18;
    rows.push({
      priority: p.priority,
      rating: p.rag.rating,
      y: top,
      height: cursor - top,
      title,
      badge,
      bar,
      barLabel,
      counts,
      focus: { x: Math.max(6, bar.fill), y: barY + barHeight / 2 },
    });
    y = cursor;
  }
  return { width, height: y, rows };
}

/** A measure's bullet graphic in SVG pixels. */
export interface MeasureBullet {
  width: number;
  height: number;
  /** Background track over the whole scale. */
  track: { x: number; width: number };
  /** Bar from the scale's start to the current value; undefined when the value is suppressed. */
  bar?: { x: number; width: number };
  /** Baseline marker position; undefined when there is no baseline or it is suppressed. */
  baseline?: number;
  /** Target marker position. */
  target: number;
  /** Scale ends, for the axis labels. */
  domain: [number, number];
}

/**
 * Lays out a bullet graphic for a measure: a track over a scale from 0 (or the lowest value) to
 * the highest value, a bar to the current value, a thin mark at the baseline and a tall mark at
 * the target. Suppressed values get no mark.
 *
 * @example layoutMeasureBullet({ baseline: 200, current: 40, target: 0, … }, 200).bar // { x: 0, width: 40 }
 */
export function layoutMeasureBullet(measure: Pick<TrackerMeasure, 'baseline' | 'current' | 'target'>, width: number): MeasureBullet {
  const w = Math.max(0, width);
  const values = [measure.target, measure.baseline, measure.current].filter((v): v is number => typeof v === 'number');
  const lo = Math.min(0, ...values);
  let hi = Math.max(...values);
  if (hi <= lo) hi = lo + 1;
  const x = scaleLinear().domain([lo, hi]).range([0, w]).clamp(true);
  const current = typeof measure.current === 'number' ? measure.current : undefined;
  const baseline = typeof measure.baseline === 'number' ? measure.baseline : undefined;
  return {
    width: w,
    height: 26,
    track: { x: 0, width: w },
    bar: current === undefined ? undefined : { x: x(lo), width: Math.max(current === lo ? 0 : 2, x(current) - x(lo)) },
    baseline: baseline === undefined ? undefined : x(baseline),
    target: x(measure.target),
    domain: [lo, hi],
  };
}

/** One stacked segment of a review point's bar. */
export interface TimelineSegment {
  status: ActionStatus;
  count: number;
  y: number;
  height: number;
}

/** One review point's column in the timeline graphic. */
export interface TimelineColumn {
  date: string;
  x: number;
  width: number;
  segments: TimelineSegment[];
  /** Total reported, above the bar. */
  total: PlacedText;
  /** Date label lines under the axis ("Sep" / "2025"). */
  label: PlacedText[];
  /** Markers for the cumulative counts: complete by then and overdue then (y positions on the same scale). */
  completeY: number;
  overdueY: number;
  focus: { x: number; y: number };
}

/** The timeline graphic. */
export interface TimelineLayout {
  width: number;
  height: number;
  plot: Box;
  yTicks: { value: number; y: number }[];
  columns: TimelineColumn[];
  /** Polyline points for complete-by and overdue-at, through the column centres. */
  completeLine: [number, number][];
  overdueLine: [number, number][];
}

/**
 * Lays out the six-monthly timeline: per review point a stacked bar of the statuses reported in
 * the half-year ending there, plus lines for actions complete by then and overdue then, on one
 * count scale.
 *
 * @example layoutTrackerTimeline(model.timeline, { width: 640, layout: 'medium' }).columns.length
 */
export function layoutTrackerTimeline(points: readonly TimelinePoint[], size: TrackerSize, height = 260, options: TrackerLayoutOptions = {}): TimelineLayout {
  const o = { ...DEFAULTS, ...options };
  const w = options.text ?? DEFAULT_WORDING;
  const width = Math.max(0, size.width);
  const plot = plotBox(width, height, { top: 20, right: 8, bottom: 40, left: 34 });
  const top = Math.max(1, max(points, (p) => Math.max(p.reportedTotal, p.completeBy, p.overdueAt, p.closedBy)) ?? 1);
  const y = scaleLinear().domain([0, top]).nice().range([plot.y + plot.height, plot.y]);
  const x = scaleBand<string>()
    .domain(points.map((p) => p.date))
    .range([plot.x, plot.x + plot.width])
    .paddingInner(0.35)
    .paddingOuter(0.2);
  const bw = x.bandwidth();
  const columns = points.map((p) => {
    const left = x(p.date) ?? 0;
    let base = y(0);
    const segments: TimelineSegment[] = [];
    for (const status of ACTION_STATUSES) {
      const count = p.reported[status];
      if (!count) continue;
      const h = y(0) - y(count);
      segments.push({ status, count, y: base - h, height: h });
      base -= h;
    }
    const [yy, mm] = [p.date.slice(0, 4), Number(p.date.slice(5, 7))];
    const month = w.t(`monthShort.${mm}` as TrackerTextKey);
    const monthLabel = p.asOf ? w.t('dayMonth', { day: Number(p.date.slice(8, 10)), month }) : month;
    const cx = left + bw / 2;
    return {
      date: p.date,
      x: left,
      width: bw,
      segments,
      total: { text: String(p.reportedTotal), x: cx, y: base - 4 },
      label: [
        { text: monthLabel, x: cx, y: plot.y + plot.height + o.smallSize + 4 },
        { text: yy, x: cx, y: plot.y + plot.height + 2 * o.smallSize + 6 },
      ],
      completeY: y(p.completeBy),
      overdueY: y(p.overdueAt),
      focus: { x: cx, y: Math.min(base, y(p.completeBy), y(p.overdueAt)) },
    };
  });
  return {
    width,
    height,
    plot,
    yTicks: y.ticks(Math.min(5, y.domain()[1]!)).filter(Number.isInteger).map((value) => ({ value, y: y(value) })),
    columns,
    completeLine: columns.map((c) => [c.x + c.width / 2, c.completeY]),
    overdueLine: columns.map((c) => [c.x + c.width / 2, c.overdueY]),
  };
}
