import { describe, expect, it } from 'vitest';
import { needsContract } from '../contracts/needs.js';
import { toRawData } from '../input.js';
import { validate } from '../validate.js';
import { buildNeedsModel, selectNeeds } from './model.js';

describe('buildNeedsModel with a threshold of 0', () => {
  it('shows every count and gives no share for a group whose counts are all z (Hackney 2021/22: CINO all z)', () => {
    const data = validate(
      toRawData(`geography,phase,provision,need,pupils
local,CINO at 31 March,all,ASD,z
local,CINO at 31 March,all,SEMH,z
local,CLA 12 months at 31 March,all,ASD,10
local,CLA 12 months at 31 March,all,SEMH,3`),
      needsContract,
    );
    const m = buildNeedsModel(data, { minCount: 0 });
    const empty = selectNeeds(m, { phase: 'CINO at 31 March', provision: 'all', top: 1 })!;
    // z is "not applicable", which no publication here defines as zero: the group's total is unknown, not 0
    expect(empty.group.local.count).toBeUndefined();
    expect(empty.group.local.complete).toBe(false);
    for (const r of empty.rows) expect(r.local.share).toBeUndefined();
    const cla = selectNeeds(m, { phase: 'CLA 12 months at 31 March', provision: 'all' })!;
    expect(cla.rows.map((r) => [r.key, r.local.count])).toEqual([
      ['ASD', 10],
      ['SEMH', 3],
    ]);
  });
});
