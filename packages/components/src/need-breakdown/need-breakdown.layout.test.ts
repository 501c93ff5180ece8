import { describe, expect, it } from 'vitest';
import { buildNeedsModel, needsContract, toRawData, validate } from '@send-insight/data';
import { demoNeedsRows } from '@send-insight/data/demo';
import { MAX_TEXT, textWidth } from '@send-insight/core/layout';
import type { NeedsModel } from '@send-insight/data';
import type { CompositionLayout, DifferenceLayout, SharesLayout, TextLine } from './need-breakdown.layout.js';
import { needBreakdownView, needViewOptions, type NeedViewAttributes } from './need-breakdown.view.js';

/** The geometry the element draws: the view's layout for these attributes at this width. */
const layoutNeedBreakdown = (m: NeedsModel, size: { width: number }, a: NeedViewAttributes & { by?: 'phase' | 'provision' } = {}) =>
  needBreakdownView(m, needViewOptions({ ...a, compositionBy: a.by }), {}, size.width).layout;

const demo = buildNeedsModel(validate(toRawData(demoNeedsRows()), needsContract));
const model = (csv: string) => buildNeedsModel(validate(toRawData(csv), needsContract));
const shares = (w: number, o = {}) => layoutNeedBreakdown(demo, { width: w }, { phase: 'primary', provision: 'all', ...o }) as SharesLayout;
const allText = (lines: TextLine[]) => lines.map((l) => l.text);

describe('need breakdown layout (shares)', () => {
  it('has the expected defaults: share bars for the phase, sorted, with England marked', () => {
    const l = shares(800);
    expect(l.mode).toBe('shares');
    expect(l.stacked).toBe(false);
    expect(l.rows[0]!.row.label).toBe('Speech, language and communication needs (SLCN)');
    expect(allText(l.rows[0]!.values)).toEqual(['36.3%', 'England 35.4%']);
    // need not recorded (UNKNOWN) is never ranked as a need (issue #19): it follows the ranked needs
    const shown = l.rows.filter((r) => r.bar);
    const ranked = shown.filter((r) => r.row.key !== 'UNKNOWN');
    for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.bar!.width).toBeLessThanOrEqual(ranked[i - 1]!.bar!.width);
    expect(shown.at(-1)!.row.key).toBe('UNKNOWN');
    expect(l.key.map((k) => [k.kind, k.text.text])).toEqual([
      ['bar', 'This area'],
      ['marker', 'England'],
    ]);
  });

  it('scales bars and England markers on one axis starting at zero', () => {
    const l = shares(800);
    const [a, b] = l.rows.filter((r) => r.bar && r.marker);
    const unit = (a!.bar!.width) / a!.row.local.share!;
    expect(b!.bar!.width / b!.row.local.share!).toBeCloseTo(unit, 6);
    expect(a!.marker!.x - l.plotLeft).toBeCloseTo(a!.row.england!.share! * unit, 6);
    expect(a!.bar!.x).toBe(l.plotLeft);
    expect(l.ticks[0]).toMatchObject({ value: 0, pos: l.plotLeft, label: '0%' });
    expect(l.ticks.at(-1)!.pos).toBeLessThanOrEqual(l.plotRight + 1e-9);
  });

  it('keeps rows apart and every text inside the width at 320 px, with labels above the bars', () => {
    for (const width of [320, 480, 1280]) {
      const l = shares(width);
      expect(l.stacked).toBe(width <= 400);
      let previous = 0;
      for (const r of l.rows) {
        expect(r.top).toBeGreaterThanOrEqual(previous);
        expect(r.bottom).toBeGreaterThan(r.top);
        previous = r.bottom;
        for (const t of [...r.label, ...r.values, ...(r.gap ? [r.gap] : [])]) {
          const w = textWidth(t.text, t.kind === 'secondary' || t.kind === 'flag' ? l.fontSize * 0.86 : l.fontSize, t.kind === 'value');
          const left = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
          expect(left, `${t.text} at ${width}`).toBeGreaterThanOrEqual(-0.5);
          expect(left + w, `${t.text} at ${width}`).toBeLessThanOrEqual(width + 0.5);
        }
        if (r.bar) expect(r.bar.x + r.bar.width).toBeLessThanOrEqual(l.plotRight + 1e-9);
        if (l.stacked && r.bar) expect(r.bar.y).toBeGreaterThan(r.label.at(-1)!.y);
      }
      expect(l.height).toBeGreaterThan(l.plotBottom);
    }
  });

  it('wraps a long need name inside the label column and cuts a 10,000-character one (the table keeps it whole)', () => {
    const hostile = 'x'.repeat(10_000);
    const named = buildNeedsModel(validate(toRawData(demoNeedsRows()), needsContract), { text: { strings: { 'need.SLCN': `Speech ${hostile}` } } });
    const l = layoutNeedBreakdown(named, { width: 640 }, { phase: 'primary', provision: 'all' }) as SharesLayout;
    const slcn = l.rows.find((r) => r.key === 'SLCN')!;
    expect(slcn.label.length).toBeGreaterThan(2);
    expect(slcn.label.map((t) => t.text).join('').length).toBeLessThanOrEqual(MAX_TEXT);
    expect(slcn.label.at(-1)!.text.endsWith('…')).toBe(true);
    for (const t of slcn.label) expect(textWidth(t.text, l.fontSize)).toBeLessThanOrEqual(l.plotLeft);
    expect(slcn.row.label.length).toBeGreaterThan(10_000);
  });

  it('draws suppressed needs as words, with no bar and no figure', () => {
    const l = layoutNeedBreakdown(model(`geography,phase,provision,need,pupils
local,primary,all,SLCN,120
local,primary,all,ASD,4
local,primary,all,SEMH,30
local,primary,all,MLD,60`), { width: 600 }) as SharesLayout;
    const asd = l.rows.find((r) => r.key === 'ASD')!;
    expect(asd.bar).toBeUndefined();
    expect(asd.values).toEqual([]);
    expect(asd.gap!.text).toBe('suppressed');
    expect(l.rows.map((r) => r.key)).toEqual(['SLCN', 'MLD', 'ASD', 'SEMH']);
  });

  it('writes "suppressed" clear of England\'s marker, and keeps bars near their figures on wide pages', () => {
    const l = layoutNeedBreakdown(model(`geography,phase,provision,need,pupils
local,primary,all,SLCN,1203
local,primary,all,ASD,7
local,primary,all,HI,47
local,primary,all,MLD,500
england,primary,all,SLCN,35400
england,primary,all,ASD,600
england,primary,all,HI,30000
england,primary,all,MLD,20000`), { width: 1280 }) as SharesLayout;
    const gaps = l.rows.filter((r) => r.gap && r.marker);
    expect(gaps.length).toBe(2);
    for (const r of gaps) {
      const w = textWidth(r.gap!.text, l.fontSize * 0.86);
      expect(r.gap!.x > r.marker!.x || r.gap!.x + w < r.marker!.x, r.key).toBe(true);
    }
    expect(l.plotRight - l.plotLeft).toBeLessThanOrEqual(720);
  });

  it('groups needs beyond the top N as "Other needs"', () => {
    const l = shares(800, { top: 5 });
    expect(l.rows).toHaveLength(6);
    expect(l.rows.at(-1)!.row.label).toMatch(/^Other needs \(\d+\)$/);
    expect(l.rows.at(-1)!.bar!.width).toBeGreaterThan(0);
  });

  it('returns no rows and no NaN for a width of 0 or a phase with no data', () => {
    const zero = shares(0);
    for (const r of zero.rows) if (r.bar) expect(Number.isFinite(r.bar.width)).toBe(true);
    const none = layoutNeedBreakdown(demo, { width: 600 }, { phase: 'nursery' }) as SharesLayout;
    expect(none.rows).toEqual([]);
    expect(Number.isFinite(none.height)).toBe(true);
  });
});

describe('difference view', () => {
  const diff = (phase: string, width = 800) => layoutNeedBreakdown(demo, { width }, { mode: 'difference', phase, provision: 'all' }) as DifferenceLayout;

  it('plots the difference from England with its interval and a shape for significance', () => {
    const l = diff('secondary');
    expect(l.mode).toBe('difference');
    const mld = l.rows[0]!;
    expect(mld.key).toBe('MLD');
    expect(allText(mld.values)).toEqual(['+11.7 pts', '▲ Higher']);
    expect(mld.dot!.shape).toBe('higher');
    expect(mld.interval!.x1).toBeLessThan(mld.dot!.x);
    expect(mld.interval!.x2).toBeGreaterThan(mld.dot!.x);
    expect(mld.dot!.x).toBeGreaterThan(l.zeroX);
    const semh = l.rows.find((r) => r.key === 'SEMH')!;
    expect(semh.values[0]!.text).toBe('\u22121.6 pts');
    expect(semh.dot!.x).toBeLessThan(l.zeroX);
    // zero sits in the middle of a symmetric axis
    expect(l.zeroX).toBeCloseTo((l.plotLeft + l.plotRight) / 2, 6);
    expect(l.ticks.some((t) => t.label === '0' && Math.abs(t.pos - l.zeroX) < 1e-9)).toBe(true);
    expect(l.key.map((k) => k.kind)).toEqual(['higher', 'lower', 'similar', 'interval']);
  });

  it('keeps tick labels apart at 320 px', () => {
    for (const width of [320, 1280]) {
      const l = diff('secondary', width);
      const small = l.fontSize * 0.86;
      for (let i = 1; i < l.ticks.length; i++) {
        const a = l.ticks[i - 1]!;
        const b = l.ticks[i]!;
        expect(a.labelPos + textWidth(a.label, small) / 2, `${a.label} / ${b.label} at ${width}`).toBeLessThan(b.labelPos - textWidth(b.label, small) / 2);
      }
      expect(l.ticks.some((t) => t.label === '0')).toBe(true);
    }
  });

  it('sorts by difference by default and says why a need has no comparison', () => {
    const l = diff('primary');
    const points = l.rows.filter((r) => r.row.difference).map((r) => r.row.difference!.points);
    expect([...points].sort((a, b) => b - a)).toEqual(points);
    const noEngland = layoutNeedBreakdown(model(`geography,phase,provision,need,pupils
local,primary,all,SLCN,120
local,primary,all,MLD,60`), { width: 600 }, { mode: 'difference' }) as DifferenceLayout;
    expect(noEngland.rows[0]!.gap!.text).toBe('no England figures');
    expect(noEngland.rows[0]!.dot).toBeUndefined();
  });
});

describe('composition view', () => {
  const comp = (o = {}, width = 800) => layoutNeedBreakdown(demo, { width }, { mode: 'composition', provision: 'all', ...o }) as CompositionLayout;

  it('stacks each phase to the full plot width, in the legend order', () => {
    const l = comp();
    expect(l.bars.map((b) => b.label.map((t) => t.text).join(' '))).toEqual(['Primary', 'Secondary', 'Special schools']);
    for (const bar of l.bars) {
      const first = bar.segments[0]!;
      const last = bar.segments.at(-1)!;
      expect(first.box.x).toBeCloseTo(l.plotLeft, 6);
      expect(last.box.x + last.box.width).toBeCloseTo(l.plotRight, 6);
      const order = bar.segments.map((s) => l.legend.findIndex((e) => e.key === s.key));
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    }
    expect(l.legend.map((e) => e.key)).toContain('OTHER');
  });

  it('gives every kept need its own colour, at most six, the rest in Other needs', () => {
    for (const top of [3, 6, 7, 12]) {
      const l = comp({ top, by: 'provision', phase: 'special' });
      const fills = l.legend.filter((e) => typeof e.fill === 'number').map((e) => e.fill);
      expect(new Set(fills).size, `top ${top}`).toBe(fills.length);
      expect(fills.length).toBeLessThanOrEqual(6);
    }
  });

  it('labels segments directly only where the label fits', () => {
    for (const width of [320, 1280]) {
      const l = comp({}, width);
      for (const s of l.bars.flatMap((b) => b.segments)) {
        if (s.text) expect(textWidth(s.text.text, l.fontSize * 0.86, true) + 8).toBeLessThanOrEqual(s.box.width + 1e-9);
      }
    }
    const wide = comp({}, 1280);
    expect(wide.bars[0]!.segments[0]!.text!.text).toBe('SLCN 36.3%');
  });

  it('re-stacks the remaining needs when the legend hides some', () => {
    const l = comp({ hidden: ['SLCN'] });
    expect(l.legend.find((e) => e.key === 'SLCN')!.hidden).toBe(true);
    const primary = l.bars[0]!;
    expect(primary.segments.some((s) => s.key === 'SLCN')).toBe(false);
    expect(primary.segments[0]!.box.x).toBeCloseTo(l.plotLeft, 6);
    const total = primary.segments.reduce((a, s) => a + s.box.width, 0);
    expect(total / (l.plotRight - l.plotLeft)).toBeCloseTo(1 - 0.363, 2);
  });

  it('keeps a bar whose total is below the threshold, drawn as words only', () => {
    const l = layoutNeedBreakdown(model(`geography,phase,provision,need,pupils
local,special,sen_support,ASD,3
local,special,sen_support,SLD,4
local,special,ehc_plan,ASD,300
local,special,ehc_plan,SLD,200`), { width: 640 }, { mode: 'composition', by: 'provision', phase: 'special' }) as CompositionLayout;
    expect(l.bars.map((b) => b.key)).toEqual(['sen_support', 'ehc_plan']);
    expect(l.bars[0]!.segments).toEqual([]);
    expect(l.bars[0]!.gap!.text).toBe('suppressed: too few pupils to show');
    // with "all" (303, 204 of 507) shown, EHC plans (300, 200 of 500) would give SEN support's 3, 4
    // and 7 away; they cost less to hide than the "all" figures, so that bar is words only too
    expect(l.bars[1]!.segments).toEqual([]);
    expect(l.bars[1]!.gap!.text).toBe('suppressed: too few pupils to show');
  });

  it('compares SEN support with EHC plans for one phase', () => {
    const l = comp({ by: 'provision', phase: 'primary' });
    expect(l.bars.map((b) => b.label[0]!.text)).toEqual(['SEN support', 'EHC plan']);
  });
});
