import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsContract } from '../contracts/needs.js';
import { demoNeedsRows } from '../demo/needs.js';
import { toRawData } from '../input.js';
import { SendDataError } from '../issues.js';
import { validate } from '../validate.js';
import {
  buildNeedsModel,
  composeNeeds,
  findNeedGroup,
  needLabel,
  selectNeeds,
  type NeedsModelOptions,
} from './model.js';

const model = (csv: string, options?: NeedsModelOptions) => {
  const data = validate(toRawData(csv), needsContract);
  expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return buildNeedsModel(data, options);
};
const fromRows = (rows: Record<string, unknown>[], options?: NeedsModelOptions) =>
  buildNeedsModel(validate(toRawData(rows), needsContract), options);

/** Hand-worked: local 1,000 primary pupils, England 10,000. */
const PRIMARY = `geography,phase,provision,need,pupils
local,primary,all,SLCN,363
local,primary,all,MLD,285
local,primary,all,SEMH,152
local,primary,all,ASD,200
england,primary,all,SLCN,3540
england,primary,all,MLD,1680
england,primary,all,SEMH,2000
england,primary,all,ASD,2780`;

const pct1 = (f: number | undefined) => (f === undefined ? undefined : Math.round(f * 1000) / 10);

describe('buildNeedsModel', () => {
  it('has the expected defaults: local and England found, threshold 10, shares within geography × phase × provision', () => {
    const m = model(PRIMARY);
    expect(m.local).toBe('local');
    expect(m.localLabel).toBe('this area');
    expect(m.comparator).toBe('england');
    expect(m.minCount).toBe(10);
    expect(m.phases).toEqual(['primary']);
    expect(m.provisions).toEqual(['all']);
    const g = findNeedGroup(m)!;
    expect(g.local).toEqual({ count: 1000, denominator: 1000, complete: true, suppressed: false });
    expect(g.england?.count).toBe(10000);
    const slcn = g.needs.find((r) => r.key === 'SLCN')!;
    expect(slcn.label).toBe('Speech, language and communication needs (SLCN)');
    expect(slcn.local.share).toBeCloseTo(0.363, 12);
    expect(slcn.england!.share).toBeCloseTo(0.354, 12);
    // Wilson 95% for 363/1000, worked by hand: 0.33377 to 0.39328
    expect(slcn.local.lower).toBeCloseTo(0.33377, 4);
    expect(slcn.local.upper).toBeCloseTo(0.39328, 4);
  });

  it('gives the percentage-point difference from England, tested against the rest of England (England minus the area)', () => {
    const g = findNeedGroup(model(PRIMARY))!;
    const by = (code: string) => g.needs.find((r) => r.key === code)!.difference!;
    // the area's 1,000 pupils are among England's 10,000: the rest of England is 9,000
    // SLCN: 363/1,000 against (3,540 − 363)/9,000 = 35.3%; pooled 3,540/10,000, se = √(0.354 × 0.646 × (1/1,000 + 1/9,000)) = 0.015940, z = 0.010/0.015940 = 0.627
    expect(by('SLCN').points).toBeCloseTo(0.9, 10);
    expect(by('SLCN').z).toBeCloseTo(0.6273, 3);
    expect(by('SLCN').verdict).toBe('similar');
    // MLD: 28.5% against 1,395/9,000 = 15.5%; pooled 0.168, se = 0.012462, z = 0.130/0.012462 = 10.43
    // (the drawn difference is from England's 16.8%: +11.7 points = (9,000/10,000) × 13.0)
    expect(by('MLD').points).toBeCloseTo(11.7, 10);
    expect(by('MLD').z).toBeCloseTo(10.4315, 3);
    expect(by('MLD').verdict).toBe('higher');
    expect(by('MLD').lower).toBeLessThan(11.7);
    expect(by('MLD').upper).toBeGreaterThan(11.7);
    // SEMH 15.2% against 1,848/9,000 = 20.53%: pooled 0.2, se = √(0.16 × 1/900) = 0.013333, z = −0.053333/0.013333 = −4
    expect(by('SEMH').points).toBeCloseTo(-4.8, 10);
    expect(by('SEMH').z).toBeCloseTo(-4, 9);
    expect(by('SEMH').verdict).toBe('lower');
    expect(by('SEMH').test).toBe('z');
  });

  it('adjusts the p-values over the needs compared in the group (Holm), and calls only what survives significant', () => {
    const g = findNeedGroup(model(PRIMARY))!;
    const d = (code: string) => g.needs.find((r) => r.key === code)!.difference!;
    // raw p: MLD 1.78e-25, ASD 6.50e-9 (z = −5.803), SEMH 6.334e-5 (z = −4), SLCN 0.5304 (z = 0.627)
    // Holm: ×4, ×3, ×2, ×1 in that order, each no smaller than the one before
    // (the normal tail is Abramowitz and Stegun 26.2.17, within 7.5e-8 of the exact value)
    expect(Math.abs(d('SEMH').p - 6.334248e-5)).toBeLessThan(1.5e-7);
    expect(d('SEMH').pAdjusted).toBeCloseTo(2 * d('SEMH').p, 12);
    expect(d('ASD').pAdjusted).toBeCloseTo(3 * d('ASD').p, 12);
    expect(d('SLCN').pAdjusted).toBeCloseTo(d('SLCN').p, 12);
    expect(g.comparison).toEqual({ against: 'rest', tested: 4, fisher: 0 });
    expect(g.notes!.join(' ')).toContain(
      'Each need is compared with the rest of England (England without this area, whose counts England’s include) by a two-proportion z-test; the p-values are adjusted for the 4 needs compared (Holm’s method)',
    );
  });

  it('compares with England itself when told the area is not part of it', () => {
    const g = findNeedGroup(model(PRIMARY, { localInComparator: false }))!;
    const slcn = g.needs.find((r) => r.key === 'SLCN')!.difference!;
    // pooled 3,903/11,000: se = 0.015869, z = 0.009/0.015869 = 0.567
    expect(slcn.z).toBeCloseTo(0.5672, 3);
    expect(g.comparison!.against).toBe('england');
    expect(g.notes!.join(' ')).toContain('Each need is compared with England by');
  });

  it('reproduces the seed figures from the illustrative demo data exactly to 1 dp', () => {
    const m = fromRows(demoNeedsRows());
    const share = (phase: string, need: string, side: 'local' | 'england') =>
      pct1(findNeedGroup(m, phase, 'all')!.needs.find((r) => r.key === need)![side]!.share);
    expect(share('primary', 'SLCN', 'local')).toBe(36.3);
    expect(share('primary', 'SLCN', 'england')).toBe(35.4);
    expect(share('secondary', 'MLD', 'local')).toBe(28.5);
    expect(share('secondary', 'MLD', 'england')).toBe(16.8);
    expect(share('secondary', 'SEMH', 'local')).toBe(21.8);
    expect(share('secondary', 'SEMH', 'england')).toBe(23.4);
    expect(share('special', 'ASD', 'local')).toBe(29.2);
    expect(share('special', 'ASD', 'england')).toBe(35.2);
    const mld = findNeedGroup(m, 'secondary', 'all')!.needs.find((r) => r.key === 'MLD')!.difference!;
    expect(Math.round(mld.points * 10) / 10).toBe(11.7);
    expect(mld.verdict).toBe('higher');
    // the strategy's totals: 6,846 on SEN support and 2,035 with EHC plans
    expect(findNeedGroup(m, 'all', 'sen_support')!.local.count).toBe(6846);
    expect(findNeedGroup(m, 'all', 'ehc_plan')!.local.count).toBe(2035);
    expect(findNeedGroup(m, 'all', 'all')!.local.count).toBe(8881);
  });

  it('demo data file is what its seeded generator writes', () => {
    const script = fileURLToPath(new URL('../../scripts/demo-needs.mjs', import.meta.url));
    expect(execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' })).toContain('up to date');
  });

  it('suppresses small counts with secondary suppression inside each group, and never computes their shares', () => {
    const m = model(`geography,phase,provision,need,pupils
local,primary,all,SLCN,120
local,primary,all,ASD,4
local,primary,all,SEMH,30
local,primary,all,MLD,60
local,secondary,all,SLCN,120
local,secondary,all,ASD,40`);
    const g = findNeedGroup(m, 'primary')!;
    const cell = (code: string) => g.needs.find((r) => r.key === code)!.local;
    expect(cell('ASD')).toEqual({ status: 'suppressed', reason: 'primary', missingLabel: 'suppressed' });
    expect(cell('SEMH')).toEqual({ status: 'suppressed', reason: 'secondary', missingLabel: 'suppressed' });
    // the total (214) is published, so shown shares use it
    expect(g.local.count).toBe(214);
    expect(cell('SLCN').share).toBeCloseTo(120 / 214, 12);
    // the other phase is its own group: nothing hidden there
    expect(findNeedGroup(m, 'secondary')!.needs.every((r) => r.local.status === 'shown')).toBe(true);
    expect(m.suppressedCells).toBe(2);
  });

  it('hides a whole group whose total is below the threshold', () => {
    const g = findNeedGroup(
      model(`geography,phase,provision,need,pupils
local,special,ehc_plan,ASD,3
local,special,ehc_plan,SLD,4`),
    )!;
    expect(g.local.suppressed).toBe(true);
    expect(g.local.count).toBeUndefined();
    expect(g.needs.map((r) => r.local.status)).toEqual(['suppressed', 'suppressed']);
  });

  it('says so when a source-suppressed cell leaves the total incomplete, and uses the known cells as the denominator', () => {
    const m = model(`geography,phase,provision,need,pupils
local,primary,all,SLCN,300
local,primary,all,ASD,c
local,primary,all,SEMH,100
local,primary,all,MLD,100`);
    const g = findNeedGroup(m)!;
    expect(g.local.complete).toBe(false);
    expect(g.local.count).toBeUndefined();
    expect(g.local.denominator).toBe(500);
    expect(g.needs[0]!.local.share).toBeCloseTo(0.6, 12);
    expect(g.needs.find((r) => r.key === 'ASD')!.local).toMatchObject({ status: 'suppressed', reason: 'source' });
    expect(m.notes.join(' ')).toMatch(/shares are of the pupils whose need is published/);
  });

  it('derives "all" provision from SEN support plus EHC plans, protecting a hidden part by hiding smaller cells than the sums', () => {
    const m = model(`geography,phase,provision,need,pupils
local,primary,sen_support,SLCN,300
local,primary,sen_support,ASD,100
local,primary,sen_support,HI,3
local,primary,sen_support,VI,12
local,primary,ehc_plan,SLCN,50
local,primary,ehc_plan,ASD,80
local,primary,ehc_plan,HI,20
local,primary,ehc_plan,VI,15`);
    expect(m.provisions).toEqual(['sen_support', 'ehc_plan', 'all']);
    const all = findNeedGroup(m, 'primary', 'all')!;
    expect(all.derived).toBe(true);
    expect(all.local.count).toBe(580);
    const cell = (code: string) => all.needs.find((r) => r.key === code)!.local;
    expect(cell('SLCN')).toMatchObject({ status: 'shown', count: 350 });
    expect(cell('ASD').count).toBe(180);
    // HI (3 + 20) would give the hidden 3 away with EHC plans' 20 shown; VI's SEN support cell is the
    // secondary cell of its group. Hiding EHC plans' HI and VI (20, 15) costs less than hiding the
    // "all" sums (23, 27), a headline figure, and leaves the 3 anywhere from 0 to 15
    expect(cell('HI')).toMatchObject({ status: 'shown', count: 23 });
    expect(cell('VI')).toMatchObject({ status: 'shown', count: 27 });
    const ehc = findNeedGroup(m, 'primary', 'ehc_plan')!;
    expect(ehc.needs.filter((r) => r.local.status === 'suppressed').map((r) => r.key)).toEqual(['HI', 'VI']);
    expect(m.notes.join(' ')).toMatch(/adds up SEN support and EHC plans/);
  });

  it('keeps an explicit "all" cell and hides a smaller part beside the hidden one instead', () => {
    const m = model(`geography,phase,provision,need,pupils
local,primary,sen_support,SLCN,300
local,primary,sen_support,HI,3
local,primary,sen_support,VI,12
local,primary,ehc_plan,SLCN,50
local,primary,ehc_plan,HI,20
local,primary,ehc_plan,VI,15
local,primary,all,SLCN,350
local,primary,all,HI,23
local,primary,all,VI,27`);
    const all = findNeedGroup(m, 'primary', 'all')!;
    expect(all.derived).toBe(false);
    // all HI (23) = SEN support (3, hidden) + EHC plans (20, hidden as the cheaper cell)
    expect(all.needs.find((r) => r.key === 'HI')!.local).toMatchObject({ status: 'shown', count: 23 });
    expect(findNeedGroup(m, 'primary', 'ehc_plan')!.needs.find((r) => r.key === 'HI')!.local).toMatchObject({
      status: 'suppressed',
      reason: 'secondary',
    });
    expect(all.needs.find((r) => r.key === 'SLCN')!.local.count).toBe(350);
  });

  it('does not add up phases that are not school phases (cohorts can overlap, placements hold subtotals)', () => {
    // children in need include those on a protection plan and those looked after: adding the
    // groups up would count a child up to three times
    const m = model(`geography,phase,provision,need,pupils
local,CIN at 31 March,all,SEMH,400
local,CIN at 31 March,all,ASD,300
local,CPPO at 31 March,all,SEMH,120
local,CPPO at 31 March,all,ASD,60`);
    expect(m.phases).toEqual(['CIN at 31 March', 'CPPO at 31 March']);
    expect(findNeedGroup(m, 'all', 'all')).toBeUndefined();
    expect(selectNeeds(m)!.group.phase).toBe('CIN at 31 March');
    expect(m.notes.join(' ')).not.toMatch(/adds up/);
  });

  it('derives "all" phases by adding the phases', () => {
    const m = model(`geography,phase,provision,need,pupils
local,primary,all,SLCN,300
local,primary,all,ASD,100
local,secondary,all,SLCN,100
local,secondary,all,ASD,100`);
    expect(m.phases).toEqual(['primary', 'secondary', 'all']);
    const g = findNeedGroup(m, 'all', 'all')!;
    expect(g.derived).toBe(true);
    expect(g.needs.map((r) => [r.key, r.local.count, pct1(r.local.share)])).toEqual([
      ['SLCN', 400, 66.7],
      ['ASD', 200, 33.3],
    ]);
  });

  it('handles arbitrary setting labels and EHC plans only (the DfE EHC plans by need layout)', () => {
    const m = model(`geography,phase,provision,need,pupils,time_period
local,all,ehc_plan,ASD,700,2024/25
local,all,ehc_plan,SEMH,500,2024/25
local,all,ehc_plan,SLCN,400,2024/25
local,Mainstream school,ehc_plan,ASD,300,2024/25
local,Mainstream school,ehc_plan,SEMH,200,2024/25
local,Mainstream school,ehc_plan,SLCN,250,2024/25
local,Independent school,ehc_plan,ASD,60,2024/25
local,Independent school,ehc_plan,SEMH,5,2024/25
local,Independent school,ehc_plan,SLCN,40,2024/25
england,all,ehc_plan,ASD,201183,2024/25
england,all,ehc_plan,SEMH,132217,2024/25
england,all,ehc_plan,SLCN,135836,2024/25
local,all,ehc_plan,ASD,650,2023/24
local,all,ehc_plan,SEMH,480,2023/24
local,all,ehc_plan,SLCN,390,2023/24`);
    expect(m.period).toBe('2024/25');
    expect(m.periods).toEqual(['2023/24', '2024/25']);
    expect(m.phases).toEqual(['Mainstream school', 'Independent school', 'all']);
    expect(m.provisions).toEqual(['ehc_plan']);
    const all = selectNeeds(m)!;
    expect(all.group.phase).toBe('all');
    expect(all.group.provision).toBe('ehc_plan');
    expect(all.rows.map((r) => r.key)).toEqual(['ASD', 'SEMH', 'SLCN']);
    expect(all.rows[0]!.england!.share).toBeCloseTo(201183 / 469236, 12);
    const independent = selectNeeds(m, { phase: 'Independent school' })!;
    expect(independent.group.england).toBeUndefined();
    expect(independent.rows.find((r) => r.key === 'SEMH')!.local.status).toBe('suppressed');
    expect(
      fromRows([
        { geography: 'local', phase: 'all', provision: 'ehc_plan', need: 'ASD', pupils: 650, time_period: '2023/24' },
      ]).period,
    ).toBe('2023/24');
    expect(
      model(
        `geography,phase,provision,need,pupils,time_period
local,all,ehc_plan,ASD,650,2023/24
local,all,ehc_plan,ASD,700,2024/25`,
        { period: '2023/24' },
      ).groups[0]!.local.count,
    ).toBe(650);
  });

  it('names the area from the data and throws a clear error when it cannot tell which area is local', () => {
    const m = model(`geography,phase,provision,need,pupils
Wolverhampton,primary,all,SLCN,300
England,primary,all,SLCN,3000`);
    expect(m.local).toBe('Wolverhampton');
    expect(m.localLabel).toBe('Wolverhampton');
    expect(m.comparator).toBe('England');
    const two = validate(
      toRawData(`geography,phase,provision,need,pupils
Walsall,primary,all,SLCN,300
Dudley,primary,all,SLCN,3000`),
      needsContract,
    );
    expect(() => buildNeedsModel(two)).toThrow(SendDataError);
    expect(() => buildNeedsModel(two)).toThrow(/several areas \(Walsall, Dudley\)/);
    expect(buildNeedsModel(two, { geography: 'Dudley' }).local).toBe('Dudley');
    expect(() => buildNeedsModel(two, { geography: 'Sandwell' })).toThrow(/no geography "Sandwell"/);
  });
});

describe('selectNeeds', () => {
  it('sorts by local share by default, and by England, difference, name or code on request', () => {
    const m = model(PRIMARY);
    const keys = (sort?: Parameters<typeof selectNeeds>[1]) => selectNeeds(m, sort)!.rows.map((r) => r.key);
    expect(keys()).toEqual(['SLCN', 'MLD', 'ASD', 'SEMH']);
    expect(keys({ sort: 'england' })).toEqual(['SLCN', 'ASD', 'SEMH', 'MLD']);
    expect(keys({ sort: 'difference' })).toEqual(['MLD', 'SLCN', 'SEMH', 'ASD']);
    expect(keys({ sort: 'name' })).toEqual(['ASD', 'MLD', 'SEMH', 'SLCN']);
    expect(keys({ sort: 'code' })).toEqual(['SLCN', 'ASD', 'SEMH', 'MLD']);
  });

  it('keeps the top N and adds the rest up as "Other needs", for the area and England', () => {
    const s = selectNeeds(model(PRIMARY), { top: 2 })!;
    expect(s.rows.map((r) => r.label)).toEqual([needLabel('SLCN'), needLabel('MLD'), 'Other needs (2)']);
    const other = s.rows[2]!;
    expect(other.members).toEqual(['ASD', 'SEMH']);
    expect(other.local.count).toBe(352); // 200 + 152
    expect(other.england!.count).toBe(4780); // 2780 + 2000
    // a mix of needs is not one of the needs tested: no difference, no verdict
    expect(other.difference).toBeUndefined();
    // one need left over is shown as itself, not as "Other needs (1)"
    expect(selectNeeds(model(PRIMARY), { top: 3 })!.rows.map((r) => r.key)).toEqual(['SLCN', 'MLD', 'ASD', 'SEMH']);
  });

  it('folds suppressed needs into "Other needs" as the total minus the top needs, saying how many', () => {
    const m = model(`geography,phase,provision,need,pupils
local,primary,all,SLCN,120
local,primary,all,ASD,4
local,primary,all,SEMH,30
local,primary,all,MLD,60
local,primary,all,HI,25`);
    const s = selectNeeds(m, { top: 2 })!;
    const other = s.rows.at(-1)!;
    expect(other.key).toBe('OTHER');
    expect(other.suppressedMembers).toBe(2);
    expect(other.local.count).toBe(239 - 120 - 60);
    // without top, suppressed needs are listed after the shown ones
    expect(selectNeeds(m)!.rows.map((r) => [r.key, r.local.status])).toEqual([
      ['SLCN', 'shown'],
      ['MLD', 'shown'],
      ['SEMH', 'shown'],
      ['ASD', 'suppressed'],
      ['HI', 'suppressed'],
    ]);
  });

  it('returns undefined for a phase the data does not have', () => {
    expect(selectNeeds(model(PRIMARY), { phase: 'secondary' })).toBeUndefined();
  });
});

describe('composeNeeds', () => {
  it('stacks each phase to 100% with the same needs in every bar, Other needs and a suppressed block', () => {
    const m = fromRows(demoNeedsRows());
    const c = composeNeeds(m, { by: 'phase', provision: 'all', top: 4 });
    expect(c.bars.map((b) => b.key)).toEqual(['primary', 'secondary', 'special']);
    // the four needs with most local pupils over the three phases, largest first, counted straight from the rows
    const byNeed = new Map<string, number>();
    for (const r of demoNeedsRows())
      if (r.geography === 'local') byNeed.set(r.need, (byNeed.get(r.need) ?? 0) + r.pupils);
    const expected = [...byNeed.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([need]) => need);
    expect(c.keys.slice(0, 4).map((k) => k.key)).toEqual(expected);
    expect(expected[0]).toBe('SLCN');
    expect(c.keys[4]!.key).toBe('OTHER');
    expect(c.keys.at(-1)!.key).toBe('SUPPRESSED');
    for (const bar of c.bars) {
      const sum = bar.segments.reduce((a, s) => a + (s.share ?? 0), 0);
      expect(sum).toBeCloseTo(1, 12);
      for (const s of bar.segments)
        if (s.count !== undefined && s.count > 0) expect(s.count).toBeGreaterThanOrEqual(10);
    }
    const special = c.bars[2]!;
    expect(pct1(special.segments.find((s) => s.key === 'ASD')!.share)).toBe(29.2);
  });

  it('stacks SEN support against EHC plans for one phase', () => {
    const c = composeNeeds(fromRows(demoNeedsRows()), { by: 'provision', phase: 'primary' });
    expect(c.bars.map((b) => b.key)).toEqual(['sen_support', 'ehc_plan']);
  });
});

describe('disclosure (property)', () => {
  it('never shows a count or share built on a count from 1 to 9, in any group, derived or not', () => {
    const need = fc.constantFrom('SLCN', 'ASD', 'SEMH', 'MLD', 'SpLD', 'HI');
    const row = fc.record({
      geography: fc.constantFrom('local', 'england'),
      phase: fc.constantFrom('primary', 'secondary'),
      provision: fc.constantFrom('sen_support', 'ehc_plan'),
      need,
      pupils: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 400 })),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(row, {
          selector: (r) => `${r.geography}|${r.phase}|${r.provision}|${r.need}`,
          minLength: 1,
          maxLength: 40,
        }),
        (rows) => {
          if (!rows.some((r) => r.geography === 'local')) return;
          const m = fromRows(rows);
          for (const g of m.groups) {
            for (const r of g.needs) {
              for (const c of [r.local, r.england]) {
                if (c?.count !== undefined) expect(c.count === 0 || c.count >= 10).toBe(true);
              }
            }
            if (g.local.count !== undefined) expect(g.local.count === 0 || g.local.count >= 10).toBe(true);
            const shares = g.needs.reduce((a, r) => a + (r.local.share ?? 0), 0);
            expect(shares).toBeLessThanOrEqual(1 + 1e-9);
            const s = selectNeeds(m, { phase: g.phase, provision: g.provision, top: 2 })!;
            for (const r of s.rows)
              if (r.local.count !== undefined) expect(r.local.count === 0 || r.local.count >= 10).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
