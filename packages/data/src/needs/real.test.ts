/**
 * The needs model on the real DfE "EHC plans by need" file (January 2025), read through the
 * ees-ehc-plans-by-need preset. Expected shares are the file's own published percentages for
 * Wolverhampton (E08000031, "All EHC plans": 3,148 plans) and England (638,745).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../../../test/real-files.mjs';
import { needsContract } from '../contracts/needs.js';
import { fromCsvText } from '../input.js';
import { applyPreset } from '../presets/apply.js';
import { validate } from '../validate.js';
import { buildNeedsModel, findNeedGroup, selectNeeds } from './model.js';
import { summariseNeeds } from './summary.js';

const real = realFiles('real.test.ts', 'ehcp2025_sen_needs_all_plans.csv');
const present = real.present;
const file = real.path('ehcp2025_sen_needs_all_plans.csv');

describe.skipIf(!present)('needs model on the real EHC plans by need file', () => {
  const load = () => {
    const out = applyPreset('ees-ehc-plans-by-need', fromCsvText(readFileSync(file, 'utf8')), { area: 'E08000031' });
    const data = validate(out.data, needsContract);
    expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
    return buildNeedsModel(data);
  };

  it('reads Wolverhampton against England: EHC plans only, "all" and placement types as phases', () => {
    const m = load();
    expect(m.local).toBe('local');
    expect(m.comparator).toBe('england');
    expect(m.period).toBe('2024/25');
    expect(m.provisions).toEqual(['ehc_plan']);
    expect(m.phases.at(-1)).toBe('all');
    expect(m.phases.length).toBeGreaterThan(2);
    const g = findNeedGroup(m)!;
    expect(g.phase).toBe('all');
    expect(g.local.count).toBe(3148);
    expect(g.england!.count).toBe(638745);
  });

  it('gives the published shares to 1 dp and hides the small counts (MSI 1, with SpLD 11 as the secondary cell)', () => {
    const g = findNeedGroup(load())!;
    const pct = (code: string, side: 'local' | 'england') => {
      const share = g.needs.find((r) => r.key === code)![side]!.share;
      return share === undefined ? undefined : Math.round(share * 1000) / 10;
    };
    // Wolverhampton row: slcn_pc 22.7, asd_pc 21.8, semh_pc 20.8, mld_pc 15.2, sld_pc 11, pd_pc 4.2
    expect([
      pct('SLCN', 'local'),
      pct('ASD', 'local'),
      pct('SEMH', 'local'),
      pct('MLD', 'local'),
      pct('SLD', 'local'),
      pct('PD', 'local'),
    ]).toEqual([22.7, 21.8, 20.8, 15.2, 11, 4.2]);
    // England row: slcn_pc 21.3, asd_pc 31.5, mld_pc 10.6
    expect([pct('SLCN', 'england'), pct('ASD', 'england'), pct('MLD', 'england')]).toEqual([21.3, 31.5, 10.6]);
    expect(g.needs.find((r) => r.key === 'MSI')!.local).toMatchObject({ status: 'suppressed', reason: 'primary' });
    expect(g.needs.find((r) => r.key === 'SpLD')!.local).toMatchObject({ status: 'suppressed', reason: 'secondary' });
    expect(g.needs.find((r) => r.key === 'OTH')!.local).toMatchObject({ status: 'shown', count: 0 });
    const mld = g.needs.find((r) => r.key === 'MLD')!.difference!;
    expect(mld.verdict).toBe('higher');
    // 477/3,148 − 67,861/638,745 = 15.15% − 10.62% = 4.5 points (not 15.2 − 10.6 of the rounded shares)
    expect(Math.round(mld.points * 10) / 10).toBe(4.5);
  });

  it('writes a summary with the real figures and no small count', () => {
    const text = summariseNeeds(load());
    expect(text).toContain(
      'Among children and young people with an EHC plan in Wolverhampton (2024/25), the most common primary need is speech, language and communication needs (SLCN): 22.7%, against 21.3% in England.',
    );
    expect(text).toContain('autistic spectrum disorder (ASD), 9.7 percentage points lower (21.8% against 31.5%)');
    expect(text).not.toMatch(/(?<![\d.,])(1|11)(?![\d.,])/);
    const top = selectNeeds(load(), { top: 5 })!;
    expect(top.rows.at(-1)!.suppressedMembers).toBe(2);
  });
});
