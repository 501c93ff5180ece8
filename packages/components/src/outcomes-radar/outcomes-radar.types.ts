/**
 * The types of the outcomes chart's layout, shared by the layout and its parts (radar, dot plot,
 * legend, rings, series), kept apart so that the parts import no file that imports them.
 */
import type { Box, PlacedTick } from '@send-insight/core/layout';
import type { OutcomeCell, OutcomeCode, OutcomesModel, Wording } from '@send-insight/data';
import type { OutcomesRadarTextKey } from './outcomes-radar.strings.js';

/** The wording the layout writes with (the view makes it from the element's `strings`, locale and formatters). */
export type OutcomesWording = Wording<OutcomesRadarTextKey>;

/** Which chart form to draw. */
export type OutcomesView = 'radar' | 'bars';
/** What one series is: a group (in one period) or a period (for one group). */
export type OutcomesSeriesBy = 'group' | 'period';

/** Text formatting the layout uses (the view makes it from the wording's locale). */
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
  format: OutcomesFormat;
  /** Wording of outcome names, gaps, the target and the keys (`OUTCOMES_RADAR_STRINGS`, `OUTCOMES_STRINGS`). */
  text: OutcomesWording;
}

/** Formatters with the wording, as the layout passes them around. */
export type OutcomesFmt = OutcomesFormat & { w: OutcomesWording };

/** What both chart forms are laid out from, resolved once by {@link layoutOutcomesRadar}. */
export interface OutcomesLayoutInput {
  model: OutcomesModel;
  /** The series drawn, each with its cells in the model's outcome order. */
  specs: SeriesSpec[];
  /** Whole px. */
  width: number;
  by: OutcomesSeriesBy;
  /** The period (series by group) or group (series by period) drawn. */
  about: string;
  /** A target % (0–100), when one is drawn. */
  target?: number;
  fontSize: number;
  fmt: OutcomesFmt;
}

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
  /** Marker path centred on 0,0. */
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
  /** Radar: a value with no shown neighbour, so on no line or band; its interval is drawn as a line. */
  alone?: boolean;
  /** "62%" (shown cells). */
  valueText?: string;
  /** "▲ +12 pts" / "+2 pts" (shown cells with a change). */
  changeText?: string;
  /** Whether the change is significant (then `changeText` starts with ▲ or ▼). */
  changeSignificant?: boolean;
  /** "fewer than 10 responses" (cells not shown). */
  gapText?: string;
}

/** An entry of the legend: a series (its line and marker), the target, or the interval band. */
export interface LegendItem {
  kind: 'series' | 'target' | 'band';
  series?: number;
  /** Where the marker/line sample sits. */
  x: number;
  y: number;
  text: TextBlock;
}

/** A value written on a ring or line: where its text sits and the box it takes. */
export interface PlacedValue {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** The text's box; width 0 when the value is left out (nowhere clear to write it). */
  box: Box;
}

export interface LayoutBase {
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
  /**
   * Per outcome: its spoke's end and the label there: the outcome's name, with a note per series
   * whose result is not shown; or, where the names would leave the radar under its smallest
   * radius, the spoke's number, with `key` under the radar holding the number, the name and the notes.
   */
  axes: { outcome: OutcomeCode; x: number; y: number; label: TextBlock; key?: TextBlock }[];
  /** The rings at 25, 50, 75 and 100%, each with its value written where no mark, line or label is. */
  rings: { value: number; path: string; label: PlacedValue }[];
  target?: { value: number; path: string; label: PlacedValue };
  /** Per series: the line (open runs where there are gaps, closed when complete) and the interval band. */
  paths: { line: string; band: string }[];
  /**
   * Which interval bands are drawn: `all` when there is one series; with more, `focus`: only the
   * band of the series whose point has the keyboard focus or the pointer (three translucent bands
   * over each other muddy every shape), its key in the legend drawn only while it is.
   */
  bands: 'all' | 'focus';
}

export interface BarsLayout extends LayoutBase {
  kind: 'bars';
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  ticks: PlacedTick[];
  /** Each tick's gridline as the pieces (y1, y2) that cross no text. */
  grid: [number, number][][];
  /** Where the value ("62%") and the change ("▲ +12 pts") are written on each row. */
  valueX: number;
  changeX: number;
  rows: { outcome: OutcomeCode; label: TextBlock; top: number; bottom: number }[];
  /** The target line: its pieces (y1, y2) that cross no text, and its label under the plot. */
  target?: { value: number; x: number; pieces: [number, number][]; label: { x: number; y: number; text: string } };
}

export type OutcomesLayout = RadarLayout | BarsLayout;

/** One series of the chart: how it is drawn, and its cell on each outcome (in the model's order). */
export interface SeriesSpec {
  info: SeriesInfo;
  cells: OutcomeCell[];
}
