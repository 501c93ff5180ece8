import { describe, expect, it } from 'vitest';
import {
  ACTION_STATUSES,
  actionsContract,
  buildActionsModel,
  readActions,
  summariseActions,
  toRawData,
  validate,
  wordingOf,
} from '@send-insight/data';
import { demoActions, DEMO_ACTIONS_AS_OF } from '@send-insight/data/demo';
import { cellText } from '@send-insight/core/view';
import { PRIORITY_TRACKER_TEXT } from './priority-tracker.strings.js';
import { priorityTrackerView, priorityTrackerViewOptions, type TimelineView } from './priority-tracker.view.js';
import type { PrioritiesLayout } from './priority-tracker.layout.js';
import { itemWords } from './priority-tracker.words.js';

const rows = demoActions as unknown as Record<string, unknown>[];
const data = readActions(validate(toRawData(rows), actionsContract));
const model = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF });
const wsa = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF, plan: 'Written Statement of Action' });
const view = (attributes = {}, m = model, width = 720) =>
  priorityTrackerView(m, priorityTrackerViewOptions(attributes), {}, width);
const w = wordingOf(PRIORITY_TRACKER_TEXT);

describe('priorityTrackerViewOptions', () => {
  it('has the expected defaults: the priorities, called by the wording’s names', () => {
    expect(priorityTrackerViewOptions({})).toEqual({ mode: 'priorities', itemLabel: '' });
  });

  it('drops a mode it does not know and trims the item label', () => {
    expect(priorityTrackerViewOptions({ mode: 'gantt', itemLabel: ' area ' })).toEqual({
      mode: 'priorities',
      itemLabel: 'area',
    });
    expect(priorityTrackerViewOptions({ mode: 'timeline' }).mode).toBe('timeline');
  });
});

describe('itemWords', () => {
  it('makes plurals, takes a given pair, and falls back to the wording', () => {
    expect(itemWords('', w)).toEqual(['priority', 'priorities']);
    expect(itemWords('area', w)).toEqual(['area', 'areas']);
    expect(itemWords('activity', w)).toEqual(['activity', 'activities']);
    expect(itemWords('area of weakness/areas of weakness', w)).toEqual(['area of weakness', 'areas of weakness']);
  });
});

describe('priorityTrackerView: priorities', () => {
  it('keys the rows, the keyboard order and the table to the same priorities in the same order', () => {
    const v = view();
    const layout = v.layout as PrioritiesLayout;
    expect(layout.mode).toBe('priorities');
    expect(layout.rows.map((r) => r.priority)).toEqual([1, 2, 3, 4, 5]);
    expect(v.navigation).toHaveLength(1);
    expect(v.navigation[0]!.vertical).toBe(true);
    expect(v.navigation[0]!.points.map((p) => p.id)).toEqual(['1', '2', '3', '4', '5']);
    const tablePriorities = [...new Set(v.table.rows.map((r) => cellText(r.priority)))];
    expect(tablePriorities).toEqual(layout.rows.map((r) => r.title));
    expect(v.table.rows).toHaveLength(model.totals.actions);
    expect(v.state).toBeUndefined();
  });

  it('fills each bar to its weighted progress and writes the same figure beside it', () => {
    const layout = view().layout as PrioritiesLayout;
    layout.rows.forEach((row, i) => {
      const p = model.priorities[i]!;
      expect(row.bar!.fill).toBeCloseTo(p.weightedProgress! / 100, 9);
      expect(row.bar!.value).toBe(`${Math.round(p.weightedProgress!)}%`);
      expect(row.bar!.words.startsWith(`Weighted progress ${Math.round(p.weightedProgress!)}%`)).toBe(true);
      expect(row.ratingText).toBe(p.rag.label);
      expect(row.counts.startsWith(`${p.actions.length} action`)).toBe(true);
      expect(row.actions.map((a) => a.id)).toEqual(p.actions.map((a) => a.id));
    });
  });

  it('counts overdue as of the report date, in the row and in the words the keyboard announces', () => {
    const v = view();
    const layout = v.layout as PrioritiesLayout;
    const late = (n: number) =>
      rows.filter(
        (r) =>
          r.plan === model.plan &&
          r.priority === n &&
          (r.due as string) < DEMO_ACTIONS_AS_OF &&
          !['complete', 'no_longer_monitored'].includes(r.status as string),
      ).length;
    layout.rows.forEach((row, i) => {
      const n = late(row.priority);
      expect(row.overdue).toBe(n ? `${n} overdue as of 1 October 2025` : 'None overdue as of 1 October 2025');
      expect(v.navigation[0]!.points[i]!.label.includes(`${n} overdue as of 1 October 2025`)).toBe(n > 0);
    });
    expect(v.navigation[0]!.points[1]!.label).toMatch(
      /^2\. Successful transition and preparation for adulthood; rated Red; weighted progress \d+%; 4 actions: /,
    );
    expect(v.navigation[0]!.points[1]!.datum).toMatchObject({ priority: 2, rating: 'red', overdue: late(2) });
  });

  it('marks an overdue action in its card and in the table, and words its measure', () => {
    const v = view();
    const card = (v.layout as PrioritiesLayout).rows[0]!.actions.find((a) => a.id === '1.3')!;
    expect(card).toMatchObject({ due: '30 June 2025', overdue: true });
    const row = v.table.rows.find((r) => cellText(r.id) === '1.3')!;
    expect(cellText(row.due)).toBe('30 June 2025 (overdue)');
    const withMeasure = v.table.rows.find((r) => cellText(r.measure).startsWith('EHC needs assessments'))!;
    expect(cellText(withMeasure.measure)).toBe(
      'EHC needs assessments completed within 20 weeks: 70%, up from 49%; target 90% (51% of the way from baseline to target)',
    );
  });

  it('shows a closed area with its date instead of a bar', () => {
    const layout = view({}, wsa).layout as PrioritiesLayout;
    const closed = layout.rows.filter((r) => r.rating === 'closed');
    expect(closed.map((r) => r.title)).toEqual([
      '6. Co-production at every level',
      '7. Transitions within school age, to 19 and to 25',
    ]);
    for (const r of closed) {
      expect(r.bar).toBeUndefined();
      expect(r.barNote).toBe('Closed: no longer monitored since 12 July 2023');
      expect(r.ratingText).toBe('No longer monitored since 12 July 2023');
      expect(r.closedNote).toMatch(/^No longer monitored since 12 July 2023: /);
    }
  });

  it('summarises as the data package words it, with the groups called what the item label says', () => {
    expect(view().summary).toBe(summariseActions(model));
    expect(view({ itemLabel: 'area' }, wsa).summary).toContain('13 actions across 7 areas:');
    expect(view({ itemLabel: 'area' }, wsa).items).toEqual(['area', 'areas']);
  });

  it('says there is nothing to show for a plan with no actions', () => {
    const empty = buildActionsModel({ actions: [], plans: [], issues: [] }, { asOf: DEMO_ACTIONS_AS_OF });
    const v = view({}, empty);
    expect(v.state).toBe('empty');
    expect((v.layout as PrioritiesLayout).rows).toEqual([]);
    expect(v.navigation[0]!.points).toEqual([]);
  });

  it('never shows a suppressed measure value in the rows, the table, the keyboard words or the summary', () => {
    const small = [
      ...rows.filter((r) => r.plan === model.plan && r.measure === undefined),
      {
        ...rows[0]!,
        priority: 9,
        priority_title: 'Reviews',
        action_id: '9.1',
        measure: 'Overdue annual reviews',
        unit: 'reviews',
        baseline: 200,
        current: 7,
        target: 0,
        better: 'lower',
      },
    ];
    const m = buildActionsModel(readActions(validate(toRawData(small), actionsContract)), { asOf: DEMO_ACTIONS_AS_OF });
    const v = view({}, m);
    const all = JSON.stringify([v.layout, v.table, v.navigation, v.summary]);
    expect(all).toContain('Overdue annual reviews: suppressed');
    expect(all).not.toMatch(/annual reviews: 7\b|\b7 reviews|\b9[67](\.\d)?%/);
    const timeline = JSON.stringify(view({ mode: 'timeline' }, m).layout);
    expect(timeline).toContain('Overdue annual reviews: suppressed');
    expect(timeline).not.toMatch(/annual reviews: 7\b/);
  });

  it('words everything with the strings it is given', () => {
    const v = priorityTrackerView(
      model,
      priorityTrackerViewOptions({}),
      { strings: { colRef: 'Cyf', 'status.complete': 'Wedi gorffen', noneOverdue: 'Dim yn hwyr ({date})' } },
      720,
    );
    expect(v.table.columns[0]!.label).toBe('Cyf');
    expect(v.table.rows.some((r) => cellText(r.status) === 'Wedi gorffen')).toBe(true);
    expect((v.layout as PrioritiesLayout).rows[2]!.overdue).toBe('Dim yn hwyr (1 October 2025)');
  });
});

describe('priorityTrackerView: timeline', () => {
  const v = view({ mode: 'timeline' }, wsa, 640);
  const t = v.layout as TimelineView;

  it('draws each review point once in each panel, and tables and announces the same points', () => {
    expect(t.mode).toBe('timeline');
    expect(t.reported.columns.map((c) => c.date)).toEqual(wsa.timeline.map((p) => p.date));
    expect(t.stock.complete.map((p) => p.value)).toEqual(wsa.timeline.map((p) => p.completeBy));
    expect(t.stock.overdue.map((p) => p.value)).toEqual(wsa.timeline.map((p) => p.overdueAt));
    expect(v.table.rows.map((r) => cellText(r.date))).toEqual(wsa.timeline.map((p) => p.label));
    expect(v.navigation[0]!.points.map((p) => p.id)).toEqual(wsa.timeline.map((p) => p.date));
    expect(v.height).toBe(t.reported.height);
  });

  it('stacks the statuses reported, the segments adding up to the total written over the bar', () => {
    t.reported.columns.forEach((c, i) => {
      const p = wsa.timeline[i]!;
      expect(c.segments.reduce((s, g) => s + g.count, 0)).toBe(p.reportedTotal);
      expect(c.total?.text).toBe(p.reportedTotal ? String(p.reportedTotal) : undefined);
      for (let k = 1; k < c.segments.length; k++)
        expect(c.segments[k]!.y + c.segments[k]!.height).toBeCloseTo(c.segments[k - 1]!.y, 6);
    });
  });

  it('gives each panel its own title and titled scale: flows and stocks never share an axis', () => {
    expect(t.reported.title.map((l) => l.text).join(' ')).toBe(
      'Actions reported in each half-year, by the status reported',
    );
    expect(t.stock.title.map((l) => l.text).join(' ')).toBe('Actions complete and overdue at each review point');
    for (const panel of [t.reported, t.stock]) {
      expect(panel.axisTitle.text).toBe('Number of actions');
      expect(panel.axisTitle.y).toBeLessThan(panel.plot.y - 12);
      expect(panel.yTicks[0]!.value).toBe(0);
    }
    const topReported = Math.max(...wsa.timeline.map((p) => p.reportedTotal));
    const topStock = Math.max(...wsa.timeline.map((p) => Math.max(p.completeBy, p.overdueAt)));
    expect(t.reported.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(topReported);
    expect(t.stock.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(topStock);
  });

  it("keys exactly the statuses the bars draw, in the statuses' order, and lays both keys into the drawing for the SVG file", () => {
    const drawn = new Set(t.reported.columns.flatMap((c) => c.segments.map((g) => g.status)));
    expect(t.statusKey.map((k) => k.status)).toEqual(ACTION_STATUSES.filter((s) => drawn.has(s)));
    expect(t.statusKey.find((k) => k.status === 'at_risk')?.text).toBe('Reported at risk');
    expect(t.lineKey).toEqual(['Complete by then (solid line, dots)', 'Overdue then (dashed line, squares)']);
    expect(t.drawing.reportedKey.map((e) => e.text.map((l) => l.text).join(' '))).toEqual(
      t.statusKey.map((k) => k.text),
    );
    expect(t.drawing.lineKey.map((e) => e.text.map((l) => l.text).join(' '))).toEqual(t.lineKey);
    expect(t.drawing.width).toBe(640);
  });

  it('lists the measures of the actions shown, each on its own scale', () => {
    expect(t.measures.map((m) => m.id)).toEqual(['W1.2', 'W2.1', 'W5.1']);
    const reviews = t.measures.find((m) => m.id === 'W2.1')!;
    expect(reviews.sentence).toBe('Overdue annual reviews: 40, down from 200; target 0');
    expect(reviews.bullet.domain).toEqual([0, 200]);
    expect(reviews.after).toBe(' (lower is better; 80% of the way from baseline to target).');
  });

  it('announces a review point with what was reported, complete and overdue then', () => {
    const sep23 = v.navigation[0]!.points.find((p) => p.id === '2023-09-30')!;
    expect(sep23.label).toBe(
      'Review point 30 September 2023: 5 actions reported (1 complete and 4 no longer monitored); 3 complete and 0 overdue by then',
    );
    expect(sep23.x).toBeCloseTo(t.reported.columns[2]!.x + t.reported.columns[2]!.width / 2, 6);
  });
});
