import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cochranArmitage } from './trend-test.js';

describe('cochranArmitage', () => {
  it('has the expected defaults: scores 1…k, and nothing for one group or no variation', () => {
    expect(cochranArmitage([1], [10])).toBeUndefined();
    expect(cochranArmitage([0, 0], [10, 10])).toBeUndefined();
    expect(cochranArmitage([10, 10], [10, 10])).toBeUndefined();
    const t = cochranArmitage([30, 20, 10], [100, 100, 100])!;
    expect(t.z).toBeLessThan(0);
    expect(t.groups).toBe(3);
    expect(t.total).toBe(300);
  });

  it("Agresti's worked example (Categorical Data Analysis, 2nd ed., §3.4: infant malformation and alcohol consumption): χ² = 6.57, p = 0.01", () => {
    const present = [48, 38, 5, 1, 1];
    const absent = [17066, 14464, 788, 126, 37];
    const t = cochranArmitage(
      present,
      present.map((x, i) => x + absent[i]!),
      [0, 0.5, 1.5, 4, 7],
    )!;
    // Agresti's M² = (n − 1)r² = 6.57; this form is n r² = 6.5701 (n = 32,574)
    expect(t.chiSquare).toBeCloseTo(6.570134, 5);
    expect(t.z).toBeCloseTo(2.563227, 5);
    expect(t.p).toBeCloseTo(0.01037, 4);
  });

  it('its chi-square is N r², r the pupil-by-pupil correlation of score and outcome (computed here from the sums)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 400 })), {
          minLength: 2,
          maxLength: 10,
        }),
        (groups) => {
          const n = groups.map(([, m]) => m);
          const x = groups.map(([a, m]) => Math.min(a, m));
          const t = cochranArmitage(x, n);
          // every pupil is a point (score, 0 or 1)
          let N = 0,
            sx = 0,
            sy = 0,
            sxx = 0,
            sxy = 0,
            syy = 0;
          n.forEach((m, i) => {
            const s = i + 1;
            N += m;
            sx += m * s;
            sxx += m * s * s;
            sy += x[i]!;
            syy += x[i]!;
            sxy += x[i]! * s;
          });
          const cov = sxy / N - (sx / N) * (sy / N);
          const vx = sxx / N - (sx / N) ** 2;
          const vy = syy / N - (sy / N) ** 2;
          if (!(vx > 1e-12) || !(vy > 1e-12)) return;
          const r = cov / Math.sqrt(vx * vy);
          expect(t).toBeDefined();
          expect(t!.chiSquare).toBeCloseTo(N * r * r, 6);
          expect(Math.sign(t!.z)).toBe(Math.sign(r) || Math.sign(t!.z));
        },
      ),
    );
  });
});
