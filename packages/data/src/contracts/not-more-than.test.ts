import { describe, expect, it } from 'vitest';
import { fromCsvText } from '../input.js';
import { validate } from '../validate.js';
import { deprivationContract } from './deprivation.js';

describe('notMoreThan (deprivation contract checks)', () => {
  it('reports sen_support or ehc_plan above pupils as an error naming the source column and row', () => {
    const raw = fromCsvText('imd_decile,pupils,sen_support,ehcp\n1,100,120,5\n2,100,10,101\n3,100,100,0\n4,c,50,5\n');
    const issues = validate(raw, deprivationContract).issues;
    expect(issues.map((i) => [i.code, i.row, i.column, i.value, i.severity])).toEqual([
      ['exceeds-total', 2, 'sen_support', '', 'error'],
      ['exceeds-total', 3, 'ehcp', '', 'error'],
    ]);
    expect(issues[0]!.message).toBe(
      'sen_support is more than pupils in the same row: a part cannot be larger than the whole; check both cells',
    );
    // the counts themselves (which may be small) never appear in what an error panel shows
    expect(issues.map((i) => i.message + i.value).join(' ')).not.toMatch(/\b(120|101|100)\b/);
  });

  it('skips rows where a cell already failed its own check', () => {
    const issues = validate(
      fromCsvText('imd_decile,pupils,sen_support,ehc_plan\n1,-5,3,1\n'),
      deprivationContract,
    ).issues;
    expect(issues.map((i) => i.code)).toEqual(['invalid-value']);
  });
});
