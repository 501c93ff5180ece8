import { op } from 'arquero';
import { describe, expect, it } from 'vitest';
import { fromCSV } from './from-csv.js';
import { missingToNull } from './missing-to-null.js';

describe('missingToNull', () => {
  it('turns missing values into nulls that arquero aggregates skip', () => {
    const t = fromCSV('need,pupils,note\nASD,686,c\nMSI,c,x\n');
    const rolled = missingToNull(t, ['pupils'])
      .rollup({ total: op.sum('pupils'), shown: op.valid('pupils') })
      .objects();
    expect(rolled).toEqual([{ total: 686, shown: 1 }]);
    expect(missingToNull(t, ['pupils']).get('note', 1)).toBe(t.get('note', 1));
    expect(missingToNull(t).get('note', 1)).toBeNull();
  });
});
