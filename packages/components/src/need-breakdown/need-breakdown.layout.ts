import { scaleLinear } from '@send-insight/core/scale';
import {
  composeNeeds,
  selectNeeds,
  type NeedCell,
  type NeedGroup,
  type NeedRow,
  type NeedSort,
  type NeedsModel,
  type Provision,
  Wording,
} from '@send-insight/data';
import { NEED_BREAKDOWN_TEXT, type NeedBreakdownTextKey } from './need-breakdown.strings.js';

/** The wording the layout writes with (the element passes one with the `strings` overrides). */
export type NeedWording = Wording<NeedBreakdownTextKey>;

const DEFAULT_WORDING: NeedWording = new Wording(NEED_BREAKDOWN_TEXT);

/** What the chart shows: each need's share with England marked, the difference from England, or the make-up of each phase. */
export type NeedMode = 'shares' | 'difference' | 'composition';

/** The modes, for attribute checking. */
export const NEED_MODES: readonly NeedMode[] = ['shares', 'difference', 'composition'];

/** Text formatting the layout uses (the element passes core's en-GB formatters). */
export interface NeedFormat {
  /** 0.363 → "36.3%" (`digits` decimal places, default 1) */
  share: (fraction: number, digits?: number) => string;
  /** 11.7 → "+11.7 pts" (`digits` decimal places, default 1) */
  points: (value: number, digits?: number) => string;
}

export interface NeedLayoutOptions {
  mode?: NeedMode;
  phase?: string;
  provision?: Provision;
  top?: number;
  sort?: NeedSort;
  /** Composition: bars across phases or provisions. Default "phase". */
  by?: 'phase' | 'provision';
  /** Composition: legend keys switched off (the legend is a filter). */
  hidden?: readonly string[];
  /** Font size of the chart's text in px. Default 16 (`--send-font-size-chart`). */
  fontSize?: number;
  format?: Partial<NeedFormat>;
  /** Wording of labels, keys and gaps (see `NEED_BREAKDOWN_STRINGS` and `NEEDS_STRINGS`). */
  text?: NeedWording;
}

/** A box in SVG pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
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

/** One axis tick. */
export interface Tick {
  x: number;
  text: string;
  value: number;
  /** Where the tick's text is centred: `x`, moved in where the text would run off the chart. */
  textX: number;
}

function placeTicks(values: number[], scale: (v: number) => number, label: (v: number) => string, width: number, fontSize: number): Tick[] {
  return values.map((value) => {
    const x = scale(value);
    const text = label(value);
    const half = textWidth(text, fontSize) / 2 + 1;
    return { value, x, text, textX: Math.max(half, Math.min(width - half, x)) };
  });
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
  /** "suppressed", "no comparison" in the plot area when nothing can be drawn. */
  gap?: TextLine;
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
  ticks: Tick[];
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
}

export interface CompositionLayout extends LayoutBase {
  mode: 'composition';
  by: 'phase' | 'provision';
  bars: CompositionBarLayout[];
  legend: LegendEntry[];
}

export type NeedLayout = SharesLayout | DifferenceLayout | CompositionLayout;

const defaultFormat: NeedFormat = {
  share: (f, digits = 1) => `${(f * 100).toFixed(digits)}%`,
  points: (v, digits = 1) => {
    const r = Number(v.toFixed(digits));
    return `${r > 0 ? '+' : r < 0 ? '\u2212' : ''}${Math.abs(r).toFixed(digits)} pts`;
  },
};

/** Whole numbers lose their decimals on axis ticks ("10%", "+2 pts"). */
const tickDigits = (v: number) => (Math.abs(v - Math.round(v)) < 1e-9 ? 0 : 1);

/** Rough text width for a sans-serif face: average advance 0.56 em (0.6 em bold). Used to wrap and to decide whether a label fits. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let w = 0;
  for (const ch of text) {
    if (/[il.,:;'|!\s]/.test(ch)) w += 0.3;
    else if (/[mwMW@%]/.test(ch)) w += 0.85;
    else if (/[A-Z0-9]/.test(ch)) w += 0.65;
    else w += 0.54;
  }
  return w * fontSize * (bold ? 1.07 : 1);
}

/** Wraps text into lines no wider than `max` px, breaking long words where they must. */
export function wrapText(text: string, max: number, fontSize: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const push = (w: string) => {
    // break a word that is longer than a line on its own
    while (textWidth(w, fontSize, bold) > max && w.length > 1) {
      let cut = w.length - 1;
      while (cut > 1 && textWidth(w.slice(0, cut), fontSize, bold) > max) cut--;
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(w.slice(0, cut));
      w = w.slice(cut);
    }
    return w;
  };
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, bold) <= max) line = candidate;
    else {
      if (line) lines.push(line);
      line = '';
      line = push(word);
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** "Primary", "Special schools", "All phases", or a setting label as written. */
export function phaseLabel(phase: string, w: NeedWording = DEFAULT_WORDING): string {
  const p = phase.toLowerCase();
  return p === 'primary' || p === 'secondary' || p === 'special' || p === 'all' ? w.t(`needPhase.${p}`) : phase;
}

/** "SEN support", "EHC plan", "All with SEN". */
export function provisionLabel(provision: Provision, w: NeedWording = DEFAULT_WORDING): string {
  return w.t(`needProvision.${provision === 'sen_support' || provision === 'ehc_plan' ? provision : 'all'}`);
}

/** Words for a cell that cannot be drawn. */
export function gapText(cell: NeedCell | undefined, w: NeedWording = DEFAULT_WORDING): string {
  if (!cell) return w.t('needGapNotInData');
  if (cell.status === 'suppressed') return w.t('needGapSuppressed');
  if (cell.status === 'missing') return cell.missingLabel ?? w.t('needGapNotAvailable');
  return w.t('needGapSmallTotal');
}

/** The composition view keeps at most six needs, one palette colour each (default six). */
export function compositionTop(top: number | undefined): number {
  return Math.max(1, Math.min(6, Math.floor(top ?? 6) || 6));
}

/** Longest plot span in px for the shares and difference views. */
const MAX_PLOT = 720;

const EMPTY_GROUP: NeedGroup = { phase: '', provision: 'all', derived: false, local: { complete: true, suppressed: true }, needs: [] };

/**
 * Lays out `<send-need-breakdown>` for a width: horizontal share bars with England marked, a
 * difference dot plot with 95% intervals and significance shapes, or 100% stacked composition
 * bars. Pure: no DOM; the element renders what it returns.
 *
 * @example layoutNeedBreakdown(model, { width: 640, height: 0 }, { phase: 'primary' }).rows[0].values[0].text // "36.3%"
 */
export function layoutNeedBreakdown(model: NeedsModel, size: { width: number; height?: number }, options: NeedLayoutOptions = {}): NeedLayout {
  const mode = options.mode ?? 'shares';
  const fs = options.fontSize ?? 16;
  const lh = Math.round(fs * 1.3);
  const width = Math.max(0, Math.floor(size.width));
  const format: NeedFormat = { ...defaultFormat, ...options.format };
  const w = options.text ?? DEFAULT_WORDING;
  const stacked = width <= 400;
  const base = { width, fontSize: fs, lineHeight: lh, stacked };
  if (mode === 'composition') return layoutComposition(model, options, base, format, w);
  const selection = selectNeeds(model, { phase: options.phase, provision: options.provision, top: options.top, sort: options.sort ?? (mode === 'difference' ? 'difference' : 'share'), text: w });
  const group = selection?.group ?? EMPTY_GROUP;
  const rows = selection?.rows ?? [];
  const england = !!model.comparator;
  // secondary text (England's figure, ticks, the key) is set apart by colour and weight, not a smaller size
  const small = fs;

  // value column: wide enough for the widest value text
  const valueTexts = rows.map((r) => valueLines(r, mode, format, england, w));
  const valueW = Math.ceil(Math.max(mode === 'difference' ? textWidth(format.points(-99.9), fs, true) : textWidth(format.share(1), fs, true), ...valueTexts.flat().map((t) => textWidth(t.text, t.kind === 'value' ? fs : small, t.kind === 'value')))) + 10;
  const labelW = stacked ? width : Math.round(Math.min(320, Math.max(120, width * 0.34)));
  const plotLeft = stacked ? 4 : labelW + 8;
  // bars no longer than MAX_PLOT px, so the figures stay near the bars on a wide page
  const plotRight = Math.max(plotLeft + 10, Math.min(width - valueW - 6, plotLeft + MAX_PLOT));

  // key above the plot
  const key: KeyItem[] = [];
  let cursorX = 0;
  let keyY = fs;
  const addKey = (kind: KeyItem['kind'], text: string) => {
    const w = 22 + textWidth(text, small) + 16;
    if (cursorX > 0 && cursorX + w > width) {
      cursorX = 0;
      keyY += lh;
    }
    key.push({ kind, x: cursorX, y: keyY - small * 0.35, text: { text, x: cursorX + 22, y: keyY, anchor: 'start', kind: 'secondary' } });
    cursorX += w;
  };
  if (mode === 'shares') {
    addKey('bar', capitalise(model.localLabel));
    if (england) addKey('marker', w.t('needEngland'));
  } else {
    addKey('higher', w.t('needKeyHigher'));
    addKey('lower', w.t('needKeyLower'));
    addKey('similar', w.t('needKeySimilar'));
    addKey('interval', w.t('needKeyInterval'));
  }
  const plotTop = keyY + lh * 0.8;

  // rows
  const barH = Math.max(14, Math.round(fs * 1.3));
  let y = plotTop;
  const laid: NeedRowLayout[] = [];
  const sharesMax = Math.max(0.1, ...rows.flatMap((r) => [r.local.share ?? 0, r.england?.share ?? 0]));
  const x = scaleLinear().domain([0, sharesMax]).nice(5).range([plotLeft, plotRight]);
  const m = Math.max(1, ...rows.flatMap((r) => (r.difference ? [Math.abs(r.difference.lower), Math.abs(r.difference.upper)] : [])));
  const dx = scaleLinear().domain([-m, m]).nice(6).range([plotLeft, plotRight]);
  const scale = mode === 'difference' ? dx : x;
  rows.forEach((row, i) => {
    // wrapped 8% short of the column: the estimate is made for Arial, and DejaVu Sans (Linux's
    // default sans) runs up to 8% wider, which at 16px pushed a right-aligned label past the left edge
    const labelLines = wrapText(row.label, Math.floor((stacked ? width - 4 : labelW) * 0.92), fs);
    const labelH = labelLines.length * lh;
    const values = valueTexts[i]!;
    const valuesH = values.length * lh;
    const top = y;
    let bandTop: number;
    let label: TextLine[];
    if (stacked) {
      label = labelLines.map((text, j) => ({ text, x: 0, y: top + fs + j * lh, anchor: 'start' as const, kind: 'label' as const }));
      bandTop = top + labelH + 2;
    } else {
      label = labelLines.map((text, j) => ({ text, x: labelW, y: top + fs + j * lh, anchor: 'end' as const, kind: 'label' as const }));
      bandTop = top;
    }
    const bandH = Math.max(barH, stacked ? valuesH : Math.max(valuesH, labelH) - 0);
    const mid = bandTop + Math.max(barH, valuesH) / 2;
    const out: NeedRowLayout = {
      key: row.key,
      row,
      top,
      bottom: 0,
      label,
      values: values.map((t, j) => ({ ...t, x: plotRight + 8, y: mid - (values.length * lh) / 2 + fs + j * lh - 2 })),
      focus: { x: plotLeft, y: mid },
    };
    if (mode === 'shares') {
      if (row.local.share !== undefined) {
        const w = Math.max(0, x(row.local.share) - plotLeft);
        out.bar = { x: plotLeft, y: mid - barH / 2, width: w, height: barH };
        out.focus = { x: plotLeft + w, y: mid - barH / 2 };
      }
      if (row.england?.share !== undefined) out.marker = { x: x(row.england.share), y1: mid - barH / 2 - 4, y2: mid + barH / 2 + 4 };
      if (row.local.share === undefined) {
        // the words start after England's marker when the marker would cross them
        const text = gapText(row.local, w);
        const m = out.marker?.x;
        const gx = m !== undefined && m < plotLeft + textWidth(text, small) + 12 ? Math.min(m + 6, plotRight - textWidth(text, small)) : plotLeft + 4;
        out.gap = { text, x: Math.max(plotLeft + 4, gx), y: mid + fs * 0.35, anchor: 'start', kind: 'secondary' };
      }
    } else {
      const d = row.difference;
      if (d) {
        out.dot = { x: dx(d.points), y: mid, shape: d.verdict };
        out.interval = { x1: dx(d.lower), x2: dx(d.upper), y: mid };
        out.focus = { x: dx(d.points), y: mid - 8 };
      } else {
        const why = row.local.share === undefined ? gapText(row.local, w) : england ? w.t('needNoComparison', { gap: gapText(row.england, w) }) : w.t('needNoEngland');
        out.gap = { text: why, x: plotLeft + 4, y: mid + fs * 0.35, anchor: 'start', kind: 'secondary' };
      }
    }
    const bottom = Math.max(stacked ? bandTop + Math.max(barH, valuesH) : top + Math.max(labelH, bandH, valuesH), mid + barH / 2) + Math.round(lh * 0.6);
    out.bottom = bottom;
    laid.push(out);
    y = bottom;
  });
  const plotBottom = y;
  // as many ticks as fit without their labels touching; whole numbers lose their ".0"
  const tickText = (v: number) => (mode === 'difference' ? (v === 0 ? '0' : format.points(v, tickDigits(v))) : format.share(v, tickDigits(v * 100)));
  let ticks: Tick[] = [];
  for (const n of [5, 4, 3, 2, 1]) {
    ticks = placeTicks(scale.ticks(n), scale, tickText, width, small);
    if (ticks.every((t, i) => i === 0 || ticks[i - 1]!.textX + textWidth(ticks[i - 1]!.text, small) / 2 + 8 <= t.textX - textWidth(t.text, small) / 2)) break;
  }
  const height = Math.ceil(plotBottom + lh + 6);
  const common = { ...base, height, plotLeft, plotRight, plotTop, plotBottom, ticks, key, group, rows: laid };
  return mode === 'difference' ? { ...common, mode: 'difference', zeroX: dx(0) } : { ...common, mode: 'shares' };
}

function valueLines(row: NeedRow, mode: NeedMode, format: NeedFormat, england: boolean, w: NeedWording): TextLine[] {
  const t = (text: string, kind: TextLine['kind']): TextLine => ({ text, x: 0, y: 0, anchor: 'start', kind });
  if (mode === 'shares') {
    const out: TextLine[] = [];
    if (row.local.share !== undefined) out.push(t(format.share(row.local.share), 'value'));
    if (england && row.england?.share !== undefined) out.push(t(w.t('needEnglandShare', { share: format.share(row.england.share) }), 'secondary'));
    return out;
  }
  const d = row.difference;
  if (!d) return [];
  return [t(format.points(d.points), 'value'), t(w.t(d.verdict === 'higher' ? 'needFlagHigher' : d.verdict === 'lower' ? 'needFlagLower' : 'needFlagSimilar'), 'flag')];
}

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

function layoutComposition(
  model: NeedsModel,
  options: NeedLayoutOptions,
  base: { width: number; fontSize: number; lineHeight: number; stacked: boolean },
  format: NeedFormat,
  words: NeedWording,
): CompositionLayout {
  const { width, fontSize: fs, lineHeight: lh, stacked } = base;
  const by = options.by ?? 'phase';
  const comp = composeNeeds(model, { by, phase: options.phase, provision: options.provision, top: compositionTop(options.top), text: words });
  const hidden = new Set(options.hidden ?? []);
  const fillOf = (key: string, i: number): SegmentLayout['fill'] => (key === 'OTHER' ? 'other' : key === 'SUPPRESSED' ? 'suppressed' : i % 6);
  const legend: LegendEntry[] = comp.keys.map((k, i) => ({ key: k.key, label: k.label, fill: fillOf(k.key, i), hidden: hidden.has(k.key) }));
  const fills = new Map(legend.map((l) => [l.key, l.fill]));
  const labelW = stacked ? width : Math.round(Math.min(200, Math.max(90, width * 0.2)));
  const plotLeft = stacked ? 0 : labelW + 8;
  const plotRight = Math.max(plotLeft + 10, width - 8);
  const x = scaleLinear().domain([0, 1]).range([plotLeft, plotRight]);
  const plotTop = 4;
  const barH = Math.max(28, Math.round(fs * 2.2));
  const small = fs;
  let y = plotTop;
  const bars: CompositionBarLayout[] = comp.bars.map((bar) => {
    const name = by === 'phase' ? phaseLabel(bar.key, words) : provisionLabel(bar.key as Provision, words);
    const labelLines = wrapText(bar.partial ? `${name} *` : name, stacked ? width : labelW, fs, true);
    const top = y;
    const label = labelLines.map((text, j) => ({ text, x: stacked ? 0 : labelW, y: top + fs + j * lh, anchor: stacked ? ('start' as const) : ('end' as const), kind: 'label' as const }));
    const barTop = stacked ? top + labelLines.length * lh + 2 : top;
    let cursor = 0;
    const segments: SegmentLayout[] = [];
    const notDrawn: string[] = [];
    for (const s of bar.segments) {
      if (s.status !== 'shown' || s.share === undefined) {
        if (!hidden.has(s.key)) notDrawn.push(words.t('needNotDrawn', { need: s.key, reason: words.t(s.status === 'suppressed' ? 'needGapSuppressed' : 'needGapNotAvailable') }));
        continue;
      }
      if (hidden.has(s.key)) continue;
      const x0 = x(cursor);
      const x1 = x(cursor + s.share);
      cursor += s.share;
      const w = x1 - x0;
      const code = s.key === 'OTHER' ? words.t('needCodeOther') : s.key === 'SUPPRESSED' ? words.t('needCodeSuppressed') : s.key;
      const full = `${code} ${format.share(s.share)}`;
      const fits = (t: string) => textWidth(t, small, true) + 8 <= w;
      const text = fits(full) ? full : fits(code) ? code : undefined;
      segments.push({
        key: s.key,
        label: s.label,
        box: { x: x0, y: barTop, width: w, height: barH },
        fill: fills.get(s.key) ?? 'other',
        share: s.share,
        count: s.count ?? 0,
        ...(text ? { text: { text, x: x0 + w / 2, y: barTop + barH / 2 + small * 0.35, anchor: 'middle' as const, kind: 'value' as const } } : {}),
      });
    }
    let bottom = Math.max(barTop + barH, top + labelLines.length * lh);
    let gap: TextLine | undefined;
    if (bar.suppressed) {
      gap = { text: words.t('needBarSuppressed'), x: plotLeft + 4, y: barTop + barH / 2 + small * 0.35, anchor: 'start', kind: 'secondary' };
    } else if (notDrawn.length) {
      const gapLines = wrapText(notDrawn.join(words.template('listSeparator')), plotRight - plotLeft, small);
      gap = { text: gapLines.join(' '), x: plotLeft, y: bottom + small + 2, anchor: 'start', kind: 'secondary' };
      if (gapLines.length > 1) gap.text = words.plural('needNotDrawnCount', notDrawn.length);
      bottom += lh;
    }
    y = bottom + Math.round(lh * 0.8);
    return { key: bar.key, group: bar.group, top, bottom, label, segments, ...(gap ? { gap } : {}), partial: bar.partial };
  });
  const plotBottom = y;
  const ticks = placeTicks([0, 0.25, 0.5, 0.75, 1], x, (v) => format.share(v, tickDigits(v * 100)), width, small);
  return { ...base, mode: 'composition', by, height: Math.ceil(plotBottom + lh + 6), plotLeft, plotRight, plotTop, plotBottom, ticks, key: [], bars, legend };
}
