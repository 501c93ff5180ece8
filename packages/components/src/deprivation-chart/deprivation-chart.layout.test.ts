import { buildDeprivationModel, deprivationContract, toRawData, validate, type DeprivationModel } from '@send-insight/data';
import { deprivationDemo, deprivationLsoaDemo, illustrativeEnglandLsoaRows } from '@send-insight/data/demo';
import { describe, expect, it } from 'vitest';
import { deprivationChartHeight, layoutDeprivationChart, type DeprivationLayout } from './deprivation-chart.layout.js';
import { IMD_RANK_MAX, layoutDeprivationScatter } from './deprivation-scatter.layout.js';

const modelOf = (rows: readonly Record<string, unknown>[], minCount?: number): DeprivationModel =>
  buildDeprivationModel(validate(toRawData(rows), deprivationContract), { minCount });

/** 1,000 pupils per decile: SEN support 20.0 → 11.0 per 100, EHC plans 4.0 everywhere. */
const line = (extra: (d: number) => Record<string, unknown> = () => ({})) =>
  Array.from({ length: 10 }, (_, i) => ({ imd_decile: i + 1, pupils: 1000, sen_support: 200 - 10 * i, ehc_plan: 40, ...extra(i + 1) }));

const assertInDelta = (actual: number, expected: number, delta = 1e-6) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(delta);

function inside(layout: DeprivationLayout, x: number, y: number) {
  expect(x).toBeGreaterThanOrEqual(-0.5);
  expect(x).toBeLessThanOrEqual(layout.width + 0.5);
  expect(y).toBeGreaterThanOrEqual(-0.5);
  expect(y).toBeLessThanOrEqual(layout.height + 0.5);
}

describe('layoutDeprivationChart', () => {
  it('has the expected defaults: vertical when wide, both measures, England when given, ten deciles', () => {
    const layout = layoutDeprivationChart(modelOf(deprivationDemo), { width: 800, height: 420, layout: 'wide' });
    expect(layout.orientation).toBe('vertical');
    expect(layout.series.map((s) => s.measure)).toEqual(['sen_support', 'ehc_plan']);
    expect(layout.series.every((s) => s.marks.length === 10)).toBe(true);
    expect(layout.series[0]!.england!.points).toHaveLength(10);
    expect(layout.decileTicks.map((t) => t.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(layout.legend.map((l) => l.kind)).toEqual(['bar', 'bar', 'interval', 'trend', 'england', 'suppressed']);
    expect(layout.blank).toBe(false);
  });

  it('maps rates to bar heights on a linear scale from zero (hand-worked)', () => {
    const layout = layoutDeprivationChart(modelOf(line()), { width: 600, height: 400 }, { measure: 'sen_support' });
    const { plot } = layout;
    const marks = layout.series[0]!.marks;
    // bars stand on the zero line at the bottom of the plot
    for (const m of marks) assertInDelta(m.bar!.y + m.bar!.height, plot.y + plot.height);
    // 20 per 100 and 11 per 100: heights in the ratio 20:11
    assertInDelta(marks[0]!.bar!.height / marks[9]!.bar!.height, 20 / 11, 1e-9);
    // the top tick is the nice maximum; a rate's height is rate / max of the plot height
    const top = layout.valueTicks[layout.valueTicks.length - 1]!;
    assertInDelta(top.pos, plot.y);
    assertInDelta(marks[0]!.bar!.height, (20 / top.value) * plot.height, 1e-6);
  });

  it('draws Wilson whiskers around the bar end (200/1000 → 17.64–22.59)', () => {
    const layout = layoutDeprivationChart(modelOf(line()), { width: 600, height: 400 }, { measure: 'sen_support' });
    const m = layout.series[0]!.marks[0]!;
    const { plot } = layout;
    const top = layout.valueTicks[layout.valueTicks.length - 1]!.value;
    const yOf = (v: number) => plot.y + plot.height - (v / top) * plot.height;
    assertInDelta(m.whisker!.y1, yOf(17.6377), 0.01);
    assertInDelta(m.whisker!.y2, yOf(22.5919), 0.01);
    assertInDelta(m.whisker!.x1, m.bar!.x + m.bar!.width / 2);
    expect(m.whisker!.y2).toBeLessThan(m.anchor.y);
    expect(m.whisker!.y1).toBeGreaterThan(m.anchor.y);
  });

  it('puts paired bars side by side inside each decile band, SEN support first', () => {
    const layout = layoutDeprivationChart(modelOf(line()), { width: 700, height: 400 });
    const [sen, ehc] = layout.series;
    for (let d = 0; d < 10; d++) {
      const a = sen!.marks[d]!.bar!;
      const b = ehc!.marks[d]!.bar!;
      expect(a.x + a.width).toBeLessThanOrEqual(b.x + 1e-9);
      const tick = layout.decileTicks[d]!.pos;
      expect(a.x).toBeGreaterThanOrEqual(tick - layout.decileBand / 2 - 1e-9);
      expect(b.x + b.width).toBeLessThanOrEqual(tick + layout.decileBand / 2 + 1e-9);
    }
  });

  it('draws the trend line through the fitted values at deciles 1 and 10', () => {
    const layout = layoutDeprivationChart(modelOf(line()), { width: 600, height: 400 }, { measure: 'sen_support' });
    const s = layout.series[0]!;
    // a straight line of rates: the trend ends exactly at the bar tops
    assertInDelta(s.trend!.y1, s.marks[0]!.anchor.y, 1e-6);
    assertInDelta(s.trend!.y2, s.marks[9]!.anchor.y, 1e-6);
    assertInDelta(s.trend!.x1, s.marks[0]!.anchor.x, 1e-6);
  });

  it('stops the trend line at the last decile it was fitted to', () => {
    const model = modelOf(line((d) => (d === 10 ? { pupils: 8, sen_support: 1, ehc_plan: 0 } : {})));
    const s = layoutDeprivationChart(model, { width: 600, height: 400 }, { measure: 'sen_support' }).series[0]!;
    const lastShown = Math.max(...model.local.sen_support.deciles.filter((d) => d.status === 'shown').map((d) => d.decile));
    expect(lastShown).toBeLessThan(10);
    assertInDelta(s.trend!.x2, s.marks[lastShown - 1]!.anchor.x, 1e-6);
  });

  it('draws England as a line through each decile, broken where England has no figure', () => {
    const rows = [...line(), ...line(() => ({ geography: 'england', pupils: 100000, sen_support: 15000, ehc_plan: 4000 })).filter((r) => r.imd_decile !== 5)];
    const layout = layoutDeprivationChart(modelOf(rows), { width: 600, height: 400 }, { measure: 'sen_support' });
    const e = layout.series[0]!.england!;
    expect(e.points.map((p) => p.decile)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10]);
    expect(e.path.match(/M/g)).toHaveLength(2);
    // 15 per 100 everywhere: a flat line
    expect(new Set(e.points.map((p) => p.y.toFixed(6))).size).toBe(1);
    expect(layoutDeprivationChart(modelOf(rows), { width: 600, height: 400 }, { comparator: false }).series[0]!.england).toBeUndefined();
  });

  it('draws a suppressed decile as a labelled gap across the plot, never as a zero bar', () => {
    const model = modelOf(line((d) => (d === 10 ? { ehc_plan: 4 } : {})));
    const layout = layoutDeprivationChart(model, { width: 700, height: 400 });
    const ehc = layout.series[1]!;
    const hidden = ehc.marks.filter((m) => m.status === 'suppressed');
    // decile 10 (4 plans) and one more, so decile 10 cannot be worked out from the total
    expect(hidden).toHaveLength(2);
    expect(hidden.map((m) => m.decile)).toContain(10);
    expect(hidden.map((m) => m.decile)).toEqual(model.local.ehc_plan.deciles.filter((d) => d.status === 'suppressed').map((d) => d.decile));
    for (const m of hidden) {
      expect(m.bar).toBeUndefined();
      expect(m.whisker).toBeUndefined();
      expect(m.valueLabel).toBeUndefined();
      expect(m.rate).toBeUndefined();
      expect(m.gap!.height).toBeCloseTo(layout.plot.height, 6);
      expect(m.gapLabel!.text).toBe('suppressed');
    }
    expect(layout.legend.some((l) => l.kind === 'suppressed')).toBe(true);
  });

  it('labels deciles with no rows "no data"', () => {
    const layout = layoutDeprivationChart(modelOf(line().filter((r) => r.imd_decile !== 9)), { width: 600, height: 400 }, { measure: 'sen_support' });
    expect(layout.series[0]!.marks[8]!.gapLabel!.text).toBe('no data');
  });

  it('turns to rows when narrow (320 px), with every mark and label inside the box', () => {
    const model = modelOf(deprivationDemo);
    const height = deprivationChartHeight(320);
    const layout = layoutDeprivationChart(model, { width: 320, height, layout: 'narrow' });
    expect(layout.orientation).toBe('horizontal');
    // each bar a 16 px line of text and 3 px more, so its value label fits beside it
    expect(height).toBe(10 * (2 * (16 + 3) + 10) + 150);
    // deciles run down the side, in order
    const ys = layout.decileTicks.map((t) => t.pos);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    for (const s of layout.series) {
      for (const m of s.marks) {
        if (m.bar) inside(layout, m.bar.x + m.bar.width, m.bar.y + m.bar.height);
        if (m.whisker) inside(layout, m.whisker.x2, m.whisker.y2);
        if (m.valueLabel) inside(layout, m.valueLabel.x + 4 * 16 * 0.56, m.valueLabel.y);
        expect(m.bar ? m.bar.height : m.gap!.height).toBeGreaterThanOrEqual(16);
      }
    }
    // every shown bar keeps its value label at 16 px text
    expect(layout.series.flatMap((s) => s.marks).filter((m) => m.bar && !m.valueLabel)).toEqual([]);
    for (const l of layout.legend) expect(l.x + 24).toBeLessThanOrEqual(320);
    expect(layout.legend.some((l) => l.y > 0)).toBe(true);
  });

  it('honours an explicit orientation', () => {
    const model = modelOf(line());
    expect(layoutDeprivationChart(model, { width: 320, height: 600, layout: 'narrow' }, { orientation: 'vertical' }).orientation).toBe('vertical');
    expect(layoutDeprivationChart(model, { width: 900, height: 600, layout: 'wide' }, { orientation: 'horizontal' }).orientation).toBe('horizontal');
  });

  it('returns no bars for a width of 0 and stays finite', () => {
    const layout = layoutDeprivationChart(modelOf(line()), { width: 0, height: 0 });
    expect(layout.plot.width).toBe(0);
    for (const s of layout.series) {
      for (const m of s.marks) {
        expect(m.bar).toBeUndefined();
        expect(Number.isFinite(m.anchor.x) && Number.isFinite(m.anchor.y)).toBe(true);
      }
    }
  });

  it('is blank when every decile is suppressed', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ imd_decile: i + 1, pupils: 5, sen_support: 1, ehc_plan: 0 }));
    expect(layoutDeprivationChart(modelOf(rows), { width: 600, height: 400 }).blank).toBe(true);
  });

  it('shows direct value labels only when the bars are wide enough', () => {
    const model = modelOf(line());
    const wide = layoutDeprivationChart(model, { width: 1280, height: 450 });
    expect(wide.series[0]!.marks[0]!.valueLabel!.text).toBe('20.0');
    const cramped = layoutDeprivationChart(model, { width: 360, height: 400 }, { orientation: 'vertical' });
    expect(cramped.series[0]!.marks[0]!.valueLabel).toBeUndefined();
  });
});

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

  it('lays out all 32,844 England LSOAs with small points and typed arrays', () => {
    const model = modelOf(illustrativeEnglandLsoaRows());
    const layout = layoutDeprivationScatter(model, { width: 800, height: 500 }, { measure: 'sen_support' });
    const set = layout.sets[0]!;
    expect(set.x).toBeInstanceOf(Float32Array);
    expect(set.x.length + layout.suppressed.index.length).toBe(32_844);
    expect(Math.max(...set.r)).toBeLessThanOrEqual(2.6);
  });

  it('returns no points without LSOA data', () => {
    const layout = layoutDeprivationScatter(modelOf(line()), { width: 600, height: 400 });
    expect(layout.sets).toEqual([]);
    expect(layout.suppressed.index.length).toBe(0);
  });
});
