import { describe, expect, it } from 'vitest';
import { buildOutcomesModel, outcomesContract, toRawData, validate, wordingOf } from '@send-insight/data';
import { demoOutcomesRows, demoOutcomesSuppressedRows } from '@send-insight/data/demo';
import { textWidth, type Box } from '@send-insight/core/layout';
import { layoutOutcomesRadar, type BarsLayout } from './outcomes-radar.layout.js';
import { BARS_MIN_PLOT } from './outcomes-radar.bars-layout.js';
import { OUTCOMES_RADAR_TEXT } from './outcomes-radar.strings.js';
import { outcomesFormat } from './outcomes-radar.words.js';

/* The dot plot on a narrow page (issue 22: the ICB intranet's card at 320 px, about 220 px of chart). */

const model = (rows: Record<string, unknown>[]) => buildOutcomesModel(validate(toRawData(rows), outcomesContract));
const demo = model(demoOutcomesRows());
const suppressed = model(demoOutcomesSuppressedRows());
const text = wordingOf(OUTCOMES_RADAR_TEXT);
const words = { text, format: outcomesFormat(text) };
const bars = (m: ReturnType<typeof model>, width: number, target?: number) =>
  layoutOutcomesRadar(m, { width }, { view: 'bars', ...words, target }) as BarsLayout;

/** Every text in the plot a vertical line could cross: tick labels, outcome names, reasons (with their markers). */
function texts(l: BarsLayout): Box[] {
  const ticks = l.ticks.map((t) => {
    const w = textWidth(t.label, l.fontSize);
    return { x: t.labelPos - w / 2, y: l.plotTop - 8 - l.fontSize, width: w, height: l.fontSize * 1.25 };
  });
  const gaps = l.marks
    .flat()
    .filter((m) => m.gapText)
    .map((m) => ({
      x: m.x - 14,
      y: m.y + 4 - l.fontSize,
      width: 14 + textWidth(m.gapText!, l.fontSize),
      height: l.fontSize * 1.25,
    }));
  return [...ticks, ...l.rows.map((r) => r.label.box), ...gaps];
}

/** The boxes a vertical line's pieces at `x` run through (each box grown by `gap` px). */
const crossed = (x: number, pieces: [number, number][], boxes: Box[], gap: number) =>
  boxes.filter(
    (b) =>
      x > b.x - gap &&
      x < b.x + b.width + gap &&
      pieces.some(([y1, y2]) => y1 < b.y + b.height + gap && y2 > b.y - gap),
  );

const widths = Array.from({ length: 27 }, (_, i) => 208 + i * 40);

describe('layoutOutcomesRadar (dot plot) on narrow pages', () => {
  it.each(widths)('draws the target line and the gridlines only where no text is, at %i px', (width) => {
    for (const [m, target] of [
      [demo, 70],
      [demo, 50],
      [suppressed, 60],
      [suppressed, 25],
    ] as const) {
      const l = bars(m, width, target);
      const boxes = texts(l);
      expect(crossed(l.target!.x, l.target!.pieces, boxes, 2), `target ${target}`).toEqual([]);
      l.ticks.forEach((t, i) => expect(crossed(t.pos, l.grid[i]!, boxes, 2), `gridline ${t.label}`).toEqual([]));
      // the line is still drawn through the rows: at least half the plot's height
      const drawn = l.target!.pieces.reduce((n, [a, b]) => n + b - a, 0);
      expect(drawn).toBeGreaterThan((l.plotBottom - l.plotTop) / 2);
    }
  });

  it.each(widths)('keeps the scale 160 px wide, or half the chart, with tick labels apart, at %i px', (width) => {
    const l = bars(demo, width, 70);
    expect(l.plotRight - l.plotLeft).toBeGreaterThanOrEqual(Math.min(BARS_MIN_PLOT, width * 0.5));
    // tick labels stand apart
    const ticks = l.ticks.map((t) => ({ mid: t.labelPos, w: textWidth(t.label, l.fontSize) }));
    for (let i = 1; i < ticks.length; i++)
      expect(ticks[i]!.mid - ticks[i]!.w / 2 - (ticks[i - 1]!.mid + ticks[i - 1]!.w / 2)).toBeGreaterThanOrEqual(8);
  });

  it('writes a change as its triangle alone on a narrow plot, and only when significant; the key says the table has every change', () => {
    const l = bars(demo, 220, 70);
    const changes = l.marks.flat().filter((m) => m.changeText);
    expect(changes.length).toBeGreaterThan(0);
    for (const m of changes) {
      expect(m.changeText).toMatch(/^[▲▼]$/);
      expect(m.changeSignificant).toBe(true);
    }
    expect(l.notes[0]!.lines.map((x) => x.text).join(' ')).toMatch(
      /^▲ ▼ a significant rise or fall since 2024.*the table has every change\.$/,
    );
    for (const m of l.marks.flat()) {
      const end = m.changeText
        ? l.changeX + textWidth(m.changeText, l.fontSize)
        : l.valueX + textWidth(m.valueText ?? '', l.fontSize);
      expect(end).toBeLessThanOrEqual(220);
    }
    // a wide chart keeps every change in figures
    const wide = bars(demo, 720, 70);
    expect(wide.marks.flat().some((m) => m.changeText && /pts/.test(m.changeText) && !m.changeSignificant)).toBe(true);
  });
});
