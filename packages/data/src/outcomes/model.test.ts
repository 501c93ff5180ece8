import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcomesContract } from '../contracts/outcomes.js';
import { toRawData } from '../input.js';
import { SendDataError } from '../issues.js';
import { validate } from '../validate.js';
import {
  buildOutcomesModel,
  orderPeriods,
  outcomeCell,
  outcomeChangeFamily,
  suppressionLabel,
  type OutcomesModel,
} from './model.js';
import { outcomesNotes } from './notes.js';

const load = (csv: string, minCount?: number): OutcomesModel =>
  buildOutcomesModel(validate(toRawData(csv), outcomesContract), minCount === undefined ? {} : { minCount });

const CSV = `outcome,group,period,respondents,agree
safe,Parents,2024,200,100
safe,Parents,2025,212,131
happy,Parents,2024,150,90
happy,Parents,2025,160,99
safe,Young people,2025,9,6
happy,Young people,2025,40,35
voice_heard,Young people,2025,40,12
`;

describe('buildOutcomesModel', () => {
  it('has the expected defaults: threshold 10, outcomes in the strategy order, periods oldest first, groups as they come', () => {
    const m = load(CSV);
    expect(m.minCount).toBe(10);
    expect(m.outcomes).toEqual(['voice_heard', 'happy', 'safe']);
    expect(m.periods).toEqual(['2024', '2025']);
    expect(m.groups).toEqual(['Parents', 'Young people']);
    expect(m.cells).toHaveLength(3 * 2 * 2);
  });

  it('gives % agreeing with a Wilson 95% interval worked by hand (131 of 212)', () => {
    // p = 0.617925; z² = 3.841459; centre = (p + z²/424)/(1 + z²/212) = 0.615826;
    // half = z·√(p(1−p)/212 + z²/(4·212²)) / 1.0181201 = 0.064856 → 55.10% to 68.07%
    const c = outcomeCell(load(CSV), 'safe', 'Parents', '2025')!;
    expect(c.status).toBe('shown');
    expect(c.percent).toBeCloseTo(61.7925, 3);
    expect(c.lower).toBeCloseTo(55.097, 2);
    expect(c.upper).toBeCloseTo(68.068, 2);
    expect(c.respondents).toBe(212);
    expect(c.agree).toBe(131);
  });

  it('tests the change since the previous period (131/212 vs 100/200)', () => {
    // pooled 231/412 = 0.560680; se = √(0.560680·0.439320·(1/212 + 1/200)) = 0.048923;
    // z = 0.117925/0.048923 = 2.4104; p = 2(1 − Φ(2.4104)) ≈ 0.0159 → significant rise of 11.8 points
    const c = outcomeCell(load(CSV), 'safe', 'Parents', '2025')!;
    expect(c.change).toMatchObject({ from: '2024', status: 'shown', verdict: 'up' });
    expect(c.change!.difference).toBeCloseTo(11.7925, 3);
    expect(c.change!.p).toBeCloseTo(0.0159, 3);
    expect(c.change!.lower).toBeLessThan(c.change!.difference!);
    expect(c.change!.upper).toBeGreaterThan(c.change!.difference!);
  });

  it('adjusts the changes of one chart view with Holm: p 0.0159 stays significant in a family of 2, not in a family of 4', () => {
    // safe 131/212 vs 100/200: p = 0.0159; happy 99/160 vs 90/150: p = 0.735 → Holm: 2 × 0.0159 = 0.0318
    const two = outcomeCell(load(CSV), 'safe', 'Parents', '2025')!.change!;
    expect(two.pAdjusted).toBeCloseTo(2 * two.p!, 12);
    expect(two.verdict).toBe('up');
    // two more outcomes for the parents, neither changing: 4 × 0.0159 = 0.064, no longer significant
    const wider = load(
      `${CSV}healthy,Parents,2024,200,120\nhealthy,Parents,2025,200,121\nincluded,Parents,2024,200,80\nincluded,Parents,2025,200,81\n`,
    );
    const four = outcomeCell(wider, 'safe', 'Parents', '2025')!.change!;
    expect(four.p).toBeCloseTo(two.p!, 12);
    expect(four.pAdjusted).toBeCloseTo(4 * four.p!, 12);
    expect(four.verdict).toBe('similar');
    expect(outcomeChangeFamily(wider, { period: '2025' })).toHaveLength(4);
    expect(outcomesNotes(wider, { period: '2025' })[0]).toContain(
      'the p-values are adjusted for the 4 changes shown (Holm’s method)',
    );
  });

  it('takes the view’s changes as the family: one group’s changes into every period, or every group’s into one period', () => {
    const csv = `outcome,group,period,respondents,agree
safe,A,2023,200,100
safe,A,2024,200,100
safe,A,2025,212,131
safe,B,2024,200,100
safe,B,2025,200,101
happy,B,2024,200,100
happy,B,2025,200,99
`;
    const m = (view: { period?: string } | { group?: string }) =>
      buildOutcomesModel(validate(toRawData(csv), outcomesContract), { view });
    // A's changes (2024 and 2025): 2 tests; 2025's changes (A safe, B safe, B happy): 3 tests
    expect(outcomeCell(m({ group: 'A' }), 'safe', 'A', '2025')!.change!.pAdjusted).toBeCloseTo(2 * 0.0159, 3);
    expect(outcomeCell(m({ period: '2025' }), 'safe', 'A', '2025')!.change!.pAdjusted).toBeCloseTo(3 * 0.0159, 3);
    expect(outcomeChangeFamily(m({}), { period: undefined })).toHaveLength(3);
  });

  it('calls a small change similar (90/150 vs 99/160)', () => {
    // 60% vs 61.875%: pooled 189/310 = 0.609677, se = 0.05545, z = 0.338 → p ≈ 0.735
    const c = outcomeCell(load(CSV), 'happy', 'Parents', '2025')!;
    expect(c.change!.verdict).toBe('similar');
    expect(c.change!.difference).toBeCloseTo(1.875, 3);
    expect(c.change!.p).toBeCloseTo(0.735, 2);
  });

  it('suppresses fewer than 10 respondents as a gap, keeping no figure', () => {
    const m = load(CSV);
    const c = outcomeCell(m, 'safe', 'Young people', '2025')!;
    expect(c).toEqual({
      outcome: 'safe',
      group: 'Young people',
      period: '2025',
      status: 'suppressed',
      reason: 'few-responses',
    });
    expect(suppressionLabel(c, m.minCount)).toBe('fewer than 10 responses');
  });

  it('suppresses a result whose non-agreeing count is small (35 of 40 agree, so 5 did not)', () => {
    const c = outcomeCell(load(CSV), 'happy', 'Young people', '2025')!;
    expect(c).toEqual({
      outcome: 'happy',
      group: 'Young people',
      period: '2025',
      status: 'suppressed',
      reason: 'small-count',
    });
  });

  it('shows 12 of 40 (both 12 and 28 reach the threshold)', () => {
    const c = outcomeCell(load(CSV), 'voice_heard', 'Young people', '2025')!;
    expect(c.status).toBe('shown');
    expect(c.percent).toBe(30);
  });

  it('marks absent combinations as missing, and gives no change without a shown earlier result', () => {
    const m = load(CSV);
    expect(outcomeCell(m, 'voice_heard', 'Parents', '2025')!.status).toBe('missing');
    expect(outcomeCell(m, 'voice_heard', 'Young people', '2025')!.change).toEqual({
      from: '2024',
      status: 'unavailable',
    });
    expect(outcomeCell(m, 'safe', 'Parents', '2024')!.change).toBeUndefined();
  });

  it('converts a percentage to a count with rounding (61.8% of 212 → 131)', () => {
    const m = load(
      'outcome,group,period,respondents,percent\nsafe,Parents,2025,212,61.8%\nhappy,Parents,2025,212,62\n',
    );
    const safe = outcomeCell(m, 'safe', 'Parents', '2025')!;
    expect(safe.agree).toBe(131);
    expect(safe.agreeDerived).toBe(true);
    expect(safe.percent).toBeCloseTo(61.7925, 3);
    // 62% of 212 = 131.44 → 131 as well
    expect(outcomeCell(m, 'happy', 'Parents', '2025')!.agree).toBe(131);
  });

  it('applies the small-count rule to derived counts too (95% of 100 → 5 did not agree)', () => {
    const m = load('outcome,group,period,respondents,percent\nsafe,Parents,2025,100,95\n');
    expect(outcomeCell(m, 'safe', 'Parents', '2025')!.reason).toBe('small-count');
  });

  it('keeps source suppression and other symbols apart', () => {
    const m = load(
      'outcome,group,period,respondents,agree\nsafe,A,2025,c,c\nhappy,A,2025,50,[c]\nhealthy,A,2025,x,x\n',
    );
    expect(outcomeCell(m, 'safe', 'A', '2025')!.reason).toBe('source');
    expect(outcomeCell(m, 'happy', 'A', '2025')!.reason).toBe('source');
    expect(outcomeCell(m, 'healthy', 'A', '2025')!.status).toBe('missing');
  });

  it('shows 0% and 100% when enough people responded', () => {
    const m = load('outcome,group,period,respondents,agree\nsafe,A,2025,30,0\nhappy,A,2025,30,30\n');
    expect(outcomeCell(m, 'safe', 'A', '2025')!.percent).toBe(0);
    expect(outcomeCell(m, 'happy', 'A', '2025')!.percent).toBe(100);
  });

  it('follows a custom threshold', () => {
    const m = load(CSV, 5);
    // 9 responses pass a threshold of 5, but 3 did not agree
    expect(outcomeCell(m, 'safe', 'Young people', '2025')!.reason).toBe('small-count');
    // 35 agree and 5 did not: both reach 5
    expect(outcomeCell(m, 'happy', 'Young people', '2025')!.percent).toBe(87.5);
    expect(
      load(CSV, 50)
        .cells.filter((c) => c.status === 'shown')
        .every((c) => c.respondents! >= 50),
    ).toBe(true);
  });

  it('throws a SendDataError naming the row when agree exceeds respondents', () => {
    try {
      load('outcome,group,period,respondents,agree\nsafe,A,2025,30,31\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SendDataError);
      expect((e as SendDataError).issues[0]).toMatchObject({ row: 2, column: 'agree', value: '31' });
      expect((e as SendDataError).issues[0]!.message).toContain('31 agreed but only 30 responded');
    }
  });

  it('throws when neither agree nor percent is given', () => {
    expect(() => load('outcome,group,period,respondents\nsafe,A,2025,30\n')).toThrow(
      /"agree" column .* or a "percent" column/,
    );
    expect(() => load('outcome,group,period,respondents,agree,percent\nsafe,A,2025,30,,\n')).toThrow(/both are empty/);
  });

  it('throws on validation errors (an unknown outcome)', () => {
    expect(() => load('outcome,group,period,respondents,agree\nfeel_great,A,2025,30,10\n')).toThrow(SendDataError);
  });

  it('never keeps a figure for a result that fails the rule (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 20 }),
        (n, a, t) => {
          const agree = Math.min(a, n);
          const m = load(`outcome,group,period,respondents,agree\nsafe,A,2025,${n},${agree}\n`, t);
          const c = outcomeCell(m, 'safe', 'A', '2025')!;
          const safe = n >= t && n > 0 && (agree === 0 || agree >= t) && (n - agree === 0 || n - agree >= t);
          if (safe) expect(c.status).toBe('shown');
          else {
            expect(c.status).toBe('suppressed');
            expect(c.percent ?? c.agree ?? c.respondents ?? c.lower ?? c.upper).toBeUndefined();
          }
        },
      ),
    );
  });
});

describe('orderPeriods', () => {
  it('sorts year-led periods numerically and keeps other periods as given', () => {
    expect(orderPeriods(['2025', '2023', '2024/25', '2024'])).toEqual(['2023', '2024', '2024/25', '2025']);
    expect(orderPeriods(['Summer', 'Autumn', 'Summer'])).toEqual(['Summer', 'Autumn']);
  });
});
