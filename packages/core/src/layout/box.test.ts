import { describe, expect, it } from 'vitest';
import { boxesOverlap, plotBox, verticalLineAround } from './box.js';

describe('plotBox', () => {
  it('leaves the margin clear', () => {
    expect(plotBox(640, 400, { top: 20, right: 10, bottom: 40, left: 50 })).toEqual({
      x: 50,
      y: 20,
      width: 580,
      height: 340,
    });
  });

  it('is never negative when the margin is wider than the chart', () => {
    expect(plotBox(40, 30, { top: 20, right: 30, bottom: 20, left: 30 })).toEqual({
      x: 30,
      y: 20,
      width: 0,
      height: 0,
    });
  });
});

describe('boxesOverlap', () => {
  const a = { x: 0, y: 0, width: 10, height: 10 };
  it('tells overlapping, touching and separate boxes apart', () => {
    expect(boxesOverlap(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(boxesOverlap(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
    expect(boxesOverlap(a, { x: 0, y: 20, width: 10, height: 10 })).toBe(false);
  });

  it('counts boxes closer than the gap as overlapping', () => {
    expect(boxesOverlap(a, { x: 12, y: 0, width: 10, height: 10 }, 4)).toBe(true);
    expect(boxesOverlap(a, { x: 15, y: 0, width: 10, height: 10 }, 4)).toBe(false);
  });
});

describe('verticalLineAround', () => {
  const label = { x: 40, y: 20, width: 30, height: 10 };
  it('has the expected defaults: the whole line when no box is in its way', () => {
    expect(verticalLineAround(50, 0, 100, [])).toEqual([[0, 100]]);
    expect(verticalLineAround(80, 0, 100, [label])).toEqual([[0, 100]]);
    expect(verticalLineAround(50, 40, 100, [label])).toEqual([[40, 100]]);
  });

  it('stops the line a gap short of each box it would cross, merging boxes that overlap', () => {
    expect(verticalLineAround(50, 0, 100, [label], 2)).toEqual([
      [0, 18],
      [32, 100],
    ]);
    expect(verticalLineAround(50, 0, 100, [{ ...label, y: 60 }, label, { ...label, y: 25 }])).toEqual([
      [0, 20],
      [35, 60],
      [70, 100],
    ]);
    // a box past either end leaves no piece beyond it; a gap reaches a line just beside a box
    expect(verticalLineAround(50, 22, 100, [label, { ...label, y: 95 }])).toEqual([[30, 95]]);
    expect(verticalLineAround(71, 0, 100, [label], 2)).toEqual([
      [0, 18],
      [32, 100],
    ]);
  });
});
