import {
  buildDeprivationModel,
  deprivationContract,
  toRawData,
  validate,
  type DeprivationModel,
} from '@send-insight/data';
import { deprivationLsoaDemo, illustrativeEnglandLsoaRows } from '@send-insight/data/demo';
import { describe, expect, it } from 'vitest';
import { textWidth } from '@send-insight/core/layout';
import { IMD_RANK_MAX, layoutDeprivationScatter } from './deprivation-scatter.layout.js';

const modelOf = (rows: readonly Record<string, unknown>[], minCount?: number): DeprivationModel =>
  buildDeprivationModel(validate(toRawData(rows), deprivationContract), { minCount });

/** 1,000 pupils per decile, no neighbourhoods. */
const line = () =>
  Array.from({ length: 10 }, (_, i) => ({ imd_decile: i + 1, pupils: 1000, sen_support: 200 - 10 * i, ehc_plan: 40 }));

const assertInDelta = (actual: number, expected: number, delta = 1e-6) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(delta);

describe('layoutDeprivationScatter', () => {
  it('has the expected defaults: ten bands over the England rank scale and a point per shown LSOA', () => {
    const model = modelOf(deprivationLsoaDemo);
    const layout = layoutDeprivationScatter(model, { width: 800, height: 500 }, { measure: 'sen_support' });
    expect(layout.bands).toHaveLength(10);
    assertInDelta(layout.bands[0]!.x0, layout.plot.x);
    assertInDelta(layout.bands[9]!.x1, layout.plot.x + layout.plot.width);
    expect(layout.sets).toHaveLength(1);
    const shown = model.lsoas!.measures.sen_support.rates.filter((r) => r !== null).length;
    expect(layout.sets[0]!.x.length).toBe(shown);
    expect(layout.sets[0]!.smooth.startsWith('M')).toBe(true);
  });

  it('places a point at its rank and rate (hand-worked)', () => {
    const model = modelOf(deprivationLsoaDemo);
    const layout = layoutDeprivationScatter(model, { width: 800, height: 500 }, { measure: 'sen_support' });
    const set = layout.sets[0]!;
    const k = 7;
    const i = set.index[k]!;
    const { plot } = layout;
    const rank = model.lsoas!.ranks[i]!;
    assertInDelta(set.x[k]!, plot.x + ((rank - 1) / (IMD_RANK_MAX - 1)) * plot.width, 1e-3);
    const topTick = layout.yTicks[layout.yTicks.length - 1]!;
    const rate = model.lsoas!.measures.sen_support.rates[i]!;
    // the nice domain's top is at or above the last tick
    expect(set.y[k]!).toBeLessThan(plot.y + plot.height);
    expect(set.y[k]!).toBeGreaterThan(plot.y - 1);
    expect(rate).toBeGreaterThan(0);
    expect(topTick.pos).toBeGreaterThanOrEqual(plot.y - 1e-6);
  });

  it('sizes points by pupils (area ∝ pupils)', () => {
    const model = modelOf(deprivationLsoaDemo);
    const set = layoutDeprivationScatter(model, { width: 800, height: 500 }, { measure: 'sen_support' }).sets[0]!;
    const pupils = Array.from(set.index, (i) => model.lsoas!.pupils[i]!);
    const a = pupils.indexOf(Math.max(...pupils));
    const b = pupils.indexOf(Math.min(...pupils));
    assertInDelta((set.r[a]! / set.r[b]!) ** 2, pupils[a]! / pupils[b]!, 1e-3);
  });

  it('puts LSOAs with suppressed figures on the strip under the axis, not at zero', () => {
    const model = modelOf(deprivationLsoaDemo);
    const layout = layoutDeprivationScatter(model, { width: 800, height: 500 }, { measure: 'ehc_plan' });
    const hidden = model.lsoas!.measures.ehc_plan.rates.filter((r) => r === null).length;
    expect(hidden).toBeGreaterThan(0);
    expect(layout.suppressed.index.length).toBe(hidden);
    expect(layout.sets[0]!.x.length + hidden).toBe(158);
    expect(layout.suppressed.y).toBeGreaterThan(layout.plot.y + layout.plot.height);
    for (const idx of layout.suppressed.index) expect(Array.from(layout.sets[0]!.index)).not.toContain(idx);
  });

  it("writes the strip's word on a line of its own, clear of the strip's ticks and above the rank labels, at every width", () => {
    const model = modelOf(deprivationLsoaDemo);
    const fs = 16;
    for (const width of [288, 320, 480, 800, 1280]) {
      const l = layoutDeprivationScatter(model, { width, height: 500 }, { measure: 'ehc_plan' });
      const s = l.suppressed;
      expect(s.x.length).toBeGreaterThan(0);
      // the word's box (cap height to descenders) starts 3 px or more below the ticks' foot: it was drawn over them
      const wordTop = s.labelY - fs * 0.8;
      const wordBottom = s.labelY + fs * 0.25;
      expect(wordTop, `at ${width} px`).toBeGreaterThanOrEqual(s.y + s.height + 3);
      expect(l.xTickY - fs * 0.8, `at ${width} px`).toBeGreaterThanOrEqual(wordBottom + 3);
      expect(l.xTitle.y - fs * 0.8).toBeGreaterThanOrEqual(l.xTickY + fs * 0.25);
    }
    // with nothing on the strip no line is kept for its word
    const none = layoutDeprivationScatter(model, { width: 800, height: 500 }, { measure: 'sen_support' });
    const some = layoutDeprivationScatter(model, { width: 800, height: 500 }, { measure: 'ehc_plan' });
    expect(none.plot.height).toBeGreaterThan(some.plot.height);
  });

  it('keys the suppressed strip only when a neighbourhood is on it (Wolverhampton: none for SEN support, some for EHC plans)', () => {
    const model = modelOf(deprivationLsoaDemo);
    const kinds = (measure: 'sen_support' | 'ehc_plan') =>
      layoutDeprivationScatter(model, { width: 800, height: 500 }, { measure }).legend.map((g) => g.kind);
    expect(model.lsoas!.measures.sen_support.rates.filter((r) => r === null)).toHaveLength(0);
    expect(kinds('sen_support')).toEqual(['point', 'smooth']);
    expect(kinds('ehc_plan')).toEqual(['point', 'smooth', 'strip']);
  });

  it('lays out all 32,844 England LSOAs with small points and typed arrays', () => {
    const model = modelOf(illustrativeEnglandLsoaRows());
    const layout = layoutDeprivationScatter(model, { width: 800, height: 500 }, { measure: 'sen_support' });
    const set = layout.sets[0]!;
    expect(set.x).toBeInstanceOf(Float32Array);
    expect(set.x.length + layout.suppressed.index.length).toBe(32_844);
    expect(Math.max(...set.r)).toBeLessThanOrEqual(2.6);
  });

  it("keeps the rank axis's labels apart at every width: the ends stand inside the plot and a tick that would touch one is left out", () => {
    const model = modelOf(deprivationLsoaDemo);
    for (let width = 288; width <= 1280; width += 16) {
      const { xTicks } = layoutDeprivationScatter(model, { width, height: 500 });
      // the first label starts at its tick, the last ends at its tick, the others are centred
      const boxes = xTicks.map((t, i) => {
        const w = textWidth(t.label, 16);
        const left = i === 0 ? t.pos : i === xTicks.length - 1 ? t.pos - w : t.pos - w / 2;
        return { left, right: left + w, label: t.label };
      });
      expect(boxes[0]!.label, `${width} px`).toBe('1');
      expect(boxes[boxes.length - 1]!.label, `${width} px`).toBe('32,844');
      for (let i = 1; i < boxes.length; i++)
        expect(
          boxes[i]!.left - boxes[i - 1]!.right,
          `${boxes[i - 1]!.label} and ${boxes[i]!.label} at ${width} px`,
        ).toBeGreaterThanOrEqual(8);
    }
  });

  it('returns no points without LSOA data', () => {
    const layout = layoutDeprivationScatter(modelOf(line()), { width: 600, height: 400 });
    expect(layout.sets).toEqual([]);
    expect(layout.suppressed.index.length).toBe(0);
  });

  it('fits the rank axis title to the width: the long one when wide, the short one on a phone', () => {
    const model = modelOf(deprivationLsoaDemo);
    expect(layoutDeprivationScatter(model, { width: 800, height: 500 }).xTitle.text).toBe(
      'IMD rank of the area (1 = most deprived in England)',
    );
    const narrow = layoutDeprivationScatter(model, { width: 320, height: 400 }).xTitle;
    expect(narrow.text).toBe('IMD rank (1 = most deprived)');
    expect(narrow.x).toBe(160);
  });

  it('fits the rate axis title to the width too: each title chosen is the longest whose bold text fits', () => {
    const model = modelOf(deprivationLsoaDemo);
    for (const width of [320, 480, 800, 1280]) {
      const l = layoutDeprivationScatter(model, { width, height: 500 });
      for (const t of [l.xTitle, l.yTitle])
        expect(textWidth(t.text, 16, true), `${t.text} at ${width}`).toBeLessThanOrEqual(width - 8);
    }
    expect(layoutDeprivationScatter(model, { width: 320, height: 500 }).yTitle.text).toBe('Rate per 100 pupils');
    expect(layoutDeprivationScatter(model, { width: 1280, height: 500 }).yTitle.text).toBe(
      'Rate per 100 pupils (dots sized by pupils); shaded bands: IMD deciles 1–10',
    );
  });
});
