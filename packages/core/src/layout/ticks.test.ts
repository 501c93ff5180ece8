import { describe, expect, it } from 'vitest';
import { scaleLinear } from '../scale/index.js';
import { textWidth } from './text-width.js';
import { fitTicks, placeTicks, tickCount, tickDigits } from './ticks.js';

const percent = (v: number) => `${Math.round(v * 100)}%`;

describe('tickCount', () => {
  it('has one tick per spacing, at least the minimum', () => {
    expect(tickCount(300, 50)).toBe(6);
    expect(tickCount(60, 50)).toBe(2);
    expect(tickCount(60, 50, 3)).toBe(3);
  });
});

describe('tickDigits', () => {
  it('drops the decimals of whole numbers only', () => {
    expect(tickDigits(10)).toBe(0);
    expect(tickDigits(0)).toBe(0);
    expect(tickDigits(2.5)).toBe(1);
    expect(tickDigits(0.1 + 0.2 - 0.3)).toBe(0);
  });
});

describe('placeTicks', () => {
  it('centres each label on its tick and moves the end labels inside the axis', () => {
    const ticks = placeTicks([0, 0.5, 1], (v) => v * 200, percent, 200, 12);
    expect(ticks.map((t) => t.pos)).toEqual([0, 100, 200]);
    expect(ticks[1]!.labelPos).toBe(100);
    for (const t of ticks) {
      const half = textWidth(t.label, 12) / 2;
      expect(t.labelPos - half).toBeGreaterThanOrEqual(0);
      expect(t.labelPos + half).toBeLessThanOrEqual(200);
    }
  });
});

describe('fitTicks', () => {
  it('keeps five ticks on a long axis and fewer on a short one, labels never closer than the gap', () => {
    for (const length of [600, 200, 120, 60]) {
      const scale = scaleLinear().domain([0, 1]).range([0, length]);
      const ticks = fitTicks(scale, percent, length, 12);
      expect(ticks.length).toBeGreaterThan(0);
      for (let i = 1; i < ticks.length; i++) {
        const a = ticks[i - 1]!;
        const b = ticks[i]!;
        expect(a.labelPos + textWidth(a.label, 12) / 2 + 8, `${a.label} / ${b.label} at ${length}`).toBeLessThanOrEqual(
          b.labelPos - textWidth(b.label, 12) / 2,
        );
      }
    }
    expect(fitTicks(scaleLinear().domain([0, 1]).range([0, 600]), percent, 600, 12)).toHaveLength(6);
    expect(fitTicks(scaleLinear().domain([0, 1]).range([0, 120]), percent, 120, 12)).toHaveLength(3);
  });
});
