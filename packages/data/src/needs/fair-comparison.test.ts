/**
 * Fair comparisons in the need breakdown (issue 19): shares on the published base, each need tested
 * against the rest of England, Holm's adjustment over the needs of one chart view, and summaries no
 * stronger than those tests. The real-file cases read ../shared/data/real (skipped with a message
 * when absent, failing in CI); the same rows are also committed whole in total-row.test.ts.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../../../test/real-files.mjs';
import { needsContract } from '../contracts/needs.js';
import { NEED_CODES } from '../contracts/needs-codes.js';
import { fromCsvText, toRawData } from '../input.js';
import { applyPreset } from '../presets/apply.js';
import { validate } from '../validate.js';
import { buildNeedsModel, findNeedGroup } from './model.js';
import { needsNotes } from './notes.js';
import { summariseNeeds } from './summary.js';

const model = (csv: string) => buildNeedsModel(validate(toRawData(csv), needsContract));

/** England 9,000: SLCN 4,000 (44.4%), SLD 2,000 (22.2%), SEMH 3,000 (33.3%); the area has England's profile, a tenth the size, with SLD suppressed. */
const PROFILE = `geography,phase,provision,need,pupils
local,all,all,SLCN,400
local,all,all,SLD,c
local,all,all,SEMH,300
england,all,all,SLCN,4000
england,all,all,SLD,2000
england,all,all,SEMH,3000`;

describe('fair comparisons with England', () => {
  it('an area with exactly England’s profile and one need suppressed claims no significant difference', () => {
    const m = model(`${PROFILE}\nlocal,all,all,ALL,900\nengland,all,all,ALL,9000`);
    const g = findNeedGroup(m)!;
    expect(g.needs.every((r) => !r.difference || r.difference.verdict === 'similar')).toBe(true);
    const slcn = g.needs.find((r) => r.key === 'SLCN')!;
    // 44.4% against 44.4%: the rest of England is 3,600 of 8,100, also 44.4%
    expect(slcn.difference!.z).toBeCloseTo(0, 9);
    const text = summariseNeeds(m);
    expect(text).toContain('No need’s share differs significantly from England’s.');
    expect(text).not.toMatch(/significantly (higher|lower)|significant difference from England is/);
  });

  it('without a total row the shares of the known needs are not compared with England’s whole base, and the note says why', () => {
    const m = model(PROFILE);
    const g = findNeedGroup(m)!;
    // 57.1% of the known needs against England's 44.4% of all: different bases, so no test
    expect(g.needs.every((r) => r.difference === undefined)).toBe(true);
    expect(needsNotes(m).join(' ')).toContain('so they are not compared');
    expect(summariseNeeds(m)).not.toMatch(/significant/);
  });

  it('need not recorded is shown but never tested, ranked first or named as the most common need', () => {
    const m = model(`geography,phase,provision,need,pupils
local,all,ehc_plan,SLCN,100
local,all,ehc_plan,ASD,90
local,all,ehc_plan,UNKNOWN,300
england,all,ehc_plan,SLCN,10000
england,all,ehc_plan,ASD,9000
england,all,ehc_plan,UNKNOWN,1000`);
    const g = findNeedGroup(m)!;
    const unknown = g.needs.find((r) => r.key === 'UNKNOWN')!;
    expect(unknown.local.share).toBeCloseTo(300 / 490, 12);
    expect(unknown.difference).toBeUndefined();
    expect(g.comparison!.tested).toBe(2);
    expect(summariseNeeds(m)).toContain(
      'the most common primary need is speech, language and communication needs (SLCN)',
    );
    expect(needsNotes(m).join(' ')).toContain(
      'Need not recorded is shown as it is published, but never compared with England or ranked as a need.',
    );
  });

  it('no summary calls a difference significant when the area has England’s profile, whatever is suppressed (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 20, max: 2000 }), { minLength: 3, maxLength: 13 }),
        fc.integer({ min: 2, max: 20 }),
        fc.array(fc.boolean(), { minLength: 13, maxLength: 13 }),
        (england, scale, suppress) => {
          const codes = NEED_CODES.slice(0, england.length);
          const local = england.map((e) => e * scale);
          const lines = ['geography,phase,provision,need,pupils'];
          codes.forEach((c, i) =>
            lines.push(
              `local,all,all,${c},${suppress[i] ? 'c' : local[i]}`,
              `england,all,all,${c},${england[i]! * scale * 10}`,
            ),
          );
          lines.push(
            `local,all,all,ALL,${local.reduce((a, b) => a + b, 0)}`,
            `england,all,all,ALL,${england.reduce((a, b) => a + b, 0) * scale * 10}`,
          );
          const m = model(lines.join('\n'));
          expect(findNeedGroup(m)!.needs.filter((r) => r.difference && r.difference.verdict !== 'similar')).toEqual([]);
          expect(summariseNeeds(m)).not.toMatch(
            /significant difference from England is|significant differences from England are/,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

const real = realFiles('fair-comparison.test.ts', 'cin_outcomes_sen_la.csv');

describe.skipIf(!real.present)('fair comparisons on the real children-in-need file (sen_la.csv)', () => {
  const load = () => {
    const { data } = applyPreset(
      'ees-cin-sen-la',
      fromCsvText(readFileSync(real.path('cin_outcomes_sen_la.csv'), 'utf8')),
      { area: 'Wolverhampton', period: '2021/22' },
    );
    return buildNeedsModel(validate(data, needsContract));
  };

  it('Wolverhampton 2021/22, child protection plans: MLD 27.3% (21 of 77, as DfE publishes), 9.7 points above England’s 17.6%', () => {
    const m = load();
    const g = findNeedGroup(m, 'CPPO at 31 March', 'all')!;
    const mld = g.needs.find((r) => r.key === 'MLD')!;
    expect(Math.round(mld.local.share! * 1000) / 10).toBe(27.3);
    expect(Math.round(mld.england!.share! * 1000) / 10).toBe(17.6);
    expect(Math.round(mld.difference!.points * 10) / 10).toBe(9.7);
    // against the rest of England, 2,029 of 11,573 (17.5%): pooled 2,050/11,650, se = √(0.17597 × 0.82403 × (1/77 + 1/11,573)) = 0.04354,
    // z = (0.27273 − 0.17532)/0.04354 = 2.237, p = 0.025; four needs are compared (SEMH, MLD and the zeros HI and MSI), so Holm's p is 4 × 0.025 = 0.10
    expect(mld.difference!.z).toBeCloseTo(2.237, 2);
    expect(mld.difference!.p).toBeCloseTo(0.0253, 3);
    expect(mld.difference!.pAdjusted).toBeCloseTo(4 * mld.difference!.p, 12);
    expect(mld.difference!.verdict).toBe('similar');
    // so the summary claims no difference: not 13.8 points, not 31.3%, and not "significantly higher"
    const text = summariseNeeds(m, { phase: 'CPPO at 31 March' });
    expect(text).toContain('No need’s share differs significantly from England’s.');
    expect(text).not.toMatch(/13\.8|31\.3%|significantly higher/);
  });
});
