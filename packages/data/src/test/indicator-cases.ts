/**
 * Generated indicator inputs for the disclosure tests (seeded, so every run tries the same): England,
 * two regions and their authorities over two periods, with England and each region the sum of their
 * parts, and the relations an analyst knows between them.
 */
import type { Relation } from './alternatives.js';

// the seeded generator of the demo files (mulberry32), so every run tries the same inputs
export { prng } from '../../scripts/prng.mjs';

export const ENGLAND = 'E92000001';
export const PERIODS = ['2023', '2024'];

export interface Area {
  code: string;
  level: 'National' | 'Regional' | 'Local authority';
  region: string;
}

/** England, two regions, two or three authorities in each. */
export function areasOf(random: () => number): Area[] {
  const out: Area[] = [{ code: ENGLAND, level: 'National', region: '' }];
  for (let r = 1; r <= 2; r++) {
    const region = `E1200000${r}`;
    out.push({ code: region, level: 'Regional', region: '' });
    const n = 2 + Math.floor(random() * 2);
    for (let a = 1; a <= n; a++) out.push({ code: `E0${r}00000${a}`, level: 'Local authority', region });
  }
  return out;
}

/** A count: often small, sometimes 0, else 10–120. */
export const countOf = (random: () => number, minCount: number) => {
  const u = random();
  return u < 0.4 ? 1 + Math.floor(random() * (minCount - 1)) : u < 0.5 ? 0 : 10 + Math.floor(random() * 111);
};

/** Each period's relations: England = Σ authorities = Σ regions; a region = Σ its authorities. */
export function relationsOf(areas: readonly Area[], period: string): Relation[] {
  const key = (a: Area) => `${a.code}@${period}`;
  const las = areas.filter((a) => a.level === 'Local authority');
  const regions = areas.filter((a) => a.level === 'Regional');
  return [
    { total: `${ENGLAND}@${period}`, parts: las.map(key), kind: 'eq' },
    { total: `${ENGLAND}@${period}`, parts: regions.map(key), kind: 'eq' },
    ...regions.map((r): Relation => ({
      total: key(r),
      parts: las.filter((a) => a.region === r.code).map(key),
      kind: 'eq',
    })),
  ];
}

export interface CountCase {
  areas: Area[];
  truth: Map<string, number>;
  minCount: number;
  better: 'higher' | 'lower';
  target: number;
}

export function countCase(random: () => number): CountCase {
  const minCount = 3 + Math.floor(random() * 8);
  const areas = areasOf(random);
  const truth = new Map<string, number>();
  for (const period of PERIODS) {
    let england = 0;
    for (const r of areas.filter((a) => a.level === 'Regional')) {
      let sum = 0;
      for (const a of areas.filter((x) => x.region === r.code)) {
        const v = countOf(random, minCount);
        truth.set(`${a.code}@${period}`, v);
        sum += v;
      }
      truth.set(`${r.code}@${period}`, sum);
      england += sum;
    }
    truth.set(`${ENGLAND}@${period}`, england);
  }
  return {
    areas,
    truth,
    minCount,
    better: random() < 0.5 ? 'higher' : 'lower',
    target: 10 + Math.floor(random() * 100),
  };
}

/** A percentage's counts per area and period: numerator, denominator, their published share. */
export interface PercentCase {
  areas: Area[];
  /** `x:code@period` numerators, `n:code@period` denominators, `r:code@period` the rest (n − x). */
  truth: Map<string, number>;
  minCount: number;
  better: 'higher' | 'lower';
}

/** Percentages with counts: each authority's denominator often small, its numerator sometimes small or near it. */
export function percentCase(random: () => number): PercentCase {
  const minCount = 3 + Math.floor(random() * 8);
  const areas = areasOf(random);
  const truth = new Map<string, number>();
  for (const period of PERIODS) {
    const sum = { x: new Map<string, number>(), n: new Map<string, number>() };
    const add = (code: string, x: number, n: number) => {
      truth.set(`x:${code}@${period}`, x);
      truth.set(`n:${code}@${period}`, n);
      truth.set(`r:${code}@${period}`, n - x);
    };
    for (const a of areas.filter((x) => x.level === 'Local authority')) {
      const n = random() < 0.25 ? 1 + Math.floor(random() * (minCount - 1)) : minCount + Math.floor(random() * 150);
      const u = random();
      const x =
        u < 0.3
          ? Math.min(n, 1 + Math.floor(random() * (minCount - 1)))
          : u < 0.45
            ? Math.max(0, n - 1 - Math.floor(random() * (minCount - 1)))
            : Math.floor(random() * (n + 1));
      add(a.code, x, n);
      for (const key of [a.region, ENGLAND]) {
        sum.x.set(key, (sum.x.get(key) ?? 0) + x);
        sum.n.set(key, (sum.n.get(key) ?? 0) + n);
      }
    }
    for (const a of areas.filter((x) => x.level !== 'Local authority'))
      add(a.code, sum.x.get(a.code)!, sum.n.get(a.code)!);
  }
  return { areas, truth, minCount, better: random() < 0.5 ? 'higher' : 'lower' };
}

/** The relations of a percentage's counts: n = x + r for each area, and each of x, n, r summing up the hierarchy. */
export function percentRelationsOf(areas: readonly Area[], period: string): Relation[] {
  const sums = (['x', 'n', 'r'] as const).flatMap((k) =>
    relationsOf(areas, period).map((r): Relation => ({
      total: `${k}:${r.total}`,
      parts: r.parts.map((p) => `${k}:${p}`),
      kind: r.kind,
    })),
  );
  return [
    ...areas.map((a): Relation => ({
      total: `n:${a.code}@${period}`,
      parts: [`x:${a.code}@${period}`, `r:${a.code}@${period}`],
      kind: 'eq',
    })),
    ...sums,
  ];
}
