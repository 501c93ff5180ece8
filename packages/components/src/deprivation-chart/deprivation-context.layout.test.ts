import type { DeprivationContext } from '@send-insight/data';
import { describe, expect, it } from 'vitest';
import { textWidth } from '@send-insight/core/layout';
import {
  deprivationContextHeight,
  layoutDeprivationContext,
  type ContextLayout,
} from './deprivation-context.layout.js';

/** A context from counts per decile, worked out here (not with the data package). */
function contextOf(lsoas: number[], name = 'Wolverhampton'): DeprivationContext {
  const total = lsoas.reduce((s, n) => s + n, 0);
  return {
    areas: 1,
    areaCode: 'E08000031',
    areaName: name,
    lsoas,
    total,
    shares: lsoas.map((n) => (total ? n / total : 0)),
    evenShare: 0.1,
  };
}

const WOLVERHAMPTON = [33, 45, 17, 15, 11, 9, 13, 11, 3, 1];
const assertInDelta = (actual: number, expected: number, delta = 1e-6) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(delta);

/** Every mark and label of a layout lies inside its box (text by its estimated width). */
function expectInside(l: ContextLayout) {
  const within = (x: number, y: number, what: string) => {
    expect(x, `${what} x`).toBeGreaterThanOrEqual(-0.5);
    expect(x, `${what} x`).toBeLessThanOrEqual(l.width + 0.5);
    expect(y, `${what} y`).toBeGreaterThanOrEqual(-0.5);
    expect(y, `${what} y`).toBeLessThanOrEqual(l.height + 0.5);
  };
  for (const b of l.bars) {
    within(b.bar.x, b.bar.y, `bar ${b.decile}`);
    within(b.bar.x + b.bar.width, b.bar.y + b.bar.height, `bar ${b.decile} end`);
    for (const t of b.labels) {
      const w = textWidth(t.text, 12);
      const left = t.anchor === 'middle' ? t.x - w / 2 : t.x;
      within(left, t.y - 12, `label "${t.text}"`);
      within(left + w, t.y, `label "${t.text}" end`);
    }
  }
  for (const line of l.title?.lines ?? [])
    expect(l.title!.x + textWidth(line.text, 12), line.text).toBeLessThanOrEqual(l.width);
  for (const item of l.legend) expect(item.x + 24 + textWidth(item.label, 12), item.label).toBeLessThanOrEqual(l.width);
}

describe('layoutDeprivationContext', () => {
  it("has the expected defaults: full view, columns when wide, ten bars, a legend for the bars and England's even spread", () => {
    const l = layoutDeprivationContext(contextOf(WOLVERHAMPTON), { width: 800, height: 0 });
    expect(l.mode).toBe('full');
    expect(l.orientation).toBe('vertical');
    expect(l.height).toBe(deprivationContextHeight(800));
    expect(l.bars.map((b) => b.decile)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(l.legend.map((i) => i.kind)).toEqual(['bar', 'even']);
    expect(l.legend[1]!.label).toBe('England: 10% in each decile');
    expect(l.decileTicks.map((t) => t.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(l.decileEnds.map((e) => e.text)).toEqual(['← Most deprived', 'Least deprived →']);
    expect(l.valueTicks[0]!.label).toBe('0%');
    expect(l.title).toBeUndefined();
    expectInside(l);
  });

  it("draws each decile's share of the LSOAs from zero, with England's tenth as the reference line (hand-worked)", () => {
    const l = layoutDeprivationContext(contextOf(WOLVERHAMPTON), { width: 800, height: 400 });
    const { plot } = l;
    const top = l.valueTicks[l.valueTicks.length - 1]!;
    assertInDelta(top.pos, plot.y);
    // 45 of 158 is the largest share, 28.5%: the nice axis ends at 30%
    expect(top.value).toBeCloseTo(0.3, 12);
    for (const b of l.bars) assertInDelta(b.bar.y + b.bar.height, plot.y + plot.height);
    assertInDelta(l.bars[1]!.bar.height, (45 / 158 / 0.3) * plot.height, 1e-6);
    assertInDelta(l.bars[0]!.bar.height / l.bars[9]!.bar.height, 33, 1e-9);
    // the even spread: 10% of the axis
    assertInDelta(l.reference.y1, plot.y + plot.height - (0.1 / 0.3) * plot.height);
    assertInDelta(l.reference.y2, l.reference.y1);
    expect(l.reference.x1).toBe(plot.x);
    expect(l.reference.x2).toBe(plot.x + plot.width);
  });

  it('labels each bar with its number of LSOAs and its share, above the bar', () => {
    const l = layoutDeprivationContext(contextOf(WOLVERHAMPTON), { width: 800, height: 400 });
    expect(l.bars.map((b) => b.labels.map((t) => t.text).join(' '))).toEqual([
      '33 21%',
      '45 28%',
      '17 11%',
      '15 9%',
      '11 7%',
      '9 6%',
      '13 8%',
      '11 7%',
      '3 2%',
      '1 1%',
    ]);
    // above the bar, or inside its end where England's line would run through the figures (deciles 4 to 8 here; 6 only its count)
    for (const b of l.bars)
      for (const t of b.labels) expect([b.decile, t.inside ? t.y > b.bar.y : t.y < b.bar.y]).toEqual([b.decile, true]);
    expect(l.bars.filter((b) => b.labels[0]!.inside).map((b) => b.decile)).toEqual([4, 5, 6, 7, 8]);
    expect(l.bars[0]!.anchor).toEqual({ x: l.bars[0]!.bar.x + l.bars[0]!.bar.width / 2, y: l.bars[0]!.bar.y });
  });

  it("keeps each figure on its own bar's end and draws England's line in pieces round the figures (issue 22, item 13)", () => {
    const cases: [string, ContextLayout][] = [];
    for (const width of [288, 320, 400, 800, 1248, 1280]) {
      cases.push([`full ${width}`, layoutDeprivationContext(contextOf(WOLVERHAMPTON), { width, height: 0 })]);
      // the strip under the rates, lined up with their deciles as the element does it
      const step = (width - 40) / 10;
      const centres = Array.from({ length: 10 }, (_, i) => 40 + step * (i + 0.45));
      cases.push([
        `strip ${width}`,
        layoutDeprivationContext(
          contextOf(WOLVERHAMPTON),
          { width, height: 0 },
          { mode: 'compact', align: { centres, band: step * 0.84 } },
        ),
      ]);
    }
    let cut = 0;
    for (const [name, l] of cases) {
      const vertical = l.orientation === 'vertical';
      const r = l.reference;
      // the line as drawn: each piece, 2 px wide
      const pieces = l.referencePieces.map(([a, b]) =>
        vertical
          ? { left: a, right: b, top: r.y1 - 1, bottom: r.y1 + 1 }
          : { left: r.x1 - 1, right: r.x1 + 1, top: a, bottom: b },
      );
      const [from, to] = vertical ? [r.x1, r.x2] : [r.y1, r.y2];
      // where the line is left out: between its pieces, and before the first and after the last
      const gaps: [number, number][] = [];
      for (let k = 0; k <= pieces.length; k++) {
        const a = k === 0 ? from : l.referencePieces[k - 1]![1];
        const b = k === pieces.length ? to : l.referencePieces[k]![0];
        if (b - a > 1e-6) gaps.push([a, b]);
      }
      // figures the line crosses, as spans along it (4 px each side)
      const spans: [number, number][] = [];
      for (const b of l.bars) {
        const end = vertical ? b.bar.y : b.bar.x + b.bar.width;
        for (const t of b.labels) {
          const size = t.kind === 'share' && vertical ? 15 : 16;
          const tw = textWidth(t.text, size);
          const left = t.anchor === 'middle' ? t.x - tw / 2 : t.anchor === 'end' ? t.x - tw : t.x;
          // its ink as the layout takes it: from the digits' height to the baseline, or the brackets' depth
          const figure = /^[\d.,%\s-]+$/.test(t.text);
          const ink = { left, right: left + tw, top: t.y - size * 0.8, bottom: t.y + size * (figure ? 0.1 : 0.25) };
          const what = [name, b.decile, t.text];
          // no piece of England's line within 3 px of a figure's ink
          for (const p of pieces)
            expect([
              ...what,
              p.left < ink.right + 3 && p.right > ink.left - 3 && p.top < ink.bottom + 3 && p.bottom > ink.top - 3,
            ]).toEqual([...what, false]);
          if (!t.inside) {
            const across = vertical
              ? r.y1 > ink.top - 4 && r.y1 < ink.bottom + 4
              : r.x1 > ink.left - 4 && r.x1 < ink.right + 4;
            if (across) spans.push(vertical ? [ink.left - 4, ink.right + 4] : [ink.top - 4, ink.bottom + 4]);
          }
          // on its own bar's end: above it (columns), just past it (rows), or inside it
          if (t.inside) {
            if (vertical)
              expect([...what, ink.top >= b.bar.y + 2 && ink.bottom <= b.bar.y + b.bar.height]).toEqual([
                ...what,
                true,
              ]);
            else expect([...what, left >= b.bar.x + 2 && left + tw <= end - 4]).toEqual([...what, true]);
          } else if (vertical) {
            assertInDelta(t.x, b.bar.x + b.bar.width / 2);
          } else {
            assertInDelta(t.x, end + 6);
            expect([...what, t.y - 16 * 0.35]).toEqual([...what, expect.closeTo(b.bar.y + b.bar.height / 2, 6)]);
          }
        }
        // the lowest line of a column's figures stands 5 px over its bar's top
        if (vertical && b.labels.length && !b.labels[0]!.inside) assertInDelta(b.labels.at(-1)!.y, end - 5);
      }
      // the line is left out only where it meets figures: each gap is figures, 4 px either side of
      // each, and at most one left-out piece (under 10 px) between two of them
      for (const [a, b] of gaps) {
        const inGap = spans.filter(([s0, s1]) => s1 > a - 1e-6 && s0 < b + 1e-6);
        expect([name, 'gap', Math.round(a), inGap.length > 0]).toEqual([name, 'gap', Math.round(a), true]);
        const covered = inGap.reduce((sum, [s0, s1]) => sum + Math.min(b, s1) - Math.max(a, s0), 0);
        expect([name, 'gap', Math.round(a), b - a - covered < 10 * inGap.length]).toEqual([
          name,
          'gap',
          Math.round(a),
          true,
        ]);
      }
      if (gaps.length) cut++;
    }
    // the cases where the old layout hid the line behind grounds or moved figures off their bars
    expect(cut).toBeGreaterThanOrEqual(6);
  });

  it('turns the deciles into rows at 320 px, with "number (share)" after each bar, all inside the width', () => {
    const l = layoutDeprivationContext(contextOf(WOLVERHAMPTON), { width: 320, height: 0 });
    expect(l.orientation).toBe('horizontal');
    expect(l.height).toBe(deprivationContextHeight(320));
    expect(l.bars[1]!.labels.map((t) => t.text)).toEqual(['45 (28%)']);
    // rows top to bottom, decile 1 first; bars grow to the right from the zero line
    for (let i = 1; i < 10; i++) expect(l.bars[i]!.bar.y).toBeGreaterThan(l.bars[i - 1]!.bar.y);
    for (const b of l.bars) expect(b.bar.x).toBe(l.plot.x);
    expect(l.reference.x1).toBe(l.reference.x2);
    expect(l.bars.every((b) => b.bar.height >= 14)).toBe(true);
    expectInside(l);
  });

  it("lines the compact strip's columns up with the centres it is given, and wraps its heading at 280 px", () => {
    const centres = Array.from({ length: 10 }, (_, i) => 60 + i * 70);
    const wide = layoutDeprivationContext(
      contextOf(WOLVERHAMPTON),
      { width: 760, height: 0 },
      { mode: 'compact', align: { centres, band: 50 } },
    );
    expect(wide.orientation).toBe('vertical');
    expect(wide.height).toBe(170);
    expect(wide.valueTicks).toEqual([]);
    wide.bars.forEach((b, i) => {
      assertInDelta(b.bar.x + b.bar.width / 2, centres[i]!);
      assertInDelta(b.bar.width, 35);
    });
    expect(wide.bars.map((b) => b.labels.map((t) => t.text))).toEqual(WOLVERHAMPTON.map((n) => [String(n)]));
    expect(wide.title!.lines.map((t) => t.text)).toEqual(['Neighbourhoods (LSOAs) in each decile: 158 in all']);
    expect(wide.legend.map((i) => i.kind)).toEqual(['even']);
    expectInside(wide);

    // the heading is about 360 px in Arial and 400 px in DejaVu Sans at the charts' 16 px: one line at 480 px, two at 280
    expect(
      layoutDeprivationContext(contextOf(WOLVERHAMPTON), { width: 480, height: 0 }, { mode: 'compact' }).title!.lines
        .length,
    ).toBe(1);
    const narrow = layoutDeprivationContext(contextOf(WOLVERHAMPTON), { width: 280, height: 0 }, { mode: 'compact' });
    expect(narrow.orientation).toBe('vertical');
    expect(narrow.title!.lines.length).toBe(2);
    expectInside(narrow);
  });

  it('draws an empty decile as a bar of no height labelled 0, and a single full decile inside the box', () => {
    const l = layoutDeprivationContext(contextOf([0, 0, 0, 0, 0, 0, 0, 0, 0, 7]), { width: 600, height: 0 });
    expect(l.bars[0]!.bar.height).toBe(0);
    expect(l.bars[0]!.labels[0]!.text).toBe('0');
    expect(l.valueTicks[l.valueTicks.length - 1]!.label).toBe('100%');
    expectInside(l);
  });

  it("leaves out labels that would not fit their column rather than overlap (England's 3,285 per decile at 320 px)", () => {
    const england = contextOf([3284, 3285, 3284, 3285, 3284, 3284, 3285, 3284, 3285, 3284], 'England');
    const l = layoutDeprivationContext(england, { width: 320, height: 0 }, { mode: 'compact' });
    expect(l.bars.every((b) => b.labels.length === 0)).toBe(true);
    const wide = layoutDeprivationContext(england, { width: 900, height: 0 }, { mode: 'compact' });
    expect(wide.bars[0]!.labels[0]!.text).toBe('3,284');
  });

  it('returns no bar taller than the space when given no width', () => {
    const l = layoutDeprivationContext(contextOf(WOLVERHAMPTON), { width: 0, height: 0 });
    expect(l.plot.width).toBe(0);
    for (const b of l.bars) expect(b.bar.width).toBeGreaterThanOrEqual(0);
  });
});
