import { table } from 'arquero';
import { describe, expect, it } from 'vitest';
import { deprivationContract } from '../contracts/deprivation.js';
import { SendDataError } from '../issues.js';
import type { Missing } from '../missing.js';
import { fromTable, readTable } from './from-table.js';

describe('fromTable', () => {
  it('passes a Table through untouched without options', () => {
    const t = table({ a: [1, 2] });
    expect(fromTable(t)).toBe(t);
  });

  it('validates a Table against a contract and maps aliased headers', () => {
    const t = table({ decile: [1, 2], pupils: [500, null], sen_support: [90, 70], ehc_plans: [20, 18] });
    const { table: out, issues } = readTable(t, { contract: deprivationContract });
    expect(issues).toEqual([]);
    expect(out.columnNames()).toEqual(['imd_decile', 'pupils', 'sen_support', 'ehc_plan']);
    expect((out.get('pupils', 1) as Missing).kind).toBe('blank');
  });

  it('throws for a bad Table with the row named', () => {
    const t = table({ imd_decile: [1, 12], pupils: [500, 480], sen_support: [90, 70], ehc_plan: [20, 18] });
    try {
      fromTable(t, { contract: deprivationContract });
      expect.unreachable();
    } catch (e) {
      expect((e as SendDataError).issues[0]).toMatchObject({
        code: 'invalid-value',
        row: 3,
        column: 'imd_decile',
        value: '12',
      });
    }
  });

  it('accepts any duck-typed columnar table', () => {
    const duck = { columnNames: () => ['n'], numRows: () => 2, array: () => ['1', 'c'] };
    const out = fromTable(duck, { columns: { count: 'n' } });
    expect(out.get('count', 0)).toBe(1);
    expect((out.get('count', 1) as Missing).kind).toBe('suppressed');
  });
});
