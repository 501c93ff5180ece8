import { describe, expect, it } from 'vitest';
import { buildNeedsModel, needsContract, toRawData, validate } from '@send-insight/data';
import { demoNeedsRows } from '@send-insight/data/demo';
import { MAX_TEXT, textWidth } from '@send-insight/core/layout';
import type { NeedsModel } from '@send-insight/data';
import { legendGrid } from './need-breakdown.key.js';
import {
  NEED_END_ROOM,
  type CompositionLayout,
  type DifferenceLayout,
  type SharesLayout,
  type TextLine,
} from './need-breakdown.layout.js';
import { needBreakdownView, needViewOptions, type NeedViewAttributes } from './need-breakdown.view.js';

/** The geometry the element draws: the view's layout for these attributes at this width. */
const layoutNeedBreakdown = (
  m: NeedsModel,
  size: { width: number },
  a: NeedViewAttributes & { by?: 'phase' | 'provision' } = {},
) => needBreakdownView(m, needViewOptions({ ...a, compositionBy: a.by }), {}, size.width).layout;

const demo = buildNeedsModel(validate(toRawData(demoNeedsRows()), needsContract));
const model = (csv: string) => buildNeedsModel(validate(toRawData(csv), needsContract));
const shares = (w: number, o = {}) =>
  layoutNeedBreakdown(demo, { width: w }, { phase: 'primary', provision: 'all', ...o }) as SharesLayout;
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
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i]!.bar!.width).toBeLessThanOrEqual(ranked[i - 1]!.bar!.width);
    expect(shown.at(-1)!.row.key).toBe('UNKNOWN');
    expect(l.key.map((k) => [k.kind, k.text.text])).toEqual([
      ['bar', 'This area'],
      ['marker', 'England'],
    ]);
  });

  it('leaves room past the largest England marker: each ends NEED_END_ROOM px before the last gridline and 24 px before its value', () => {
    // Long labels: special-school EHC plans, where England's ASD share (34.9%) is the largest figure
    const long = buildNeedsModel(
      validate(
        toRawData(demoNeedsRows().filter((r) => r.provision === 'ehc_plan' && r.phase === 'special')),
        needsContract,
      ),
    );
    const cases: [NeedsModel, NeedViewAttributes][] = [
      [long, { phase: 'special', provision: 'ehc_plan' }],
      [demo, { phase: 'primary', provision: 'all' }],
      [demo, { phase: 'secondary', provision: 'sen_support' }],
      [demo, { phase: 'special', provision: 'all' }],
    ];
    let markers = 0;
    for (const [m, a] of cases)
      for (const width of [288, 320, 480, 720, 960, 1248]) {
        const l = layoutNeedBreakdown(m, { width }, a) as SharesLayout;
        for (const r of l.rows) {
          if (!r.marker) continue;
          markers++;
          const what = `${a.phase} ${a.provision} ${r.row.key} at ${width} px`;
          expect(r.marker.x, what).toBeLessThanOrEqual(l.ticks.at(-1)!.pos - NEED_END_ROOM + 1e-6);
          // the marker (2.5 px) and its halo reach 2 px either side of its centre
          const end = r.marker.x + 2;
          if (!l.stacked) expect(Math.min(...r.values.map((v) => v.x)) - end, what).toBeGreaterThanOrEqual(20);
        }
      }
    expect(markers).toBeGreaterThan(100);
  });

  it('scales bars and England markers on one axis starting at zero', () => {
    const l = shares(800);
    const [a, b] = l.rows.filter((r) => r.bar && r.marker);
    const unit = a!.bar!.width / a!.row.local.share!;
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
          const w = textWidth(
            t.text,
            t.kind === 'secondary' || t.kind === 'flag' ? l.fontSize * 0.86 : l.fontSize,
            t.kind === 'value',
          );
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
    const named = buildNeedsModel(validate(toRawData(demoNeedsRows()), needsContract), {
      text: { strings: { 'need.SLCN': `Speech ${hostile}` } },
    });
    const l = layoutNeedBreakdown(named, { width: 640 }, { phase: 'primary', provision: 'all' }) as SharesLayout;
    const slcn = l.rows.find((r) => r.key === 'SLCN')!;
    expect(slcn.label.length).toBeGreaterThan(2);
    expect(slcn.label.map((t) => t.text).join('').length).toBeLessThanOrEqual(MAX_TEXT);
    expect(slcn.label.at(-1)!.text.endsWith('…')).toBe(true);
    for (const t of slcn.label) expect(textWidth(t.text, l.fontSize)).toBeLessThanOrEqual(l.plotLeft);
    expect(slcn.row.label.length).toBeGreaterThan(10_000);
  });

  it('draws suppressed needs as words, with no bar and no figure', () => {
    const l = layoutNeedBreakdown(
      model(`geography,phase,provision,need,pupils
local,primary,all,SLCN,120
local,primary,all,ASD,4
local,primary,all,SEMH,30
local,primary,all,MLD,60`),
      { width: 600 },
    ) as SharesLayout;
    const asd = l.rows.find((r) => r.key === 'ASD')!;
    expect(asd.bar).toBeUndefined();
    expect(asd.values).toEqual([]);
    expect(asd.gap!.text).toBe('suppressed');
    expect(l.rows.map((r) => r.key)).toEqual(['SLCN', 'MLD', 'ASD', 'SEMH']);
  });

  it('writes "suppressed" clear of England\'s marker, and keeps bars near their figures on wide pages', () => {
    const l = layoutNeedBreakdown(
      model(`geography,phase,provision,need,pupils
local,primary,all,SLCN,1203
local,primary,all,ASD,7
local,primary,all,HI,47
local,primary,all,MLD,500
england,primary,all,SLCN,35400
england,primary,all,ASD,600
england,primary,all,HI,30000
england,primary,all,MLD,20000`),
      { width: 1280 },
    ) as SharesLayout;
    const gaps = l.rows.filter((r) => r.gap && r.marker);
    expect(gaps.length).toBe(2);
    for (const r of gaps) {
      const w = textWidth(r.gap!.text, l.fontSize * 0.86);
      expect(r.gap!.x > r.marker!.x || r.gap!.x + w < r.marker!.x, r.key).toBe(true);
    }
    expect(l.plotRight - l.plotLeft).toBeLessThanOrEqual(720);
  });

  /** The long setting of the Long labels story: ASD here 28.4% against England's 34.9%. */
  const LONG = buildNeedsModel(
    validate(
      toRawData(
        demoNeedsRows()
          .filter((r) => r.provision === 'ehc_plan' && r.phase === 'special')
          .map((r) => ({
            ...r,
            phase: 'Independent or non-maintained special school, including out-of-area placements',
          })),
      ),
      needsContract,
    ),
  );

  it("centres each need's name on its bar (one line or several) when the names sit beside the bars", () => {
    for (const width of [720, 1280]) {
      const l = shares(width);
      for (const r of l.rows.filter((x) => x.bar)) {
        const mid = r.bar!.y + r.bar!.height / 2;
        // the cap height's middle of a one-line name, or the middle of a name's lines, on the bar's centre line
        const first = r.label[0]!.y - l.fontSize * 0.35;
        const last = r.label.at(-1)!.y - l.fontSize * 0.35;
        expect((first + last) / 2, `${width}px ${r.key}`).toBeCloseTo(mid, 6);
        // and the name's ascenders stay in its own row
        expect(r.label[0]!.y - l.fontSize * 0.8).toBeGreaterThanOrEqual(r.top);
      }
    }
  });

  it('ends the axis on a gridline at or beyond every share and England marker, at every width', () => {
    for (const [m, phase, provision] of [
      [demo, 'primary', 'all'],
      [demo, 'secondary', 'all'],
      [LONG, LONG.groups[0]!.phase, 'ehc_plan'],
    ] as const) {
      for (const width of [320, 360, 480, 640, 720, 1024, 1280]) {
        const l = layoutNeedBreakdown(m, { width }, { phase, provision }) as SharesLayout;
        const last = l.ticks.at(-1)!;
        expect(last.pos, `${phase} ${width}px: the last gridline is the plot's end`).toBeCloseTo(l.plotRight, 6);
        for (const r of l.rows) {
          if (r.bar) expect(r.bar.x + r.bar.width).toBeLessThanOrEqual(last.pos + 1e-9);
          if (r.marker) expect(r.marker.x).toBeLessThanOrEqual(last.pos + 1e-9);
          // the value column starts clear of anything drawn at the plot's end
          for (const v of r.values) expect(v.x - last.pos, `${phase} ${width}px`).toBeGreaterThanOrEqual(12);
        }
      }
    }
  });

  it('thins a crowded axis to every second or third tick before a coarser one: 0%, 30%, 60% for shares up to 58% on a phone', () => {
    // the Suppressed story's small area: SLCN 58.2% of the pupils shown
    const small = model(`geography,phase,provision,need,pupils
local,primary,all,SLCN,1203
local,primary,all,ASD,7
local,primary,all,SEMH,311
local,primary,all,HI,47
local,primary,all,MLD,500
england,primary,all,SLCN,35400
england,primary,all,ASD,20000
england,primary,all,SEMH,20000
england,primary,all,HI,4600
england,primary,all,MLD,20000`);
    const l = layoutNeedBreakdown(small, { width: 288 }, { phase: 'primary', provision: 'all' }) as SharesLayout;
    expect(l.ticks.map((t) => t.label)).toEqual(['0%', '30%', '60%']);
    expect(l.ticks.at(-1)!.pos).toBeCloseTo(l.plotRight, 6);
    for (const r of l.rows) if (r.bar) expect(r.bar.x + r.bar.width).toBeLessThanOrEqual(l.plotRight + 1e-6);
    // the difference view's thinned axis keeps its zero
    const d = layoutNeedBreakdown(
      demo,
      { width: 288 },
      { phase: 'primary', provision: 'all', mode: 'difference' },
    ) as DifferenceLayout;
    expect(d.ticks.some((t) => t.value === 0)).toBe(true);
  });

  it("keeps England's 34.9% inside the plot at 320 px with the long setting (it ran past the last gridline into the figures)", () => {
    const l = layoutNeedBreakdown(
      LONG,
      { width: 288 },
      { phase: LONG.groups[0]!.phase, provision: 'ehc_plan' },
    ) as SharesLayout;
    const asd = l.rows.find((r) => r.key === 'ASD')!;
    expect(asd.row.england!.share).toBeCloseTo(0.349, 3);
    expect(asd.marker!.x).toBeLessThan(l.ticks.at(-1)!.pos);
    expect(l.ticks.at(-1)!.value).toBeGreaterThanOrEqual(0.349);
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
  const diff = (phase: string, width = 800) =>
    layoutNeedBreakdown(demo, { width }, { mode: 'difference', phase, provision: 'all' }) as DifferenceLayout;

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
        expect(a.labelPos + textWidth(a.label, small) / 2, `${a.label} / ${b.label} at ${width}`).toBeLessThan(
          b.labelPos - textWidth(b.label, small) / 2,
        );
      }
      expect(l.ticks.some((t) => t.label === '0')).toBe(true);
    }
  });

  it('ends the axis on gridlines beyond every interval, at every width', () => {
    for (const width of [320, 480, 720, 1280]) {
      const l = layoutNeedBreakdown(demo, { width }, { phase: 'secondary', mode: 'difference' }) as DifferenceLayout;
      expect(l.ticks[0]!.pos).toBeCloseTo(l.plotLeft, 6);
      expect(l.ticks.at(-1)!.pos).toBeCloseTo(l.plotRight, 6);
      for (const r of l.rows.filter((x) => x.interval)) {
        expect(r.interval!.x1).toBeGreaterThanOrEqual(l.plotLeft - 1e-9);
        expect(r.interval!.x2).toBeLessThanOrEqual(l.plotRight + 1e-9);
        for (const v of r.values) expect(v.x - l.plotRight).toBeGreaterThanOrEqual(12);
      }
    }
  });

  it('sorts by difference by default and says why a need has no comparison', () => {
    const l = diff('primary');
    const points = l.rows.filter((r) => r.row.difference).map((r) => r.row.difference!.points);
    expect([...points].sort((a, b) => b - a)).toEqual(points);
    const noEngland = layoutNeedBreakdown(
      model(`geography,phase,provision,need,pupils
local,primary,all,SLCN,120
local,primary,all,MLD,60`),
      { width: 600 },
      { mode: 'difference' },
    ) as DifferenceLayout;
    expect(noEngland.rows[0]!.gap!.text).toBe('no England figures');
    expect(noEngland.rows[0]!.dot).toBeUndefined();
  });
});

describe('composition view', () => {
  const comp = (o = {}, width = 800) =>
    layoutNeedBreakdown(demo, { width }, { mode: 'composition', provision: 'all', ...o }) as CompositionLayout;

  it('stacks each phase to the full plot width, in the legend order', () => {
    const l = comp();
    expect(l.bars.map((b) => b.label.map((t) => t.text).join(' '))).toEqual([
      'Primary',
      'Secondary',
      'Special schools',
    ]);
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

  it('never writes on the hatched block of suppressed needs (it was "Supp."): the legend and the table name it', () => {
    for (const width of [320, 480, 640, 800, 1280]) {
      for (const o of [{}, { by: 'provision', phase: 'special' }, { by: 'provision', phase: 'secondary' }]) {
        const l = comp(o, width);
        const hatched = l.bars.flatMap((b) => b.segments).filter((x) => x.fill === 'suppressed');
        expect(hatched.length, `${width}px ${JSON.stringify(o)}`).toBeGreaterThan(0);
        for (const x of hatched) expect(x.text).toBeUndefined();
      }
    }
    expect(comp({}, 1280).legend.find((e) => e.key === 'SUPPRESSED')!.label).toBe('Suppressed');
  });

  it("centres each bar's name on its bar", () => {
    const l = comp({}, 800);
    for (const bar of l.bars) {
      const box = bar.segments[0]!.box;
      const lines = bar.label.map((t) => t.y - l.fontSize * 0.35);
      expect((lines[0]! + lines.at(-1)!) / 2).toBeCloseTo(box.y + box.height / 2, 6);
    }
  });

  it('lays the legend out in even rows: two of four at 1280 px, four of two at 640, one column at 320', () => {
    expect(comp({}, 1248).legendColumns).toBe(4);
    expect(comp({}, 600).legendColumns).toBe(2);
    expect(comp({}, 288).legendColumns).toBe(1);
    for (const width of [288, 400, 600, 800, 1000, 1248]) {
      const l = comp({}, width);
      const n = l.legend.length;
      const rows = Math.ceil(n / l.legendColumns);
      // every row full but the last, which is short by less than a row's worth spread over the rows
      expect(n - (rows - 1) * l.legendColumns, `${width}px`).toBeGreaterThan(0);
      expect(rows * l.legendColumns - n, `${width}px`).toBeLessThan(rows);
    }
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
    const l = layoutNeedBreakdown(
      model(`geography,phase,provision,need,pupils
local,special,sen_support,ASD,3
local,special,sen_support,SLD,4
local,special,ehc_plan,ASD,300
local,special,ehc_plan,SLD,200`),
      { width: 640 },
      { mode: 'composition', by: 'provision', phase: 'special' },
    ) as CompositionLayout;
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

describe('legendGrid', () => {
  it('evens the rows out: seven entries that fit five a row go in two rows of four and three', () => {
    const names = ['Aa', 'Bb', 'Cc', 'Dd', 'Ee', 'Ff', 'Gg'];
    const column = textWidth('Aa', 14) + 42;
    expect(legendGrid(names, 5 * (column + 8) - 8, 14)).toBe(4);
    expect(legendGrid(names, 10_000, 14)).toBe(7);
    expect(legendGrid(names, 10, 14)).toBe(1);
    expect(legendGrid([], 1000, 14)).toBe(1);
  });
});
