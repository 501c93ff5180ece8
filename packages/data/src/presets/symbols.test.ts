import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../../../test/real-files.mjs';
import { needsContract } from '../contracts/needs.js';
import { fromCsvText, toRawData } from '../input.js';
import { isMissing, isStructuralZero, missing, symbolToMissing, DEFAULT_SYMBOLS } from '../missing.js';
import { buildNeedsModel, findNeedGroup } from '../needs/model.js';
import { validate, validatedRows } from '../validate.js';
import { applyPreset, listPresets, presetStructuralZeros, presetSymbols, registerPreset } from './apply.js';
import { REAL_CIN_SEN_CSV } from '../demo/real-cin-sen.js';
import type { Preset } from './preset.js';
import { rawFrom, readMeasure, ReadProblems } from './read-cells.js';
import { SEN_2021_SYMBOLS } from './symbols.js';

describe('symbols as each publication defines them', () => {
  it('has the expected defaults: every preset carries its own table, and none makes a symbol a structural zero', () => {
    for (const { name } of listPresets()) {
      expect(presetSymbols(name), name).toBeTypeOf('object');
      expect(presetStructuralZeros(name), name).toEqual([]);
    }
    expect(presetSymbols('ees-ehc-plans-by-need').z).toBe('not_applicable');
    expect(presetSymbols('ees-ehc-plans-by-need').x).toBe('not_available');
    expect(presetSymbols('ees-cin-sen-la').k).toBe('low');
    expect(presetSymbols('iod2019-lsoa')).toEqual({});
    // a file read without a preset: z is "not applicable", never a zero
    expect(isStructuralZero(symbolToMissing('z', DEFAULT_SYMBOLS))).toBe(false);
  });

  it('reads z as "not available" and : as "not applicable" with the SEN in England 2020/21 table', () => {
    expect(symbolToMissing('z', SEN_2021_SYMBOLS)).toBe(missing('not_available', 'z'));
    expect(symbolToMissing(':', SEN_2021_SYMBOLS)).toBe(missing('not_applicable', ':'));
    const rows = validatedRows(
      validate(toRawData('geography,phase,provision,need,pupils\nlocal,all,all,SLCN,z'), {
        ...needsContract,
        symbols: SEN_2021_SYMBOLS,
      }),
    );
    expect(rows[0]!.pupils).toBe(missing('not_available', 'z'));
  });

  it('a z in a group makes its total unknown, so the shares are of the known needs and not compared with England', () => {
    const m = buildNeedsModel(
      validate(
        toRawData(`geography,phase,provision,need,pupils
local,all,all,SLCN,300
local,all,all,ASD,z
local,all,all,SEMH,100
england,all,all,SLCN,3000
england,all,all,ASD,2000
england,all,all,SEMH,1000`),
        needsContract,
      ),
    );
    const g = findNeedGroup(m)!;
    expect(g.local).toMatchObject({ complete: false, denominator: 400 });
    expect(g.needs.find((r) => r.key === 'ASD')!.local).toMatchObject({
      status: 'missing',
      missingLabel: 'not applicable',
    });
    expect(g.needs.every((r) => !r.difference)).toBe(true);
  });

  it('counts a symbol as 0 only when the preset’s publication defines it so', () => {
    // a partner's preset for a publication whose guidance says "z: zero by definition (the category cannot occur)"
    const preset: Preset = {
      name: 'test-structural-zero',
      title: 'Test',
      reads: 'test file',
      produces: 'needs',
      description: 'test',
      requires: ['need', 'pupils'],
      contract: needsContract,
      symbols: DEFAULT_SYMBOLS,
      structuralZeros: ['z'],
      areas: () => [],
      apply(raw) {
        const problems = new ReadProblems();
        const pupils = Array.from(raw.values.get('pupils')!, (v, r) =>
          readMeasure(v, raw.rowNumbers[r]!, 'pupils', problems, {
            whole: true,
            symbols: DEFAULT_SYMBOLS,
            structuralZeros: ['z'],
          }),
        );
        const n = raw.numRows;
        return {
          data: rawFrom(
            {
              geography: Array(n).fill('local'),
              phase: Array(n).fill('all'),
              provision: Array(n).fill('all'),
              need: Array.from(raw.values.get('need')!),
              pupils,
            },
            Array.from(raw.rowNumbers),
            raw.source,
          ),
          issues: [],
        };
      },
    };
    registerPreset(preset);
    const { data } = applyPreset('test-structural-zero', fromCsvText('need,pupils\nSLCN,300\nASD,z\nSEMH,100'));
    const cell = validatedRows(validate(data, needsContract))[1]!.pupils;
    expect(isMissing(cell) && isStructuralZero(cell)).toBe(true);
    const g = findNeedGroup(buildNeedsModel(validate(data, needsContract)))!;
    expect(g.local).toMatchObject({ complete: true, count: 400 });
  });

  it('real rows: a children-in-need group marked z throughout is not a group of no children (Isles of Scilly CLA 2021/22 has t_pupils c and z elsewhere)', () => {
    // sen_la.csv uses z where t_pupils is 0 (Hackney CINO 2021/22) and also where it is c (Isles of Scilly CLA 2021/22):
    // "not applicable" there does not mean zero, so the CIN table makes no symbol a structural zero
    expect(presetStructuralZeros('ees-cin-sen-la')).toEqual([]);
    const { data } = applyPreset('ees-cin-sen-la', fromCsvText(REAL_CIN_SEN_CSV), { area: 'E08000031' });
    expect(
      validatedRows(validate(data, needsContract)).some((r) => isMissing(r.pupils) && isStructuralZero(r.pupils)),
    ).toBe(false);
  });
});

const real = realFiles('symbols.test.ts', 'cin_outcomes_sen_la.csv');

describe.skipIf(!real.present)('symbols in the real children-in-need file', () => {
  it('Isles of Scilly 2021/22, looked after 12 months: t_pupils is c and every count z, so no count or total of 0 is shown', () => {
    const { data } = applyPreset(
      'ees-cin-sen-la',
      fromCsvText(readFileSync(real.path('cin_outcomes_sen_la.csv'), 'utf8')),
      { area: 'Isles of Scilly', period: '2021/22' },
    );
    const g = findNeedGroup(
      buildNeedsModel(validate(data, needsContract), { minCount: 1 }),
      'CLA 12 months at 31 March',
      'all',
    )!;
    expect(g.local.count).toBeUndefined();
    expect(g.needs.every((r) => r.local.status !== 'shown')).toBe(true);
    // its total is unknown (z is not zero) and so below any threshold: the group is hidden, not drawn as 0
    expect(g.local.suppressed).toBe(true);
  });
});
