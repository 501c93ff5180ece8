import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holmAdjust } from './holm.js';

/** Holm's procedure as its paper states it: step down through the sorted p-values, rejecting while p(i) ≤ α / (m − i + 1). */
function holmRejects(p: readonly number[], alpha: number): boolean[] {
  const m = p.length;
  const order = p.map((_, i) => i).sort((a, b) => p[a]! - p[b]! || a - b);
  const out = p.map(() => false);
  for (let i = 0; i < m; i++) {
    if (p[order[i]!]! > alpha / (m - i)) break;
    out[order[i]!] = true;
  }
  return out;
}

describe('holmAdjust', () => {
  it('has the expected defaults: nothing in, nothing out; one test is left as it is', () => {
    expect(holmAdjust([])).toEqual([]);
    expect(holmAdjust([0.03])).toEqual([0.03]);
  });

  it('adjusts a worked family of four, in the original order', () => {
    // sorted 0.005, 0.01, 0.03, 0.04 → ×4, ×3, ×2, ×1 = 0.02, 0.03, 0.06, 0.04 → running maximum 0.02, 0.03, 0.06, 0.06
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 12));
  });

  it('caps at 1 and keeps ties together', () => {
    expect(holmAdjust([0.5, 0.5, 0.9])).toEqual([1, 1, 1]);
    expect(holmAdjust([0.01, 0.01])).toEqual([0.02, 0.02]);
  });

  it('an adjusted p is below α exactly when the step-down procedure rejects at α (any family, any α)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 14 }),
        fc.double({ min: 0.001, max: 0.2, noNaN: true }),
        (p, alpha) => {
          const adjusted = holmAdjust(p);
          const rejected = holmRejects(p, alpha);
          adjusted.forEach((a, i) => expect(a <= alpha + 1e-12 || !rejected[i]).toBe(true));
          adjusted.forEach((a, i) => expect(a < alpha - 1e-12 ? rejected[i] : true).toBe(true));
        },
      ),
    );
  });
});
