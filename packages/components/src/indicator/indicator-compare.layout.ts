import { textWidth, wrapText } from '@send-insight/core/layout';
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
  /** The value axis's ticks; a label that would run off an edge is anchored inside it. */
  ticks: { x: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
  axisY: number;
  plotBottom: number;
  england?: { x: number; label: PlacedText };
  /** Thin bars: the authorities with no figure shown, counted in one line where their rows are. */
  hidden?: PlacedText;
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
): NonNullable<CompareLayout['england']> {
  const half = textWidth(text, fontSize) / 2;
  const anchor = x - half < 0 ? 'start' : x + half > width ? 'end' : 'middle';
  return { x, label: { x, y, text, anchor } };
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
    compact || !wide ? 0 : Math.min(width * 0.38, Math.max(...authorities.map((a) => textWidth(a.name, fontSize))) + 8);
  const plotX = labelWidth;
  const areaLabel = compact
    ? (authorities.find((a) => a.code === model.area.code)?.name.length ?? 0) * fontSize * 0.58 + valueWidth + 10
    : 0;
  const plotWidth = Math.max(40, width - plotX - Math.max(valueWidth, areaLabel));
  x.range([plotX, plotX + plotWidth]);
  const axisY = (sentence.at(-1)?.y ?? 0) + (england ? 40 : 26);
  const rowHeight = compact ? 5 : wide ? 24 : 40;
  const barHeight = compact ? 4 : wide ? 16 : 14;
  const top = axisY + 8;
  const rows: CompareRow[] = authorities.map((a, i) => {
    const rowTop = top + i * rowHeight;
    const isArea = a.code === model.area.code;
    const barY = compact ? rowTop : wide ? rowTop + (rowHeight - barHeight) / 2 : rowTop + 20;
    const row: CompareRow = { authority: a, area: isArea, y: barY + barHeight / 2 };
    if (!compact)
      row.label = wide
        ? { x: plotX - 8, y: barY + barHeight / 2 + fontSize * 0.35, text: a.name, anchor: 'end' }
        : { x: 0, y: rowTop + fontSize + 2, text: a.name, anchor: 'start' };
    if (a.point.status === 'shown') {
      const end = x(a.point.value!);
      row.bar = { x: plotX, y: barY, width: Math.max(1, end - plotX), height: barHeight };
      const text = fmt(a.point.value!);
      if (!compact || isArea)
        row.value = {
          x: end + 4,
          y: barY + barHeight / 2 + fontSize * 0.35,
          text: compact ? `${a.name} ${text}` : text,
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
  const hiddenCount = rows.length - Math.max(0, firstHidden);
  const hidden =
    compact && firstHidden >= 0
      ? {
          x: plotX + 4,
          y: Math.min(rows[firstHidden]!.y + fontSize, plotBottom + fontSize),
          text: w.plural('indicatorHiddenRows', hiddenCount),
          anchor: 'start' as const,
        }
      : undefined;
  const ticks = x.ticks(wide ? 5 : 3).map((t) => {
    const text = model.unit === 'percent' ? w.format.percent(t, 0) : w.format.number(t, 0);
    // 15% over the estimate, so a wide glyph (%) cannot reach past the chart's edge
    const half = (textWidth(text, fontSize) * 1.15) / 2;
    const at = x(t);
    return {
      x: at,
      text,
      anchor: at - half < 0 ? ('start' as const) : at + half > width ? ('end' as const) : ('middle' as const),
    };
  });
  const notes = model.unit === 'count' ? [w.t('indicatorNoteCounts')] : [];
  return {
    kind: 'compare',
    width,
    height: Math.max(plotBottom, hidden ? hidden.y + 4 : 0) + 8,
    scope,
    compact,
    sentence,
    rows,
    ticks,
    axisY,
    plotBottom,
    ...(hidden ? { hidden } : {}),
    ...(england
      ? {
          england: englandLine(
            x(england.value!),
            `${england.name} ${fmt(england.value!)}`,
            axisY - 20,
            width,
            fontSize,
          ),
        }
      : {}),
    notes,
    fontSize,
  };
}
