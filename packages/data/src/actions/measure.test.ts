import { describe, expect, it } from 'vitest';
import { isMissing } from '../missing.js';
import { buildMeasure, isCountUnit, judgeMeasure, standingWords } from './measure.js';

describe('buildMeasure', () => {
  it('has the expected sentence for the seed example: overdue annual reviews 200 → 40, target 0', () => {
    const m = buildMeasure({
      name: 'Overdue annual reviews',
      unit: 'reviews',
      baseline: 200,
      current: 40,
      target: 0,
      better: 'lower',
    });
    expect(m.sentence).toBe('Overdue annual reviews: 40, down from 200; target 0');
    expect(m.progress).toBeCloseTo(0.8, 10);
    expect(m.direction).toBe('improving');
    expect(m.standing).toBe('on_course');
    expect(standingWords(m)).toBe('80% of the way from baseline to target');
  });

  it('reads higher-is-better measures and percentages', () => {
    const m = buildMeasure({
      name: 'Assessments within 20 weeks',
      unit: '%',
      baseline: 49.1,
      current: 70,
      target: 90,
      better: 'higher',
    });
    expect(m.sentence).toBe('Assessments within 20 weeks: 70%, up from 49.1%; target 90%');
    expect(m.progress).toBeCloseTo((70 - 49.1) / (90 - 49.1), 10);
  });

  it('says when a measure has moved away from its target', () => {
    const m = buildMeasure({
      name: 'High-cost placements',
      unit: 'children',
      baseline: 84,
      current: 91,
      target: 70,
      better: 'lower',
    });
    expect(m.sentence).toBe('High-cost placements: 91, up from 84; target 70');
    expect([m.direction, m.standing, m.progress]).toEqual(['worsening', 'worsening', 0]);
  });

  it('marks a met target, clamps progress to 1, and handles an unchanged value and no baseline', () => {
    expect(buildMeasure({ name: 'A', baseline: 200, current: 0, target: 10, better: 'lower' })).toMatchObject({
      standing: 'met',
      progress: 1,
    });
    expect(
      buildMeasure({ name: 'A', unit: 'weeks', baseline: 30, current: 30, target: 18, better: 'lower' }).sentence,
    ).toBe('A: 30 weeks, unchanged from 30 weeks; target 18 weeks');
    const none = buildMeasure({ name: 'A', current: 30, target: 18, better: 'lower' });
    expect([none.sentence, none.standing, none.progress]).toEqual(['A: 30; target 18', 'unknown', undefined]);
    expect(
      buildMeasure({ name: 'A', unit: 'week', baseline: 2, current: 1, target: 1, better: 'lower' }).sentence,
    ).toBe('A: 1 week, down from 2 weeks; target 1 week');
  });

  it("words units of time in the locale's plural forms, whatever form the data gives the unit in", () => {
    expect(
      buildMeasure({ name: 'A', unit: 'Weeks', baseline: 1.5, current: 1, target: 0.5, better: 'lower' }).sentence,
    ).toBe('A: 1 week, down from 1.5 weeks; target 0.5 weeks');
    expect(buildMeasure({ name: 'A', unit: 'day', baseline: 3, current: 2, target: 1, better: 'lower' }).sentence).toBe(
      'A: 2 days, down from 3 days; target 1 day',
    );
    expect(
      buildMeasure({ name: 'A', unit: '__proto__', baseline: 30, current: 20, target: 10, better: 'lower' }).sentence,
    ).toBe('A: 20, down from 30; target 10');
    // Welsh has a form for two (and others for few and many): a translation gives them, unused forms fall back to "other"
    const welsh = {
      locale: 'cy',
      strings: {
        measureWeeks_one: '{n} wythnos',
        measureWeeks_two: '{n} wythnos (dwy)',
        measureWeeks_other: '{n} o wythnosau',
        measureSentence: '{name}: {current}{change}; targed {target}',
        measureDown: ', i lawr o {baseline}',
      },
    };
    expect(
      buildMeasure({ name: 'A', unit: 'weeks', baseline: 5, current: 2, target: 1, better: 'lower' }, 10, welsh)
        .sentence,
    ).toBe('A: 2 wythnos (dwy), i lawr o 5 o wythnosau; targed 1 wythnos');
  });

  it('suppresses counts of people from 1 to 9 and withholds the progress that would reveal them', () => {
    const m = buildMeasure({
      name: 'Young people in supported internships',
      unit: 'young people',
      baseline: 4,
      current: 26,
      target: 40,
      better: 'higher',
    });
    expect(isMissing(m.baseline)).toBe(true);
    expect(m.current).toBe(26);
    expect(m.progress).toBeUndefined();
    expect(m.sentence).toBe('Young people in supported internships: 26, up from a suppressed figure; target 40');
    expect(m.sentence).not.toMatch(/\b4\b/);
    const c = buildMeasure({ name: 'Overdue annual reviews', baseline: 200, current: 7, target: 0, better: 'lower' });
    expect(c.sentence).toBe('Overdue annual reviews: suppressed, down from 200; target 0');
    expect(JSON.stringify(c)).not.toMatch(/\b7\b/);
  });

  it('does not suppress zeros, targets, percentages or durations', () => {
    expect(buildMeasure({ name: 'A', baseline: 200, current: 0, target: 5, better: 'lower' }).sentence).toBe(
      'A: 0, down from 200; target 5',
    );
    expect(buildMeasure({ name: 'A', unit: '%', baseline: 3, current: 8, target: 9, better: 'higher' }).sentence).toBe(
      'A: 8%, up from 3%; target 9%',
    );
    expect(
      buildMeasure({ name: 'A', unit: 'weeks', baseline: 9, current: 6, target: 4, better: 'lower' }).progress,
    ).toBeCloseTo(0.6);
    expect(buildMeasure({ name: 'A', baseline: 8, current: 20, target: 40, better: 'higher' }, 5).baseline).toBe(8);
  });
});

describe('isCountUnit', () => {
  it('treats people, cases and no unit as counts, and rates, durations and money as not', () => {
    expect(['', 'reviews', 'children', 'young people', undefined].map(isCountUnit)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['%', 'percent', 'weeks', 'days', '£m', 'rate per 1,000'].map(isCountUnit)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('buildMeasure under disclosure control', () => {
  it('withholds a standing or direction that would narrow a suppressed count (issue 19)', () => {
    // "on course, not met" with target 0 says the hidden count is above 0; "down from 200" says nothing useful
    const c = buildMeasure({ name: 'Overdue annual reviews', baseline: 200, current: 7, target: 0, better: 'lower' });
    expect(c.standing).toBe('withheld');
    expect(c.direction).toBe('improving');
    expect(standingWords(c)).toBe('progress not shown, since it would narrow a suppressed figure');
    // "target met" with target 5 says the hidden count is 5 or more
    const met = buildMeasure({ name: 'Apprenticeships', baseline: 0, current: 7, target: 5, better: 'higher' });
    expect(met.standing).toBe('withheld');
    // "down from a suppressed figure" says the hidden baseline is above 3, so never 0
    const down = buildMeasure({ name: 'Exclusions', baseline: 4, current: 3, target: 0, better: 'lower' }, 10);
    expect(down.direction).toBe('unknown');
    expect(down.sentence).toBe('Exclusions: suppressed (baseline a suppressed figure); target 0');
    // a standing that 0 and large counts share is kept: "moving away from target" (up from 20, target 0)
    // holds for no hidden value 0, so it is withheld, while a target of 50 leaves "less than half way" alone
    const far = buildMeasure({ name: 'Places', baseline: 0, current: 3, target: 50, better: 'higher' });
    expect(far.standing).toBe('behind');
  });

  it('never shows a direction or standing that rules out 0 or every count of at least min-count for a suppressed figure (exhaustive over small plans)', () => {
    type Judged = { direction: string; standing: string };
    const judge = (baseline: number | undefined, current: number, target: number, better: 'higher' | 'lower'): Judged =>
      judgeMeasure(current, baseline, target, better);
    let checked = 0;
    for (const better of ['higher', 'lower'] as const) {
      for (const target of [0, 5, 10, 15, 40]) {
        for (const baseline of [undefined, 0, 4, 8, 12, 200]) {
          for (let current = 0; current <= 12; current++) {
            const m = buildMeasure({ name: 'm', baseline, current, target, better }, 10);
            const hiddenCurrent = isMissing(m.current);
            const hiddenBaseline = isMissing(m.baseline);
            if (!hiddenCurrent && !hiddenBaseline) continue;
            // what an attacker can try for each hidden figure: 0, every count from 10 to 60, and around
            // 100, 200 and 400 (no threshold of these plans lies elsewhere)
            const around = (c: number) => Array.from({ length: 11 }, (_, i) => c - 5 + i);
            const alternatives = [
              0,
              ...Array.from({ length: 51 }, (_, i) => 10 + i),
              ...around(100),
              ...around(200),
              ...around(400),
            ];
            const consistent = (j: Judged) =>
              (m.direction === 'unknown' || j.direction === m.direction) &&
              (m.standing === 'withheld' || m.standing === 'unknown' || j.standing === m.standing);
            if (hiddenCurrent) {
              const ok = alternatives.filter((x) => consistent(judge(baseline, x, target, better)));
              expect(
                ok.includes(0) && ok.some((x) => x >= 10),
                `current ${current}, baseline ${baseline}, target ${target}, ${better}`,
              ).toBe(true);
            }
            if (hiddenBaseline) {
              const ok = alternatives.filter((x) => consistent(judge(x, current, target, better)));
              expect(
                ok.includes(0) && ok.some((x) => x >= 10),
                `baseline ${baseline}, current ${current}, target ${target}, ${better}`,
              ).toBe(true);
            }
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});
