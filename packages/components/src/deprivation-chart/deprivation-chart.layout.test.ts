import {
  buildDeprivationModel,
  deprivationContract,
  toRawData,
  validate,
  type DeprivationModel,
} from '@send-insight/data';
import { deprivationDemo } from '@send-insight/data/demo';
import { boxesOverlap, textWidth, type Box } from '@send-insight/core/layout';
import { describe, expect, it } from 'vitest';
import {
  layoutDeprivationChart,
  type DecileMark,
  type DecilePanel,
  type DeprivationLayout,
  type TextMark,
} from './deprivation-chart.layout.js';

/** Least space between England's tick (its 3 px stroke) and a value label's ink, px. */
const LABEL_CLEAR = 3;

const modelOf = (rows: readonly Record<string, unknown>[], minCount?: number): DeprivationModel =>
  buildDeprivationModel(validate(toRawData(rows), deprivationContract), { minCount });

/** 1,000 pupils per decile: SEN support 20.0 → 11.0 per 100, EHC plans 4.0 everywhere. */
const line = (extra: (d: number) => Record<string, unknown> = () => ({})) =>
  Array.from({ length: 10 }, (_, i) => ({
    imd_decile: i + 1,
    pupils: 1000,
    sen_support: 200 - 10 * i,
    ehc_plan: 40,
    ...extra(i + 1),
  }));

/** The same, with England at 15 SEN support and 4 EHC plans per 100 in every decile but `missing`. */
const withEngland = (missing?: number) => [
  ...line(),
  ...line(() => ({ geography: 'england', pupils: 100000, sen_support: 15000, ehc_plan: 4000 })).filter(
    (r) => r.imd_decile !== missing,
  ),
];

const assertInDelta = (actual: number, expected: number, delta = 1e-6) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(delta);

/** A text mark's box, by the layout kit's measure (16 px chart text). */
function box(t: TextMark, fontSize = 16): Box {
  const w = textWidth(t.text, fontSize);
  const x = t.anchor === 'middle' ? t.x - w / 2 : t.anchor === 'end' ? t.x - w : t.x;
  return t.rotate
    ? { x: t.x - fontSize, y: t.y - w, width: fontSize, height: w }
    : { x, y: t.y - fontSize * 0.8, width: w, height: fontSize };
}

/** England's line as drawn, one box per stroke (3 px wide): in rows, each of its pieces. */
function drawnEngland(p: DecilePanel): Box[] {
  return p.england.flatMap((t) =>
    t.pieces
      ? t.pieces.map(([y1, y2]) => ({ x: t.x1 - 1.5, y: y1, width: 3, height: y2 - y1 }))
      : [
          {
            x: t.x1 - (t.x1 === t.x2 ? 1.5 : 0),
            y: t.y1 - (t.y1 === t.y2 ? 1.5 : 0),
            width: t.x2 - t.x1 || 3,
            height: t.y2 - t.y1 || 3,
          },
        ],
  );
}

/** Rows: a figure inside its bar's end (6 px in, wholly on the bar) or 4 px past it (or past its interval). */
function atBarEnd(m: DecileMark) {
  const t = m.valueLabel!;
  const end = m.bar!.x + m.bar!.width;
  if (t.inside) {
    expect(t.anchor).toBe('end');
    assertInDelta(t.x, end - 6);
    expect(box(t).x).toBeGreaterThanOrEqual(m.bar!.x + 2);
    expect(m.whisker).toBeUndefined();
  } else {
    // 4 px past the end; up to 8 px when England's line stands on the end itself
    expect(t.anchor).toBe('start');
    const from = Math.max(end, m.whisker?.x2 ?? 0);
    expect(t.x).toBeGreaterThanOrEqual(from + 4 - 1e-9);
    expect(t.x).toBeLessThanOrEqual(from + 8 + 1e-9);
  }
}

function inside(layout: DeprivationLayout, b: Box) {
  expect(b.x).toBeGreaterThanOrEqual(-0.5);
  expect(b.x + b.width).toBeLessThanOrEqual(layout.width + 0.5);
  expect(b.y).toBeGreaterThanOrEqual(-0.5);
  expect(b.y + b.height).toBeLessThanOrEqual(layout.height + 0.5);
}

describe('layoutDeprivationChart', () => {
  it('has the expected defaults: columns when wide, a panel per measure, England beside each bar, no intervals', () => {
    const layout = layoutDeprivationChart(modelOf(deprivationDemo), 1280);
    expect(layout.kind).toBe('deciles');
    expect(layout.orientation).toBe('vertical');
    expect(layout.panels.map((p) => p.measure)).toEqual(['sen_support', 'ehc_plan']);
    expect(layout.panels.map((p) => p.title.map((t) => t.text).join(' '))).toEqual([
      'SEN support per 100 pupils',
      'EHC plans per 100 pupils',
    ]);
    expect(layout.panels.every((p) => p.marks.length === 10)).toBe(true);
    expect(layout.panels[0]!.england).toHaveLength(10);
    expect(layout.panels[0]!.englandLabel!.text).toBe('England');
    expect(layout.decileTicks.map((t) => t.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(layout.intervals).toBe(false);
    expect(layout.panels.flatMap((p) => p.marks).some((m) => m.whisker)).toBe(false);
    expect(layout.blank).toBe(false);
  });

  it('maps rates to bar heights on a linear scale from zero, one scale for every panel (hand-worked)', () => {
    const layout = layoutDeprivationChart(modelOf(line()), 600, { orientation: 'vertical' });
    const [sen, ehc] = layout.panels;
    for (const p of layout.panels)
      for (const m of p.marks) assertInDelta(m.bar!.y + m.bar!.height, p.plot.y + p.plot.height);
    // 20 per 100 and 11 per 100: heights in the ratio 20:11
    assertInDelta(sen!.marks[0]!.bar!.height / sen!.marks[9]!.bar!.height, 20 / 11, 1e-9);
    // the top tick is the nice maximum; a rate's height is rate / max of the plot height
    const top = sen!.valueTicks[sen!.valueTicks.length - 1]!;
    assertInDelta(top.pos, sen!.plot.y);
    assertInDelta(sen!.marks[0]!.bar!.height, (20 / top.value) * sen!.plot.height);
    // EHC plans (4 per 100) on the same scale: a fifth of SEN support's 20
    assertInDelta(ehc!.marks[0]!.bar!.height / sen!.marks[0]!.bar!.height, 4 / 20, 1e-9);
    // the panels stack, their deciles lined up
    expect(ehc!.plot.y).toBeGreaterThan(sen!.plot.y + sen!.plot.height);
    for (let d = 0; d < 10; d++) assertInDelta(sen!.marks[d]!.bar!.x, ehc!.marks[d]!.bar!.x);
  });

  it("labels each rate just above its own bar, inside the bar's column, clear of every other mark", () => {
    for (const width of [1280, 760]) {
      const layout = layoutDeprivationChart(modelOf(withEngland()), width);
      for (const p of layout.panels) {
        const others: Box[] = [
          ...p.marks.flatMap((m) => (m.bar ? [m.bar] : [])),
          ...p.england.map((t) => ({ x: t.x1, y: t.y1 - 1.5, width: t.x2 - t.x1, height: 3 })),
        ];
        for (const m of p.marks) {
          const b = box(m.valueLabel!);
          expect(m.valueLabel!.text).toBe(m.rate!.toFixed(1));
          expect(b.x).toBeGreaterThanOrEqual(m.bar!.x - 1);
          expect(b.x + b.width).toBeLessThanOrEqual(m.bar!.x + m.bar!.width + 1);
          assertInDelta(m.valueLabel!.y, m.bar!.y - 4);
          for (const o of others) expect(boxesOverlap(b, o), `${p.measure} decile ${m.decile} at ${width}`).toBe(false);
        }
      }
    }
  });

  it("keeps England's line 3 px from every value label's ink, in columns and rows, at every width", () => {
    const model = modelOf(deprivationDemo);
    let labels = 0;
    for (const intervals of [false, true])
      for (const width of [288, 320, 360, 480, 640, 720, 800, 960, 1280]) {
        const layout = layoutDeprivationChart(model, width, { intervals });
        for (const p of layout.panels) {
          // each tick as the 3 px stroke draws it (in rows, each piece of it)
          const ticks: Box[] = drawnEngland(p);
          for (const m of p.marks) {
            if (!m.valueLabel) continue;
            labels++;
            // a figure is digits and a point: its ink runs from the digits' height (0.75 em) to the baseline
            expect(m.valueLabel.text).toMatch(/^[\d.]+$/);
            const b = { ...box(m.valueLabel), y: m.valueLabel.y - 16 * 0.75, height: 16 * 0.75 + 1 };
            for (const t of ticks)
              expect(
                boxesOverlap(b, t, LABEL_CLEAR - 1e-6),
                `${p.measure} decile ${m.decile} "${m.valueLabel.text}" at ${width} px${intervals ? ' with intervals' : ''}`,
              ).toBe(false);
            // the figure stays in its own bar's column; in rows, inside its bar's end or 4 px past it
            if (layout.orientation === 'vertical') {
              expect(b.x).toBeGreaterThanOrEqual(m.bar!.x - 1);
              expect(b.x + b.width).toBeLessThanOrEqual(m.bar!.x + m.bar!.width + 1);
            } else atBarEnd(m);
          }
        }
      }
    expect(labels).toBeGreaterThan(300);
    // columns where England's rate stands just above the bar, level with its figure: England's line starts past it
    let level = 0;
    for (let e = 4.05; e < 5.5; e += 0.05) {
      const rows = [
        ...line(),
        ...line(() => ({ geography: 'england', pupils: 100000, sen_support: 15000, ehc_plan: Math.round(e * 1000) })),
      ];
      for (const width of [760, 1000, 1280]) {
        const layout = layoutDeprivationChart(modelOf(rows), width, { orientation: 'vertical' });
        const p = layout.panels.find((q) => q.measure === 'ehc_plan')!;
        for (const m of p.marks) {
          const t = p.england.find((k) => k.decile === m.decile)!;
          const b = { ...box(m.valueLabel!), y: m.valueLabel!.y - 16 * 0.75, height: 16 * 0.75 + 1 };
          if (t.y1 > b.y - 3 && t.y1 < b.y + b.height + 3) level++;
          const tick = { x: t.x1, y: t.y1 - 1.5, width: t.x2 - t.x1, height: 3 };
          expect(boxesOverlap(b, tick, LABEL_CLEAR - 1e-6), `England ${e.toFixed(2)} at ${width} px`).toBe(false);
          expect(t.x2 - t.x1).toBeGreaterThan(6);
        }
      }
    }
    expect(level).toBeGreaterThan(0);
  });

  it("rows: England's line crosses the bar and never stands under or over a figure (issue 22, item 6)", () => {
    // the demo, and England swept past every local rate (20.0 → 11.0 per 100), so its line meets
    // each figure's place inside and past the bar's end
    const models = [modelOf(deprivationDemo)];
    for (let e = 10; e <= 22; e += 0.5)
      models.push(
        modelOf([
          ...line(),
          ...line(() => ({ geography: 'england', pupils: 100000, sen_support: Math.round(e * 1000), ehc_plan: 4000 })),
        ]),
      );
    let figures = 0;
    let inBar = 0;
    let shortBars = 0;
    for (const model of models)
      for (const width of [288, 320, 400, 560, 700]) {
        const layout = layoutDeprivationChart(model, width);
        expect(layout.orientation).toBe('horizontal');
        for (const p of layout.panels)
          for (const m of p.marks) {
            const t = p.england.find((k) => k.decile === m.decile);
            if (t) {
              // across the bar: over the decile's whole band, the bar in the middle of it
              expect(t.x1).toBe(t.x2);
              if (m.bar) {
                expect(t.y1).toBeLessThan(m.bar.y - 2);
                expect(t.y2).toBeGreaterThan(m.bar.y + m.bar.height + 2);
              }
            }
            if (!m.valueLabel || !t) continue;
            figures++;
            if (m.valueLabel.inside) inBar++;
            atBarEnd(m);
            // no piece of England's line anywhere in the figure's width, above, below or through it,
            // unless the bar is too short to hold its figure and England's rate is just past its end:
            // then the line goes round the figure, above and below it
            const b = box(m.valueLabel);
            const what = `${p.measure} decile ${m.decile} "${m.valueLabel.text}", England ${t.rate.toFixed(2)}, at ${width} px`;
            if (t.x1 < b.x - 4 || t.x1 > b.x + b.width + 4) expect(t.pieces, what).toEqual([[t.y1, t.y2]]);
            else {
              shortBars++;
              expect(m.valueLabel.inside, what).toBeUndefined();
              expect(m.bar!.width, what).toBeLessThan(b.width + 8);
              expect(t.pieces, what).toHaveLength(2);
            }
          }
      }
    expect(figures).toBeGreaterThan(2000);
    expect(shortBars / figures).toBeLessThan(0.01);
    // most figures stand in their bars; the rest just past their ends
    expect(inBar / figures).toBeGreaterThan(0.6);
    expect(inBar).toBeLessThan(figures);
  });

  it("rows: England's line goes round a figure past an interval or a short bar, keeping 3 px; a decile's word starts past the line", () => {
    const model = modelOf(deprivationDemo);
    let split = 0;
    for (const intervals of [false, true])
      for (const width of [288, 320, 480, 700]) {
        const layout = layoutDeprivationChart(model, width, { intervals });
        for (const p of layout.panels) {
          const drawn = drawnEngland(p);
          for (const t of p.england) {
            if (t.pieces!.length !== 1) split++;
            // what is left of the line still marks England's rate: at least 5 px above and below what it goes round
            for (const [a, b] of t.pieces!) expect(b - a).toBeGreaterThanOrEqual(t.pieces!.length > 1 ? 3 : 20);
          }
          for (const m of p.marks) {
            const word = m.gapLabel && { ...box(m.gapLabel), height: 16 * 1.05 };
            for (const k of drawn) if (word) expect(boxesOverlap(word, k, 3 - 1e-6), `${m.decile}`).toBe(false);
          }
        }
      }
    expect(split).toBeGreaterThan(10);
  });

  it('keeps one scale for both measures in rows too, as in columns: EHC plans read as the quarter of SEN support they are', () => {
    // the ICB intranet's card at 1,280 px is 794 px: rows (the suppressed deciles' word would stand on end in 56 px columns)
    const layout = layoutDeprivationChart(modelOf(deprivationDemo), 794);
    expect(layout.orientation).toBe('horizontal');
    const [sen, ehc] = layout.panels;
    expect(ehc!.valueTicks).toEqual(sen!.valueTicks);
    const perUnit = (p: DecilePanel) => p.marks.filter((m) => m.bar).map((m) => m.bar!.width / m.rate!);
    for (const k of [...perUnit(sen!), ...perUnit(ehc!)]) assertInDelta(k, perUnit(sen!)[0]!, 1e-6);
    // the axis is set by the largest rate drawn (SEN support and England's, 16.5), not by the intervals, which are hidden
    expect(sen!.valueTicks.at(-1)!.value).toBeLessThan(20);
  });

  it("draws England as a short line beside each bar, at England's rate, none where England has no figure", () => {
    const layout = layoutDeprivationChart(modelOf(withEngland(5)), 600, {
      measure: 'sen_support',
      orientation: 'vertical',
    });
    const p = layout.panels[0]!;
    expect(p.england.map((t) => t.decile)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10]);
    const top = p.valueTicks[p.valueTicks.length - 1]!.value;
    for (const t of p.england) {
      const bar = p.marks[t.decile - 1]!.bar!;
      // beside the bar, in the rest of its decile's band
      expect(t.x1).toBeGreaterThan(bar.x + bar.width);
      expect(t.x2).toBeLessThanOrEqual(bar.x + layout.decileBand + 1e-9);
      // the decile's number stands under its bar, not under the middle of bar and tick
      assertInDelta(layout.decileTicks[t.decile - 1]!.pos, bar.x + bar.width / 2);
      assertInDelta(p.decileTickLabels[t.decile - 1]!.x, bar.x + bar.width / 2);
      assertInDelta(t.y1, p.plot.y + p.plot.height - (15 / top) * p.plot.height);
    }
    // named once, after the last line
    expect(p.englandLabel!.x).toBeGreaterThan(p.england[p.england.length - 1]!.x2);
    const none = layoutDeprivationChart(modelOf(withEngland()), 600, { comparator: false, orientation: 'vertical' });
    expect(none.panels.every((q) => q.england.length === 0 && !q.englandLabel)).toBe(true);
    // without England the bar takes the whole band
    assertInDelta(none.panels[0]!.marks[0]!.bar!.width, none.decileBand);
  });

  it('draws the 95% intervals only when asked, and then labels the rate above its interval', () => {
    const layout = layoutDeprivationChart(modelOf(line()), 800, { measure: 'sen_support', intervals: true });
    const m = layout.panels[0]!.marks[0]!;
    const p = layout.panels[0]!;
    const top = p.valueTicks[p.valueTicks.length - 1]!.value;
    const yOf = (v: number) => p.plot.y + p.plot.height - (v / top) * p.plot.height;
    // Wilson interval of 200/1000: 17.64–22.59
    assertInDelta(m.whisker!.y1, yOf(17.6377), 0.01);
    assertInDelta(m.whisker!.y2, yOf(22.5919), 0.01);
    assertInDelta(m.whisker!.x1, m.bar!.x + m.bar!.width / 2);
    assertInDelta(m.valueLabel!.y, m.whisker!.y2 - 4);
    // the scale reaches the highest interval
    expect(top).toBeGreaterThanOrEqual(22.5919);
  });

  it('shows a suppressed decile as its word at the baseline, never as a bar', () => {
    const model = modelOf(line((d) => (d === 10 ? { ehc_plan: 4 } : {})));
    const layout = layoutDeprivationChart(model, 700, { orientation: 'vertical' });
    const ehc = layout.panels[1]!;
    const hidden = ehc.marks.filter((m) => m.status === 'suppressed');
    // decile 10 (4 plans) and one more, so decile 10 cannot be worked out from the total
    expect(hidden.map((m) => m.decile)).toEqual(
      model.local.ehc_plan.deciles.filter((d) => d.status === 'suppressed').map((d) => d.decile),
    );
    expect(hidden.map((m) => m.decile)).toContain(10);
    const baseline = ehc.plot.y + ehc.plot.height;
    for (const m of hidden) {
      expect(m.bar).toBeUndefined();
      expect(m.whisker).toBeUndefined();
      expect(m.valueLabel).toBeUndefined();
      expect(m.rate).toBeUndefined();
      expect(m.gapLabel!.text).toBe('suppressed');
      assertInDelta(m.gapLabel!.y, baseline - 4);
      // still a place for the pointer: the decile's whole column
      expect(m.hit.height).toBeGreaterThan(ehc.plot.height);
    }
  });

  it('never stands a word on end: chosen by width, columns too narrow for "suppressed" turn to rows (720–900 px)', () => {
    const model = modelOf(
      withEngland().map((r) => (!('geography' in r) && r.imd_decile === 10 ? { ...r, ehc_plan: 4 } : r)),
    );
    const words = (l: DeprivationLayout) =>
      l.panels.flatMap((p) => p.marks.flatMap((m) => (m.gapLabel ? [m.gapLabel] : [])));
    for (let width = 720; width <= 900; width += 10) {
      const layout = layoutDeprivationChart(model, width);
      expect(words(layout).length, `${width} px`).toBeGreaterThan(0);
      expect(
        words(layout).filter((t) => t.rotate),
        `${width} px (${layout.orientation})`,
      ).toEqual([]);
    }
    // with room for the word across its decile's band, columns stay, the word clear of England's 3 px line
    const wide = layoutDeprivationChart(model, 1280);
    expect(wide.orientation).toBe('vertical');
    for (const p of wide.panels)
      for (const m of p.marks.filter((k) => k.gapLabel)) {
        const b = box(m.gapLabel!);
        const tick = p.england.find((t) => t.decile === m.decile)!;
        expect(b.y + b.height <= tick.y1 - 1.5 || b.y >= tick.y1 + 1.5, `decile ${m.decile}`).toBe(true);
        expect(b.y + b.height).toBeLessThanOrEqual(p.plot.y + p.plot.height);
      }
    // asked for columns, it keeps them
    expect(layoutDeprivationChart(model, 800, { orientation: 'vertical' }).orientation).toBe('vertical');
  });

  it('labels deciles with no rows "no data"', () => {
    const layout = layoutDeprivationChart(modelOf(line().filter((r) => r.imd_decile !== 9)), 600, {
      measure: 'sen_support',
    });
    expect(layout.panels[0]!.marks[8]!.gapLabel!.text).toBe('no data');
  });

  it('turns to rows when narrow (320 px), with every bar and label inside the box and England as a key on each title line', () => {
    const layout = layoutDeprivationChart(modelOf(deprivationDemo), 320);
    expect(layout.orientation).toBe('horizontal');
    for (const p of layout.panels) {
      // deciles run down the side, in order
      const ys = p.marks.map((m) => m.hit.y);
      expect([...ys].sort((a, b) => a - b)).toEqual(ys);
      for (const m of p.marks) {
        if (m.bar) inside(layout, m.bar);
        if (m.valueLabel) {
          inside(layout, box(m.valueLabel));
          atBarEnd(m);
        }
        if (m.gapLabel) inside(layout, box(m.gapLabel));
        expect(m.hit.height).toBeGreaterThanOrEqual(20);
      }
      expect(p.englandLabel!.key).toBeDefined();
      inside(layout, box(p.englandLabel!));
      expect(p.englandLabel!.y).toBe(p.title[0]!.y);
    }
    // every shown bar keeps its value label at 16 px text
    expect(layout.panels.flatMap((p) => p.marks).filter((m) => m.bar && !m.valueLabel)).toEqual([]);
  });

  it('honours an explicit orientation', () => {
    const model = modelOf(line());
    expect(layoutDeprivationChart(model, 320, { orientation: 'vertical' }).orientation).toBe('vertical');
    expect(layoutDeprivationChart(model, 900, { orientation: 'horizontal' }).orientation).toBe('horizontal');
  });

  it('returns no bars for a width of 0 and stays finite', () => {
    const layout = layoutDeprivationChart(modelOf(line()), 0);
    for (const p of layout.panels) {
      expect(p.plot.width).toBe(0);
      for (const m of p.marks) {
        expect(m.bar).toBeUndefined();
        expect(Number.isFinite(m.anchor.x) && Number.isFinite(m.anchor.y)).toBe(true);
      }
    }
  });

  it('is blank when every decile is suppressed', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ imd_decile: i + 1, pupils: 5, sen_support: 1, ehc_plan: 0 }));
    expect(layoutDeprivationChart(modelOf(rows), 600).blank).toBe(true);
  });

  it("labels the rates only where every label fits its bar's column, and turns to rows by itself where they would not", () => {
    const model = modelOf(withEngland());
    expect(layoutDeprivationChart(model, 760).orientation).toBe('vertical');
    expect(layoutDeprivationChart(model, 640).orientation).toBe('horizontal');
    expect(layoutDeprivationChart(model, 1280).panels[0]!.marks[0]!.valueLabel!.text).toBe('20.0');
    const cramped = layoutDeprivationChart(model, 360, { orientation: 'vertical' });
    expect(cramped.panels.flatMap((p) => p.marks).some((m) => m.valueLabel)).toBe(false);
  });

  it('grows with the width in columns, and holds ten readable rows a panel when narrow', () => {
    const model = modelOf(deprivationDemo);
    // (the demo's suppressed deciles need 1,120 px for their word to lie flat in columns)
    const heights = [1120, 1280].map((w) => layoutDeprivationChart(model, w).height);
    expect(heights[0]).toBeLessThan(heights[1]!);
    const one = layoutDeprivationChart(model, 320, { measure: 'sen_support' });
    const two = layoutDeprivationChart(model, 320);
    expect(two.height).toBeGreaterThan(one.height + 10 * 20);
  });
});
