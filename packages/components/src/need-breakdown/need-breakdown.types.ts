import type { Box, PlacedTick } from '@send-insight/core/layout';
import type { NeedGroup, NeedRow } from '@send-insight/data';
import type { NeedFormat, NeedWording } from './need-breakdown.words.js';

/** How a need layout is drawn: the font size, and the formats and wording of its text (the view's). */
export interface NeedLayoutOptions {
  /** Font size of the chart's text in px. Default 16 (`--send-font-size-chart`). */
  fontSize?: number;
  format: NeedFormat;
  /** Wording of labels, keys and gaps (see `NEED_BREAKDOWN_STRINGS` and `NEEDS_STRINGS`). */
  text: NeedWording;
}

/** A line of text in SVG pixels. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** `value` (bold), `secondary` (smaller, grey), `label`, `flag` (significance) */
  kind: 'label' | 'value' | 'secondary' | 'flag';
}

/** Words written where a mark cannot be drawn: the whole text, and its lines as wrapped to the plot. */
export interface GapText extends TextLine {
  lines: string[];
}

/** A tick and its gridline, drawn in `pieces` (from y, to y) that cross no text. */
export interface GridTick extends PlacedTick {
  pieces: [number, number][];
}

/** The key drawn above the plot. */
export interface KeyItem {
  kind: 'bar' | 'marker' | 'higher' | 'lower' | 'similar' | 'interval';
  x: number;
  y: number;
  text: TextLine;
}

/** Significance shape: ▲ significantly higher, ▼ significantly lower, ○ similar. */
export type FlagShape = 'higher' | 'lower' | 'similar';

/** One need row in the shares or difference view. */
export interface NeedRowLayout {
  key: string;
  row: NeedRow;
  /** Top and bottom of the row band. */
  top: number;
  bottom: number;
  label: TextLine[];
  /** Shares: the local bar. */
  bar?: Box;
  /** Shares: England's share, a vertical tick across the bar. */
  marker?: { x: number; y1: number; y2: number };
  /** Difference: the point and its 95% interval. */
  dot?: { x: number; y: number; shape: FlagShape };
  interval?: { x1: number; x2: number; y: number };
  /** Value text right of the plot ("36.3%", "England 35.4%" / "+11.7 pts", "Higher"). */
  values: TextLine[];
  /** "suppressed", "no comparison" in the plot area when nothing can be drawn: `text` whole, `lines` as it wraps (one line-height apart). */
  gap?: GapText;
  /** Where the tooltip points. */
  focus: { x: number; y: number };
}

/** One segment of a composition bar. */
export interface SegmentLayout {
  key: string;
  label: string;
  box: Box;
  /** Palette slot: 0–5 for needs, or `other` / `suppressed`. */
  fill: number | 'other' | 'suppressed';
  share: number;
  count: number;
  /** Direct label when it fits. */
  text?: TextLine;
}

/** One 100% bar in the composition view. */
export interface CompositionBarLayout {
  key: string;
  group: NeedGroup;
  top: number;
  bottom: number;
  label: TextLine[];
  segments: SegmentLayout[];
  /** Hidden or suppressed needs in this bar, named in words under the bar when any. */
  gap?: TextLine;
  partial: boolean;
}

/** A legend entry of the composition view (rendered as a toggle button). */
export interface LegendEntry {
  key: string;
  label: string;
  fill: number | 'other' | 'suppressed';
  hidden: boolean;
}

interface LayoutBase {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  ticks: GridTick[];
  key: KeyItem[];
  /** Whether labels sit above the bars (narrow widths). */
  stacked: boolean;
}

export interface SharesLayout extends LayoutBase {
  mode: 'shares';
  group: NeedGroup;
  rows: NeedRowLayout[];
}

export interface DifferenceLayout extends LayoutBase {
  mode: 'difference';
  group: NeedGroup;
  rows: NeedRowLayout[];
  /** x of zero difference. */
  zeroX: number;
  /** The zero line's pieces (from y, to y) that cross no text. */
  zeroPieces: [number, number][];
}

export interface CompositionLayout extends LayoutBase {
  mode: 'composition';
  by: 'phase' | 'provision';
  bars: CompositionBarLayout[];
  legend: LegendEntry[];
  /** Columns of the legend's grid: as many as fit, then evened out, so its rows hold the same number of entries (the last one fewer at most). */
  legendColumns: number;
}

export type NeedLayout = SharesLayout | DifferenceLayout | CompositionLayout;
