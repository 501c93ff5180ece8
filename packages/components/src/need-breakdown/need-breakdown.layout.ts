import { placeTicks, textWidth, tickDigits, wrapText, type PlacedTick } from '@send-insight/core/layout';
import { scaleLinear } from '@send-insight/core/scale';
import type { NeedComposition, NeedGroup, NeedRow, NeedSelection, NeedsModel, Provision } from '@send-insight/data';
import { gapTextLines, gridAround, lineAround } from './need-breakdown.grid.js';
import { legendGrid } from './need-breakdown.key.js';
import {
  gapText,
  noDifference,
  phaseLabel,
  provisionLabel,
  type NeedFormat,
  type NeedWording,
} from './need-breakdown.words.js';

export type {
  CompositionBarLayout,
  CompositionLayout,
  DifferenceLayout,
  FlagShape,
  GapText,
  GridTick,
  KeyItem,
  LegendEntry,
  NeedLayout,
  NeedLayoutOptions,
  NeedRowLayout,
  SegmentLayout,
  SharesLayout,
  TextLine,
} from './need-breakdown.types.js';
import type {
  CompositionBarLayout,
  CompositionLayout,
  DifferenceLayout,
  KeyItem,
  LegendEntry,
  NeedLayoutOptions,
  NeedRowLayout,
  SegmentLayout,
  SharesLayout,
  TextLine,
} from './need-breakdown.types.js';

/** Longest plot span in px for the shares and difference views. */
const MAX_PLOT = 720;

/** Space between the plot's right end (the last gridline) and the value column, px. */
const VALUE_GAP = 14;

/**
 * Room kept between England's largest marker and the last gridline, px: the scale's domain
 * reaches at least this far past it, so no marker sits on the last gridline, and with
 * {@link VALUE_GAP} none comes within 24 px of the value column (a bar may end on the gridline).
 */
export const NEED_END_ROOM = 10;

/**
 * A linear scale from `domain` across `range` whose ends are ticks: as many ticks as stand apart
 * (labels 8 px clear of each other, tried for 6 down to 1), the domain widened to them, so no bar,
 * marker or interval reaches past the first or last gridline. Where a count's ticks crowd, every
 * second or third of them is tried (still both ends, and 0), before a coarser count: on a phone
 * 0%, 30%, 60% rather than 0% and 100% for shares up to 58%.
 */
function tickedScale(
  domain: [number, number],
  range: [number, number],
  label: (v: number) => string,
  width: number,
  fontSize: number,
  counts: readonly number[],
) {
  const halfWidth = (t: PlacedTick) => textWidth(t.label, fontSize) / 2;
  const apart = (ticks: PlacedTick[]) =>
    ticks.every(
      (t, i) => i === 0 || ticks[i - 1]!.labelPos + halfWidth(ticks[i - 1]!) + 8 <= t.labelPos - halfWidth(t),
    );
  let fallback: { scale: ReturnType<typeof scaleLinear>; ticks: PlacedTick[] } | undefined;
  for (const n of counts) {
    const scale = scaleLinear().domain(domain).nice(n).range(range);
    const ticks = placeTicks(scale.ticks(n), scale, label, width, fontSize);
    fallback = { scale, ticks: [ticks[0]!, ticks[ticks.length - 1]!] };
    const zero = ticks.findIndex((t) => t.value === 0);
    for (const step of [1, 2, 3]) {
      if ((ticks.length - 1) % step !== 0 || (zero > 0 && zero % step !== 0)) continue;
      const kept = ticks.filter((_, i) => i % step === 0);
      if (apart(kept)) return { scale, ticks: kept };
    }
  }
  return fallback!;
}

const EMPTY_GROUP: NeedGroup = {
  phase: '',
  provision: 'all',
  derived: false,
  local: { complete: true, suppressed: true },
  needs: [],
};

/** Sizes every need layout shares: width, font and line heights, and whether labels sit above the bars (narrow). */
function layoutBase(width: number, options: NeedLayoutOptions) {
  const fontSize = options.fontSize ?? 16;
  return {
    width: Math.max(0, Math.floor(width)),
    fontSize,
    lineHeight: Math.round(fontSize * 1.3),
    stacked: width <= 400,
  };
}

/**
 * Lays out the shares or difference view of `<send-need-breakdown>` for a width: horizontal
 * share bars with England marked, or a difference dot plot with 95% intervals and significance
 * shapes, one row per need of the selection (none without one). Pure: no DOM.
 *
 * @example layoutNeedRows(model, selectNeeds(model, { phase: 'primary' }), 'shares', 640, { format, text }).rows[0].values[0].text // "36.3%"
 */
export function layoutNeedRows(
  model: NeedsModel,
  selection: NeedSelection | undefined,
  mode: 'shares' | 'difference',
  width: number,
  options: NeedLayoutOptions,
): SharesLayout | DifferenceLayout {
  const base = layoutBase(width, options);
  const { fontSize: fs, lineHeight: lh, stacked } = base;
  width = base.width;
  const { format, text: w } = options;
  const group = selection?.group ?? EMPTY_GROUP;
  const rows = selection?.rows ?? [];
  const england = !!model.comparator;
  // secondary text (England's figure, ticks, the key) is set apart by colour and weight, not a smaller size
  const small = fs;

  // value column: wide enough for the widest value text
  const valueTexts = rows.map((r) => valueLines(r, mode, format, england, w));
  const valueW =
    Math.ceil(
      Math.max(
        mode === 'difference' ? textWidth(format.points(-99.9), fs, true) : textWidth(format.share(1), fs, true),
        ...valueTexts.flat().map((t) => textWidth(t.text, t.kind === 'value' ? fs : small, t.kind === 'value')),
      ),
    ) + 10;
  const labelW = stacked ? width : Math.round(Math.min(320, Math.max(120, width * 0.34)));
  const plotLeft = stacked ? 4 : labelW + 8;
  // bars no longer than MAX_PLOT px, so the figures stay near the bars on a wide page; the value
  // column starts VALUE_GAP px after the last gridline, so nothing drawn at the plot's end crowds it
  const plotRight = Math.max(plotLeft + 10, Math.min(width - valueW - VALUE_GAP, plotLeft + MAX_PLOT));

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
    key.push({
      kind,
      x: cursorX,
      y: keyY - small * 0.35,
      text: { text, x: cursorX + 22, y: keyY, anchor: 'start', kind: 'secondary' },
    });
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
  // as many ticks as fit without their labels touching, the scale ending on the outermost (whole numbers lose their ".0")
  const tickText = (v: number) =>
    mode === 'difference' ? (v === 0 ? '0' : format.points(v, tickDigits(v))) : format.share(v, tickDigits(v * 100));
  const span = plotRight - plotLeft;
  const sharesMax = Math.max(
    0.1,
    ...rows.map((r) => r.local.share ?? 0),
    // wide enough that England's largest marker ends NEED_END_ROOM px before the plot's end (nice() only widens it)
    ...rows.map((r) => ((r.england?.share ?? 0) * span) / Math.max(1, span - NEED_END_ROOM)),
  );
  const m = Math.max(
    1,
    ...rows.flatMap((r) => (r.difference ? [Math.abs(r.difference.lower), Math.abs(r.difference.upper)] : [])),
  );
  const axis =
    mode === 'difference'
      ? tickedScale([-m, m], [plotLeft, plotRight], tickText, width, small, [6, 5, 4, 3, 2])
      : tickedScale([0, sharesMax], [plotLeft, plotRight], tickText, width, small, [5, 4, 3, 2, 1]);
  const x = axis.scale;
  rows.forEach((row, i) => {
    const labelLines = wrapText(row.label, stacked ? width - 4 : labelW, fs);
    const labelH = labelLines.length * lh;
    const values = valueTexts[i]!;
    const valuesH = values.length * lh;
    const top = y;
    // a difference that cannot be drawn is said in the plot whole, wrapped to its width (it was cut with an ellipsis)
    const why = mode === 'difference' && !row.difference ? noDifference(row, england, w) : undefined;
    const whyLines = why ? wrapText(why, plotRight - plotLeft - 4, small) : [];
    // the bar, its values and (beside it) its label share one centre line
    const bandTop = stacked ? top + labelH + 2 : top;
    const bandH = Math.max(barH, valuesH, stacked ? 0 : labelH, whyLines.length * lh);
    const mid = bandTop + bandH / 2;
    const centred = (lines: number, j: number, size: number) => mid + size * 0.35 + (j - (lines - 1) / 2) * lh;
    const label: TextLine[] = stacked
      ? labelLines.map((text, j) => ({
          text,
          x: 0,
          y: top + fs + j * lh,
          anchor: 'start' as const,
          kind: 'label' as const,
        }))
      : labelLines.map((text, j) => ({
          text,
          x: labelW,
          y: centred(labelLines.length, j, fs),
          anchor: 'end' as const,
          kind: 'label' as const,
        }));
    const out: NeedRowLayout = {
      key: row.key,
      row,
      top,
      bottom: 0,
      label,
      values: values.map((t, j) => ({
        ...t,
        x: plotRight + VALUE_GAP,
        y: centred(values.length, j, t.kind === 'value' ? fs : small),
      })),
      focus: { x: plotLeft, y: mid },
    };
    if (mode === 'shares') {
      if (row.local.share !== undefined) {
        const w = Math.max(0, x(row.local.share) - plotLeft);
        out.bar = { x: plotLeft, y: mid - barH / 2, width: w, height: barH };
        out.focus = { x: plotLeft + w, y: mid - barH / 2 };
      }
      if (row.england?.share !== undefined)
        out.marker = { x: x(row.england.share), y1: mid - barH / 2 - 4, y2: mid + barH / 2 + 4 };
      if (row.local.share === undefined) {
        // the words start after England's marker when the marker would cross them
        const text = gapText(row.local, w);
        const m = out.marker?.x;
        const gx =
          m !== undefined && m < plotLeft + textWidth(text, small) + 12
            ? Math.min(m + 6, plotRight - textWidth(text, small))
            : plotLeft + 4;
        out.gap = {
          text,
          lines: [text],
          x: Math.max(plotLeft + 4, gx),
          y: mid + small * 0.35,
          anchor: 'start',
          kind: 'secondary',
        };
      }
    } else {
      const d = row.difference;
      if (d) {
        out.dot = { x: x(d.points), y: mid, shape: d.verdict };
        out.interval = { x1: x(d.lower), x2: x(d.upper), y: mid };
        out.focus = { x: x(d.points), y: mid - 8 };
      } else if (why) {
        out.gap = {
          text: why,
          lines: whyLines,
          x: plotLeft + 4,
          y: centred(whyLines.length, 0, small),
          anchor: 'start',
          kind: 'secondary',
        };
      }
    }
    const bottom = bandTop + bandH + Math.round(lh * 0.6);
    out.bottom = bottom;
    laid.push(out);
    y = bottom;
  });
  const plotBottom = y;
  // gridlines (and the zero line) stop short of every name and reason they would cross: on a phone the names stand across the plot
  const texts = laid.flatMap((r) => [...r.label, ...gapTextLines(r.gap, lh)]);
  const ticks = gridAround(axis.ticks, plotTop - 4, plotBottom, texts, fs);
  const height = Math.ceil(plotBottom + lh + 6);
  const common = { ...base, height, plotLeft, plotRight, plotTop, plotBottom, ticks, key, group, rows: laid };
  return mode === 'difference'
    ? { ...common, mode: 'difference', zeroX: x(0), zeroPieces: lineAround(x(0), plotTop - 4, plotBottom, texts, fs) }
    : { ...common, mode: 'shares' };
}

function valueLines(
  row: NeedRow,
  mode: 'shares' | 'difference',
  format: NeedFormat,
  england: boolean,
  w: NeedWording,
): TextLine[] {
  const t = (text: string, kind: TextLine['kind']): TextLine => ({ text, x: 0, y: 0, anchor: 'start', kind });
  if (mode === 'shares') {
    const out: TextLine[] = [];
    if (row.local.share !== undefined) out.push(t(format.share(row.local.share), 'value'));
    if (england && row.england?.share !== undefined)
      out.push(t(w.t('needEnglandShare', { share: format.share(row.england.share) }), 'secondary'));
    return out;
  }
  const d = row.difference;
  if (!d) return [];
  return [
    t(format.points(d.points), 'value'),
    t(
      w.t(d.verdict === 'higher' ? 'needFlagHigher' : d.verdict === 'lower' ? 'needFlagLower' : 'needFlagSimilar'),
      'flag',
    ),
  ];
}

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/**
 * Lays out the composition view for a width: a 100% stacked bar per phase (or provision) of the
 * composition, direct labels where they fit, the needs not drawn named under a bar, and the
 * legend (a filter: `hidden` needs are left out of the bars). Pure: no DOM.
 *
 * @example layoutComposition(composeNeeds(model), 640, { format, text }).bars.map((b) => b.key) // ['primary', 'secondary', 'special']
 */
export function layoutComposition(
  comp: NeedComposition,
  width: number,
  options: NeedLayoutOptions & { hidden?: readonly string[] },
): CompositionLayout {
  const base = layoutBase(width, options);
  const { fontSize: fs, lineHeight: lh, stacked } = base;
  width = base.width;
  const { format, text: words } = options;
  const by = comp.by;
  const hidden = new Set(options.hidden ?? []);
  const fillOf = (key: string, i: number): SegmentLayout['fill'] =>
    key === 'OTHER' ? 'other' : key === 'SUPPRESSED' ? 'suppressed' : i % 6;
  const legend: LegendEntry[] = comp.keys.map((k, i) => ({
    key: k.key,
    label: k.label,
    fill: fillOf(k.key, i),
    hidden: hidden.has(k.key),
  }));
  const legendColumns = legendGrid(
    legend.map((l) => l.label),
    width,
    fs,
  );
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
    const labelLines = wrapText(bar.partial ? `${name} *` : name, stacked ? width : labelW, fs, { bold: true });
    const top = y;
    const labelH = labelLines.length * lh;
    // beside the bar, its name is centred on it (and the bar on a name of more lines than it is tall)
    const barTop = stacked ? top + labelH + 2 : top + Math.max(0, (labelH - barH) / 2);
    const mid = stacked ? 0 : top + Math.max(barH, labelH) / 2;
    const label = labelLines.map((text, j) =>
      stacked
        ? { text, x: 0, y: top + fs + j * lh, anchor: 'start' as const, kind: 'label' as const }
        : {
            text,
            x: labelW,
            y: mid + fs * 0.35 + (j - (labelLines.length - 1) / 2) * lh,
            anchor: 'end' as const,
            kind: 'label' as const,
          },
    );
    let cursor = 0;
    const segments: SegmentLayout[] = [];
    const notDrawn: string[] = [];
    for (const s of bar.segments) {
      if (s.status !== 'shown' || s.share === undefined) {
        if (!hidden.has(s.key))
          notDrawn.push(
            words.t('needNotDrawn', {
              need: s.key,
              reason: words.t(s.status === 'suppressed' ? 'needGapSuppressed' : 'needGapNotAvailable'),
            }),
          );
        continue;
      }
      if (hidden.has(s.key)) continue;
      const x0 = x(cursor);
      const x1 = x(cursor + s.share);
      cursor += s.share;
      const w = x1 - x0;
      // a direct label only where it fits with 4 px either side, and none on the hatched block of
      // suppressed needs (text on hatching does not read; the legend and the table name it)
      const code = s.key === 'OTHER' ? words.t('needCodeOther') : s.key;
      const full = `${code} ${format.share(s.share)}`;
      const fits = (t: string) => s.key !== 'SUPPRESSED' && textWidth(t, small, true) + 8 <= w;
      const text = fits(full) ? full : fits(code) ? code : undefined;
      segments.push({
        key: s.key,
        label: s.label,
        box: { x: x0, y: barTop, width: w, height: barH },
        fill: fills.get(s.key) ?? 'other',
        share: s.share,
        count: s.count ?? 0,
        ...(text
          ? {
              text: {
                text,
                x: x0 + w / 2,
                y: barTop + barH / 2 + small * 0.35,
                anchor: 'middle' as const,
                kind: 'value' as const,
              },
            }
          : {}),
      });
    }
    let bottom = Math.max(barTop + barH, top + labelH);
    let gap: TextLine | undefined;
    if (bar.suppressed) {
      gap = {
        text: words.t('needBarSuppressed'),
        x: plotLeft + 4,
        y: barTop + barH / 2 + small * 0.35,
        anchor: 'start',
        kind: 'secondary',
      };
    } else if (notDrawn.length) {
      const gapLines = wrapText(notDrawn.join(words.template('listSeparator')), plotRight - plotLeft, small);
      gap = { text: gapLines.join(' '), x: plotLeft, y: bottom + small + 2, anchor: 'start', kind: 'secondary' };
      if (gapLines.length > 1) gap.text = words.plural('needNotDrawnCount', notDrawn.length);
      bottom += lh;
    }
    y = bottom + Math.round(lh * 0.8);
    return {
      key: bar.key,
      group: bar.group,
      top,
      bottom,
      label,
      segments,
      ...(gap ? { gap } : {}),
      partial: bar.partial,
    };
  });
  const plotBottom = y;
  const placed = placeTicks([0, 0.25, 0.5, 0.75, 1], x, (v) => format.share(v, tickDigits(v * 100)), width, small);
  const texts = bars.flatMap((b) => [...b.label, ...(b.gap ? [b.gap] : [])]);
  const ticks = gridAround(placed, plotTop - 4, plotBottom, texts, fs);
  return {
    ...base,
    mode: 'composition',
    by,
    height: Math.ceil(plotBottom + lh + 6),
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    ticks,
    key: [],
    bars,
    legend,
    legendColumns,
  };
}
