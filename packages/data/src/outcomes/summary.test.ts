import { describe, expect, it } from 'vitest';
import { outcomesContract } from '../contracts/outcomes.js';
import { toRawData } from '../input.js';
import { validate } from '../validate.js';
import { buildOutcomesModel } from './model.js';
import { formatPointChange, summariseOutcomes, summariseOutcomesParts } from './summary.js';

const load = (csv: string) => buildOutcomesModel(validate(toRawData(csv), outcomesContract));

const CSV = `outcome,group,period,respondents,agree
safe,Parents,2024,200,100
safe,Parents,2025,212,131
happy,Parents,2024,150,90
happy,Parents,2025,160,99
voice_heard,Parents,2024,180,81
voice_heard,Parents,2025,190,57
safe,Young people,2025,9,6
happy,Young people,2025,40,22
voice_heard,Young people,2025,40,12
`;

describe('summariseOutcomes', () => {
  it('has the expected defaults: the latest period, strongest and weakest per group, significant changes, held-back count', () => {
    // Parents 2025: safe 131/212 = 61.8%, happy 99/160 = 61.9%, voice 57/190 = 30%.
    // Changes: safe +11.8 (p 0.016, up); happy +1.9 (similar); voice 30% vs 45%: −15 points,
    // pooled 138/370 = 0.372973, se = 0.050303, z = −2.98 → down.
    expect(summariseOutcomes(load(CSV))).toBe(
      'In 2025, Parents agreed most with ‘Happy’ (62%) and least with ‘Voice heard’ (30%); ' +
        'Young people, among the results shown, most with ‘Happy’ (55%) and least with ‘Voice heard’ (30%). ' +
        'Significant changes since 2024: ‘Voice heard’ for Parents fell 15 points to 30% and ‘Safe’ for Parents rose 12 points to 62%. ' +
        'Other changes are within the margin of error. ' +
        'One result is not shown because fewer than 10 people responded or the numbers are too small to publish safely.',
    );
  });

  it('never names a suppressed figure (9 respondents, 6 agreeing, 66.7%)', () => {
    const text = summariseOutcomes(load(CSV));
    expect(text).not.toMatch(/\b9\b|\b6\b|67%|66\.7/);
  });

  it('describes an earlier period without changes, and says when nothing is significant', () => {
    expect(summariseOutcomes(load(CSV), { period: '2024' })).toBe(
      'In 2024, Parents agreed most with ‘Happy’ (60%) and least with ‘Voice heard’ (45%).',
    );
    expect(summariseOutcomes(load(CSV), { groups: ['Young people'] })).toContain(
      'No result can be compared with 2024.',
    );
    const flat = load(
      'outcome,group,period,respondents,agree\nsafe,A,2024,100,50\nsafe,A,2025,100,52\nhappy,A,2025,100,40\n',
    );
    expect(summariseOutcomes(flat)).toContain('No change since 2024 is statistically significant.');
  });

  it('copes with ties, a single shown result and a period with nothing shown', () => {
    const tie = load(
      'outcome,group,period,respondents,agree\nsafe,A,2025,100,50\nhappy,A,2025,100,50\nhealthy,A,2025,100,20\n',
    );
    expect(summariseOutcomes(tie)).toBe(
      'In 2025, A agreed most with ‘Happy’ and ‘Safe’ (50%) and least with ‘Healthy’ (20%).',
    );
    const one = load('outcome,group,period,respondents,agree\nsafe,A,2025,100,50\nhappy,A,2025,5,2\n');
    expect(summariseOutcomes(one)).toMatch(
      /^In 2025, only ‘Safe’ can be shown for A \(50% agreed\)\. One result is not shown/,
    );
    const none = load('outcome,group,period,respondents,agree\nsafe,A,2025,5,2\n');
    expect(summariseOutcomes(none)).toMatch(/^There are no results that can be shown for 2025\./);
  });
});

describe('summariseOutcomesParts', () => {
  it('leads with the period sentence and keeps the changes, the margin of error and what is held back for the rest', () => {
    const { lead, more } = summariseOutcomesParts(load(CSV));
    expect(lead).toBe(
      'In 2025, Parents agreed most with ‘Happy’ (62%) and least with ‘Voice heard’ (30%); ' +
        'Young people, among the results shown, most with ‘Happy’ (55%) and least with ‘Voice heard’ (30%).',
    );
    expect(more).toMatch(
      /^Significant changes since 2024: .* Other changes are within the margin of error\. One result is not shown/,
    );
  });

  it('says "among the results shown" for a group with a result held back, since that result could be its highest or lowest', () => {
    // A's 'Happy' is held back (5 responses): 'Safe' is the highest only of what is shown
    const held = load(
      'outcome,group,period,respondents,agree\nsafe,A,2025,100,60\nvoice_heard,A,2025,100,40\nhappy,A,2025,5,5\n' +
        'safe,B,2025,100,70\nvoice_heard,B,2025,100,30\nhappy,B,2025,100,50\n' +
        'safe,C,2025,100,55\nvoice_heard,C,2025,100,45\nhappy,C,2025,4,1\n',
    );
    expect(summariseOutcomesParts(held).lead).toBe(
      'In 2025, A, among the results shown, agreed most with ‘Safe’ (60%) and least with ‘Voice heard’ (40%); ' +
        'B most with ‘Safe’ (70%) and least with ‘Voice heard’ (30%); ' +
        'C, among the results shown, most with ‘Safe’ (55%) and least with ‘Voice heard’ (45%).',
    );
    // a group whose outcome has no row at all has nothing held back: no hidden result can be higher
    const absent = load('outcome,group,period,respondents,agree\nsafe,A,2025,100,60\nvoice_heard,A,2025,100,40\n');
    expect(summariseOutcomesParts(absent).lead).toBe(
      'In 2025, A agreed most with ‘Safe’ (60%) and least with ‘Voice heard’ (40%).',
    );
  });

  it('joins word for word into the summary, for every period, group and edge case', () => {
    const flat = load(CSV.replace('safe,Parents,2025,212,131', 'safe,Parents,2025,212,106'));
    const cases = [
      [load(CSV), {}],
      [load(CSV), { period: '2024' }],
      [load(CSV), { groups: ['Young people'] }],
      [load(CSV), { maxChanges: 1 }],
      [flat, {}],
      [load('outcome,group,period,respondents,agree\nsafe,A,2025,100,50\nhappy,A,2025,5,2\n'), {}],
      [load('outcome,group,period,respondents,agree\nsafe,A,2025,5,2\n'), {}],
      [load(CSV), { period: '1999' }],
    ] as const;
    for (const [model, options] of cases) {
      const { lead, more } = summariseOutcomesParts(model, options);
      expect(more ? `${lead} ${more}` : lead).toBe(summariseOutcomes(model, options));
      // the lead is one sentence: what the period says, never a change or a count held back
      expect(lead).not.toMatch(/since|margin of error|not shown because/);
    }
  });

  it('has no rest when there is nothing after the period sentence (one period, nothing held back)', () => {
    const single = load('outcome,group,period,respondents,agree\nsafe,A,2025,100,50\nhappy,A,2025,100,60\n');
    expect(summariseOutcomesParts(single)).toEqual({
      lead: 'In 2025, A agreed most with ‘Happy’ (60%) and least with ‘Safe’ (50%).',
      more: '',
    });
    expect(summariseOutcomesParts(load(CSV), { period: '1999' })).toEqual({
      lead: 'There are no outcome results to describe.',
      more: '',
    });
  });
});

describe('formatPointChange', () => {
  it('uses whole points, a true minus sign, and a decimal only when the change would round to nothing', () => {
    expect(formatPointChange(11.79)).toBe('+12 points');
    expect(formatPointChange(-1.2)).toBe('\u22121 point');
    expect(formatPointChange(0.4)).toBe('+0.4 points');
    expect(formatPointChange(0)).toBe('0 points');
  });
});
