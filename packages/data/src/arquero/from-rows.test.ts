import { describe, expect, it } from 'vitest';
import { needsContract } from '../contracts/needs.js';
import { SendDataError } from '../issues.js';
import { isMissing, missing, type Missing } from '../missing.js';
import { fromRows, readRows } from './from-rows.js';

describe('fromRows', () => {
  it('types numeric text, symbols and blanks the way CSV does', () => {
    const t = fromRows([
      { need: 'ASD', pupils: '686', pc: '21.8%' },
      { need: 'MSI', pupils: 'c', pc: null },
      { need: 'OTH', pupils: 0, pc: '0' },
    ]);
    expect(t.get('pupils', 0)).toBe(686);
    expect((t.get('pupils', 1) as Missing).kind).toBe('suppressed');
    expect(t.get('pupils', 2)).toBe(0);
    expect(t.get('pc', 0)).toBe(21.8);
    expect((t.get('pc', 1) as Missing).kind).toBe('blank');
  });

  it('keeps Missing values given in rows', () => {
    const t = fromRows([{ n: missing('suppressed') }, { n: 4 }]);
    expect(isMissing(t.get('n', 0))).toBe(true);
  });

  it.each([NaN, Infinity, -Infinity])('refuses %s with the row and column', (value) => {
    try {
      fromRows([{ n: 1 }, { n: value }]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SendDataError);
      expect((e as SendDataError).issues[0]).toMatchObject({ code: 'not-finite', row: 3, column: 'n' });
    }
  });

  it('validates rows against a contract and canonicalises codes', () => {
    const { table, issues } = readRows(
      [{ geography: 'local', phase: 'all', provision: 'EHC plan', need: 'autism', pupils: '686' }],
      { contract: needsContract },
    );
    expect(issues).toEqual([]);
    expect(table.get('provision', 0)).toBe('ehc_plan');
    expect(table.get('need', 0)).toBe('ASD');
  });

  it('rejects rows that are not objects', () => {
    expect(() => fromRows(['a', 'b'] as unknown as Record<string, unknown>[])).toThrow(/not an object/);
  });
});
