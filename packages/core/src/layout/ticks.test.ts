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

  it('asks for at most `most` ticks, and measures labels `widen` times wide', () => {
    const scale = scaleLinear().domain([0, 1]).range([0, 600]);
    expect(fitTicks(scale, percent, 600, 12, { most: 3 }).map((t) => t.label)).toEqual(['0%', '50%', '100%']);
    // "100%" measured 15% wide ends further inside the axis
    const plain = fitTicks(scale, percent, 600, 12).at(-1)!;
    const wide = fitTicks(scale, percent, 600, 12, { widen: 1.15 }).at(-1)!;
    expect(wide.labelPos).toBeLessThan(plain.labelPos);
    expect(wide.labelPos + (textWidth('100%', 12) * 1.15) / 2).toBeLessThanOrEqual(600);
  });

  it('keeps both ends on an axis too short for even two ticks at a time, and only the first when the ends would touch', () => {
    // 0 to 1,000,000 in 70 px: "0" and "1,000,000" clear each other, "500,000" clears neither
    const count = (v: number) => v.toLocaleString('en-GB');
    const scale = scaleLinear().domain([0, 1e6]).range([0, 110]);
    expect(fitTicks(scale, count, 110, 12).map((t) => t.label)).toEqual(['0', '1,000,000']);
    expect(fitTicks(scaleLinear().domain([0, 1e6]).range([0, 40]), count, 40, 12).map((t) => t.label)).toEqual(['0']);
  });

  it('anchors the end labels inside the axis with anchorEnds, keeping a tick between only where it clears both', () => {
    // a rank axis from 1 to 32,844 over 300 px: the ends' labels start and end at their ticks
    const x = scaleLinear().domain([1, 32_844]).range([10, 310]);
    const values = [1, 5_000, 10_000, 15_000, 20_000, 25_000, 30_000, 32_844];
    const ranks = Object.assign((v: number) => x(v), { ticks: () => values });
    const count = (v: number) => v.toLocaleString('en-GB');
    const ticks = fitTicks(ranks, count, 320, 16, { most: 1, anchorEnds: true });
    const first = ticks[0]!;
    const last = ticks.at(-1)!;
    expect(first.labelPos - textWidth('1', 16) / 2).toBeCloseTo(10, 6);
    expect(last.labelPos + textWidth('32,844', 16) / 2).toBeCloseTo(310, 6);
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.length).toBeLessThan(values.length);
    for (let i = 1; i < ticks.length; i++) {
      const a = ticks[i - 1]!;
      const b = ticks[i]!;
      expect(a.labelPos + textWidth(a.label, 16) / 2 + 8).toBeLessThanOrEqual(b.labelPos - textWidth(b.label, 16) / 2);
    }
    // without it the last label is centred on 32,844 (moved in only at the axis's end): it would overlap 30,000
    const centred = fitTicks(ranks, count, 320, 16, { most: 1 }).at(-1)!;
    expect(centred.labelPos).toBeGreaterThan(last.labelPos);
  });
});
