import { describe, expect, it } from 'vitest';
import { actionsContract } from '../contracts/actions.js';
import { demoActions, demoActionsCsv, DEMO_ACTIONS_AS_OF, DEMO_ACTIONS_PLANS } from '../demo/actions.js';
import { formatIssue, SendDataError } from '../issues.js';
import { toRawData } from '../input.js';
import { validate } from '../validate.js';
import { buildActionsModel, describeFilter, isHttpUrl, isOverdue, meanProgress, weightedProgress } from './model.js';
import { checkActions, readActions } from './read.js';

const BASE = {
  plan: 'Plan A',
  priority: 1,
  priority_title: 'Priority one',
  owner: 'Owner A',
  status: 'on_track',
  progress: 50,
  updated: '2025-01-10',
};

function load(rows: Record<string, unknown>[]) {
  return readActions(
    validate(
      toRawData(
        rows.map((r, i) => ({ action_id: `1.${i + 1}`, action: `Action ${i + 1}`, due: '2025-03-31', ...BASE, ...r })),
      ),
      actionsContract,
    ),
  );
}

function errorsOf(rows: Record<string, unknown>[]): string[] {
  try {
    load(rows);
  } catch (e) {
    expect(e).toBeInstanceOf(SendDataError);
    return (e as SendDataError).issues.map(formatIssue);
  }
  throw new Error('expected a SendDataError');
}

describe('isOverdue', () => {
  it('has the expected boundary: due on the report date is not overdue, due the day before is', () => {
    expect(isOverdue({ status: 'on_track', due: '2025-03-31' }, '2025-03-31')).toBe(false);
    expect(isOverdue({ status: 'on_track', due: '2025-03-30' }, '2025-03-31')).toBe(true);
    expect(isOverdue({ status: 'on_track', due: '2025-04-01' }, '2025-03-31')).toBe(false);
  });

  it('never counts complete or no longer monitored actions as overdue', () => {
    expect(isOverdue({ status: 'complete', due: '2020-01-01' }, '2025-03-31')).toBe(false);
    expect(isOverdue({ status: 'no_longer_monitored', due: '2020-01-01' }, '2025-03-31')).toBe(false);
    for (const s of ['not_started', 'at_risk', 'off_track'] as const)
      expect(isOverdue({ status: s, due: '2020-01-01' }, '2025-03-31')).toBe(true);
  });

  it('handles a leap day and the turn of the year', () => {
    expect(isOverdue({ status: 'on_track', due: '2024-02-29' }, '2024-02-29')).toBe(false);
    expect(isOverdue({ status: 'on_track', due: '2024-02-29' }, '2024-03-01')).toBe(true);
    expect(isOverdue({ status: 'on_track', due: '2024-02-28' }, '2024-02-29')).toBe(true);
    expect(isOverdue({ status: 'on_track', due: '2024-12-31' }, '2025-01-01')).toBe(true);
    expect(isOverdue({ status: 'on_track', due: '2025-01-01' }, '2024-12-31')).toBe(false);
  });

  it('reads en-GB dates in the data as the same calendar day (31/12/2024 due, as of 01/01/2025)', () => {
    const model = buildActionsModel(load([{ due: '31/12/2024' }, { due: '01/01/2025' }]), { asOf: '2025-01-01' });
    expect(model.priorities[0]!.actions.map((a) => a.due)).toEqual(['2024-12-31', '2025-01-01']);
    expect(model.totals.overdue).toBe(1);
  });

  it('gives the same overdue counts, ratings and timeline in every time zone (process.env.TZ varied)', () => {
    const saved = process.env.TZ;
    const run = () => {
      const data = readActions(validate(toRawData(demoActions), actionsContract));
      const out: unknown[] = [new Date(0).getHours()];
      for (const plan of data.plans)
        for (const asOf of ['2024-12-31', '2025-01-01', '2025-03-31', DEMO_ACTIONS_AS_OF]) {
          const m = buildActionsModel(data, { asOf, plan });
          out.push(
            m.totals.overdue,
            ...m.priorities.map((p) => p.rag.rating),
            ...m.timeline.map((t) => `${t.date}:${t.overdueAt}:${t.completeBy}`),
          );
        }
      return out;
    };
    try {
      const results = ['UTC', 'Europe/London', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago'].map(
        (tz) => {
          process.env.TZ = tz;
          return run();
        },
      );
      // the zone really changed (local hour of the epoch differs) …
      expect(new Set(results.map((r) => r[0])).size).toBeGreaterThan(2);
      // … and nothing else did
      const rest = results.map((r) => JSON.stringify(r.slice(1)));
      expect(new Set(rest).size).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('readActions validation', () => {
  it('rejects a complete action with progress below 100, naming the row', () => {
    const errors = errorsOf([{}, { status: 'complete', progress: 90 }]);
    expect(errors).toEqual([
      'column "progress", row 3: the action is marked complete but its progress is 90; set progress to 100 or change the status',
    ]);
  });

  it('names the row for an unknown status, progress out of range and a bad due date', () => {
    const errors = errorsOf([{ status: 'finished' }, { progress: 140 }, { due: '31/02/2025' }, { progress: -1 }]);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^column "status", row 2: "finished" is not a known code/);
    expect(errors[1]).toMatch(/^column "progress", row 3: expected a number from 0 to 100, got 140/);
    expect(errors[2]).toMatch(/^column "due", row 4: "31\/02\/2025" is not a date/);
    expect(errors[3]).toMatch(/^column "progress", row 5:/);
  });

  it('needs current, target and a direction when a measure is named', () => {
    const errors = errorsOf([{ measure: 'Waits', baseline: 10, target: 10 }]);
    expect(errors).toEqual([
      'column "current", row 2: the measure "Waits" has no current value; give one, or clear the measure',
      'column "better", row 2: the measure "Waits" does not say which direction is better; set better to "higher" or "lower"',
    ]);
  });

  it('infers the better direction from baseline and target', () => {
    const a = load([{ measure: 'Overdue annual reviews', baseline: 200, current: 40, target: 0 }]).actions[0]!;
    expect(a.measure?.better).toBe('lower');
  });

  it('warns (not errors) on a non-http evidence address and keeps it as text', () => {
    const data = load([
      { evidence_url: 'javascript:alert(1)' },
      { evidence_url: 'https://example.org/a', evidence_label: 'Report' },
    ]);
    expect(data.issues.map((i) => i.code)).toEqual(['evidence-not-http']);
    expect(data.actions[0]).toMatchObject({ evidenceUrl: undefined, evidenceText: 'javascript:alert(1)' });
    expect(data.actions[1]).toMatchObject({ evidenceUrl: 'https://example.org/a', evidenceText: 'Report' });
  });

  it('warns when one priority number carries two titles', () => {
    const issues = checkActions(
      validate(
        toRawData([
          { ...BASE, action_id: 'a', action: 'x', due: '2025-01-01' },
          { ...BASE, action_id: 'b', action: 'y', due: '2025-01-01', priority_title: 'Another title' },
        ]),
        actionsContract,
      ),
    );
    expect(issues.map(formatIssue)).toEqual([
      'column "priority_title", row 3: priority 1 is titled "Priority one" in row 2; this row\'s title is not used',
    ]);
    expect(issues[0]!.severity).toBe('warning');
  });

  it('links the normalised address, so quotes in it are encoded', () => {
    const a = load([{ evidence_url: 'https://evil.example/"onmouseover="x"' }]).actions[0]!;
    expect(a.evidenceUrl).toBe('https://evil.example/%22onmouseover=%22x%22');
    expect(a.evidenceText).toBe('https://evil.example/"onmouseover="x"');
  });

  it('isHttpUrl accepts only absolute http and https addresses', () => {
    expect(['https://a.org', 'http://a.org/x?y=1'].map(isHttpUrl)).toEqual([true, true]);
    expect(
      ['javascript:alert(1)', 'data:text/html,x', '/relative', 'java\tscript:x', ' ', 'ftp://a.org'].map(isHttpUrl),
    ).toEqual([false, false, false, false, false, false]);
  });
});

describe('progress', () => {
  it('mean progress leaves out actions no longer monitored', () => {
    expect(
      meanProgress([
        { status: 'on_track', progress: 40 },
        { status: 'complete', progress: 100 },
        { status: 'no_longer_monitored', progress: 0 },
      ]),
    ).toBe(70);
    expect(meanProgress([{ status: 'no_longer_monitored', progress: 100 }])).toBeUndefined();
  });

  it('weighted progress weighs each measure like an action, at its progress to target', () => {
    expect(weightedProgress([{ status: 'complete', progress: 100 }], [{ progress: 0.5 }])).toBe(75);
    expect(
      weightedProgress(
        [
          { status: 'on_track', progress: 20 },
          { status: 'on_track', progress: 40 },
        ],
        [{ progress: 0.9 }, { progress: undefined }],
      ),
    ).toBe(50);
    expect(weightedProgress([], [])).toBeUndefined();
  });
});

describe('buildActionsModel on the demo', () => {
  const data = readActions(validate(toRawData(demoActions), actionsContract));
  const model = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF });

  it('has the expected defaults: first plan, five priorities in order, no filter', () => {
    expect(data.plans).toEqual([...DEMO_ACTIONS_PLANS]);
    expect(model.plan).toBe('SEND and Inclusion Improvement Plan');
    expect(model.priorities.map((p) => p.priority)).toEqual([1, 2, 3, 4, 5]);
    expect(model.priorities[0]!.title).toBe('Develop a System Underpinned by National Standards');
    expect(model.filterText).toBe('');
    expect(data.issues).toEqual([]);
  });

  it('counts statuses and overdue actions per priority from the rows', () => {
    for (const p of model.priorities) {
      const rows = demoActions.filter((r) => r.plan === model.plan && r.priority === p.priority);
      expect(p.totalActions).toBe(rows.length);
      expect(Object.values(p.counts).reduce((a, b) => a + b, 0)).toBe(rows.length);
      expect(p.overdue).toBe(
        rows.filter((r) => r.due < DEMO_ACTIONS_AS_OF && r.status !== 'complete' && r.status !== 'no_longer_monitored')
          .length,
      );
      expect(p.actions.every((a, i, all) => i === 0 || all[i - 1]!.id < a.id)).toBe(true);
    }
    expect(model.totals.actions).toBe(demoActions.filter((r) => r.plan === model.plan).length);
  });

  it('reads the same from CSV text as from rows', () => {
    const fromCsv = buildActionsModel(readActions(validate(toRawData(demoActionsCsv()), actionsContract)), {
      asOf: DEMO_ACTIONS_AS_OF,
    });
    expect(fromCsv.priorities.map((p) => [p.counts, p.overdue, p.rag.rating, p.weightedProgress])).toEqual(
      model.priorities.map((p) => [p.counts, p.overdue, p.rag.rating, p.weightedProgress]),
    );
  });

  it('shows the Written Statement of Action with two areas closed on their date', () => {
    const wsa = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF, plan: 'Written Statement of Action' });
    const closed = wsa.priorities.filter((p) => p.rag.rating === 'closed');
    expect(closed.map((p) => p.title)).toEqual([
      'Co-production at every level',
      'Transitions within school age, to 19 and to 25',
    ]);
    expect(closed.every((p) => p.closedOn === '2023-07-12' && p.overdue === 0)).toBe(true);
    const reviews = wsa.priorities.flatMap((p) => p.measures).find((m) => m.name === 'Overdue annual reviews');
    expect(reviews?.sentence).toBe('Overdue annual reviews: 40, down from 200; target 0');
    expect(reviews?.progress).toBeCloseTo(0.8);
  });

  it('applies filters to counts but never to ratings, and says so', () => {
    const filtered = buildActionsModel(data, {
      asOf: DEMO_ACTIONS_AS_OF,
      filter: { statuses: ['off_track', 'at_risk'], owners: ['Head of SEND Commissioning'] },
    });
    expect(filtered.totals.actions).toBe(
      demoActions.filter(
        (r) =>
          r.plan === model.plan &&
          ['off_track', 'at_risk'].includes(r.status) &&
          r.owner === 'Head of SEND Commissioning',
      ).length,
    );
    expect(filtered.priorities.map((p) => p.rag.rating)).toEqual(model.priorities.map((p) => p.rag.rating));
    expect(filtered.filterText).toBe(
      'Showing only actions that are at risk or off track and owned by Head of SEND Commissioning.',
    );
    const overdue = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF, filter: { overdueOnly: true } });
    expect(overdue.totals.actions).toBe(model.totals.overdue);
    expect(overdue.priorities.flatMap((p) => p.actions).every((a) => isOverdue(a, DEMO_ACTIONS_AS_OF))).toBe(true);
  });

  it('falls back to the first plan for an unknown plan name and rejects a bad report date', () => {
    expect(buildActionsModel(data, { plan: 'Nope', asOf: '2025-01-01' }).plan).toBe(DEMO_ACTIONS_PLANS[0]);
    expect(() => buildActionsModel(data, { asOf: '01/01/2025' })).toThrow(/as-of must be an ISO date/);
  });
});

describe('describeFilter', () => {
  it('is empty with no filter and lists each part otherwise', () => {
    expect(describeFilter({}, '2025-10-01')).toBe('');
    expect(describeFilter({ overdueOnly: true }, '2024-02-29')).toBe(
      'Showing only actions overdue as of 29 February 2024.',
    );
    expect(describeFilter({ statuses: ['at_risk'], owners: ['A', 'B'], overdueOnly: true }, '2025-10-01')).toBe(
      'Showing only actions that are at risk, owned by A or B and overdue as of 1 October 2025.',
    );
  });
});
