import { describe, expect, it } from 'vitest';
import { isMissing, missing } from '../missing.js';
import { ReadProblems, readMeasure, shareDisagrees } from './read-cells.js';

describe('shareDisagrees', () => {
  it('has the expected defaults: exact counts, one decimal place', () => {
    expect(shareDisagrees(3, 10, '30')).toBeUndefined();
    expect(shareDisagrees(3, 10, '30.0')).toBeUndefined();
    expect(shareDisagrees(3, 10, '33.3')).toBeCloseTo(30, 10);
    // 1/3 = 33.33…%: 33.3 is right, 33.4 is not
    expect(shareDisagrees(1, 3, 33.3)).toBeUndefined();
    expect(shareDisagrees(1, 3, 33.4)).toBeCloseTo(33.333, 3);
  });

  it('cannot check a missing count, a missing or zero denominator, or a percentage that is not a number', () => {
    expect(shareDisagrees(missing('suppressed'), 10, '30')).toBeUndefined();
    expect(shareDisagrees(3, missing('suppressed'), '30')).toBeUndefined();
    expect(shareDisagrees(3, 0, '30')).toBeUndefined();
    expect(shareDisagrees(3, 10, 'c')).toBeUndefined();
  });

  it('allows for counts rounded to the nearest 10', () => {
    // 13,000 of 67,180 is 19.35%; published 19.3 from the unrounded counts: possible within ±5 on each
    expect(shareDisagrees(13000, 67180, '19.3')).toBeCloseTo(19.351, 3);
    expect(shareDisagrees(13000, 67180, '19.3', 10)).toBeUndefined();
    // 50 of 4,240 is 1.18%, published 1.3: 55 of 4,235 is 1.299%, so possible
    expect(shareDisagrees(50, 4240, '1.3', 10)).toBeUndefined();
    // but not 2.0
    expect(shareDisagrees(50, 4240, '2.0', 10)).toBeCloseTo(1.179, 3);
  });

  it('checks a "low" percentage: it rounds to 0 but is not 0', () => {
    const low = missing('low', 'k');
    // 10 of 16,110 (rounded to 10): the count may be 5, 0.031%, which rounds to 0.0
    expect(shareDisagrees(10, 16110, low, 10)).toBeUndefined();
    // unrounded 10 of 16,110 is 0.062%, which rounds to 0.1, so "low" is wrong
    expect(shareDisagrees(10, 16110, low)).toBeCloseTo(0.062, 3);
    // a true zero is not "low"
    expect(shareDisagrees(0, 16110, low)).toBe(0);
  });
});

describe('readMeasure', () => {
  it('reads numbers, quoted thousands and symbols', () => {
    const problems = new ReadProblems();
    expect(readMeasure('29,199', 2, 'a', problems, { whole: true })).toBe(29199);
    expect(readMeasure(' 47.665', 2, 'a', problems)).toBe(47.665);
    expect(readMeasure('85.700000000000', 2, 'a', problems)).toBe(85.7);
    const x = readMeasure('x', 2, 'a', problems);
    expect(isMissing(x) && x.kind).toBe('not_available');
    expect(problems.list).toEqual([]);
  });

  it('names the published column and the row of an empty cell, a letter in a count or a decimal count', () => {
    const problems = new ReadProblems();
    expect(readMeasure('', 7, 'number_asd', problems, { whole: true })).toBeUndefined();
    expect(readMeasure('68o', 8, 'number_asd', problems, { whole: true })).toBeUndefined();
    expect(readMeasure('34.9', 9, 'number_asd', problems, { whole: true })).toBeUndefined();
    expect(problems.list.map((p) => [p.row, p.column, p.value])).toEqual([
      [7, 'number_asd', ''],
      [8, 'number_asd', '68o'],
      [9, 'number_asd', '34.9'],
    ]);
    expect(problems.list[0]!.message).toMatch(/empty.*cut short or edited/);
    expect(() => problems.throwIfAny()).toThrow(
      /column "number_asd", row 8: expected a count or a published symbol \(c, x, z/,
    );
  });

  it('reads a symbol the file defines (k) only when told', () => {
    const problems = new ReadProblems();
    expect(readMeasure('k', 2, 'pt', problems)).toBeUndefined();
    const k = readMeasure('k', 2, 'pt', problems, { symbols: { k: 'low' } });
    expect(isMissing(k) && k.label).toBe('low (rounds to zero)');
    expect(problems.list).toHaveLength(1);
  });

  it('lists at most the limit and counts the rest', () => {
    const problems = new ReadProblems(2);
    for (let r = 2; r < 7; r++) readMeasure('?', r, 'n', problems);
    expect(problems.list).toHaveLength(2);
    expect(() => problems.throwIfAny()).toThrow(/and 3 more problems/);
  });
});
