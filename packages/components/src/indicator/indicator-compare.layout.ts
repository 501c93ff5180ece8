import { clipText, fitTicks, textWidth, verticalLineAround, wrapText, type Box } from '@send-insight/core/layout';
import { scaleLinear } from '@send-insight/core/scale';
import {
  gapReason,
  indicatorValue,
  rankSentence,
  type IndicatorAuthority,
  type IndicatorModel,
} from '@send-insight/data';
import type { IndicatorFormsWording } from './indicator-forms.strings.js';
import type { PlacedText } from './indicator-trend.layout.js';

/** Which authorities the comparison shows. */
export type CompareScope = 'region' | 'all' | 'neighbours';

/** One authority's row. */
export interface CompareRow {
  authority: IndicatorAuthority;
  /** Whether it is the area the element shows. */
  area: boolean;
  /** The middle of the row (keyboard and tooltip). */
  y: number;
  label?: PlacedText;
  bar?: { x: number; y: number; width: number; height: number };
  value?: PlacedText;
  /** Why a hidden figure is hidden, in place of its bar. */
  gap?: PlacedText;
}

export interface CompareLayout {
  kind: 'compare';
  width: number;
  height: number;
  scope: CompareScope;
  /** More rows than fit a label each: thin bars, only the area labelled. */
  compact: boolean;
  /** The rank sentence (or why there is none), wrapped. */
  sentence: PlacedText[];
  rows: CompareRow[];
  /**
   * The value axis's ticks: the grid line's `x` and the pieces of it drawn (none through a text),
   * and the label centred at `labelX` (moved in where it would run off an edge).
   */
  ticks: { x: number; labelX: number; text: string; pieces: [number, number][] }[];
  axisY: number;
  plotBottom: number;
  /** Where the grid and England's line end: the plot's foot, or above the hidden rows when the bars are thin (the note about them stands there). */
  linesBottom: number;
  /** England's dashed line at `x`, drawn only in its `pieces` (none through a text), and its label over the axis. */
  england?: { x: number; label: PlacedText; pieces: [number, number][] };
  /** Thin bars: the authorities with no figure shown, counted where their rows are (wrapped to the chart). */
  hidden?: PlacedText[];
  notes: string[];
  fontSize: number;
}

/** England's line and its label, centred over it unless that would run off either edge. */
function englandLine(
  x: number,
  text: string,
  y: number,
  width: number,
  fontSize: number,
): Omit<NonNullable<CompareLayout['england']>, 'pieces'> {
  const half = textWidth(text, fontSize) / 2;
  const anchor = x - half < 0 ? 'start' : x + half > width ? 'end' : 'middle';
  return { x, label: { x, y, text, anchor } };
}

/**
 * The box a placed text takes (bold for the area's; italic, a little wider, for a gap's reason),
 * from its cap height to below its descenders.
 */
function textBox(t: PlacedText, fontSize: number, bold: boolean, over = 1): Box {
  const width = textWidth(t.text, fontSize, bold) * over;
  const x = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - width : t.x - width / 2;
  return { x, y: t.y - fontSize * 0.8, width, height: fontSize * 1.05 };
}

/** The authorities in a scope, best first (by `better`; largest first without one), hidden ones last by name. */
export function compareAuthorities(model: IndicatorModel, scope: CompareScope): IndicatorAuthority[] {
  const codes = new Set(model.series.filter((s) => s.role === 'neighbour' || s.role === 'area').map((s) => s.code));
  const picked = model.authorities.filter((a) =>
    scope === 'all'
      ? true
      : scope === 'neighbours'
        ? codes.has(a.code)
        : a.region === model.area.region || a.code === model.area.code,
  );
  const sign = model.better === 'lower' ? 1 : -1;
  return picked.sort((a, b) => {
    const va = a.point.status === 'shown' ? a.point.value! : undefined;
    const vb = b.point.status === 'shown' ? b.point.value! : undefined;
    if (va === undefined || vb === undefined)
      return va === vb ? a.name.localeCompare(b.name, 'en-GB') : va === undefined ? 1 : -1;
    return (va - vb) * sign || a.name.localeCompare(b.name, 'en-GB');
  });
}

/**
 * Lays out the comparison: a horizontal bar per authority of the scope, sorted best first, the
 * area highlighted, England's figure as a dashed line (percentages only: England's count is no
 * yardstick for one authority's), hidden figures last with their reason in place of a bar, and the
 * rank sentence above. Labels sit left of the bars, or above them when narrow; past 40 rows the
 * bars are thin and only the area is labelled (the keyboard and the table reach every one).
 */
export function layoutCompare(
  model: IndicatorModel,
  scope: CompareScope,
  width: number,
  w: IndicatorFormsWording,
): CompareLayout {
  const fontSize = 16;
  const authorities = compareAuthorities(model, scope);
  const fmt = (v: number) => indicatorValue(model.unit, v, w);
  const rank = rankSentence(model, w);
  const sentence = wrapText(rank || (authorities.length > 1 ? '' : w.t('indicatorNoAuthorities')), width, fontSize).map(
    (text, i) => ({ x: 0, y: fontSize + i * (fontSize + 5), text, anchor: 'start' as const }),
  );
  const england =
    model.unit === 'percent'
      ? model.comparisons.find((c) => c.role === 'england' && c.status === 'shown' && c.period === model.period)
      : undefined;
  const compact = authorities.length > 40;
  const wide = width >= 480;
  const values = authorities.flatMap((a) => (a.point.status === 'shown' ? [a.point.value!] : []));
  const hi = Math.max(1, ...values, england?.value ?? 0);
  const x = scaleLinear()
    .domain([0, model.unit === 'percent' ? Math.min(100, hi) : hi])
    .nice(4);
  const valueWidth = Math.max(0, ...values.map((v) => textWidth(fmt(v), fontSize) * 1.1)) + 10;
  const labelWidth =
    compact || !wide
      ? 0
      : Math.min(width * 0.38, Math.max(...authorities.map((a) => textWidth(clipText(a.name), fontSize))) + 8);
  const plotX = labelWidth;
  // thin bars label only the area, past its bar: on one line where the chart is wide, else its name
  // over its value, so a narrow chart keeps most of its width for the bars
  const stackArea = compact && !wide;
  const rowHeight = compact ? 5 : wide ? 24 : 40;
  const barHeight = compact ? 4 : wide ? 16 : 14;
  // thin bars: no column is kept for the area's label; the bars take the width, short of what lets the
  // label stand past the longest bar beside it (its rows within the label's height)
  let plotWidth = Math.max(40, width - plotX - valueWidth);
  let most = 0;
  const at = authorities.findIndex((a) => a.code === model.area.code);
  const area = authorities[at];
  if (compact && area?.point.status === 'shown') {
    const text = fmt(area.point.value!);
    const name = clipText(area.name);
    const label = stackArea
      ? Math.max(textWidth(name, fontSize, true), textWidth(text, fontSize, true))
      : textWidth(`${name} ${text}`, fontSize, true);
    const reach = Math.ceil(stackArea ? 27 / rowHeight : 14 / rowHeight);
    const beside = authorities.slice(Math.max(0, at - reach), at + reach + 1);
    most = Math.max(...beside.map((a) => (a.point.status === 'shown' ? a.point.value! : 0)));
    plotWidth = Math.max(40, Math.min(width - plotX - 8, (width - plotX - label - 6) / (most / x.domain()[1]!)));
  }
  x.range([plotX, plotX + plotWidth]);
  const axisY = (sentence.at(-1)?.y ?? 0) + (england ? 40 : 26);
  const top = axisY + 8;
  const rows: CompareRow[] = authorities.map((a, i) => {
    const rowTop = top + i * rowHeight;
    const isArea = a.code === model.area.code;
    // names drawn beside marks are cut at MAX_TEXT, as every chart's labels (the table keeps them whole)
    const name = clipText(a.name);
    const barY = compact ? rowTop : wide ? rowTop + (rowHeight - barHeight) / 2 : rowTop + 20;
    const row: CompareRow = { authority: a, area: isArea, y: barY + barHeight / 2 };
    if (!compact)
      row.label = wide
        ? { x: plotX - 8, y: barY + barHeight / 2 + fontSize * 0.35, text: name, anchor: 'end' }
        : { x: 0, y: rowTop + fontSize + 2, text: name, anchor: 'start' };
    if (a.point.status === 'shown') {
      const end = x(a.point.value!);
      row.bar = { x: plotX, y: barY, width: Math.max(1, end - plotX), height: barHeight };
      const text = fmt(a.point.value!);
      const past = (isArea ? Math.max(end, x(most)) : end) + 4;
      if (stackArea && isArea) {
        row.label = { x: past, y: barY + barHeight / 2 - 3, text: name, anchor: 'start' };
        row.value = { x: past, y: barY + barHeight / 2 + fontSize - 1, text, anchor: 'start' };
      } else if (!compact || isArea)
        row.value = {
          x: past,
          y: barY + barHeight / 2 + fontSize * 0.35,
          text: compact ? `${name} ${text}` : text,
          anchor: 'start',
        };
    } else if (!compact) {
      row.gap = {
        x: plotX + 4,
        y: barY + barHeight / 2 + fontSize * 0.35,
        text: gapReason(a.point, model.minCount, w),
        anchor: 'start',
      };
    }
    return row;
  });
  const plotBottom = top + authorities.length * rowHeight;
  const firstHidden = rows.findIndex((r) => !r.bar);
  // the lowest line of the area's label (its value, under its name when stacked)
  const areaBottom = rows.find((r) => r.area)?.value?.y ?? -Infinity;
  const hiddenCount = rows.length - Math.max(0, firstHidden);
  const hidden =
    compact && firstHidden >= 0
      ? wrapText(w.plural('indicatorHiddenRows', hiddenCount), width - plotX - 8, fontSize).map((text, i) => ({
          x: plotX + 4,
          y:
            Math.max(Math.min(rows[firstHidden]!.y + fontSize, plotBottom + fontSize), areaBottom + fontSize + 4) +
            i * (fontSize + 4),
          text,
          anchor: 'start' as const,
        }))
      : undefined;
  // every text a line could run through; the lines stop 3 px short of each
  const texts = [
    ...rows.flatMap((r) => [
      ...(r.label ? [textBox(r.label, fontSize, r.area)] : []),
      ...(r.value ? [textBox(r.value, fontSize, r.area)] : []),
      ...(r.gap ? [textBox(r.gap, fontSize, false, 1.05)] : []),
    ]),
    ...(hidden ?? []).map((t) => textBox(t, fontSize, false)),
  ];
  const linesBottom = hidden ? rows[firstHidden]!.y - barHeight : plotBottom;
  const around = (at: number, from: number) => verticalLineAround(at, from, linesBottom, texts, 3);
  // labels measured 15% wide, so a wide glyph (%) cannot reach past the chart's edge; fewer ticks asked for when narrow
  const fitted = fitTicks(
    x,
    (t) => (model.unit === 'percent' ? w.format.percent(t, 0) : w.format.number(t, 0)),
    width,
    fontSize,
    { most: wide ? 5 : 3, widen: 1.15 },
  );
  const ticks = fitted.map((t) => ({ x: t.pos, labelX: t.labelPos, text: t.label, pieces: around(t.pos, axisY) }));
  // England's line starts over the axis, so it must also stop short of the tick labels
  const tickBoxes = ticks.map((t) =>
    textBox({ x: t.labelX, y: axisY - 4, text: t.text, anchor: 'middle' }, fontSize, false, 1.15),
  );
  const notes = model.unit === 'count' ? [w.t('indicatorNoteCounts')] : [];
  return {
    kind: 'compare',
    width,
    // past the last bar shown: the hidden rows' slots are counted by the note, not left blank
    height: Math.max(hidden ? linesBottom : plotBottom, areaBottom + 4, hidden ? hidden.at(-1)!.y + 4 : 0) + 8,
    scope,
    compact,
    sentence,
    rows,
    ticks,
    axisY,
    plotBottom,
    linesBottom,
    ...(hidden ? { hidden } : {}),
    ...(england
      ? {
          england: {
            ...englandLine(
              x(england.value!),
              `${clipText(england.name)} ${fmt(england.value!)}`,
              axisY - 20,
              width,
              fontSize,
            ),
            pieces: verticalLineAround(x(england.value!), axisY - 14, linesBottom, [...texts, ...tickBoxes], 3),
          },
        }
      : {}),
    notes,
    fontSize,
  };
}
