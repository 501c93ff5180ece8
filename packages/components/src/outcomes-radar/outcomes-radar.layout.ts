import { boxesOverlap, formatPercent, formatPoints, textWidth, wrapText, type Box, type Tick } from '@send-insight/core/layout';
import { scaleLinear } from '@send-insight/core/scale';
import { outcomeCell, suppressionLabel, Wording, type OutcomeCell, type OutcomeCode, type OutcomesModel } from '@send-insight/data';
import { OUTCOMES_RADAR_TEXT, type OutcomesRadarTextKey } from './outcomes-radar.strings.js';

/** The wording the layout writes with (the element passes one with the `strings` overrides). */
export type OutcomesWording = Wording<OutcomesRadarTextKey>;

const DEFAULT_WORDING: OutcomesWording = new Wording(OUTCOMES_RADAR_TEXT);

/** Which chart form to draw. */
export type OutcomesView = 'radar' | 'bars';
/** What one series is: a group (in one period) or a period (for one group). */
export type OutcomesSeriesBy = 'group' | 'period';

/** Text formatting the layout uses (the element passes core's en-GB formatters). */
export interface OutcomesFormat {
  /** 61.79 → "62%" */
  percent: (value: number) => string;
  /** 11.8 → "+12 pts" */
  points: (value: number) => string;
}

export interface OutcomesLayoutOptions {
  view: OutcomesView;
  series?: OutcomesSeriesBy;
  /** The period drawn when series are groups (default the latest). */
  period?: string;
  /** The group drawn when series are periods (default the first). */
  group?: string;
  /** An optional target % (0–100) drawn as a dashed ring or line. */
  target?: number;
  /** Font size of the chart's text in px (default 16, `--send-font-size-chart`); never drawn smaller. */
  fontSize?: number;
  format?: Partial<OutcomesFormat>;
  /** Wording of outcome names, gaps, the target and the change key (`OUTCOMES_RADAR_STRINGS`, `OUTCOMES_STRINGS`). */
  text?: OutcomesWording;
}

/** Formatters with the wording, as the layout passes them around. */
type Fmt = OutcomesFormat & { w: OutcomesWording };

/** One line of a wrapped label; `icon` is a series index whose marker is drawn before the text. */
export interface LabelLine {
  text: string;
  x: number;
  y: number;
  icon?: number;
  /** Centre of the icon (when `icon` is set). */
  iconX?: number;
  kind?: 'title' | 'gap';
  /** Alignment of this line when it differs from its block's. */
  anchor?: 'start' | 'middle' | 'end';
}

/** A wrapped text block. */
export interface TextBlock {
  lines: LabelLine[];
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** One series: its identity and how it is drawn. */
export interface SeriesInfo {
  key: string;
  label: string;
  /** 0-based; colour is `--send-color-{index % 6 + 1}`, marker and dash vary too. */
  index: number;
  /** d3 symbol path centred on 0,0. */
  marker: string;
  /** stroke-dasharray for the series line ('' for solid). */
  dash: string;
}

/** A drawn (or gap) value: one series × one outcome. */
export interface ValueMark {
  series: number;
  axis: number;
  outcome: OutcomeCode;
  cell: OutcomeCell;
  /** Position of the marker (shown cells) or of the gap label (others). */
  x: number;
  y: number;
  /** The interval as a line (shown cells). */
  interval?: { x1: number; y1: number; x2: number; y2: number };
  /** "62%" (shown cells). */
  valueText?: string;
  /** "▲ +12 pts" / "+2 pts" (shown cells with a change). */
  changeText?: string;
  /** Whether the change is significant (then `changeText` starts with ▲ or ▼). */
  changeSignificant?: boolean;
  /** "fewer than 10 responses" (cells not shown). */
  gapText?: string;
}

export interface LegendItem {
  kind: 'series' | 'target';
  series?: number;
  /** Where the marker/line sample sits. */
  x: number;
  y: number;
  text: TextBlock;
}

interface LayoutBase {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  seriesBy: OutcomesSeriesBy;
  /** The period (series by group) or group (series by period) the chart is about. */
  about: string;
  series: SeriesInfo[];
  legend: LegendItem[];
  /** marks[series][axis] */
  marks: ValueMark[][];
  /** Text notes inside the SVG (the significance key). */
  notes: TextBlock[];
}

export interface RadarLayout extends LayoutBase {
  kind: 'radar';
  cx: number;
  cy: number;
  radius: number;
  axes: { outcome: OutcomeCode; x: number; y: number; label: TextBlock }[];
  rings: { value: number; path: string; label: { x: number; y: number; text: string } }[];
  target?: { value: number; path: string; label: { x: number; y: number; text: string } };
  /** Per series: the line (open runs where there are gaps, closed when complete) and the interval band. */
  paths: { line: string; band: string }[];
}

export interface BarsLayout extends LayoutBase {
  kind: 'bars';
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  ticks: Tick[];
  /** Where the value ("62%") and the change ("▲ +12 pts") are written on each row. */
  valueX: number;
  changeX: number;
  rows: { outcome: OutcomeCode; label: TextBlock; top: number; bottom: number }[];
  target?: { value: number; x: number; label: { x: number; y: number; text: string } };
}

export type OutcomesLayout = RadarLayout | BarsLayout;

const f = (n: number) => Number(n.toFixed(3));
const polygon = (points: [number, number][]) => `M${points.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`;

/**
 * Marker shapes of equal area (px²), centred on 0,0: circle, square, triangle, diamond, star and
 * a downward triangle. Written here rather than with d3-shape's symbols, which would add about
 * 16 KB (minified) to every bundle for six short paths.
 */
const SYMBOLS: ((area: number) => string)[] = [
  (a) => {
    const r = Math.sqrt(a / Math.PI);
    return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
  },
  (a) => {
    const h = Math.sqrt(a) / 2;
    return polygon([[-h, -h], [h, -h], [h, h], [-h, h]]);
  },
  (a) => {
    const side = Math.sqrt((4 * a) / Math.sqrt(3));
    const height = (Math.sqrt(3) / 2) * side;
    return polygon([[0, (-2 * height) / 3], [side / 2, height / 3], [-side / 2, height / 3]]);
  },
  (a) => {
    // a rhombus taller than wide, so it never reads as a rotated square
    const y = Math.sqrt(a / (2 * Math.tan(Math.PI / 6)));
    const x = y * Math.tan(Math.PI / 6);
    return polygon([[0, -y], [x, 0], [0, y], [-x, 0]]);
  },
  (a) => {
    // five points; inner radius 0.382 of the outer; area = 5 · k · R² · sin(π/5)
    const k = 0.382;
    const outer = Math.sqrt(a / (5 * k * Math.sin(Math.PI / 5)));
    return polygon(
      Array.from({ length: 10 }, (_, i) => {
        const r = i % 2 ? outer * k : outer;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        return [r * Math.cos(angle), r * Math.sin(angle)] as [number, number];
      }),
    );
  },
  (a) => {
    const side = Math.sqrt((4 * a) / Math.sqrt(3));
    const height = (Math.sqrt(3) / 2) * side;
    return polygon([[0, (2 * height) / 3], [side / 2, -height / 3], [-side / 2, -height / 3]]);
  },
];
const DASHES = ['', '7 4', '2 3', '9 3 2 3', '4 4', '1 2'];

/** The marker path for series `i` (area in px², default 64). */
export function seriesMarker(i: number, area = 64): string {
  return SYMBOLS[i % SYMBOLS.length]!(area);
}

const defaultFormat = (): OutcomesFormat => ({ percent: (v) => formatPercent(v, 'en-GB', 0), points: (v) => formatPoints(v, 'en-GB', 0) });

/**
 * Which chart form to draw: `view` wins when it names one (`radar`, `bars`); otherwise
 * the `layout` attribute (`radar`, `bars`); otherwise bars on narrow screens (≤ 400 px), radar elsewhere.
 */
export function chooseOutcomesView(view: string | undefined, layout: string | undefined, width: number): OutcomesView {
  if (view === 'radar' || view === 'bars') return view;
  if (layout === 'radar' || layout === 'bars') return layout;
  return width <= 400 ? 'bars' : 'radar';
}

interface SeriesSpec {
  info: SeriesInfo;
  cells: OutcomeCell[];
}

function seriesOf(model: OutcomesModel, by: OutcomesSeriesBy, period: string, group: string): SeriesSpec[] {
  const keys = by === 'group' ? model.groups : model.periods;
  return keys.map((key, index) => ({
    info: { key, label: key, index, marker: seriesMarker(index), dash: DASHES[index % DASHES.length]! },
    cells: model.outcomes.map((o) => (by === 'group' ? outcomeCell(model, o, key, period)! : outcomeCell(model, o, group, key)!)),
  }));
}

function block(text: string, x: number, y: number, maxWidth: number, fontSize: number, lineHeight: number, anchor: TextBlock['anchor']): TextBlock {
  const lines = wrapText(text, maxWidth, fontSize);
  const width = Math.max(0, ...lines.map((l) => textWidth(l, fontSize)));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return {
    anchor,
    lines: lines.map((t, i) => ({ text: t, x, y: y + fontSize * 0.8 + i * lineHeight })),
    box: { x: left, y, width, height: lines.length * lineHeight },
  };
}

/** Legend items laid out in rows across the width, starting at `top`. */
function layoutLegend(series: SeriesInfo[], target: number | undefined, width: number, top: number, fontSize: number, lineHeight: number, fmt: Fmt) {
  const items: LegendItem[] = [];
  const entries: { kind: LegendItem['kind']; series?: number; text: string }[] = series.map((s) => ({ kind: 'series', series: s.index, text: s.label }));
  if (target !== undefined) entries.push({ kind: 'target', text: fmt.w.t('outcomesTarget', { value: fmt.percent(target) }) });
  const sample = 30;
  let x = 0;
  let y = top;
  let rowHeight = 0;
  for (const e of entries) {
    const maxText = Math.max(40, width - sample - 6);
    const lines = wrapText(e.text, maxText, fontSize);
    const textW = Math.max(...lines.map((l) => textWidth(l, fontSize)));
    const itemW = sample + 6 + textW;
    if (x > 0 && x + itemW > width) {
      x = 0;
      y += rowHeight + 4;
      rowHeight = 0;
    }
    const text = block(e.text, x + sample + 6, y, maxText, fontSize, lineHeight, 'start');
    items.push({ kind: e.kind, series: e.series, x: x + sample / 2, y: y + lineHeight / 2, text });
    rowHeight = Math.max(rowHeight, text.box.height);
    x += itemW + 18;
  }
  return { items, bottom: entries.length ? y + rowHeight : top };
}

function changeOf(cell: OutcomeCell, fmt: Fmt): Pick<ValueMark, 'changeText' | 'changeSignificant'> {
  const c = cell.change;
  if (!c || c.status !== 'shown') return {};
  const significant = c.verdict !== 'similar';
  const arrow = c.verdict === 'up' ? '▲ ' : c.verdict === 'down' ? '▼ ' : '';
  return { changeText: `${arrow}${fmt.points(c.difference!)}`, changeSignificant: significant };
}

/**
 * Lays out the outcomes chart: a radar of % agreeing on the outcomes' axes (fixed order, clockwise
 * from the top), or a dot plot per outcome (`view: 'bars'`). Pure: no DOM, only d3-scale and
 * d3-shape. Suppressed and missing results are gaps with words ("fewer than 10 responses"), never 0.
 *
 * @param model the outcomes view model
 * @param size the width available (height is worked out and returned)
 * @param options view, series, period or group, target, font size, formatters
 * @returns geometry for the element to render
 * @example layoutOutcomesRadar(model, { width: 640 }, { view: 'radar', series: 'group' }).axes[0].label.lines[0].text // 'Voice heard'
 */
export function layoutOutcomesRadar(model: OutcomesModel, size: { width: number }, options: OutcomesLayoutOptions): OutcomesLayout {
  const fmt: Fmt = { ...defaultFormat(), ...options.format, w: options.text ?? DEFAULT_WORDING };
  const by = options.series ?? 'group';
  const period = options.period && model.periods.includes(options.period) ? options.period : model.periods[model.periods.length - 1] ?? '';
  const group = options.group && model.groups.includes(options.group) ? options.group : model.groups[0] ?? '';
  const specs = seriesOf(model, by, period, group);
  const width = Math.max(0, Math.floor(size.width));
  const target = options.target !== undefined && Number.isFinite(options.target) && options.target >= 0 && options.target <= 100 ? options.target : undefined;
  return options.view === 'bars'
    ? layoutBars(model, specs, width, by, by === 'group' ? period : group, target, options.fontSize ?? 16, fmt)
    : layoutRadar(model, specs, width, by, by === 'group' ? period : group, target, options.fontSize ?? 16, fmt);
}

function layoutRadar(
  model: OutcomesModel,
  specs: SeriesSpec[],
  width: number,
  by: OutcomesSeriesBy,
  about: string,
  target: number | undefined,
  baseFont: number,
  fmt: Fmt,
): RadarLayout {
  const n = model.outcomes.length;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
  const pad = 4;
  let fontSize = baseFont;
  // room between the outer ring and a label, in step with the text (8 px at 13 px text)
  const labelGap = Math.round(baseFont * 0.6);
  let lineHeight = Math.round(fontSize * 1.25);

  const legend = () => layoutLegend(specs.map((s) => s.info), target, width - 2 * pad, pad, fontSize, lineHeight, fmt);

  // label text per axis: the outcome, then one line per series with a gap there
  const gapLines = (axis: number) =>
    specs.flatMap((s) => (s.cells[axis]!.status === 'shown' ? [] : [{ text: suppressionLabel(s.cells[axis]!, model.minCount, fmt.w), icon: s.info.index }]));

  type Placed = { box: Box; lines: LabelLine[]; anchor: TextBlock['anchor'] };
  const place = (radius: number, cx: number, cy: number, maxSide: number, maxVertical: number): Placed[] =>
    model.outcomes.map((o, i) => {
      const a = angle(i);
      const cos = Math.cos(a);
      const sin = Math.sin(a);
      const vertical = Math.abs(cos) < 0.2;
      const maxW = vertical ? maxVertical : maxSide;
      const title = wrapText(fmt.w.t(`outcome.${o}`), maxW, fontSize).map((t) => ({ text: t, kind: 'title' as const }));
      const gaps = gapLines(i).flatMap((g) =>
        wrapText(g.text, maxW - fontSize - 4, fontSize).map((t, k) => ({ text: t, kind: 'gap' as const, icon: k === 0 ? g.icon : undefined, indent: fontSize + 4 })),
      );
      const all = [...title, ...gaps.map((g) => ({ ...g }))];
      const lineW = (l: (typeof all)[number]) => textWidth(l.text, fontSize) + ('indent' in l ? (l.indent as number) : 0);
      const w = Math.max(...all.map(lineW));
      const h = all.length * lineHeight;
      const ax = cx + (radius + labelGap) * cos;
      const ay = cy + (radius + labelGap) * sin;
      const anchor: TextBlock['anchor'] = vertical ? 'middle' : cos > 0 ? 'start' : 'end';
      const left = anchor === 'start' ? ax : anchor === 'end' ? ax - w : ax - w / 2;
      const top = vertical ? (sin < 0 ? ay - h : ay) : Math.abs(sin) < 0.2 ? ay - h / 2 : sin < 0 ? ay - h + lineHeight * 0.6 : ay - lineHeight * 0.4;
      const lines: LabelLine[] = all.map((l, k) => {
        const indent = 'indent' in l ? (l.indent as number) : 0;
        const y = top + fontSize * 0.85 + k * lineHeight;
        if (l.kind === 'gap') {
          // gap notes read left to right from their series marker, whatever the title's alignment
          const icon = 'icon' in l && l.icon !== undefined ? { icon: l.icon, iconX: left + fontSize / 2 } : {};
          return { text: l.text, x: left + indent, y, kind: l.kind, anchor: 'start' as const, ...icon };
        }
        const lx = anchor === 'start' ? left : anchor === 'end' ? left + w : left + w / 2;
        return { text: l.text, x: lx, y, kind: l.kind };
      });
      return { box: { x: left, y: top, width: w, height: h }, lines, anchor };
    });

  const fits = (placed: Placed[]) =>
    placed.every((p) => p.box.x >= pad - 0.01 && p.box.x + p.box.width <= width - pad + 0.01) &&
    placed.every((p, i) => placed.every((q, j) => j <= i || !boxesOverlap(p.box, q.box, 2)));

  // search: the largest radius (up to a comfortable maximum) whose labels fit, shrinking label
  // widths if needed (never the font: chart text stays at its size)
  let best: { radius: number; placed: Placed[]; legendBottom: number; legendItems: LegendItem[] } | undefined;
  const maxRadius = Math.min(240, Math.max(20, width / 2 - pad - 40));
  search: for (const font of [baseFont]) {
    fontSize = font;
    lineHeight = Math.round(fontSize * 1.25);
    for (const sideShare of [0.3, 0.26, 0.22]) {
      const maxSide = Math.max(60, Math.min(170, width * sideShare));
      const maxVertical = Math.max(80, Math.min(260, width * 0.6));
      for (let r = maxRadius; r >= 24; r -= 2) {
        const placed = place(r, width / 2, 0, maxSide, maxVertical);
        if (fits(placed)) {
          const lg = legend();
          best = { radius: r, placed, legendBottom: lg.bottom, legendItems: lg.items };
          break search;
        }
      }
    }
  }
  if (!best) {
    // nothing fits (a very small width): the smallest radius, labels as narrow as allowed
    const placed = place(24, width / 2, 0, 60, 80);
    const lg = legend();
    best = { radius: 24, placed, legendBottom: lg.bottom, legendItems: lg.items };
  }

  // shift vertically so the highest label sits under the legend
  const top = Math.min(...best.placed.map((p) => p.box.y), -best.radius);
  const dy = best.legendBottom + 12 - top;
  const cx = width / 2;
  const cy = dy;
  const radius = best.radius;
  const axes = model.outcomes.map((o, i) => {
    const p = best!.placed[i]!;
    return {
      outcome: o,
      x: cx + radius * Math.cos(angle(i)),
      y: cy + radius * Math.sin(angle(i)),
      label: { anchor: p.anchor, box: { ...p.box, y: p.box.y + dy }, lines: p.lines.map((l) => ({ ...l, y: l.y + dy })) },
    };
  });
  const r = scaleLinear().domain([0, 100]).range([0, radius]);
  const pointAt = (axis: number, value: number) => ({ x: cx + r(value) * Math.cos(angle(axis)), y: cy + r(value) * Math.sin(angle(axis)) });
  const ringPath = (value: number) =>
    model.outcomes.map((_, i) => pointAt(i, value)).map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(2)},${p.y.toFixed(2)}`).join('') + 'Z';
  // ring values beside the top axis, just outside each ring; where that would touch an outcome's
  // label or another value (rings crowd together on a small radar), just inside the ring; where
  // neither is clear, left out (the values are in the table, and the dot plot has an axis)
  const small = fontSize;
  const taken: Box[] = axes.map((a) => a.label.box);
  const placeBeside = (p: { x: number; y: number }, text: string, side: 'right' | 'left', size: number): { x: number; y: number; text: string } => {
    const w = textWidth(text, size);
    const x = side === 'right' ? p.x + 4 : p.x - 4;
    for (const baseline of [p.y - 3, p.y + size + 2]) {
      const box: Box = { x: side === 'right' ? x : x - w, y: baseline - size, width: w, height: size + 2 };
      if (box.x >= 0 && box.x + box.width <= width && taken.every((t) => !boxesOverlap(box, t, 1))) {
        taken.push(box);
        return { x, y: baseline, text };
      }
    }
    return { x, y: p.y - 3, text: '' };
  };
  const rings = [100, 75, 50, 25]
    .map((value) => ({ value, path: ringPath(value), label: placeBeside(pointAt(0, value), fmt.percent(value), 'right', small) }))
    .reverse();

  const marks: ValueMark[][] = specs.map((s) =>
    s.cells.map((cell, axis) => {
      const base = { series: s.info.index, axis, outcome: cell.outcome, cell };
      if (cell.status !== 'shown') {
        const label = axes[axis]!.label;
        const line = label.lines.find((l) => l.icon === s.info.index) ?? label.lines[0]!;
        return { ...base, x: line.x, y: line.y - fontSize * 0.35, gapText: suppressionLabel(cell, model.minCount) };
      }
      const p = pointAt(axis, cell.percent!);
      const lo = pointAt(axis, cell.lower!);
      const hi = pointAt(axis, cell.upper!);
      return { ...base, ...p, interval: { x1: lo.x, y1: lo.y, x2: hi.x, y2: hi.y }, valueText: fmt.percent(cell.percent!), ...changeOf(cell, fmt) };
    }),
  );

  const fmtPt = (p: { x: number; y: number }) => `${p.x.toFixed(2)},${p.y.toFixed(2)}`;
  const paths = specs.map((s, si) => {
    const shown = s.cells.map((c) => c.status === 'shown');
    if (shown.every(Boolean) && n >= 3) {
      const outer = s.cells.map((c, i) => pointAt(i, c.upper!));
      const inner = s.cells.map((c, i) => pointAt(i, c.lower!)).reverse();
      return {
        line: marks[si]!.map((m, i) => `${i ? 'L' : 'M'}${fmtPt(m)}`).join('') + 'Z',
        band: `M${outer.map(fmtPt).join('L')}ZM${inner.map(fmtPt).join('L')}Z`,
      };
    }
    // open runs of consecutive shown axes, wrapping round; a gap breaks the line
    const runs: number[][] = [];
    const start = shown.indexOf(false);
    if (start >= 0) {
      let run: number[] = [];
      for (let k = 1; k <= n; k++) {
        const i = (start + k) % n;
        if (shown[i]) run.push(i);
        else if (run.length) {
          runs.push(run);
          run = [];
        }
      }
      if (run.length) runs.push(run);
    }
    let line = '';
    let band = '';
    for (const run of runs) {
      if (run.length < 2) continue;
      line += run.map((i, k) => `${k ? 'L' : 'M'}${fmtPt(marks[si]![i]!)}`).join('');
      const up = run.map((i) => pointAt(i, s.cells[i]!.upper!));
      const down = run.map((i) => pointAt(i, s.cells[i]!.lower!)).reverse();
      band += `M${[...up, ...down].map(fmtPt).join('L')}Z`;
    }
    return { line, band };
  });

  const targetRing =
    target === undefined
      ? undefined
      : (() => {
          return { value: target, path: ringPath(target), label: placeBeside(pointAt(0, target), fmt.w.t('outcomesTarget', { value: fmt.percent(target) }), 'left', small) };
        })();

  const bottom = Math.max(cy + radius, ...axes.map((a) => a.label.box.y + a.label.box.height));
  return {
    kind: 'radar',
    width,
    height: Math.ceil(bottom + pad + 4),
    fontSize,
    lineHeight,
    seriesBy: by,
    about,
    series: specs.map((s) => s.info),
    legend: best.legendItems.map((it) => ({ ...it, x: it.x + pad, text: shiftBlock(it.text, pad, 0) })),
    marks,
    notes: [],
    cx,
    cy,
    radius,
    axes,
    rings,
    target: targetRing,
    paths,
  };
}

function shiftBlock(b: TextBlock, dx: number, dy: number): TextBlock {
  return { anchor: b.anchor, box: { ...b.box, x: b.box.x + dx, y: b.box.y + dy }, lines: b.lines.map((l) => ({ ...l, x: l.x + dx, y: l.y + dy })) };
}

function layoutBars(
  model: OutcomesModel,
  specs: SeriesSpec[],
  width: number,
  by: OutcomesSeriesBy,
  about: string,
  target: number | undefined,
  fontSize: number,
  fmt: Fmt,
): BarsLayout {
  const pad = 4;
  const lineHeight = Math.round(fontSize * 1.25);
  const narrow = width <= 400;
  const inner = width - 2 * pad;
  const legend = layoutLegend(specs.map((s) => s.info), target, inner, pad, fontSize, lineHeight, fmt);
  const anyChange = specs.some((s) => s.cells.some((c) => c.change?.status === 'shown'));
  const notes: TextBlock[] = [];
  let y = legend.bottom + 6;
  if (anyChange) {
    const from = specs.flatMap((s) => s.cells).find((c) => c.change?.status === 'shown')!.change!.from;
    const key = by === 'group' ? fmt.w.t('outcomesChangeKey', { from }) : fmt.w.t('outcomesChangeKeyPrevious');
    const b = block(key, pad, y, inner, fontSize, lineHeight, 'start');
    notes.push(b);
    y += b.box.height + 6;
  }
  const labelWidth = narrow ? inner : Math.max(110, Math.min(220, inner * 0.28));
  // room for "100%" and, when there are changes, "▼ −99 pts"
  const valueWidth = Math.ceil(10 + textWidth('100%', fontSize) + (anyChange ? 6 + textWidth(fmt.points(-99).replace(/^/, '▼ '), fontSize) : 0) + 2);
  const plotLeft = narrow ? pad + 6 : pad + labelWidth + 10;
  const plotRight = Math.max(plotLeft + 40, width - pad - valueWidth - 6);
  const x = scaleLinear().domain([0, 100]).range([plotLeft, plotRight]);
  const tickY = y + fontSize;
  // quarters when their labels fit side by side with room between, else halves (a phone)
  const quarters = x(25) - x(0) >= textWidth(fmt.percent(100), fontSize) + 8;
  const ticks = (quarters ? [0, 25, 50, 75, 100] : [0, 50, 100]).map((v) => ({ value: v, pos: x(v), label: fmt.percent(v) }));
  y = tickY + 8;
  const plotTop = y;
  const rowHeight = Math.max(lineHeight + 4, 20);
  const rows: BarsLayout['rows'] = [];
  const marks: ValueMark[][] = specs.map(() => []);
  model.outcomes.forEach((o, axis) => {
    const top = y;
    let label: TextBlock;
    let rowsTop: number;
    if (narrow) {
      label = block(fmt.w.t(`outcome.${o}`), pad, y + 4, inner, fontSize, lineHeight, 'start');
      rowsTop = label.box.y + label.box.height + 2;
    } else {
      label = block(fmt.w.t(`outcome.${o}`), pad, y + 4, labelWidth, fontSize, lineHeight, 'start');
      rowsTop = y + 4;
    }
    specs.forEach((s, si) => {
      const cell = s.cells[axis]!;
      const cy = rowsTop + si * rowHeight + rowHeight / 2;
      const base = { series: s.info.index, axis, outcome: o, cell };
      if (cell.status !== 'shown') {
        // words in the plot (named by series when there is room), never a mark at 0%
        const reason = suppressionLabel(cell, model.minCount, fmt.w);
        const named = fmt.w.t('outcomesGapNamed', { series: s.info.label, reason });
        const room = plotRight - plotLeft - 8;
        marks[si]!.push({ ...base, x: plotLeft + 4, y: cy, gapText: textWidth(named, fontSize) <= room ? named : reason });
        return;
      }
      marks[si]!.push({
        ...base,
        x: x(cell.percent!),
        y: cy,
        interval: { x1: x(cell.lower!), y1: cy, x2: x(cell.upper!), y2: cy },
        valueText: fmt.percent(cell.percent!),
        ...changeOf(cell, fmt),
      });
    });
    const bottom = Math.max(rowsTop + specs.length * rowHeight, label.box.y + label.box.height) + 6;
    rows.push({ outcome: o, label, top, bottom });
    y = bottom;
  });
  const plotBottom = y;
  let height = y + pad;
  let targetLine: BarsLayout['target'];
  if (target !== undefined) {
    targetLine = { value: target, x: x(target), label: { x: x(target), y: plotBottom + fontSize, text: fmt.w.t('outcomesTarget', { value: fmt.percent(target) }) } };
    height += lineHeight;
  }
  const valueX = plotRight + 10;
  return {
    kind: 'bars',
    width,
    height: Math.ceil(height),
    fontSize,
    lineHeight,
    seriesBy: by,
    about,
    series: specs.map((s) => s.info),
    legend: legend.items.map((it) => ({ ...it, x: it.x + pad, text: shiftBlock(it.text, pad, 0) })),
    marks,
    notes,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    ticks,
    valueX,
    changeX: valueX + textWidth('100%', fontSize) + 6,
    rows,
    target: targetLine,
  };
}
