import { placeTicks, textWidth, verticalLineAround, type Box } from '@send-insight/core/layout';
import { scaleLinear } from '@send-insight/core/scale';
import { suppressionLabel } from '@send-insight/data';
import type { BarsLayout, OutcomesLayoutInput, TextBlock, ValueMark } from './outcomes-radar.types.js';
import { layoutLegend, shiftBlock, textBlock } from './outcomes-radar.legend.js';
import { changeMark } from './outcomes-radar.series.js';

/** The least width of the dot plot's scale, px, before a change is written as its triangle alone. */
export const BARS_MIN_PLOT = 160;

/**
 * Lays out the dot plot: a row per outcome, in it a dot per series at its % agreeing with its 95%
 * interval, the value and the change since the previous period written at the right; outcome
 * names beside the rows, or above them on a narrow screen (≤ 400 px). Where the figures' column
 * would leave the plot under {@link BARS_MIN_PLOT} px, a change is written as its triangle alone
 * when significant (the key says the table has every change). A result not shown is its series'
 * hollow marker and the reason in words, never a dot at 0%. Gridlines and the target line are
 * drawn only where no text is.
 */
export function layoutBars({ model, specs, width, by, about, target, fontSize, fmt }: OutcomesLayoutInput): BarsLayout {
  const pad = 4;
  const lineHeight = Math.round(fontSize * 1.25);
  const narrow = width <= 400;
  const inner = width - 2 * pad;
  const legend = layoutLegend(
    specs.map((s) => s.info),
    { target },
    inner,
    pad,
    fontSize,
    lineHeight,
    fmt,
  );
  const anyChange = specs.some((s) => s.cells.some((c) => c.change?.status === 'shown'));
  const labelWidth = narrow ? inner : Math.max(110, Math.min(220, inner * 0.28));
  const plotLeft = narrow ? pad + 6 : pad + labelWidth + 10;
  // room for "100%" and, when there are changes, "▼ −99 pts"; or only "▲" where that would squeeze the plot
  const valueRoom = (change: string) =>
    Math.ceil(10 + textWidth('100%', fontSize) + (change ? 6 + textWidth(change, fontSize) : 0) + 2);
  const full = anyChange ? `▼ ${fmt.points(-99)}` : '';
  const short = anyChange && width - pad - valueRoom(full) - 6 - plotLeft < BARS_MIN_PLOT;
  const valueWidth = valueRoom(short ? '▼' : full);
  const plotRight = Math.max(plotLeft + 40, width - pad - valueWidth - 6);
  const notes: TextBlock[] = [];
  let y = legend.bottom + 6;
  if (anyChange) {
    const from = specs.flatMap((s) => s.cells).find((c) => c.change?.status === 'shown')!.change!.from;
    const key =
      by === 'group'
        ? fmt.w.t(short ? 'outcomesChangeKeyShort' : 'outcomesChangeKey', { from })
        : fmt.w.t(short ? 'outcomesChangeKeyShortPrevious' : 'outcomesChangeKeyPrevious');
    const b = textBlock(key, pad, y, inner, fontSize, lineHeight, 'start');
    notes.push(b);
    y += b.box.height + 6;
  }
  const x = scaleLinear().domain([0, 100]).range([plotLeft, plotRight]);
  const tickY = y + fontSize;
  // quarters when their labels fit side by side with room between, else halves (a phone)
  const quarters = x(25) - x(0) >= textWidth(fmt.percent(100), fontSize) + 8;
  // each label centred on its gridline, but kept inside the chart ('0%' at 16 px is wider than the gap to the edge on a phone)
  const ticks = placeTicks(quarters ? [0, 25, 50, 75, 100] : [0, 50, 100], x, (v) => fmt.percent(v), width, fontSize);
  y = tickY + 8;
  const plotTop = y;
  const rowHeight = Math.max(lineHeight + 4, 20);
  const rows: BarsLayout['rows'] = [];
  const marks: ValueMark[][] = specs.map(() => []);
  // a result not shown: the series' hollow marker, then its words, which may run on into the empty value column
  const gapX = plotLeft + 14;
  const gapRoom = width - pad - gapX;
  // every text a vertical line must not cross: the outcome names, the reasons, the tick labels
  const texts: Box[] = ticks.map((t) => {
    const w = textWidth(t.label, fontSize);
    return { x: t.labelPos - w / 2, y: tickY - fontSize, width: w, height: fontSize * 1.25 };
  });
  model.outcomes.forEach((o, axis) => {
    const top = y;
    const label = textBlock(
      fmt.w.t(`outcome.${o}`),
      pad,
      y + 4,
      narrow ? inner : labelWidth,
      fontSize,
      lineHeight,
      'start',
    );
    texts.push(label.box);
    const rowsTop = narrow ? label.box.y + label.box.height + 2 : y + 4;
    specs.forEach((s, si) => {
      const cell = s.cells[axis]!;
      const cy = rowsTop + si * rowHeight + rowHeight / 2;
      const base = { series: s.info.index, axis, outcome: o, cell };
      if (cell.status !== 'shown') {
        // named by series when there is room
        const reason = suppressionLabel(cell, model.minCount, fmt.w);
        const named = fmt.w.t('outcomesGapNamed', { series: s.info.label, reason });
        const gapText = textWidth(named, fontSize) <= gapRoom ? named : reason;
        marks[si]!.push({ ...base, x: gapX, y: cy, gapText });
        // the hollow marker and its words
        texts.push({
          x: gapX - 14,
          y: cy + 4 - fontSize,
          width: 14 + textWidth(gapText, fontSize),
          height: fontSize * 1.25,
        });
        return;
      }
      marks[si]!.push({
        ...base,
        x: x(cell.percent!),
        y: cy,
        interval: { x1: x(cell.lower!), y1: cy, x2: x(cell.upper!), y2: cy },
        valueText: fmt.percent(cell.percent!),
        ...changeMark(cell, fmt, short),
      });
    });
    const bottom = Math.max(rowsTop + specs.length * rowHeight, label.box.y + label.box.height) + 6;
    rows.push({ outcome: o, label, top, bottom });
    y = bottom;
  });
  const plotBottom = y;
  let height = y + pad;
  // stopping 3 px short of any text (a halo would cut the line into dashes of its own)
  const around = (at: number, from: number) => verticalLineAround(at, from, plotBottom, texts, 3);
  let targetLine: BarsLayout['target'];
  if (target !== undefined) {
    targetLine = {
      value: target,
      x: x(target),
      pieces: around(x(target), plotTop),
      label: {
        x: x(target),
        y: plotBottom + fontSize,
        text: fmt.w.t('outcomesTarget', { value: fmt.percent(target) }),
      },
    };
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
    grid: ticks.map((t) => around(t.pos, plotTop - 4)),
    valueX,
    changeX: valueX + textWidth('100%', fontSize) + 6,
    rows,
    target: targetLine,
  };
}
