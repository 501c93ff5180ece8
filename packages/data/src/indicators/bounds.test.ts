/**
 * `<send-indicator>` against an attacker that computes bounds (issue 19): everything the element can
 * be made to show — every area as the area (so every area's numerator and denominator where its
 * percentage is shown), every period, England, the regions and every authority in the comparison —
 * is taken as known, with the relations an analyst knows (England the sum of its authorities and of
 * its regions, a region the sum of its authorities, a denominator its numerator plus the rest, a
 * percentage shown without counts as numerator/denominator within its rounding), and HiGHS finds
 * the smallest and largest value each hidden small count can take (test/bounds-attacker.ts). The
 * rank, change, gap, target and index add nothing an attacker could use: they depend only on the
 * figures shown (invariance.test.ts), which are constraints here already.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../../../test/real-files.mjs';
import { indicatorsContract } from '../contracts/indicators.js';
import { fromCsvText, fromRows } from '../input.js';
import { isValue } from '../missing.js';
import { applyPreset } from '../presets/apply.js';
import type { Relation } from '../test/alternatives.js';
import { narrowedCounts, type Narrowed, type Published } from '../test/bounds-attacker.js';
import {
  countCase,
  PERIODS,
  percentCase,
  percentRelationsOf,
  prng,
  relationsOf,
  type Area,
} from '../test/indicator-cases.js';
import { validate, type ValidatedData } from '../validate.js';
import { buildIndicatorModel } from './model.js';
import { readIndicatorRows, type IndicatorRow } from './read.js';
import { safePoints } from './safe-points.js';

/** What every area × period model of the data shows: counts and percentages by cell name. */
function shownByModels(data: ValidatedData, areas: readonly string[], periods: readonly string[], minCount: number) {
  const shown = new Map<string, number>();
  const shares = new Map<string, number>();
  for (const area of areas)
    for (const period of periods) {
      const m = buildIndicatorModel(data, { area, period, minCount });
      const points = [
        ...m.series.flatMap((s) => s.points.map((p) => [s.code, p] as const)),
        ...m.authorities.map((a) => [a.code, a.point] as const),
      ];
      for (const [code, p] of points) {
        if (p.status !== 'shown') continue;
        const key = `${code}@${p.period}`;
        if (m.unit === 'count') shown.set(key, p.value!);
        else shares.set(key, p.value!);
        if (p.numerator !== undefined) {
          shown.set(`x:${key}`, p.numerator);
          shown.set(`n:${key}`, p.denominator!);
          shown.set(`r:${key}`, p.denominator! - p.numerator);
        }
      }
    }
  return { shown, shares };
}

/** A published share as bounds on numerator/denominator: half a unit of its last decimal either side. */
function ratioOf(key: string, value: number) {
  const decimals = (String(value).split('.')[1] ?? '').length;
  const half = 0.5 * 10 ** -decimals;
  return { numerator: `x:${key}`, denominator: `n:${key}`, low: (value - half) / 100, high: (value + half) / 100 };
}

function publishedOf(shown: Map<string, number>, shares: Map<string, number>, relations: Relation[]): Published {
  return {
    cells: new Map(shown),
    relations: relations.map((r) => ({ ...r, parts: [...r.parts] })),
    ratios: [...shares].filter(([key]) => !shown.has(`x:${key}`)).map(([key, v]) => ratioOf(key, v)),
  };
}

/** The small counts not shown: what the rule protects. */
const targetsOf = (truth: ReadonlyMap<string, number>, shown: ReadonlyMap<string, number>, minCount: number) =>
  new Map([...truth].filter(([key, v]) => v > 0 && v < minCount && !shown.has(key)));

const rowsOf = (areas: readonly Area[], value: (a: Area, period: string) => Record<string, unknown>) =>
  areas.flatMap((a) =>
    PERIODS.map((period) => ({
      area_code: a.code,
      area_name: a.code,
      geographic_level: a.level,
      region_code: a.region,
      time_period: period,
      ...value(a, period),
    })),
  );

describe('<send-indicator> against an attacker that computes bounds', () => {
  it('counts: over 150 generated inputs, no hidden small count is narrowed below [0, minCount]', async () => {
    const random = prng(1919);
    let attacked = 0;
    const narrowed: Narrowed[] = [];
    for (let k = 0; k < 150; k++) {
      const c = countCase(random);
      const rows = rowsOf(c.areas, (a, period) => ({
        indicator: 'plans',
        unit: 'count',
        value: c.truth.get(`${a.code}@${period}`),
        better: c.better,
        target: c.target,
      }));
      const las = c.areas.filter((a) => a.level === 'Local authority').map((a) => a.code);
      const { shown, shares } = shownByModels(validate(fromRows(rows), indicatorsContract), las, PERIODS, c.minCount);
      const targets = targetsOf(c.truth, shown, c.minCount);
      attacked += targets.size;
      const relations = PERIODS.flatMap((p) => relationsOf(c.areas, p));
      narrowed.push(...(await narrowedCounts(publishedOf(shown, shares, relations), targets, c.minCount)));
    }
    console.log(`indicator counts (generated): ${attacked} hidden small counts attacked, ${narrowed.length} narrowed`);
    expect(attacked).toBeGreaterThan(400);
    expect(narrowed).toEqual([]);
  }, 300_000);

  it("percentages: over 150 generated inputs, with every area's counts shown where its share is, no hidden small numerator, rest or denominator is narrowed", async () => {
    const random = prng(2019);
    let attacked = 0;
    const narrowed: Narrowed[] = [];
    for (let k = 0; k < 150; k++) {
      const c = percentCase(random);
      const rows = rowsOf(c.areas, (a, period) => {
        const x = c.truth.get(`x:${a.code}@${period}`)!;
        const n = c.truth.get(`n:${a.code}@${period}`)!;
        return {
          indicator: 'rate',
          unit: 'percent',
          value: n ? Math.round((1000 * x) / n) / 10 : 'z',
          numerator: x,
          denominator: n,
          better: c.better,
        };
      });
      const codes = c.areas.map((a) => a.code);
      const { shown, shares } = shownByModels(validate(fromRows(rows), indicatorsContract), codes, PERIODS, c.minCount);
      const targets = targetsOf(c.truth, shown, c.minCount);
      attacked += targets.size;
      const relations = PERIODS.flatMap((p) => percentRelationsOf(c.areas, p));
      const found = await narrowedCounts(publishedOf(shown, shares, relations), targets, c.minCount);
      narrowed.push(...found);
    }
    console.log(
      `indicator percentages (generated): ${attacked} hidden small counts attacked, ${narrowed.length} narrowed`,
    );
    expect(attacked).toBeGreaterThan(400);
    expect(narrowed.slice(0, 5)).toEqual([]);
  }, 300_000);
});

const real = realFiles('indicators/bounds.test.ts', 'sen2_mi.csv', 'ehcp2025_caseload_all_plans.csv');

/**
 * The relations of one period's figures as the file holds them: `eq` where the parts add up to
 * the total exactly, `ge` where the total is larger or a part is missing (not published), none
 * where the parts add up to more.
 */
function realRelations(
  rows: readonly IndicatorRow[],
  key: (r: IndicatorRow) => string,
  value: (r: IndicatorRow) => unknown,
) {
  const out: Relation[] = [];
  const national = rows.find((r) => r.level === 'national');
  const las = rows.filter((r) => r.level === 'authority');
  const regions = rows.filter((r) => r.level === 'regional');
  const add = (total: IndicatorRow | undefined, parts: readonly IndicatorRow[]) => {
    const t = total && value(total);
    if (!isValue(t) || !parts.length) return;
    const known = parts.filter((p) => isValue(value(p)));
    const sum = known.reduce((s, p) => s + (value(p) as number), 0);
    if (sum > t) return;
    const kind = sum === t && known.length === parts.length ? 'eq' : 'ge';
    out.push({ total: key(total!), parts: known.map(key), kind });
  };
  add(national, las);
  add(national, regions);
  for (const r of regions)
    add(
      r,
      las.filter((a) => a.region === r.code),
    );
  return out;
}

/** Attacks every indicator of a file, as the model shows it (`safePoints`) with every area in turn as the area (which keeps its counts). */
async function attackFile(data: ValidatedData, minCount: number) {
  const all = readIndicatorRows(data);
  let attacked = 0;
  const narrowed: (Narrowed & { indicator: string })[] = [];
  for (const indicator of new Set(all.map((r) => r.indicator))) {
    const rows = all.filter((r) => r.indicator === indicator);
    const unit = rows[0]!.unit;
    const truth = new Map<string, number>();
    const shown = new Map<string, number>();
    const shares = new Map<string, number>();
    const relations: Relation[] = [];
    for (const period of new Set(rows.map((r) => r.period))) {
      const list = rows.filter((r) => r.period === period);
      const key = (r: IndicatorRow) => `${r.code}@${period}`;
      // disclosure control does not depend on the area (an area chosen as the area keeps its own counts where its share is
      // shown), and is the model's own: a count or a percentage in a family is protected with its family (safe-points.ts)
      const points = safePoints(data, all, indicator, period, minCount);
      list.forEach((r, i) => {
        const p = points[i]!;
        if (unit === 'count') {
          if (isValue(r.value)) truth.set(key(r), r.value);
          if (p.status === 'shown') shown.set(key(r), p.value!);
          return;
        }
        if (isValue(r.numerator) && isValue(r.denominator)) {
          truth.set(`x:${key(r)}`, r.numerator);
          truth.set(`n:${key(r)}`, r.denominator);
          truth.set(`r:${key(r)}`, r.denominator - r.numerator);
        }
        if (p.status !== 'shown') return;
        shares.set(key(r), p.value!);
        if (isValue(r.numerator) && isValue(r.denominator) && r.numerator <= r.denominator) {
          shown.set(`x:${key(r)}`, r.numerator);
          shown.set(`n:${key(r)}`, r.denominator);
          shown.set(`r:${key(r)}`, r.denominator - r.numerator);
        }
      });
      if (unit === 'count') relations.push(...realRelations(list, key, (r) => r.value));
      else {
        for (const k of ['x', 'n', 'r'] as const) {
          const value = (r: IndicatorRow) =>
            k === 'x'
              ? r.numerator
              : k === 'n'
                ? r.denominator
                : isValue(r.numerator) && isValue(r.denominator)
                  ? r.denominator - r.numerator
                  : undefined;
          relations.push(...realRelations(list, (r) => `${k}:${key(r)}`, value));
        }
        for (const r of list)
          if (isValue(r.numerator) && isValue(r.denominator))
            relations.push({ total: `n:${key(r)}`, parts: [`x:${key(r)}`, `r:${key(r)}`], kind: 'eq' });
      }
    }
    const targets = targetsOf(truth, shown, minCount);
    attacked += targets.size;
    const found = await narrowedCounts(publishedOf(shown, shares, relations), targets, minCount);
    narrowed.push(...found.map((f) => ({ ...f, indicator })));
  }
  return { attacked, narrowed };
}

describe.skipIf(!real.present)('<send-indicator> on the real files against the attacker', () => {
  it('sen2_mi.csv (ees-sen2-mi, every indicator, every area and year): no hidden small count is narrowed', async () => {
    const text = readFileSync(real.path('sen2_mi.csv'), 'utf8');
    const data = validate(applyPreset('ees-sen2-mi', fromCsvText(text), { everyArea: true }).data, indicatorsContract);
    const { attacked, narrowed } = await attackFile(data, 10);
    console.log(`sen2_mi.csv: ${attacked} hidden small counts attacked, ${narrowed.length} narrowed`);
    expect(attacked).toBeGreaterThan(100);
    expect(narrowed.slice(0, 5)).toEqual([]);
  }, 600_000);

  it('ehcp2025_caseload_all_plans.csv (ees-ehc-caseload as indicators, every count): no hidden small count is narrowed', async () => {
    const text = readFileSync(real.path('ehcp2025_caseload_all_plans.csv'), 'utf8');
    const data = validate(
      applyPreset('ees-ehc-caseload', fromCsvText(text), { everyArea: true, indicators: true }).data,
      indicatorsContract,
    );
    const { attacked, narrowed } = await attackFile(data, 10);
    console.log(
      `ehcp2025_caseload_all_plans.csv: ${attacked} hidden small counts attacked, ${narrowed.length} narrowed`,
    );
    expect(narrowed.slice(0, 5)).toEqual([]);
  }, 600_000);
});
