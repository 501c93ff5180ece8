import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateDeciles } from './aggregate.js';

describe('aggregateDeciles typed-array fast path', () => {
  it('gives exactly what the general path gives for the same numbers', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            d: fc.integer({ min: 0, max: 11 }),
            p: fc.nat({ max: 400 }),
            s: fc.nat({ max: 100 }),
            e: fc.nat({ max: 30 }),
          }),
          { maxLength: 200 },
        ),
        (rows) => {
          const plain = aggregateDeciles({
            imd_decile: rows.map((r) => r.d),
            pupils: rows.map((r) => r.p),
            sen_support: rows.map((r) => r.s),
            ehc_plan: rows.map((r) => r.e),
          });
          const typed = aggregateDeciles({
            imd_decile: Int8Array.from(rows, (r) => r.d),
            pupils: Float64Array.from(rows, (r) => r.p),
            sen_support: Int32Array.from(rows, (r) => r.s),
            ehc_plan: Int32Array.from(rows, (r) => r.e),
          });
          expect(typed).toEqual(plain);
        },
      ),
    );
  });

  it('counts each row as one pupil when pupils is left out (pupil-level data)', () => {
    const out = aggregateDeciles({
      imd_decile: Uint8Array.of(1, 1, 2, 10),
      sen_support: Uint8Array.of(1, 0, 1, 0),
      ehc_plan: Uint8Array.of(0, 0, 1, 0),
    });
    expect(out.groups[0]!.pupils.slice(0, 2)).toEqual([2, 1]);
    expect(out.groups[0]!.sen_support[1]).toBe(1);
    expect(out.groups[0]!.pupils[9]).toBe(1);
  });
});
