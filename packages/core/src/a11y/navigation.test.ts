import { describe, expect, it } from 'vitest';
import { moveActive, type NavSeries } from './navigation.js';

const pt = (id: string) => ({ id, label: id, x: 0, y: 0, datum: id });
const nav: NavSeries[] = [
  { label: 'SEN support', points: [pt('a1'), pt('a2'), pt('a3')] },
  { label: 'Empty', points: [] },
  { label: 'EHC plans', points: [pt('b1'), pt('b2')] },
];

describe('moveActive', () => {
  it('enters at the first point on an arrow key and at the last on End', () => {
    expect(moveActive(nav, undefined, 'ArrowRight')).toEqual({ series: 0, index: 0 });
    expect(moveActive(nav, undefined, 'End')).toEqual({ series: 0, index: 2 });
    expect(moveActive(nav, undefined, 'a')).toBeUndefined();
  });
  it('moves along a series and stops at its ends', () => {
    expect(moveActive(nav, { series: 0, index: 0 }, 'ArrowRight')).toEqual({ series: 0, index: 1 });
    expect(moveActive(nav, { series: 0, index: 2 }, 'ArrowRight')).toEqual({ series: 0, index: 2 });
    expect(moveActive(nav, { series: 0, index: 0 }, 'ArrowLeft')).toEqual({ series: 0, index: 0 });
    expect(moveActive(nav, { series: 0, index: 1 }, 'Home')).toEqual({ series: 0, index: 0 });
  });
  it('moves between series, skipping empty ones and keeping the position where it can', () => {
    expect(moveActive(nav, { series: 0, index: 2 }, 'ArrowDown')).toEqual({ series: 2, index: 1 });
    expect(moveActive(nav, { series: 2, index: 0 }, 'ArrowUp')).toEqual({ series: 0, index: 0 });
    expect(moveActive(nav, { series: 2, index: 0 }, 'ArrowDown')).toEqual({ series: 2, index: 0 });
  });
  it('moves along a vertical series with up and down, and between series with left and right', () => {
    const bars: NavSeries[] = [
      { label: 'Needs', vertical: true, points: [pt('SLCN'), pt('ASD'), pt('SEMH')] },
      { label: 'Other', vertical: true, points: [pt('x')] },
    ];
    expect(moveActive(bars, { series: 0, index: 0 }, 'ArrowDown')).toEqual({ series: 0, index: 1 });
    expect(moveActive(bars, { series: 0, index: 2 }, 'ArrowDown')).toEqual({ series: 0, index: 2 });
    expect(moveActive(bars, { series: 0, index: 1 }, 'ArrowUp')).toEqual({ series: 0, index: 0 });
    expect(moveActive(bars, { series: 0, index: 1 }, 'ArrowRight')).toEqual({ series: 1, index: 0 });
    expect(moveActive(bars, { series: 1, index: 0 }, 'ArrowLeft')).toEqual({ series: 0, index: 0 });
    expect(moveActive(bars, undefined, 'ArrowDown')).toEqual({ series: 0, index: 0 });
  });

  it('leaves on Escape', () => {
    expect(moveActive(nav, { series: 0, index: 1 }, 'Escape')).toBe('leave');
  });
});
