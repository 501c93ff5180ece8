/**
 * Decisions that look at a hidden value (issue 19): whatever a hidden figure is, as long as it is
 * consistent with what `<send-indicator>` publishes, everything the model and its summary say
 * outside the hidden figures must be the same. Generated inputs (a seeded PRNG): England, two
 * regions and their authorities over two periods, counts with England and each region the sum of
 * their parts, and percentages with numerators and denominators. For every hidden count, each value
 * an attacker cannot rule out (1 to minCount − 1 for a small count; around its own value, 0 and the
 * threshold for a count hidden to protect it), the other table is found with HiGHS (only hidden
 * cells move, every sum still holds) and the model built again for every authority as the area.
 */
import { describe, expect, it } from 'vitest';
import { indicatorsContract } from '../contracts/indicators.js';
import { fromRows } from '../input.js';
import { alternativeTable } from '../test/alternatives.js';
import {
  countCase,
  PERIODS,
  percentCase,
  percentRelationsOf,
  prng,
  relationsOf,
  type CountCase,
  type PercentCase,
} from '../test/indicator-cases.js';
import { validate } from '../validate.js';
import { buildIndicatorModel, type IndicatorModel } from './model.js';
import { summariseIndicator } from './words.js';

const countRows = (c: CountCase, values: ReadonlyMap<string, number>) =>
  c.areas.flatMap((a) =>
    PERIODS.map((period) => ({
      area_code: a.code,
      area_name: a.code,
      geographic_level: a.level,
      region_code: a.region,
      time_period: period,
      indicator: 'plans',
      unit: 'count',
      value: values.get(`${a.code}@${period}`)!,
      better: c.better,
      target: c.target,
    })),
  );

/** The model for every authority as the area and every period, as a reader can ask for. */
function modelsOf(rows: Record<string, unknown>[], areas: readonly string[], minCount: number): IndicatorModel[] {
  const data = validate(fromRows(rows), indicatorsContract);
  return areas.flatMap((area) => PERIODS.map((period) => buildIndicatorModel(data, { area, period, minCount })));
}

/** The cells (area@period) the models hide, over every series and the authorities, sorted. */
function hiddenOf(models: readonly IndicatorModel[]): Set<string> {
  const out = new Set<string>();
  for (const model of models) {
    for (const s of model.series)
      s.points.forEach((p) => {
        if (p.status === 'suppressed') out.add(`${s.code}@${p.period}`);
      });
    for (const a of model.authorities) if (a.point.status === 'suppressed') out.add(`${a.code}@${a.point.period}`);
  }
  return new Set([...out].sort());
}

/** Everything the model and its summary say, with the points of the `hidden` cells masked. */
function publicView(model: IndicatorModel, hidden: ReadonlySet<string>): string {
  const mask = (code: string, p: { period: string }) => (hidden.has(`${code}@${p.period}`) ? 'hidden' : p);
  return JSON.stringify({
    ...model,
    series: model.series.map((s) => ({ ...s, points: s.points.map((p) => mask(s.code, p)) })),
    authorities: model.authorities.map((a) => ({ ...a, point: mask(a.code, a.point) })),
    summary: summariseIndicator(model),
  });
}

/** The values tried for a hidden cell: every small count, or around a count hidden to protect others. */
function triedValues(truth: number, minCount: number): number[] {
  if (truth > 0 && truth < minCount) return Array.from({ length: minCount - 1 }, (_, i) => i + 1);
  return [
    ...new Set([0, minCount, truth - 20, truth - 5, truth - 1, truth + 1, truth + 5, truth + 20, 2 * truth]),
  ].filter((v) => v >= 0 && v !== truth);
}

/** Keeps a small count small and a protecting count at or above the threshold (or a zero at 0). */
const boundsOf = (truth: ReadonlyMap<string, number>, hidden: ReadonlySet<string>, minCount: number) =>
  new Map(
    [...hidden].map((c) => {
      const t = truth.get(c)!;
      return [c, t > 0 && t < minCount ? [1, minCount - 1] : t === 0 ? [0, 0] : [minCount, Infinity]] as [
        string,
        readonly [number, number],
      ];
    }),
  );

interface Tally {
  cases: number;
  hidden: number;
  alternatives: number;
  sameCells: number;
  otherCells: number;
  differences: string[];
}

/** What an invariance run varies: a generated input, the models a reader can ask for, and the cells tried. */
interface Subject<C extends { truth: ReadonlyMap<string, number>; minCount: number }> {
  /** A generated input, with its true cells and threshold. */
  make(random: () => number): C;
  /** The relations every alternative table keeps. */
  relations(c: C): Parameters<typeof alternativeTable>[2];
  /** The models of each tile (one list per tile), for every authority as the area and every period. */
  models(c: C, values: ReadonlyMap<string, number>): IndicatorModel[][];
  /** The cells an attacker cannot see, from the tiles' models. */
  hidden(models: readonly IndicatorModel[][]): Set<string>;
  /** A tile's name in a difference's message. */
  tile(t: number): string;
}

/**
 * For `cases` inputs of `subject` (seeded), every value a hidden cell could take, through the
 * other table HiGHS finds: the tiles hide the same cells, and then say the same outside them.
 */
async function invariance<C extends { truth: ReadonlyMap<string, number>; minCount: number }>(
  subject: Subject<C>,
  seed: number,
  cases: number,
): Promise<Tally> {
  const random = prng(seed);
  const tally: Tally = { cases: 0, hidden: 0, alternatives: 0, sameCells: 0, otherCells: 0, differences: [] };
  for (let k = 0; k < cases; k++) {
    const c = subject.make(random);
    const base = subject.models(c, c.truth);
    const hidden = subject.hidden(base);
    const tiles = base.map(hiddenOf);
    if (!hidden.size) continue;
    tally.cases++;
    tally.hidden += hidden.size;
    const relations = subject.relations(c);
    const bounds = boundsOf(c.truth, hidden, c.minCount);
    for (const cell of hidden) {
      for (const v of triedValues(c.truth.get(cell)!, c.minCount)) {
        const other = await alternativeTable(c.truth, hidden, relations, cell, v, bounds);
        if (!other) continue;
        tally.alternatives++;
        const again = subject.models(c, other);
        if (again.some((models, t) => [...hiddenOf(models)].join() !== [...tiles[t]!].join())) {
          tally.otherCells++;
          continue;
        }
        tally.sameCells++;
        again.forEach((models, t) =>
          models.forEach((model, i) => {
            const before = publicView(base[t]![i]!, tiles[t]!);
            const after = publicView(model, tiles[t]!);
            if (before === after) return;
            tally.differences.push(
              tally.differences.length < 5
                ? `case ${k}, ${subject.tile(t)} in ${model.area.code} ${model.period}, ${cell} = ${v}: ${firstDifference(before, after)}`
                : '…',
            );
          }),
        );
      }
    }
  }
  return tally;
}

const authoritiesOf = (c: { areas: readonly { code: string; level: string }[] }) =>
  c.areas.filter((a) => a.level === 'Local authority').map((a) => a.code);

/** One count tile: its hidden cells are the ones the attacker may vary. */
const counts: Subject<CountCase> = {
  make: countCase,
  relations: (c) => PERIODS.flatMap((p) => relationsOf(c.areas, p)),
  models: (c, values) => [modelsOf(countRows(c, values), authoritiesOf(c), c.minCount)],
  hidden: ([models]) => hiddenOf(models!),
  tile: () => 'plans',
};

/** Where two texts first part, with some context. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 60), i + 60)}… against …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

describe('<send-indicator> model: nothing shown depends on a hidden value', () => {
  it('counts: for 150 generated inputs, every value a hidden count could take leaves the model and summary unchanged outside the hidden cells', async () => {
    const t = await invariance(counts, 19, 150);
    console.log(
      `indicator counts: ${t.cases} inputs with hidden counts, ${t.hidden} hidden counts, ${t.alternatives} other tables, ` +
        `${t.sameCells} with the same cells hidden (every area and period compared), ${t.otherCells} with other cells hidden`,
    );
    expect(t.cases).toBeGreaterThan(140);
    expect(t.differences).toEqual([]);
  }, 600_000);
});

/** A family's rows: the share `rate` of `all` with its counts, and the count tiles `within` (its numerator) and `all`. */
const familyRows = (c: PercentCase, values: ReadonlyMap<string, number>) =>
  c.areas.flatMap((a) =>
    PERIODS.flatMap((period) => {
      const x = values.get(`x:${a.code}@${period}`)!;
      const n = values.get(`n:${a.code}@${period}`)!;
      const geography = {
        area_code: a.code,
        area_name: a.code,
        geographic_level: a.level,
        region_code: a.region,
        time_period: period,
      };
      return [
        {
          ...geography,
          indicator: 'rate',
          unit: 'percent',
          value: n ? Math.round((1000 * x) / n) / 10 : 'z',
          numerator: x,
          denominator: n,
          better: c.better,
        },
        { ...geography, indicator: 'within', unit: 'count', value: x, better: c.better },
        { ...geography, indicator: 'all', unit: 'count', value: n },
      ];
    }),
  );

const TILES = ['rate', 'within', 'all'] as const;

/** Every tile of the family, for every authority as the area and every period. */
function familyModels(rows: Record<string, unknown>[], areas: readonly string[], minCount: number) {
  const data = validate(fromRows(rows), indicatorsContract);
  return TILES.map((indicator) =>
    areas.flatMap((area) => PERIODS.map((period) => buildIndicatorModel(data, { indicator, area, period, minCount }))),
  );
}

/** The family's counts no tile shows: a numerator or denominator its count tile hides, a rest whose share is hidden. */
function familyHidden(models: readonly IndicatorModel[][]): Set<string> {
  const [rate, within, all] = models.map(hiddenOf);
  const out = new Set<string>([...within!].map((c) => `x:${c}`));
  for (const c of all!) out.add(`n:${c}`);
  for (const c of rate!) if (out.has(`x:${c}`) || out.has(`n:${c}`)) out.add(`r:${c}`);
  return new Set([...out].sort());
}

/** A share and its two count tiles; the counts no tile shows are the ones varied. */
const family: Subject<PercentCase> = {
  make: percentCase,
  relations: (c) => PERIODS.flatMap((p) => percentRelationsOf(c.areas, p)),
  models: (c, values) => familyModels(familyRows(c, values), authoritiesOf(c), c.minCount),
  hidden: familyHidden,
  tile: (t) => TILES[t]!,
};

describe("<send-indicator> models of a family's tiles: nothing shown depends on a hidden value", () => {
  it('a share and its two count tiles: for 8 generated inputs, every value a hidden count could take leaves every tile unchanged outside its hidden cells', async () => {
    // this found that a share hidden for a denominator below the threshold said so ("fewer than 10 in the total")
    const t = await invariance(family, 1919, 8);
    console.log(
      `indicator family: ${t.cases} inputs with hidden counts, ${t.hidden} hidden counts, ${t.alternatives} other tables, ` +
        `${t.sameCells} with the same cells hidden (every tile, area and period compared), ${t.otherCells} with other cells hidden`,
    );
    expect(t.cases).toBeGreaterThan(6);
    expect(t.differences).toEqual([]);
  }, 900_000);
});
