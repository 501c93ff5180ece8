import { describe, expect, it } from 'vitest';
import { needsContract } from '../contracts/needs.js';
import { demoNeedsRows } from '../demo/needs.js';
import { toRawData } from '../input.js';
import { validate } from '../validate.js';
import { buildNeedsModel } from './model.js';
import { needsPopulation, summariseComposition, summariseNeeds } from './summary.js';

const model = (input: string | Record<string, unknown>[]) => buildNeedsModel(validate(toRawData(input), needsContract));

const PRIMARY = `geography,phase,provision,need,pupils,time_period
local,primary,all,SLCN,363,2022/23
local,primary,all,MLD,285,2022/23
local,primary,all,SEMH,152,2022/23
local,primary,all,ASD,200,2022/23
england,primary,all,SLCN,3540,2022/23
england,primary,all,MLD,1680,2022/23
england,primary,all,SEMH,2000,2022/23
england,primary,all,ASD,2780,2022/23`;

describe('summariseNeeds', () => {
  it('names the most common need and the largest significant differences from England', () => {
    // SLCN 36.3% vs 35.4% is not significant (z 0.57); MLD +11.7 (z 9.2) and ASD −7.8 (z −5.3) are
    expect(summariseNeeds(model(PRIMARY))).toBe(
      'Among primary pupils with special educational needs in this area (2022/23), the most common primary need is ' +
        'speech, language and communication needs (SLCN): 36.3%, against 35.4% in England. ' +
        'The largest significant differences from England are moderate learning difficulty (MLD), 11.7 percentage points higher (28.5% against 16.8%) ' +
        'and autistic spectrum disorder (ASD), 7.8 points lower (20.0% against 27.8%).',
    );
  });

  it('says when no need differs significantly', () => {
    const text = summariseNeeds(
      model(`geography,phase,provision,need,pupils
local,secondary,ehc_plan,ASD,100
local,secondary,ehc_plan,SEMH,100
england,secondary,ehc_plan,ASD,1010
england,secondary,ehc_plan,SEMH,990`),
    );
    expect(text).toContain(
      'secondary pupils with an EHC plan in this area, the most common primary need is autistic spectrum disorder (ASD) (level with social, emotional and mental health (SEMH)): 50.0%',
    );
    expect(text).toContain('No need’s share differs significantly from England’s.');
  });

  it('reads the seed figures from the illustrative demo data', () => {
    const m = model(demoNeedsRows());
    expect(summariseNeeds(m, { phase: 'primary', provision: 'all' })).toContain(
      'speech, language and communication needs (SLCN): 36.3%, against 35.4% in England.',
    );
    const secondary = summariseNeeds(m, { phase: 'secondary', provision: 'all' });
    expect(secondary).toContain('moderate learning difficulty (MLD): 28.5%, against 16.8% in England.');
    expect(secondary).toContain(
      'moderate learning difficulty (MLD), 11.7 percentage points higher (28.5% against 16.8%)',
    );
    const special = summariseNeeds(m, { phase: 'special', provision: 'all' });
    expect(special).toContain(
      'the most common primary need is autistic spectrum disorder (ASD): 29.2%, against 35.2% in England.',
    );
    expect(special).toContain('autistic spectrum disorder (ASD), 6.0 percentage points lower (29.2% against 35.2%)');
  });

  it('never mentions a suppressed figure, and says that figures are suppressed', () => {
    const m = model(`geography,phase,provision,need,pupils
local,special,sen_support,ASD,19
local,special,sen_support,SLCN,7
local,special,sen_support,SEMH,3`);
    const text = summariseNeeds(m);
    expect(text).toContain('Figures for two needs are suppressed to protect small numbers.');
    expect(text).not.toMatch(/(?<![\d.])[1-9](?![\d.])/);
    expect(text).not.toMatch(/SLCN|SEMH/);
    const all = summariseNeeds(
      model(`geography,phase,provision,need,pupils
local,special,ehc_plan,ASD,3
local,special,ehc_plan,SLD,4`),
    );
    expect(all).toBe(
      'Figures for pupils with an EHC plan in special schools in this area are suppressed to protect small numbers.',
    );
  });

  it('words populations for phases, settings and provisions', () => {
    expect(needsPopulation('all', 'ehc_plan')).toBe('children and young people with an EHC plan');
    expect(needsPopulation('Mainstream school', 'ehc_plan')).toBe(
      'children and young people with an EHC plan in the setting “Mainstream school”',
    );
    expect(needsPopulation('all', 'sen_support')).toBe('pupils on SEN support');
    expect(needsPopulation('Nursery', 'all')).toBe('pupils with special educational needs in the setting “Nursery”');
    expect(needsPopulation('primary', 'sen_support')).toBe('primary pupils on SEN support');
  });
});

describe('summariseComposition', () => {
  it("names the most common need in each phase: the strategy's figures", () => {
    const text = summariseComposition(model(demoNeedsRows()), { provision: 'all' });
    expect(text).toMatch(
      /^In this area \(2022\/23\), the most common primary need is speech, language and communication needs \(SLCN\) in primary \(36\.3%\), moderate learning difficulty \(MLD\) in secondary \(28\.5%\) and autistic spectrum disorder \(ASD\) in special schools \(29\.2%\)\./,
    );
    expect(text).toContain('suppressed to protect small numbers');
  });

  it('names a need once when it is the most common in several bars', () => {
    const m = model(`geography,phase,provision,need,pupils
local,special,sen_support,ASD,30
local,special,sen_support,SLD,20
local,special,ehc_plan,ASD,300
local,special,ehc_plan,SLD,200`);
    expect(summariseComposition(m, { by: 'provision', phase: 'special' })).toBe(
      'In this area, the most common primary need is autistic spectrum disorder (ASD) among pupils on SEN support (60.0%) and among those with an EHC plan (60.0%).',
    );
  });

  it('compares provisions for one phase, and names a bar whose figures are all hidden', () => {
    const m = model(`geography,phase,provision,need,pupils
local,special,sen_support,ASD,3
local,special,sen_support,SLD,4
local,special,ehc_plan,ASD,300
local,special,ehc_plan,SLD,200`);
    // SEN support (3 and 4) is hidden whole; with "all" (303, 204) shown, EHC plans' 300 and 200
    // would give the 3 and 4 away, so they are hidden too: they cost less than the "all" sums
    expect(summariseComposition(m, { by: 'provision', phase: 'special' })).toBe(
      'Figures among pupils on SEN support and among those with an EHC plan are suppressed to protect small numbers.',
    );
  });
});
