import { describe, expect, it } from 'vitest';
import { buildNeedsModel, needsContract, toRawData, validate } from '@send-insight/data';
import { demoNeedsRows } from '@send-insight/data/demo';
import { textWidth } from '@send-insight/core/layout';
import type { NeedsModel } from '@send-insight/data';
import type { NeedLayout, TextLine } from './need-breakdown.layout.js';
import { gapTextLines, GRID_MIN_PIECE, lineAround, textLineBox } from './need-breakdown.grid.js';
import { needBreakdownView, needViewOptions, type NeedViewAttributes } from './need-breakdown.view.js';

const layout = (m: NeedsModel, width: number, a: NeedViewAttributes & { by?: 'phase' | 'provision' }): NeedLayout =>
  needBreakdownView(m, needViewOptions({ ...a, compositionBy: a.by }), {}, width).layout;
const demo = buildNeedsModel(validate(toRawData(demoNeedsRows()), needsContract));
const WIDTHS = [288, 320, 360, 400, 480, 640, 800, 1024, 1280];

/** Every text drawn inside the plot's rows: names, values and the reasons written where no mark is. */
function texts(l: NeedLayout): TextLine[] {
  if (l.mode === 'composition') return l.bars.flatMap((b) => [...b.label, ...(b.gap ? [b.gap] : [])]);
  return l.rows.flatMap((r) => [...r.label, ...r.values, ...gapTextLines(r.gap, l.lineHeight)]);
}

describe('need breakdown gridlines', () => {
  const views: [string, NeedViewAttributes & { by?: 'phase' | 'provision' }][] = [
    ['shares primary', { phase: 'primary', provision: 'all' }],
    ['shares special EHC plans', { phase: 'special', provision: 'ehc_plan' }],
    ['difference primary', { mode: 'difference', phase: 'primary', provision: 'all' }],
    ['difference secondary EHC plans', { mode: 'difference', phase: 'secondary', provision: 'ehc_plan' }],
    ['composition by phase', { mode: 'composition', provision: 'all' }],
    ['composition by provision', { mode: 'composition', phase: 'primary', by: 'provision' }],
  ];

  it('cross no text at any width: on a phone the names stand above their bars, across the plot', () => {
    let cut = 0;
    for (const [name, a] of views)
      for (const width of WIDTHS) {
        const l = layout(demo, width, a);
        const boxes = texts(l).map((t) => ({ t, box: textLineBox(t, l.fontSize) }));
        const lines = [
          ...l.ticks.map((t) => ({ x: t.pos, pieces: t.pieces })),
          ...(l.mode === 'difference' ? [{ x: l.zeroX, pieces: l.zeroPieces }] : []),
        ];
        for (const line of lines) {
          expect(line.pieces.length, `${name} at ${width} px`).toBeGreaterThan(0);
          for (const [y1, y2] of line.pieces) {
            expect(y2).toBeGreaterThan(y1);
            for (const { t, box } of boxes)
              if (line.x > box.x - 1 && line.x < box.x + box.width + 1)
                expect(
                  y2 <= box.y || y1 >= box.y + box.height,
                  `${name} at ${width} px: the line at ${line.x.toFixed(1)} crosses "${t.text}"`,
                ).toBe(true);
          }
          if (line.pieces.length > 1) cut++;
        }
      }
    // the names above the bars do cut the lines on a phone
    expect(cut).toBeGreaterThan(20);
  });

  it('leave out pieces too short to read as a line: no dashes between the "suppressed" words of the difference view', () => {
    // before: the primary view's −2 pts line went on as pieces of 11–22 px between its six
    // "suppressed" rows from 768 to 1,168 px, and at 288–352 px the zero line as pieces of 0–11 px
    const widths = [...WIDTHS, 768, 832, 896, 960, 1100, 1168];
    let stopped = 0;
    for (const [name, a] of views)
      for (const width of widths) {
        const l = layout(demo, width, a);
        const lines = [
          ...l.ticks.map((t) => ({ label: t.label, pieces: t.pieces })),
          ...(l.mode === 'difference' ? [{ label: 'zero', pieces: l.zeroPieces }] : []),
        ];
        for (const line of lines) {
          for (const [y1, y2] of line.pieces)
            expect(y2 - y1, `${name} at ${width} px: a piece of the ${line.label} line`).toBeGreaterThanOrEqual(
              GRID_MIN_PIECE * l.fontSize,
            );
          const drawn = line.pieces.at(-1);
          if (drawn && drawn[1] < l.plotBottom) stopped++;
        }
      }
    // some lines do stop above a run of words rather than reaching the axis
    expect(stopped).toBeGreaterThan(0);
  });

  it('still reach from the top of the plot to its bottom where no text is', () => {
    let whole = 0;
    for (const width of WIDTHS) {
      const l = layout(demo, width, { phase: 'primary', provision: 'all' });
      const boxes = texts(l).map((t) => textLineBox(t, l.fontSize));
      for (const t of l.ticks)
        if (!boxes.some((b) => t.pos > b.x - 4 && t.pos < b.x + b.width + 4)) {
          whole++;
          expect(t.pieces).toEqual([[l.plotTop - 4, l.plotBottom]]);
        }
    }
    expect(whole).toBeGreaterThan(10);
  });
});

describe('need breakdown reasons in the difference view', () => {
  // England's unrecorded needs have no value, so that row has no comparison
  const csv = `geography,phase,provision,need,pupils
local,secondary,all,SLCN,120
local,secondary,all,MLD,60
local,secondary,all,UNKNOWN,40
england,secondary,all,SLCN,12000
england,secondary,all,MLD,6000
england,secondary,all,UNKNOWN,suppressed`;
  const m = buildNeedsModel(validate(toRawData(csv), needsContract));

  it('are written whole, wrapped inside the plot (it was "no comparison: England not shown (small…" at 800 px)', () => {
    let wrapped = 0;
    for (const width of WIDTHS) {
      const l = layout(m, width, { mode: 'difference' });
      if (l.mode !== 'difference') throw new Error('difference view expected');
      const unknown = l.rows.find((r) => r.key === 'UNKNOWN')!;
      const gap = unknown.gap!;
      expect(gap.text).toBe('no comparison: England no value');
      if (gap.lines.length > 1) wrapped++;
      expect(gap.lines.join(' '), `at ${width} px`).toBe(gap.text);
      const lines = gapTextLines(gap, l.lineHeight);
      for (const line of lines) {
        expect(line.x + textWidth(line.text, l.fontSize), `"${line.text}" at ${width} px`).toBeLessThanOrEqual(
          l.plotRight + 0.5,
        );
        expect(line.y - l.fontSize * 0.8).toBeGreaterThanOrEqual(unknown.top);
        expect(line.y).toBeLessThanOrEqual(unknown.bottom);
      }
    }
    // on a phone the reason takes two lines
    expect(wrapped).toBeGreaterThan(0);
  });
});

describe('lineAround', () => {
  it('keeps the pieces clear of a name, leaving out one shorter than two font sizes', () => {
    const name: TextLine = { text: 'SLCN', x: 0, y: 20, anchor: 'start', kind: 'label' };
    expect(lineAround(10, 0, 100, [name], 16)).toEqual([[27, 100]]);
    expect(lineAround(10, -40, 100, [name], 16).map((p) => p.map((y) => Math.round(y * 10) / 10))).toEqual([
      [-40, 4.2],
      [27, 100],
    ]);
  });
});
