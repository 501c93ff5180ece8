/**
 * Decisions that look at a hidden value (issue 19): a tracker measure whose current figure or
 * baseline is a suppressed count must say the same whatever that count is, 1 to minCount − 1 (a
 * count suppressed here is never 0, which is shown). Otherwise the standing or the direction said
 * for one hidden value and withheld for another tells a reader which values are left. Exhaustive
 * over small plans: both directions, targets 0, 5, 10 and 40,
 * baselines and currents from 0 to 20 and 200, thresholds 5 and 10.
 */
import { describe, expect, it } from 'vitest';
import { isMissing } from '../missing.js';
import { buildMeasure } from './measure.js';

describe('buildMeasure: nothing shown depends on a hidden count', () => {
  it('says the same for every value a suppressed current or baseline could have (exhaustive over small plans)', () => {
    const figures = [0, 1, 3, 5, 8, 9, 10, 12, 20, 200];
    let plans = 0;
    let compared = 0;
    const differences: string[] = [];
    for (const minCount of [5, 10])
      for (const better of ['higher', 'lower'] as const)
        for (const target of [0, 5, 10, 40])
          for (const baseline of [undefined, ...figures])
            for (const current of figures) {
              const m = buildMeasure({ name: 'm', unit: 'people', baseline, current, target, better }, minCount);
              const hiddenCurrent = isMissing(m.current);
              const hiddenBaseline = isMissing(m.baseline);
              if (!hiddenCurrent && !hiddenBaseline) continue;
              plans++;
              const shown = JSON.stringify(m);
              const small = Array.from({ length: minCount - 1 }, (_, i) => i + 1);
              for (const c of hiddenCurrent ? small : [current])
                for (const b of hiddenBaseline ? small : [baseline]) {
                  const other = buildMeasure(
                    { name: 'm', unit: 'people', baseline: b, current: c, target, better },
                    minCount,
                  );
                  compared++;
                  if (JSON.stringify(other) !== shown && differences.length < 10)
                    differences.push(
                      `${better}, target ${target}, min ${minCount}: (baseline ${baseline}, current ${current}) says ${m.standing}/${m.direction}, (baseline ${b}, current ${c}) says ${other.standing}/${other.direction}`,
                    );
                }
            }
    console.log(`tracker measures: ${plans} plans with a hidden figure, ${compared} other values compared`);
    expect(plans).toBeGreaterThan(100);
    expect(differences).toEqual([]);
  }, 120_000);
});
