/**
 * The committed list of authorities (stories/published-data/ehc-authorities.json, written by
 * packages/data/scripts/list-authorities.mjs) against the real DfE file it was made from: the same
 * authorities as `listAreas` finds with the `ees-ehc-plans-by-need` preset, and totals that add up
 * to England's. Skips without ../shared/data/real, except on CI.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../../test/real-files.mjs';
import { fromCsvText, listAreas } from '../src/index.js';

const real = realFiles('ehc-authorities.test.ts', 'ehcp2025_sen_needs_all_plans.csv');
const present = real.present;
const file = real.path('ehcp2025_sen_needs_all_plans.csv');
const json = fileURLToPath(new URL('../../../stories/published-data/ehc-authorities.json', import.meta.url));

interface Listed {
  code: string;
  name: string;
  oldCode: string;
  region: string;
  ehcPlans: number | null;
}

describe.skipIf(!present)('the committed list of authorities in the EHC plans by need file', () => {
  const text = present ? readFileSync(file, 'utf8') : '';
  const listed = JSON.parse(readFileSync(json, 'utf8')) as { count: number; authorities: Listed[] };

  it('holds every authority listAreas finds in the file, with the same code, name and DfE code', () => {
    const areas = listAreas(fromCsvText(text), 'ees-ehc-plans-by-need');
    expect(listed.authorities.map(({ code, name, oldCode }) => ({ code, name, oldCode }))).toEqual(areas);
    expect(listed.count).toBe(areas.length);
    expect(listed.count).toBeGreaterThan(150);
  });

  it("has each authority's EHC plans, adding up to England's published total", () => {
    const england = text
      .split(/\r?\n/)
      .find((l) => l.includes(',National,') && l.includes(',All EHC plans,All EHC plans,'))!;
    const englandTotal = Number(england.split(',')[12]);
    expect(englandTotal).toBe(638745);
    expect(listed.authorities.reduce((s, a) => s + (a.ehcPlans ?? 0), 0)).toBe(englandTotal);
    expect(listed.authorities.find((a) => a.code === 'E08000031')).toEqual({
      code: 'E08000031',
      name: 'Wolverhampton',
      oldCode: '336',
      region: 'West Midlands',
      ehcPlans: 3148,
    });
  });
});
