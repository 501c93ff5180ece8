import { describe, expect, it } from 'vitest';
import { actionsContract, buildActionsModel, readActions, toRawData, validate, wordingOf } from '@send-insight/data';
import { demoActions, DEMO_ACTIONS_AS_OF } from '@send-insight/data/demo';
import { boxesOverlap, MAX_TEXT, textWidth, type Box } from '@send-insight/core/layout';
import { MAX_CELL_TEXT } from '@send-insight/data';
import { layoutMeasureBullet, layoutPriorities } from './priority-tracker.layout.js';
import { KEY_SWATCH, layoutExport, layoutKey, layoutTimelineDrawing } from './priority-tracker-export.layout.js';
import { layoutTimeline, type PlacedText, type TimelinePanel } from './priority-tracker-timeline.layout.js';
import { PRIORITY_TRACKER_TEXT } from './priority-tracker.strings.js';

const data = readActions(validate(toRawData(demoActions as unknown as Record<string, unknown>[]), actionsContract));
const plans = ['SEND and Inclusion Improvement Plan', 'Written Statement of Action'];
const w = wordingOf(PRIORITY_TRACKER_TEXT);
const WIDTHS = [320, 480, 720, 1280] as const;
/** The chart text and the panel titles, px (`--send-font-size-chart`, GOV.UK's small heading). */
const SMALL = 16;
const TITLE = 19;

/** The box a line of text takes (centred when `middle`), as the layout kit measures it. */
const box = (t: PlacedText, size: number, anchor: 'start' | 'middle' | 'end' = 'start', bold = false): Box => {
  const width = textWidth(t.text, size, bold);
  const x = anchor === 'middle' ? t.x - width / 2 : anchor === 'end' ? t.x - width : t.x;
  return { x, y: t.y - size, width, height: size * 1.2 };
};

/** Every text of a panel with the box it takes. */
function texts(p: TimelinePanel): Box[] {
  return [
    ...p.title.map((t) => box(t, TITLE, 'start', true)),
    box(p.axisTitle, SMALL),
    ...p.yTicks.map((k) => box({ text: k.label, x: p.plot.x - 6, y: k.y + 4 }, SMALL, 'end')),
    ...p.xLabels.map((l) => box(l, SMALL, 'middle')),
  ];
}

describe('layoutTimeline', () => {
  it('keeps every text of both panels inside the width and clear of every other, at 320 to 1280 px', () => {
    for (const plan of plans) {
      const model = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF, plan });
      for (const width of WIDTHS) {
        const t = layoutTimeline(model.timeline, width, w);
        for (const panel of [t.reported, t.stock]) {
          const boxes = texts(panel);
          for (const b of boxes) {
            expect(b.x, `${plan} at ${width}`).toBeGreaterThanOrEqual(-0.5);
            expect(b.x + b.width, `${plan} at ${width}`).toBeLessThanOrEqual(width + 0.5);
            expect(b.y + b.height).toBeLessThanOrEqual(panel.height + 0.5);
          }
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++)
              expect(
                boxesOverlap(boxes[i]!, boxes[j]!),
                `${plan} at ${width}: ${JSON.stringify([boxes[i], boxes[j]])}`,
              ).toBe(false);
        }
        // the bars' totals stand over their own bars, inside the plot
        for (const c of t.reported.columns) {
          if (!c.total) continue;
          expect(c.total.x).toBeCloseTo(c.x + c.width / 2, 6);
          expect(c.total.y).toBeGreaterThan(t.reported.plot.y - SMALL);
          expect(textWidth(c.total.text, SMALL, true)).toBeLessThanOrEqual(c.width + 4);
        }
        // the last values of the two lines do not touch
        const [a, b] = t.stock.endLabels;
        expect(Math.abs(a!.y - b!.y)).toBeGreaterThanOrEqual(SMALL + 1.9);
        expect(a!.x + textWidth(a!.text, SMALL, true)).toBeLessThanOrEqual(width + 0.5);
      }
    }
  });

  it('labels the report date and, where the year changes, the year; drops months that would collide', () => {
    const model = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF, plan: plans[1] });
    const wide = layoutTimeline(model.timeline, 1280, w).reported.xLabels.map((l) => l.text);
    expect(wide).toEqual(['Sep', '2022', 'Mar', '2023', 'Sep', 'Mar', '2024', 'Sep', 'Mar', '2025', 'Sep', '1 Oct']);
    const narrow = layoutTimeline(model.timeline, 320, w).reported.xLabels.map((l) => l.text);
    expect(narrow.at(-2)).toBe('1 Oct');
    expect(narrow.filter((t) => /^\d{4}$/.test(t)).length).toBeGreaterThan(1);
    expect(narrow.length).toBeLessThan(wide.length);
  });

  it('puts the bars and the lines on different scales, each from 0', () => {
    const model = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF, plan: plans[1] });
    const t = layoutTimeline(model.timeline, 640, w);
    const bottom = (p: TimelinePanel) => p.plot.y + p.plot.height;
    expect(t.reported.yTicks[0]).toMatchObject({ value: 0, y: bottom(t.reported) });
    expect(t.stock.yTicks[0]).toMatchObject({ value: 0, y: bottom(t.stock) });
    for (const p of t.stock.complete) expect(p.y).toBeLessThanOrEqual(bottom(t.stock));
    // 4 complete by the report date sits at the tick for 4 on the second panel's own scale
    expect(t.stock.complete.at(-1)!.y).toBeCloseTo(t.stock.yTicks.find((k) => k.value === 4)!.y, 6);
  });

  it('has nothing to draw for no review points', () => {
    const t = layoutTimeline([], 640, w);
    expect(t.reported.columns).toEqual([]);
    expect(t.stock.endLabels).toEqual([]);
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

describe('layoutPriorities: action cards', () => {
  it("cuts an owner's name and an evidence label to MAX_TEXT characters on the card (they were laid out whole, up to 1,000), keeping the action's text whole", () => {
    const long = (c: string) => c.repeat(MAX_CELL_TEXT);
    const rows = (demoActions as unknown as Record<string, unknown>[]).map((r, i) =>
      i === 0 ? { ...r, owner: long('O'), evidence_label: long('E'), action: long('A') } : r,
    );
    const model = buildActionsModel(readActions(validate(toRawData(rows), actionsContract)), {
      asOf: DEMO_ACTIONS_AS_OF,
    });
    const cards = layoutPriorities(model, w).rows.flatMap((r) => r.actions);
    const card = cards.find((c) => c.action === long('A'))!;
    expect(card, 'the action keeps its whole text').toBeDefined();
    expect(card.owner).toBe(`${'O'.repeat(MAX_TEXT - 1)}…`);
    expect(card.evidence!.text).toBe(`${'E'.repeat(MAX_TEXT - 1)}…`);
    // the model (and so the table, the CSV and the owner filter's values) keeps the whole name
    expect(model.owners).toContain(long('O'));
    // the other cards are as they were
    const before = layoutPriorities(buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF }), w).rows.flatMap(
      (r) => r.actions,
    );
    expect(cards.slice(1).map((c) => c.owner)).toEqual(before.slice(1).map((c) => c.owner));
  });
});

describe('layoutExport', () => {
  it('draws every priority in order, every line inside the width, each bar filled to its weighted progress', () => {
    for (const plan of plans) {
      const model = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF, plan });
      const rows = layoutPriorities(model, w).rows;
      for (const width of WIDTHS) {
        const d = layoutExport(rows, width);
        expect(d.rows).toHaveLength(rows.length);
        let bottom = 0;
        d.rows.forEach((r, i) => {
          const row = rows[i]!;
          expect(r.title[0]!.y).toBeGreaterThan(bottom);
          expect(r.title.map((t) => t.text).join(' ')).toBe(row.title);
          for (const t of r.title)
            expect(t.x + textWidth(t.text, TITLE, true), `${width}: ${t.text}`).toBeLessThanOrEqual(width + 1);
          const small = [...r.badge.label, ...r.barText, ...r.counts];
          for (const t of small)
            expect(t.x + textWidth(t.text, SMALL), `${width}: ${t.text}`).toBeLessThanOrEqual(width + 1);
          // lines follow one another down the row
          const ys = [...r.title, ...small].map((t) => t.y);
          for (let k = 1; k < ys.length; k++)
            expect(ys[k]!, `${width}: line ${k} of ${row.title}`).toBeGreaterThan(ys[k - 1]!);
          expect(r.badge.label.map((t) => t.text).join(' ')).toBe(row.ratingText);
          expect(r.counts.map((t) => t.text).join(' ')).toBe(`${row.counts} ${row.overdue}`);
          if (row.bar) {
            expect(r.bar!.fill).toBeCloseTo(row.bar.fill * r.bar!.width, 9);
            expect(r.barText.map((t) => t.text).join(' ')).toBe(row.bar.words);
          } else {
            expect(r.bar).toBeUndefined();
            expect(r.barText.map((t) => t.text).join(' ')).toBe(row.barNote ?? '');
          }
          bottom = r.counts.at(-1)!.y;
        });
        expect(d.height).toBeGreaterThan(bottom);
      }
    }
    expect(layoutExport([], 320)).toEqual({ width: 320, height: 0, rows: [] });
    expect(layoutExport(layoutPriorities(buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF }), w).rows, 0)).toEqual({
      width: 0,
      height: 0,
      rows: [],
    });
  });
});

describe('layoutKey and layoutTimelineDrawing', () => {
  const labels = [
    'Reported on track',
    'Reported at risk',
    'Reported off track',
    'Reported complete',
    'Reported no longer monitored',
  ];

  it('sets key entries side by side while they fit, each swatch and its words inside the width, none over another', () => {
    for (const width of [200, ...WIDTHS]) {
      const { entries, bottom } = layoutKey(labels, 10, width);
      expect(entries).toHaveLength(labels.length);
      const boxes = entries.map((e) => {
        const right = Math.max(...e.text.map((t) => t.x + textWidth(t.text, SMALL)));
        expect(right, `${width}: ${e.text[0]!.text}`).toBeLessThanOrEqual(width + 0.5);
        expect(e.text.map((t) => t.text).join(' ')).toBe(labels[entries.indexOf(e)]);
        return { x: e.x, y: e.y, width: right - e.x, height: e.text.at(-1)!.y + 4 - e.y };
      });
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(boxesOverlap(boxes[i]!, boxes[j]!), `${width}: ${i} and ${j}`).toBe(false);
      expect(Math.max(...boxes.map((b) => b.y + b.height))).toBeLessThanOrEqual(bottom + 0.5);
      expect(entries[0]!.y).toBe(10);
    }
    // wide enough: one line; 320 px: more than one
    expect(new Set(layoutKey(labels, 0, 1280).entries.map((e) => e.y)).size).toBe(1);
    expect(new Set(layoutKey(labels, 0, 320).entries.map((e) => e.y)).size).toBeGreaterThan(1);
    expect(layoutKey([], 7, 320)).toEqual({ entries: [], bottom: 7 });
    expect(KEY_SWATCH.width).toBeGreaterThan(0);
  });

  it('stacks the reported panel, its key, the stock panel and its key, in that order, none reaching into the next', () => {
    for (const plan of plans) {
      const model = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF, plan });
      for (const width of WIDTHS) {
        const t = layoutTimeline(model.timeline, width, w);
        const d = layoutTimelineDrawing(t, labels, [
          'Complete by then (solid line, dots)',
          'Overdue then (dashed line, squares)',
        ]);
        expect(d.width).toBe(width);
        expect(d.reportedKey[0]!.y).toBeGreaterThanOrEqual(t.reported.height);
        const keyBottom = Math.max(...d.reportedKey.map((e) => e.text.at(-1)!.y));
        expect(d.stockY).toBeGreaterThan(keyBottom);
        expect(d.lineKey[0]!.y).toBeGreaterThanOrEqual(d.stockY + t.stock.height);
        expect(d.height).toBeGreaterThan(Math.max(...d.lineKey.map((e) => e.text.at(-1)!.y)));
      }
    }
  });
});
