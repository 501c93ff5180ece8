import { describe, expect, it } from 'vitest';
import { rankAmong } from './rank.js';

describe('rankAmong', () => {
  it('has the expected defaults: 1st is the highest when higher is better', () => {
    expect(rankAmong(25.7, [41.1, 25.7, 9], 'higher')).toEqual({ rank: 2, of: 3, tied: 1 });
    expect(rankAmong(41.1, [41.1, 25.7, 9], 'higher')).toEqual({ rank: 1, of: 3, tied: 1 });
  });

  it('puts the lowest first when lower is better', () => {
    expect(rankAmong(9, [41.1, 25.7, 9], 'lower')).toEqual({ rank: 1, of: 3, tied: 1 });
    expect(rankAmong(41.1, [41.1, 25.7, 9], 'lower')).toEqual({ rank: 3, of: 3, tied: 1 });
  });

  it('gives tied values the better place and says how many share it (1, 2, 2, 4)', () => {
    const values = [90, 50, 50, 10];
    expect(values.map((v) => rankAmong(v, values, 'higher')!.rank)).toEqual([1, 2, 2, 4]);
    expect(rankAmong(50, values, 'higher')!.tied).toBe(2);
  });

  it('counts only values that are numbers, and places nothing that is not among them', () => {
    expect(rankAmong(5, [5, NaN, 7, Infinity], 'higher')).toEqual({ rank: 2, of: 2, tied: 1 });
    expect(rankAmong(6, [5, 7], 'higher')).toBe(undefined);
  });
});
