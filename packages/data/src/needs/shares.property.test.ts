import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsContract } from '../contracts/needs.js';
import { toRawData } from '../input.js';
import { validate } from '../validate.js';
import { buildNeedsModel } from './model.js';

const NEEDS = ['SLCN', 'ASD', 'SEMH', 'MLD', 'SpLD', 'HI', 'VI', 'PD'] as const;

describe('need shares (property)', () => {
  it('add up to 100% within each group, exactly before rounding and within rounding after it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 10, max: 5000 }), { minLength: NEEDS.length, maxLength: NEEDS.length }),
        fc.array(fc.integer({ min: 10, max: 50000 }), { minLength: NEEDS.length, maxLength: NEEDS.length }),
        (local, england) => {
          const rows = NEEDS.flatMap((need, i) => [
            { geography: 'local', phase: 'primary', provision: 'all', need, pupils: local[i] },
            { geography: 'england', phase: 'primary', provision: 'all', need, pupils: england[i] },
          ]);
          const model = buildNeedsModel(validate(toRawData(rows), needsContract), { minCount: 10 });
          const group = model.groups.find((g) => g.phase === 'primary' && g.provision === 'all')!;
          const shares = group.needs.map((n) => n.local.share!);
          expect(shares.every((s) => s >= 0 && s <= 1)).toBe(true);
          expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
          // what a reader adds up: shares shown to one decimal place
          const shown = shares.reduce((a, s) => a + Math.round(s * 1000) / 10, 0);
          expect(Math.abs(shown - 100)).toBeLessThanOrEqual(0.05 * NEEDS.length + 1e-9);
          const englandShares = group.needs.map((n) => n.england!.share!);
          expect(englandShares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        },
      ),
    );
  });
});
