import {
  changeSentence,
  comparisonSentence,
  countsText,
  currentPoint,
  gapReason,
  indicatorValue,
  rankSentence,
  sinceSentence,
  targetSentence,
  type ChangeVerdict,
  type IndicatorModel,
} from '@send-insight/data';
import { textWidth, wrapText } from '@send-insight/core/layout';
import { scaleLinear } from '@send-insight/core/scale';
import type { PlacedText } from './indicator-trend.layout.js';
import type { IndicatorViewWording } from './indicator.strings.js';

/** A line of the tile under its figure. */
export interface TileLine {
  kind: 'change' | 'comparison' | 'since' | 'target' | 'rank' | 'local' | 'gaps';
  text: string;
  /** The change's verdict, shown as a worded tag (never colour alone). */
  verdict?: ChangeVerdict;
  /** The tag's word: "Worsened", "No real change"… */
  tag?: string;
}

export interface TileLayout {
  kind: 'tile';
  width: number;
  /** Height of the figure (label, value, sparkline); the lines follow as text. */
  height: number;
  /** The measure and the area, wrapped. */
  label: PlacedText[];
  /** The "Local data" badge, when the figures are not published statistics. */
  badge?: { x: number; y: number; width: number; text: string };
  /** The figure, large; or, when hidden, why (wrapped). */
  value: { lines: PlacedText[]; hidden: boolean };
  /** The period and, for a percentage with counts, "90 of 350". */
  sub: PlacedText;
  spark: {
    paths: string[];
    marks: ({ x: number; y: number } | undefined)[];
    /** Breaks for periods not shown: a faint rule, never a point at 0. */
    gaps: number[];
    top: number;
    bottom: number;
    /** The first and last period, under the line. */
    ends: PlacedText[];
    /** Where each period is (a gap at mid-height), for the keyboard and the tooltip. */
    at: { x: number; y: number }[];
  };
  lines: TileLine[];
}

const TAGS: Readonly<Record<ChangeVerdict, string>> = {
  improved: 'indicatorTagImproved',
  worsened: 'indicatorTagWorsened',
  'no-real-change': 'indicatorTagNone',
  up: 'indicatorTagUp',
  down: 'indicatorTagDown',
  unchanged: 'indicatorTagSame',
};

/** The measure's label for a heading: a trailing "(%)" goes, the value shows its unit. */
export const measureLabel = (model: IndicatorModel): string => model.label.replace(/\s*\(%\)\s*$/, '');

/**
 * Lays out the tile as a GOV.UK or ONS analyst would write it: the measure and the area, then the
 * latest figure large with its period (and counts), a sparkline of the series with breaks for
 * periods not shown, then in words the change (with a worded tag by `better`, as strong as its
 * test), England and the region, the change since the index base (counts), the target and the
 * rank. Side by side from 520 px, stacked below.
 */
export function layoutTile(model: IndicatorModel, width: number, local: boolean, w: IndicatorViewWording): TileLayout {
  const now = currentPoint(model);
  const shown = now?.status === 'shown';
  // the label and the badge are bold (indicator.styles.ts): measured bold, so they keep inside the tile and the box
  const label = wrapText(w.t('indicatorNameFor', { label: measureLabel(model), area: model.area.name }), width, 16, {
    bold: true,
  }).map((text, i) => ({ x: 0, y: 16 + i * 21, text, anchor: 'start' as const }));
  let y = label.at(-1)!.y;
  let badge: TileLayout['badge'];
  if (local) {
    const text = w.t('indicatorLocalBadge');
    badge = { x: 0, y: y + 10, width: textWidth(text, 16, true) + 12, text };
    y += 30;
  }
  const side = width >= 520;
  const valueText = shown
    ? indicatorValue(model.unit, now.value!, w)
    : now
      ? gapReason(now, model.minCount, w)
      : w.t('indicatorNoData');
  const valueSize = shown ? 40 : 16;
  const left = side ? Math.max(200, Math.min(width / 2, textWidth(valueText, valueSize) + 24)) : 0;
  const valueLines = wrapText(valueText, (side ? left : width) - 8, valueSize).map((text, i) => ({
    x: 0,
    y: y + 12 + valueSize * 0.9 + i * (valueSize + 4),
    text,
    anchor: 'start' as const,
  }));
  const value = { lines: valueLines, hidden: !shown };
  const subText = [model.period ?? '', shown && now.numerator !== undefined ? countsText(now, w) : '']
    .filter(Boolean)
    .join(' · ');
  const sub = { x: 0, y: valueLines.at(-1)!.y + 22, text: subText, anchor: 'start' as const };
  const top = side ? y + 16 : sub.y + 16;
  const bottom = top + 44;
  const x0 = left + 6;
  const x1 = side ? Math.min(width, left + 360) - 6 : width - 6;
  // the sparkline spans the area's own periods (a comparator's other periods are not its gaps)
  const all = model.series[0]!.points;
  const first = all.findIndex((p) => p.reason !== 'no-data');
  const last = all.length - 1 - [...all].reverse().findIndex((p) => p.reason !== 'no-data');
  const points = first < 0 ? [] : all.slice(first, last + 1);
  const values = points.flatMap((p) => (p.status === 'shown' ? [p.value!] : []));
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const step = points.length > 1 ? (x1 - x0) / (points.length - 1) : 0;
  const xAt = (i: number) => x0 + i * step;
  // one value throughout sits in the middle (as d3's scale puts a point domain)
  const yAt = scaleLinear().domain([lo, hi]).range([bottom, top]);
  const drawn = points.length > 1;
  const marks = all.map((p, i) =>
    drawn && i >= first && i <= last && p.status === 'shown' ? { x: xAt(i - first), y: yAt(p.value!) } : undefined,
  );
  const paths: string[] = [];
  let run = '';
  marks.forEach((m, i) => {
    if (m) run += `${run ? 'L' : 'M'}${m.x.toFixed(1)},${m.y.toFixed(1)}`;
    if ((!m || i === marks.length - 1) && run) (paths.push(run), (run = ''));
  });
  const gaps = drawn ? points.flatMap((p, i) => (p.status === 'shown' ? [] : [xAt(i)])) : [];
  const at = all.map(
    (_, i) =>
      marks[i] ?? {
        x: drawn ? xAt(Math.min(Math.max(i - first, 0), points.length - 1)) : 0,
        y: drawn ? (top + bottom) / 2 : valueLines[0]!.y - valueSize / 2,
      },
  );
  const ends = drawn
    ? [
        { x: x0, y: bottom + 16, text: points[0]!.period, anchor: 'start' as const },
        { x: x1, y: bottom + 16, text: points.at(-1)!.period, anchor: 'end' as const },
      ]
    : [];

  const lines: TileLine[] = [];
  const verdict = model.change?.status === 'shown' ? model.change.verdict : undefined;
  const change = changeSentence(model, w, verdict !== undefined);
  if (change)
    lines.push({ kind: 'change', text: change, verdict, tag: verdict && w.t(TAGS[verdict] as 'indicatorTagUp') });
  for (const c of model.comparisons) lines.push({ kind: 'comparison', text: comparisonSentence(model, c, w) });
  for (const [kind, text] of [
    ['since', sinceSentence(model, w)],
    ['target', targetSentence(model, w)],
    ['rank', rankSentence(model, w)],
    ['local', local ? w.t('indicatorLocal') : ''],
  ] as const) {
    if (text) lines.push({ kind, text });
  }
  const height = drawn ? Math.max(bottom + 24, sub.y + 12) : sub.y + 12;
  return {
    kind: 'tile',
    width,
    height,
    label,
    badge,
    value,
    sub,
    spark: { paths, marks, gaps, top, bottom, ends, at },
    lines,
  };
}
