import { describe, expect, it } from 'vitest';
import { isMissing } from '../missing.js';
import { buildMeasure, isCountUnit, standingWords } from './measure.js';

describe('buildMeasure', () => {
  it('has the expected sentence for the seed example: overdue annual reviews 200 → 40, target 0', () => {
    const m = buildMeasure({ name: 'Overdue annual reviews', unit: 'reviews', baseline: 200, current: 40, target: 0, better: 'lower' });
    expect(m.sentence).toBe('Overdue annual reviews: 40, down from 200; target 0');
    expect(m.progress).toBeCloseTo(0.8, 10);
    expect(m.direction).toBe('improving');
    expect(m.standing).toBe('on_course');
    expect(standingWords(m)).toBe('80% of the way from baseline to target');
  });

  it('reads higher-is-better measures and percentages', () => {
    const m = buildMeasure({ name: 'Assessments within 20 weeks', unit: '%', baseline: 49.1, current: 70, target: 90, better: 'higher' });
    expect(m.sentence).toBe('Assessments within 20 weeks: 70%, up from 49.1%; target 90%');
    expect(m.progress).toBeCloseTo((70 - 49.1) / (90 - 49.1), 10);
  });

  it('says when a measure has moved away from its target', () => {
    const m = buildMeasure({ name: 'High-cost placements', unit: 'children', baseline: 84, current: 91, target: 70, better: 'lower' });
    expect(m.sentence).toBe('High-cost placements: 91, up from 84; target 70');
    expect([m.direction, m.standing, m.progress]).toEqual(['worsening', 'worsening', 0]);
  });

  it('marks a met target, clamps progress to 1, and handles an unchanged value and no baseline', () => {
    expect(buildMeasure({ name: 'A', baseline: 200, current: 0, target: 10, better: 'lower' })).toMatchObject({ standing: 'met', progress: 1 });
    expect(buildMeasure({ name: 'A', unit: 'weeks', baseline: 30, current: 30, target: 18, better: 'lower' }).sentence).toBe('A: 30 weeks, unchanged from 30 weeks; target 18 weeks');
    const none = buildMeasure({ name: 'A', current: 30, target: 18, better: 'lower' });
    expect([none.sentence, none.standing, none.progress]).toEqual(['A: 30; target 18', 'unknown', undefined]);
    expect(buildMeasure({ name: 'A', unit: 'week', baseline: 2, current: 1, target: 1, better: 'lower' }).sentence).toBe('A: 1 week, down from 2 weeks; target 1 week');
  });

  it('words units of time in the locale\'s plural forms, whatever form the data gives the unit in', () => {
    expect(buildMeasure({ name: 'A', unit: 'Weeks', baseline: 1.5, current: 1, target: 0.5, better: 'lower' }).sentence).toBe('A: 1 week, down from 1.5 weeks; target 0.5 weeks');
    expect(buildMeasure({ name: 'A', unit: 'day', baseline: 3, current: 2, target: 1, better: 'lower' }).sentence).toBe('A: 2 days, down from 3 days; target 1 day');
    expect(buildMeasure({ name: 'A', unit: '__proto__', baseline: 30, current: 20, target: 10, better: 'lower' }).sentence).toBe('A: 20, down from 30; target 10');
    // Welsh has a form for two (and others for few and many): a translation gives them, unused forms fall back to "other"
    const welsh = {
      locale: 'cy',
      strings: { measureWeeks_one: '{n} wythnos', measureWeeks_two: '{n} wythnos (dwy)', measureWeeks_other: '{n} o wythnosau', measureSentence: '{name}: {current}{change}; targed {target}', measureDown: ', i lawr o {baseline}' },
    };
    expect(buildMeasure({ name: 'A', unit: 'weeks', baseline: 5, current: 2, target: 1, better: 'lower' }, 10, welsh).sentence).toBe('A: 2 wythnos (dwy), i lawr o 5 o wythnosau; targed 1 wythnos');
  });

  it('suppresses counts of people from 1 to 9 and withholds the progress that would reveal them', () => {
    const m = buildMeasure({ name: 'Young people in supported internships', unit: 'young people', baseline: 4, current: 26, target: 40, better: 'higher' });
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
    expect(buildMeasure({ name: 'A', baseline: 200, current: 0, target: 5, better: 'lower' }).sentence).toBe('A: 0, down from 200; target 5');
    expect(buildMeasure({ name: 'A', unit: '%', baseline: 3, current: 8, target: 9, better: 'higher' }).sentence).toBe('A: 8%, up from 3%; target 9%');
    expect(buildMeasure({ name: 'A', unit: 'weeks', baseline: 9, current: 6, target: 4, better: 'lower' }).progress).toBeCloseTo(0.6);
    expect(buildMeasure({ name: 'A', baseline: 8, current: 20, target: 40, better: 'higher' }, 5).baseline).toBe(8);
  });
});

describe('isCountUnit', () => {
  it('treats people, cases and no unit as counts, and rates, durations and money as not', () => {
    expect(['', 'reviews', 'children', 'young people', undefined].map(isCountUnit)).toEqual([true, true, true, true, true]);
    expect(['%', 'percent', 'weeks', 'days', '£m', 'rate per 1,000'].map(isCountUnit)).toEqual([false, false, false, false, false, false]);
  });
});
