import { plotBox, textWidth, wrapText, type Box, type TextMeasure } from '@send-insight/core/layout';
import { scaleBand, scaleLinear } from '@send-insight/core/scale';
import { ACTION_STATUSES, type ActionStatus, type TimelinePoint } from '@send-insight/data';
import type { PriorityTrackerTextKey } from './priority-tracker.strings.js';
import type { PriorityTrackerWording } from './priority-tracker.words.js';

/** A line of text placed in SVG pixels (baseline y). */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
}

/** One stacked segment of a review point's bar. */
export interface TimelineSegment {
  status: ActionStatus;
  count: number;
  y: number;
  height: number;
}

/** A review point's bar in the reported panel. */
export interface TimelineColumn {
  date: string;
  x: number;
  width: number;
  segments: TimelineSegment[];
  /** Total reported, above the bar; undefined when none was reported. */
  total?: PlacedText;
  /** Where the keyboard focus marker and tooltip sit (SVG pixels of the reported panel, which is drawn first). */
  focus: { x: number; y: number };
}

/** A point of a line in the second panel. */
export interface StockPoint {
  x: number;
  y: number;
  value: number;
}

/** What each panel has: a title, its own titled count scale and the review points along the bottom. */
export interface TimelinePanel {
  width: number;
  height: number;
  /** The panel's title, wrapped (bold). */
  title: PlacedText[];
  /** The scale's title, over the axis ("Number of actions"). */
  axisTitle: PlacedText;
  plot: Box;
  yTicks: { value: number; y: number; label: string }[];
  /** Review point labels: a month (or the report date's day and month) and, where the year changes, the year. */
  xLabels: PlacedText[];
}

/** The timeline: the statuses reported in each half-year, then what was complete and overdue at each point. */
export interface TimelineLayout {
  mode: 'timeline';
  reported: TimelinePanel & { columns: TimelineColumn[] };
  stock: TimelinePanel & { complete: StockPoint[]; overdue: StockPoint[]; endLabels: PlacedText[] };
}

/** The chart text size (`--send-font-size-chart`) and GOV.UK's small heading, as the timeline's styles set them. */
const SMALL = 16;

/** The largest of the points' figures, and 0 for none (a figure that is not a number is passed over). */
const largest = (points: readonly TimelinePoint[], of: (p: TimelinePoint) => number) =>
  points.reduce((top, p) => (of(p) > top ? of(p) : top), 0);
const TITLE = 19;

/** The label under a review point: "Sep", or "1 Oct" for the report date. */
function monthLabel(p: TimelinePoint, w: PriorityTrackerWording): string {
  const month = w.t(`monthShort.${Number(p.date.slice(5, 7))}` as PriorityTrackerTextKey);
  return p.asOf ? w.t('dayMonth', { day: Number(p.date.slice(8, 10)), month }) : month;
}

/**
 * The review points' labels: as many month labels as fit a label's width apart (the report
 * date's always), each with its year under it where the year differs from the label before.
 */
function pointLabels(
  points: readonly TimelinePoint[],
  centres: readonly number[],
  bottom: number,
  w: PriorityTrackerWording,
): PlacedText[] {
  const texts = points.map((p) => monthLabel(p, w));
  const half = (i: number) => Math.max(textWidth(texts[i]!, SMALL), textWidth(points[i]!.date.slice(0, 4), SMALL)) / 2;
  const clears = (a: number, b: number) => centres[a]! + half(a) + 6 <= centres[b]! - half(b);
  const kept: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const last = i === points.length - 1;
    while (last && kept.length && !clears(kept[kept.length - 1]!, i)) kept.pop();
    if (!kept.length || clears(kept[kept.length - 1]!, i)) kept.push(i);
  }
  const out: PlacedText[] = [];
  let year = '';
  for (const i of kept) {
    out.push({ text: texts[i]!, x: centres[i]!, y: bottom + SMALL + 4 });
    const y = points[i]!.date.slice(0, 4);
    if (y !== year) out.push({ text: y, x: centres[i]!, y: bottom + 2 * SMALL + 8 });
    year = y;
  }
  return out;
}

/** A panel's frame: the title wrapped over the width, the scale's title, the plot box and the count ticks. */
function panel(
  title: string,
  top: number,
  plotHeight: number,
  width: number,
  w: PriorityTrackerWording,
  right: number,
  measure?: TextMeasure,
): { frame: TimelinePanel; y: (value: number) => number } {
  const lines = wrapText(title, width, TITLE, { bold: true, measure });
  const titleLines = lines.map((text, i) => ({ text, x: 0, y: TITLE + i * Math.round(TITLE * 1.3) }));
  const axisY = lines.length * Math.round(TITLE * 1.3) + SMALL + 8;
  const plotTop = axisY + SMALL + 4;
  const height = plotTop + plotHeight + 2 * SMALL + 14;
  const plot = plotBox(width, height, { top: plotTop, right, bottom: 2 * SMALL + 14, left: 34 });
  const y = scaleLinear()
    .domain([0, Math.max(1, top)])
    .nice()
    .range([plot.y + plot.height, plot.y]);
  const yTicks = y
    .ticks(Math.min(5, y.domain()[1]!))
    .filter(Number.isInteger)
    .map((value) => ({ value, y: y(value), label: w.format.number(value) }));
  const frame = {
    width,
    height,
    title: titleLines,
    axisTitle: { text: w.t('timelineAxisActions'), x: 0, y: axisY },
    plot,
    yTicks,
    xLabels: [],
  };
  return { frame, y };
}

/**
 * Lays out the six-monthly timeline as two panels over the same review points, each with its own
 * titled scale: the statuses reported in the half-year ending at each point (stacked bars), and
 * the actions complete by then and overdue then (two lines, their last values labelled). Flows
 * and stocks never share an axis.
 *
 * @param points from the model's `timeline`
 * @param width in CSS pixels
 * @param w the tracker's wording
 * @param measure text widths (default: the layout kit's estimate)
 * @example layoutTimeline(model.timeline, 640, w).reported.columns.length // one per review point
 */
export function layoutTimeline(
  points: readonly TimelinePoint[],
  width: number,
  w: PriorityTrackerWording,
  measure?: TextMeasure,
): TimelineLayout {
  const narrow = width <= 400;
  const reported = panel(
    w.t('timelineReportedTitle'),
    largest(points, (p) => p.reportedTotal),
    narrow ? 120 : 150,
    width,
    w,
    8,
    measure,
  );
  const stock = panel(
    w.t('timelineStockTitle'),
    largest(points, (p) => Math.max(p.completeBy, p.overdueAt)),
    narrow ? 110 : 130,
    width,
    w,
    30,
    measure,
  );
  const band = (box: Box) =>
    scaleBand<string>()
      .domain(points.map((p) => p.date))
      .range([box.x, box.x + box.width])
      .paddingInner(0.35)
      .paddingOuter(0.2);
  const x = band(reported.frame.plot);
  const bw = x.bandwidth();
  const y = reported.y;
  const columns: TimelineColumn[] = points.map((p) => {
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
    const cx = left + bw / 2;
    const column: TimelineColumn = { date: p.date, x: left, width: bw, segments, focus: { x: cx, y: base } };
    if (p.reportedTotal) column.total = { text: w.format.number(p.reportedTotal), x: cx, y: base - 4 };
    return column;
  });
  const bottom = (box: Box) => box.y + box.height;
  const sx = band(stock.frame.plot);
  const centre = (p: TimelinePoint) => (sx(p.date) ?? 0) + sx.bandwidth() / 2;
  const complete = points.map((p) => ({ x: centre(p), y: stock.y(p.completeBy), value: p.completeBy }));
  const overdue = points.map((p) => ({ x: centre(p), y: stock.y(p.overdueAt), value: p.overdueAt }));
  const endLabels: PlacedText[] = [];
  const lastC = complete[complete.length - 1];
  const lastO = overdue[overdue.length - 1];
  if (lastC && lastO) {
    // the last values beside the last points, pushed apart when they would touch
    let [yc, yo] = [lastC.y + 4, lastO.y + 4];
    if (Math.abs(yc - yo) < SMALL + 2) {
      const mid = (yc + yo) / 2;
      const up = (SMALL + 2) / 2;
      [yc, yo] = lastC.value >= lastO.value ? [mid - up, mid + up] : [mid + up, mid - up];
    }
    endLabels.push(
      { text: w.format.number(lastC.value), x: lastC.x + 9, y: yc },
      { text: w.format.number(lastO.value), x: lastO.x + 9, y: yo },
    );
  }
  return {
    mode: 'timeline',
    reported: {
      ...reported.frame,
      columns,
      xLabels: pointLabels(
        points,
        columns.map((c) => c.x + c.width / 2),
        bottom(reported.frame.plot),
        w,
      ),
    },
    stock: {
      ...stock.frame,
      complete,
      overdue,
      endLabels,
      xLabels: pointLabels(
        points,
        complete.map((c) => c.x),
        bottom(stock.frame.plot),
        w,
      ),
    },
  };
}
