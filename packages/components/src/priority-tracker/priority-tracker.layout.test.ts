import { describe, expect, it } from 'vitest';
import { actionsContract, buildTrackerModel, readActions, toRawData, validate } from '@send-insight/data';
import { demoActions, DEMO_ACTIONS_AS_OF } from '@send-insight/data/demo';
import { textWidth } from '@send-insight/core/layout';
import { layoutMeasureBullet, layoutTrackerOverview, layoutTrackerTimeline } from './priority-tracker.layout.js';

const data = readActions(validate(toRawData(demoActions as unknown as Record<string, unknown>[]), actionsContract));
const model = buildTrackerModel(data, { asOf: DEMO_ACTIONS_AS_OF });
const WIDTHS = [320, 480, 720, 1280] as const;
const layoutOf = (w: number) => (w <= 400 ? 'narrow' : w <= 720 ? 'medium' : 'wide') as 'narrow' | 'medium' | 'wide';

describe('layoutTrackerOverview', () => {
  it('returns no rows at width 0', () => {
    expect(layoutTrackerOverview(model, { width: 0, layout: 'narrow' })).toEqual({ width: 0, height: 0, rows: [] });
  });

  it('draws one row per priority with the bar filled to the weighted progress', () => {
    const out = layoutTrackerOverview(model, { width: 720, layout: 'medium' });
    expect(out.rows.map((r) => r.priority)).toEqual([1, 2, 3, 4, 5]);
    out.rows.forEach((row, i) => {
      const p = model.priorities[i]!;
      expect(row.bar.fill).toBeCloseTo((p.weightedProgress! / 100) * row.bar.width, 6);
      expect(row.barLabel.text).toBe(`${Math.round(p.weightedProgress!)}%`);
      expect(row.badge.label.text).toBe(p.rag.label);
      expect(row.counts.map((c) => c.text).join(' ')).toContain(`${p.actions.length} actions`);
    });
  });

  it('keeps rows in order without overlap and everything inside the width, at 320 to 1280 px', () => {
    for (const w of WIDTHS) {
      const out = layoutTrackerOverview(model, { width: w, layout: layoutOf(w) });
      let bottom = 0;
      for (const row of out.rows) {
        expect(row.y).toBeGreaterThanOrEqual(bottom);
        bottom = row.y + row.height;
        expect(row.bar.x + row.bar.width).toBeLessThanOrEqual(w);
        expect(row.bar.fill).toBeLessThanOrEqual(row.bar.width);
        // estimated text widths stay inside the row (bold titles clear of the badge when it sits beside them)
        const titleRoom = layoutOf(w) === 'narrow' ? w : w - 190;
        for (const t of row.title) expect(t.x + textWidth(t.text, 15, true)).toBeLessThanOrEqual(titleRoom + 1);
        for (const t of row.counts) expect(t.x + textWidth(t.text, 12)).toBeLessThanOrEqual(w + 1);
        for (const t of [...row.title, ...row.counts]) expect(t.y).toBeLessThanOrEqual(row.y + row.height);
        expect(row.barLabel.y).toBeLessThanOrEqual(row.y + row.height);
      }
      expect(out.height).toBe(bottom);
    }
  });

  it('puts the percentage under the bar and the badge under the title when narrow', () => {
    const row = layoutTrackerOverview(model, { width: 320, layout: 'narrow' }).rows[1]!;
    expect(row.barLabel.y).toBeGreaterThan(row.bar.y + row.bar.height);
    expect(row.barLabel.text).toMatch(/^Weighted progress \d+%$/);
    expect(row.badge.cy).toBeGreaterThan(row.title[row.title.length - 1]!.y);
  });

  it('labels a closed area instead of drawing progress', () => {
    const wsa = buildTrackerModel(data, { asOf: DEMO_ACTIONS_AS_OF, plan: 'Written Statement of Action' });
    const rows = layoutTrackerOverview(wsa, { width: 640, layout: 'medium' }).rows.filter((r) => r.rating === 'closed');
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.bar.width === 0 && r.barLabel.text === 'Closed: no longer monitored since 2023-07-12')).toBe(true);
    const worded = layoutTrackerOverview(wsa, { width: 640, layout: 'medium' }, { date: (d) => `[${d}]` }).rows.find((r) => r.rating === 'closed')!;
    expect(worded.barLabel.text).toBe('Closed: no longer monitored since [2023-07-12]');
  });

  it('wraps a long title (up to MAX_TEXT characters) onto more lines rather than cutting it', () => {
    const title = 'word '.repeat(55).trim();
    const long = { ...model, priorities: [{ ...model.priorities[0]!, title }] };
    const row = layoutTrackerOverview(long, { width: 320, layout: 'narrow' }).rows[0]!;
    expect(row.title.length).toBeGreaterThan(5);
    expect(row.title.map((t) => t.text).join(' ')).toBe(`1. ${title}`);
  });
});

describe('layoutMeasureBullet', () => {
  it('puts the seed measure on a 0–200 scale: bar to 40, baseline at 200, target at 0', () => {
    const b = layoutMeasureBullet({ baseline: 200, current: 40, target: 0 }, 200);
    expect(b.domain).toEqual([0, 200]);
    expect(b.bar).toEqual({ x: 0, width: 40 });
    expect(b.baseline).toBe(200);
    expect(b.target).toBe(0);
  });

  it('draws no bar for a suppressed value and copes with equal values', () => {
    const suppressed = layoutMeasureBullet({ baseline: 200, current: { kind: 'suppressed' } as never, target: 0 }, 100);
    expect(suppressed.bar).toBeUndefined();
    const flat = layoutMeasureBullet({ baseline: 0, current: 0, target: 0 }, 100);
    expect(flat.domain).toEqual([0, 1]);
    expect(flat.bar?.width).toBe(0);
  });
});

describe('layoutTrackerTimeline', () => {
  it('stacks the reported statuses of each review point on one count scale', () => {
    const out = layoutTrackerTimeline(model.timeline, { width: 640, layout: 'medium' });
    expect(out.columns.map((c) => c.date)).toEqual(model.timeline.map((p) => p.date));
    out.columns.forEach((c, i) => {
      const p = model.timeline[i]!;
      expect(c.segments.reduce((s, seg) => s + seg.count, 0)).toBe(p.reportedTotal);
      expect(c.total.text).toBe(String(p.reportedTotal));
      // segments touch: each starts where the one below ends
      for (let k = 1; k < c.segments.length; k++) expect(c.segments[k]!.y + c.segments[k]!.height).toBeCloseTo(c.segments[k - 1]!.y, 6);
      expect(c.x + c.width).toBeLessThanOrEqual(640);
    });
    expect(out.completeLine).toHaveLength(out.columns.length);
    expect(out.yTicks[0]!.value).toBe(0);
  });

  it('fits every column inside 320 px', () => {
    const wsa = buildTrackerModel(data, { asOf: DEMO_ACTIONS_AS_OF, plan: 'Written Statement of Action' });
    const out = layoutTrackerTimeline(wsa.timeline, { width: 320, layout: 'narrow' });
    expect(out.columns.length).toBe(wsa.timeline.length);
    for (const c of out.columns) {
      expect(c.x).toBeGreaterThanOrEqual(out.plot.x);
      expect(c.x + c.width).toBeLessThanOrEqual(320);
      expect(textWidth(c.label[0]!.text, 12)).toBeLessThanOrEqual(c.width + (out.plot.width / out.columns.length - c.width));
    }
  });
});

describe('layoutTrackerOverview with a measure', () => {
  it('passes the measure through the overview layout for titles (bold) and counts', () => {
    const calls: [number, boolean][] = [];
    layoutTrackerOverview(model, { width: 720, layout: 'medium' }, { measure: (t, size, bold) => (calls.push([size, bold]), t.length * 6) });
    expect(calls.some(([s, b]) => s === 19 && b)).toBe(true);
    expect(calls.some(([s, b]) => s === 16 && !b)).toBe(true);
  });
});
