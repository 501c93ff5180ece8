import { describe, expect, it } from 'vitest';
import { reviewPoints, actionsTimeline } from './timeline.js';

describe('reviewPoints', () => {
  it('has the expected six-monthly points, 31 March and 30 September, inclusive at both ends', () => {
    expect(reviewPoints('2024-11-02', '2025-10-01')).toEqual(['2025-03-31', '2025-09-30']);
    expect(reviewPoints('2025-03-31', '2025-09-30')).toEqual(['2025-03-31', '2025-09-30']);
    expect(reviewPoints('2025-04-01', '2025-09-29')).toEqual([]);
    expect(reviewPoints('2023-01-01', '2024-12-31')).toEqual(['2023-03-31', '2023-09-30', '2024-03-31', '2024-09-30']);
  });
});

describe('actionsTimeline', () => {
  const actions = [
    { status: 'complete' as const, due: '2025-03-31', updated: '2025-02-10' },
    { status: 'complete' as const, due: '2025-03-31', updated: '2025-06-10' },
    { status: 'on_track' as const, due: '2025-12-31', updated: '2025-09-30' },
    { status: 'off_track' as const, due: '2025-06-30', updated: '2025-09-01' },
    { status: 'no_longer_monitored' as const, due: '2024-12-31', updated: '2025-01-05' },
  ];

  it('returns no points for no actions', () => {
    expect(actionsTimeline([], '2025-10-01')).toEqual([]);
  });

  it('counts reported statuses per half-year and proven cumulative counts at each point', () => {
    const points = actionsTimeline(actions, '2025-10-01');
    expect(points.map((p) => p.date)).toEqual(['2025-03-31', '2025-09-30', '2025-10-01']);
    expect(points.map((p) => p.label)).toEqual(['31 March 2025', '30 September 2025', '1 October 2025']);
    expect(points.map((p) => p.asOf)).toEqual([false, false, true]);
    expect(points[0]!.reported).toMatchObject({ complete: 1, no_longer_monitored: 1, on_track: 0 });
    expect(points[1]!.reported).toMatchObject({ complete: 1, on_track: 1, off_track: 1 });
    expect(points[2]!.reportedTotal).toBe(0);
    expect(points.map((p) => p.completeBy)).toEqual([1, 2, 2]);
    expect(points.map((p) => p.closedBy)).toEqual([1, 1, 1]);
    // at 31 March 2025 nothing was due before it except the closed action; on 30 September the off-track one is overdue
    expect(points.map((p) => p.overdueAt)).toEqual([0, 1, 1]);
  });

  it('does not add the report date twice when it is a review point, and counts a completion from the date it was reported', () => {
    const points = actionsTimeline(actions, '2025-09-30');
    expect(points.map((p) => [p.date, p.asOf])).toEqual([
      ['2025-03-31', false],
      ['2025-09-30', true],
    ]);
    const late = actionsTimeline([{ status: 'complete', due: '2025-01-31', updated: '2025-05-01' }], '2025-09-30');
    expect(late.map((p) => [p.overdueAt, p.completeBy])).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });
});
