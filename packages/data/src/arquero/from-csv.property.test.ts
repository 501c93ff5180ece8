import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv } from '../csv.js';
import { DEFAULT_SYMBOLS, isMissing, type Missing } from '../missing.js';
import { fromCSV } from './from-csv.js';

const symbols = Object.keys(DEFAULT_SYMBOLS).filter((s) => s !== '');
/** A numeric cell: a whole number, a decimal, or a published symbol. */
const numericCell = fc.oneof(
  fc.integer({ min: -1_000_000, max: 10_000_000 }).map((n) => ({ text: String(n), value: n as number | string })),
  fc.integer({ min: 0, max: 99_999 }).map((n) => ({ text: (n / 10).toFixed(1), value: (n / 10) as number | string })),
  fc.constantFrom(...symbols).map((s) => ({ text: s, value: s as number | string })),
);
/** A text cell that can hold commas, quotes and line breaks; it starts with a letter so it never reads as a number or symbol. */
const textCell = fc
  .string({ maxLength: 12, unit: fc.constantFrom('a', 'Z', '1', ' ', ',', ';', '"', "'", '\n', '\r\n', 'é', '£', '%') })
  .map((s) => `t${s}`);

describe('fromCSV (property)', () => {
  it('round-trips numbers, symbols and awkward text through formatCsv', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(textCell, numericCell, numericCell), { minLength: 1, maxLength: 30 }), (rows) => {
        // keep the numeric columns numeric: the first row carries a number in each
        rows[0]![1] = { text: '1', value: 1 };
        rows[0]![2] = { text: '2', value: 2 };
        const csv = formatCsv(
          ['name', 'a', 'b'],
          rows.map(([t, a, b]) => [t, a.text, b.text]),
        );
        const table = fromCSV(csv);
        expect(table.numRows()).toBe(rows.length);
        rows.forEach(([t, a, b], r) => {
          expect(table.get('name', r)).toBe(t);
          for (const [col, cell] of [
            ['a', a],
            ['b', b],
          ] as const) {
            const got = table.get(col, r);
            if (typeof cell.value === 'number') expect(got).toBe(cell.value);
            else {
              expect(isMissing(got)).toBe(true);
              expect((got as Missing).symbol).toBe(cell.value);
              expect((got as Missing).kind).toBe(DEFAULT_SYMBOLS[cell.value]);
            }
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
