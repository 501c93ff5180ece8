import { describe, expect, it } from 'vitest';
import { actionsContract } from '../contracts/actions.js';
import { demoActions, DEMO_ACTIONS_AS_OF } from '../demo/actions.js';
import { toRawData } from '../input.js';
import { validate } from '../validate.js';
import { buildActionsModel } from './model.js';
import { readActions } from './read.js';
import { summariseActions, summariseActionsParts } from './summary.js';

const data = readActions(validate(toRawData(demoActions), actionsContract));

describe('summariseActions', () => {
  it('has the expected opening for the demo improvement plan, with figures computed from the rows', () => {
    const model = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF });
    const text = summariseActions(model);
    const rows = demoActions.filter((r) => r.plan === model.plan);
    const overdue = rows.filter(
      (r) => r.due < DEMO_ACTIONS_AS_OF && !['complete', 'no_longer_monitored'].includes(r.status),
    ).length;
    expect(
      text.startsWith(
        `As of 1 October 2025, the SEND and Inclusion Improvement Plan has ${rows.length} actions across 5 priorities:`,
      ),
    ).toBe(true);
    expect(text).toContain(`${overdue} actions are overdue.`);
    expect(text).toMatch(/Weighted progress is \d+%/);
    expect(text).toMatch(/Ratings: \d+ red/);
    expect(text).toContain('Rated red: Successful transition and preparation for adulthood');
  });

  it('states the seed measure and the areas no longer monitored for the Written Statement of Action', () => {
    const model = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF, plan: 'Written Statement of Action' });
    const text = summariseActions(model, { item: ['area', 'areas'] });
    expect(text).toContain('has 13 actions across 7 areas:');
    expect(text).toContain('Overdue annual reviews: 40, down from 200; target 0.');
    expect(text).toContain(
      '2 areas are no longer monitored: Co-production at every level (since 12 July 2023) and Transitions within school age, to 19 and to 25 (since 12 July 2023).',
    );
  });

  it('calls the groups priorities by default', () => {
    const text = summariseActions(
      buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF, plan: 'Written Statement of Action' }),
    );
    expect(text).toContain('across 7 priorities:');
    expect(text).toContain('2 priorities are no longer monitored:');
  });

  it('puts the filter first and says when nothing matches', () => {
    const model = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF, filter: { owners: ['Nobody'] } });
    expect(summariseActions(model)).toBe(
      `Showing only actions owned by Nobody. No actions match these filters; the SEND and Inclusion Improvement Plan has ${model.totals.allActions} actions in all.`,
    );
    const overdue = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF, filter: { overdueOnly: true } });
    expect(summariseActions(overdue)).toMatch(
      /^Showing only actions overdue as of 1 October 2025\. As of 1 October 2025, the SEND and Inclusion Improvement Plan has \d+ actions \(of \d+\)/,
    );
  });

  it('says "none is overdue" when nothing is overdue, and uses a singular for one action', () => {
    const one = readActions(
      validate(
        toRawData([
          {
            priority: 1,
            priority_title: 'P',
            action_id: 'a',
            action: 'x',
            owner: 'o',
            due: '2030-01-01',
            status: 'on_track',
            progress: 10,
            updated: '2025-01-01',
          },
        ]),
        actionsContract,
      ),
    );
    expect(summariseActions(buildActionsModel(one, { asOf: '2025-10-01' }))).toBe(
      'As of 1 October 2025, the plan has 1 action across 1 priority: 1 on track. None is overdue. Weighted progress is 10%. Ratings: 1 green.',
    );
  });
});

describe('summariseActionsParts', () => {
  it('splits the summary after the counts and the overdue sentence, the two parts making the whole', () => {
    const model = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF, plan: 'Written Statement of Action' });
    const options = { item: ['area', 'areas'] as const };
    const { lead, more } = summariseActionsParts(model, options);
    expect(lead).toBe(
      'As of 1 October 2025, the Written Statement of Action has 13 actions across 7 areas: 3 on track, 1 at risk, 1 off track, 4 complete and 4 no longer monitored. 2 actions are overdue.',
    );
    expect(more).toMatch(/^Weighted progress is \d+%/);
    expect(more).toContain('Overdue annual reviews: 40, down from 200; target 0.');
    expect(`${lead} ${more}`).toBe(summariseActions(model, options));
  });

  it('keeps the filter in the lead, and has no rest when nothing matches', () => {
    const overdue = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF, filter: { overdueOnly: true } });
    expect(summariseActionsParts(overdue).lead).toMatch(
      /^Showing only actions overdue as of 1 October 2025\. As of 1 October 2025, .* actions? (is|are) overdue\.$/,
    );
    const none = buildActionsModel(data, { asOf: DEMO_ACTIONS_AS_OF, filter: { owners: ['Nobody'] } });
    expect(summariseActionsParts(none)).toEqual({ lead: summariseActions(none), more: '' });
  });
});
