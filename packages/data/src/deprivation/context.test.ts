import { describe, expect, it } from 'vitest';
import { deprivationContextContract, isDeprivationContextHeader } from '../contracts/deprivation-context.js';
import { REAL_IOD_WOLVERHAMPTON_CSV } from '../demo/real-iod-wolverhampton.js';
import { toRawData } from '../input.js';
import { SendDataError } from '../issues.js';
import { validate } from '../validate.js';
import { buildDeprivationContext } from './context.js';
import { readDeprivationContext } from './read-context.js';
import { deprivationContextSentence, summariseDeprivationContext } from './context-summary.js';

type Row = Record<string, string | number>;

const contextOf = (rows: Row[] | string, area?: string) =>
  buildDeprivationContext(validate(toRawData(rows), deprivationContextContract), { area });

/** Rows for an area: `counts[d - 1]` LSOAs in decile d, with made-up codes. */
function lsoaRows(counts: number[], area = 'E08000031', name = 'Wolverhampton'): Row[] {
  const rows: Row[] = [];
  counts.forEach((k, i) => {
    for (let j = 0; j < k; j++)
      rows.push({ lsoa_code: `${area}-${i + 1}-${j}`, imd_decile: i + 1, area_code: area, area_name: name });
  });
  return rows;
}

/** The extract's deciles, read here by splitting the published lines (the decile is the last cell). */
function extractDeciles(): number[] {
  const counts = new Array<number>(10).fill(0);
  for (const line of REAL_IOD_WOLVERHAMPTON_CSV.split(/\r?\n/).slice(1)) {
    if (!line.includes(',E08000031,')) continue;
    counts[Number(line.slice(line.lastIndexOf(',') + 1)) - 1]!++;
  }
  return counts;
}

describe('isDeprivationContextHeader', () => {
  it('has the expected defaults: LSOA rows without pupils are context, rates are not', () => {
    expect(isDeprivationContextHeader(['lsoa_code', 'imd_decile'])).toBe(true);
    expect(isDeprivationContextHeader(['imd_decile', 'lsoas'])).toBe(true);
    expect(isDeprivationContextHeader(['LSOA code (2011)', 'Index of Multiple Deprivation (IMD) Decile'])).toBe(true);
    expect(isDeprivationContextHeader(['imd_decile', 'pupils', 'sen_support', 'ehc_plan'])).toBe(false);
    expect(isDeprivationContextHeader(['lsoa_code', 'imd_decile', 'pupils', 'sen_support', 'ehc_plan'])).toBe(false);
    // a decile table that forgot its pupils stays a rates table (and its error names "pupils")
    expect(isDeprivationContextHeader(['imd_decile', 'sen_support', 'ehc_plan'])).toBe(false);
    expect(isDeprivationContextHeader(['lsoa_code', 'area_code'])).toBe(false);
  });

  it('follows a columns mapping', () => {
    expect(isDeprivationContextHeader(['lsoa_code', 'imd_decile', 'headcount'], { pupils: 'headcount' })).toBe(false);
    expect(isDeprivationContextHeader(['code', 'imd_decile'], { lsoa_code: 'code' })).toBe(true);
  });
});

describe('buildDeprivationContext', () => {
  it("counts one area's LSOAs in each decile, with shares and the even share of a tenth", () => {
    const ctx = contextOf(lsoaRows([33, 45, 17, 15, 11, 9, 13, 11, 3, 1]));
    expect(ctx.lsoas).toEqual([33, 45, 17, 15, 11, 9, 13, 11, 3, 1]);
    expect(ctx.total).toBe(158);
    expect(ctx.shares[1]).toBeCloseTo(45 / 158, 12);
    expect(ctx.shares.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    expect(ctx.evenShare).toBe(0.1);
    expect(ctx.areaCode).toBe('E08000031');
    expect(ctx.areaName).toBe('Wolverhampton');
    expect(ctx.areas).toBe(1);
  });

  it('returns ten zeros and no shares for rows of another decile only', () => {
    const ctx = contextOf([{ lsoa_code: 'a', imd_decile: 10 }]);
    expect(ctx.lsoas).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(ctx.areas).toBe(0);
    expect(ctx.areaName).toBeUndefined();
  });

  it('keeps one area by code or by name, in any case, and names close ones for an unknown area', () => {
    const rows = [
      ...lsoaRows([1, 2, 0, 0, 0, 0, 0, 0, 0, 0]),
      ...lsoaRows([0, 0, 0, 0, 0, 0, 0, 0, 4, 5], 'E08000030', 'Walsall'),
    ];
    expect(contextOf(rows).areas).toBe(2);
    expect(contextOf(rows).areaName).toBeUndefined();
    expect(contextOf(rows, 'E08000030').lsoas).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 4, 5]);
    expect(contextOf(rows, 'wolverhampton').lsoas).toEqual([1, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(contextOf(rows, 'walsall').areaName).toBe('Walsall');
    try {
      contextOf(rows, 'Wolverhamton');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SendDataError);
      expect((e as SendDataError).issues[0]!.message).toContain('Wolverhampton (E08000031)');
    }
  });

  it('counts an LSOA given twice once, and refuses one given two deciles, naming both rows', () => {
    const twice = contextOf([
      { lsoa_code: 'E01', imd_decile: 1 },
      { lsoa_code: 'E01', imd_decile: 1 },
      { lsoa_code: 'E02', imd_decile: 2 },
    ]);
    expect(twice.lsoas.slice(0, 2)).toEqual([1, 1]);
    expect(() =>
      contextOf([
        { lsoa_code: 'E01', imd_decile: 1 },
        { lsoa_code: 'E01', imd_decile: 3 },
      ]),
    ).toThrow(/LSOA E01 is in decile 1 in row 2 and in decile 3 in row 3/);
  });

  it('adds up rows already counted per decile (lsoaDecileCounts output)', () => {
    const ctx = contextOf([
      { imd_decile: 1, lsoas: 3 },
      { imd_decile: 2, lsoas: 0 },
      { imd_decile: 10, lsoas: 7 },
    ]);
    expect(ctx.lsoas).toEqual([3, 0, 0, 0, 0, 0, 0, 0, 0, 7]);
  });

  it('refuses rows with neither LSOA codes nor counts, and a decile out of range, naming row and column', () => {
    const none = validate(toRawData([{ imd_decile: 1, area_code: 'E1' }]), deprivationContextContract);
    expect(none.issues.some((i) => i.severity === 'error' && i.column === 'lsoa_code')).toBe(true);
    const bad = validate(toRawData('lsoa_code,imd_decile\nE01,1\nE02,eleven\n'), deprivationContextContract);
    const error = bad.issues.find((i) => i.severity === 'error')!;
    expect([error.row, error.column]).toEqual([3, 'imd_decile']);
    expect(() => buildDeprivationContext(bad)).toThrow(SendDataError);
  });
});

describe('readDeprivationContext', () => {
  it('reads the published IoD2019 rows as they are (quoted ranks) and counts Wolverhampton as the file does', () => {
    const expected = extractDeciles();
    expect(expected.reduce((s, v) => s + v, 0)).toBe(158);
    const { context, issues } = readDeprivationContext(REAL_IOD_WOLVERHAMPTON_CSV, { area: 'E08000031' });
    expect(context.lsoas).toEqual(expected);
    expect(context.areaName).toBe('Wolverhampton');
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(readDeprivationContext(REAL_IOD_WOLVERHAMPTON_CSV).context.lsoas).toEqual(expected);
  });

  it('reports a damaged published rank with its row and published column', () => {
    const lines = REAL_IOD_WOLVERHAMPTON_CSV.split('\r\n');
    lines[3] = lines[3]!.replace(/"[\d,]+"/, '"40,000"');
    expect(() => readDeprivationContext(lines.join('\r\n'))).toThrow(/Index of Multiple Deprivation \(IMD\) Rank/);
  });
});

describe('summariseDeprivationContext', () => {
  it('says how many neighbourhoods, how many in the 20% most and least deprived, and the even spread, from the counts', () => {
    const ctx = contextOf(lsoaRows([33, 45, 17, 15, 11, 9, 13, 11, 3, 1]));
    expect(summariseDeprivationContext(ctx)).toBe(
      "Wolverhampton has 158 neighbourhoods (LSOAs). 78 of them (49%) are among the 20% most deprived in England (deciles 1 and 2), and 4 (3%) among the 20% least deprived (deciles 9 and 10). The most are in decile 2: 45 (28%). Spread like England's, each decile would hold 10% of them (15.8).",
    );
  });

  it('handles none at an end, ties, one neighbourhood, several areas and a given name', () => {
    const ctx = contextOf(lsoaRows([0, 0, 2, 2, 1, 0, 0, 0, 0, 0], 'E1', ''));
    const text = summariseDeprivationContext(ctx, { name: 'Test & <Town>' });
    expect(text).toContain(
      'Test & <Town> has 5 neighbourhoods (LSOAs). None of them are among the 20% most deprived in England (deciles 1 and 2), and none among the 20% least deprived',
    );
    expect(text).toContain('The most are in deciles 3 and 4: 2 (40%) each.');
    expect(summariseDeprivationContext(contextOf([{ lsoa_code: 'a', imd_decile: 1 }]))).toMatch(
      /^The data has 1 neighbourhood \(LSOA\)\. 1 of them \(100%\) is among/,
    );
    const two = contextOf([
      ...lsoaRows([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      ...lsoaRows([0, 1, 0, 0, 0, 0, 0, 0, 0, 0], 'E2', 'B'),
    ]);
    expect(summariseDeprivationContext(two)).toMatch(
      /^The 2 areas in the data have 2 neighbourhoods \(LSOAs\) together\./,
    );
  });

  it('never rounds a share above 0 down to 0%, nor one below 1 up to 100%', () => {
    const few = contextOf(lsoaRows([1, 0, 0, 0, 0, 0, 0, 0, 0, 299]));
    expect(summariseDeprivationContext(few)).toContain('1 of them (less than 1%) is among');
    expect(summariseDeprivationContext(few)).toContain('The most are in decile 10: 299 (more than 99%)');
  });

  it("writes the sentence for a summary of SEN rates, with the pupils' share when given", () => {
    const ctx = contextOf(lsoaRows([33, 45, 17, 15, 11, 9, 13, 11, 3, 1]));
    expect(deprivationContextSentence(ctx)).toBe(
      'Of the 158 neighbourhoods (LSOAs) in Wolverhampton, 78 (49%) are among the 20% most deprived in England (deciles 1 and 2).',
    );
    expect(deprivationContextSentence(ctx, { pupilsMostDeprived: 26290 / 49696 })).toMatch(
      /\(deciles 1 and 2\); 53% of the pupils live in deciles 1 and 2\.$/,
    );
    expect(deprivationContextSentence(contextOf([{ imd_decile: 3, lsoas: 0 }]))).toBe('');
  });
});
