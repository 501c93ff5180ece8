/**
 * The deprivation context on the whole published IoD2019 File 1 (../shared/data/real, see
 * SOURCES.md there). Expected counts are worked out here from the file's text with a separate
 * line reader, not with the data package. Skipped with a message when the file is absent, but
 * failing in CI.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../../../test/real-files.mjs';
import { fromCsvText } from '../input.js';
import { deprivationContextContract } from '../contracts/deprivation-context.js';
import { validate } from '../validate.js';
import { buildDeprivationContext } from './context.js';
import { readDeprivationContext } from './read-context.js';
import { summariseDeprivationContext } from './context-summary.js';

const real = realFiles('context-real.test.ts', 'imd2019_lsoa_file1.csv');
const present = real.present;
const file = real.path('imd2019_lsoa_file1.csv');

/** One line into cells: quoted cells (names such as "Bristol, City of", ranks such as "29,199") keep their commas. */
function cellsOf(line: string): string[] {
  return [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)]
    .filter((m) => m.index! < line.length || m[1])
    .map((m) => m[2] ?? m[1]!);
}

/** Area code → LSOAs per decile, read from the raw lines: the code is the 3rd cell, the name the 4th, the decile the last. */
function countsByArea(text: string): Map<string, { name: string; counts: number[] }> {
  const out = new Map<string, { name: string; counts: number[] }>();
  for (const line of text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1)) {
    if (!line) continue;
    const cells = cellsOf(line);
    if (cells.length !== 6) throw new Error(`expected 6 cells: ${line}`);
    const code = cells[2]!;
    const entry = out.get(code) ?? { name: cells[3]!, counts: new Array<number>(10).fill(0) };
    entry.counts[Number(cells[cells.length - 1]) - 1]!++;
    out.set(code, entry);
  }
  return out;
}

describe.skipIf(!present)('deprivation context on the whole IoD2019 File 1', () => {
  const text = present ? readFileSync(file, 'utf8') : '';
  const expected = present ? countsByArea(text) : new Map();

  it('counts Wolverhampton as SOURCES.md says: 158 LSOAs, 33/45/17/15/11/9/13/11/3/1', () => {
    expect(expected.get('E08000031')!.counts).toEqual([33, 45, 17, 15, 11, 9, 13, 11, 3, 1]);
    const { context } = readDeprivationContext(fromCsvText(text), { area: 'E08000031' });
    expect(context.lsoas).toEqual(expected.get('E08000031')!.counts);
    expect(context.total).toBe(158);
    expect(summariseDeprivationContext(context)).toMatch(
      /^Wolverhampton has 158 neighbourhoods \(LSOAs\)\. 78 of them \(49%\) are among the 20% most deprived/,
    );
  });

  it('counts every district in the file as the file does, by code and by name', () => {
    const raw = fromCsvText(text);
    expect(expected.size).toBeGreaterThan(300);
    // the published headers read straight through the contract's aliases, once, then each district
    const validated = validate(raw, deprivationContextContract);
    expect(validated.issues.filter((i) => i.severity === 'error')).toEqual([]);
    for (const [code, { name, counts }] of expected) {
      const context = buildDeprivationContext(validated, { area: code });
      expect(context.lsoas, code).toEqual(counts);
      expect(context.areaName, code).toBe(name);
    }
    for (const code of ['E06000017', 'E09000001', 'E08000030'])
      expect(readDeprivationContext(raw, { area: code }).context.lsoas, code).toEqual(expected.get(code)!.counts);
    expect(readDeprivationContext(raw, { area: 'Bristol, City of' }).context.lsoas).toEqual(
      expected.get('E06000023')!.counts,
    );
  });

  it('over the whole of England each decile holds a tenth: 3,284 or 3,285 LSOAs', () => {
    const { context } = readDeprivationContext(fromCsvText(text));
    expect(context.total).toBe(32844);
    for (const n of context.lsoas) expect([3284, 3285]).toContain(n);
    expect(context.areas).toBe(expected.size);
  });
});
