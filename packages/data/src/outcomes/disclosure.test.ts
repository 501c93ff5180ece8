/**
 * The outcomes radar's model against disclosure attacks (issue 19), on generated survey grids (a
 * seeded PRNG: three groups, eight outcomes, three periods, respondents often few, agreeing often
 * near none or near all, thresholds 3–10):
 * - decisions: for each hidden result, other respondent and agree counts with the same reason
 *   (fewer than the threshold answered; or a small number agreed or did not) must leave everything
 *   else in the model (changes, their tests, Holm's adjustment over the view, verdicts) and every
 *   period's summary unchanged;
 * - bounds: an attacker with every figure shown and the one relation between them (respondents =
 *   agreed + did not) cannot narrow a hidden small count. Nothing published adds results up across
 *   outcomes, groups or periods, so none is taken.
 */
import { describe, expect, it } from 'vitest';
import { OUTCOME_CODES } from '../contracts/outcomes.js';
import { outcomesContract } from '../contracts/outcomes.js';
import { fromRows } from '../input.js';
import { narrowedCounts, type Published } from '../test/bounds-attacker.js';
import { prng } from '../test/indicator-cases.js';
import { validate } from '../validate.js';
import { buildOutcomesModel, type OutcomeCell, type OutcomesModel } from './model.js';
import { summariseOutcomes } from './summary.js';

const GROUPS = ['Children and young people', 'Parents and carers', 'Practitioners'];
const PERIODS = ['2023', '2024', '2025'];

interface Grid {
  minCount: number;
  /** `outcome|group|period` → [respondents, agree] */
  cells: Map<string, [number, number]>;
}

function gridOf(random: () => number): Grid {
  const minCount = 3 + Math.floor(random() * 8);
  const cells = new Map<string, [number, number]>();
  for (const period of PERIODS)
    for (const group of GROUPS)
      for (const outcome of OUTCOME_CODES) {
        const respondents = random() < 0.2 ? Math.floor(random() * minCount) : minCount + Math.floor(random() * 80);
        const u = random();
        const agree =
          u < 0.2
            ? Math.min(respondents, 1 + Math.floor(random() * (minCount - 1)))
            : u < 0.35
              ? Math.max(0, respondents - 1 - Math.floor(random() * (minCount - 1)))
              : Math.floor(random() * (respondents + 1));
        cells.set(`${outcome}|${group}|${period}`, [respondents, agree]);
      }
  return { minCount, cells };
}

const modelOf = (g: Grid, view?: { period: string }) =>
  buildOutcomesModel(
    validate(
      fromRows(
        [...g.cells].map(([key, [respondents, agree]]) => {
          const [outcome, group, period] = key.split('|');
          return { outcome, group, period, respondents, agree };
        }),
      ),
      outcomesContract,
    ),
    { minCount: g.minCount, ...(view ? { view } : {}) },
  );

const keyOf = (c: OutcomeCell) => `${c.outcome}|${c.group}|${c.period}`;

/** Everything the model and its summaries say, a hidden cell as its status and reason only. */
function publicView(m: OutcomesModel, hidden: ReadonlySet<string>): string {
  return JSON.stringify({
    cells: m.cells.map((c) => (hidden.has(keyOf(c)) ? { status: c.status, reason: c.reason } : c)),
    summaries: m.periods.map((period) => summariseOutcomes(m, { period })),
  });
}

/** Other counts with the same reason for hiding: few respondents, or a small number agreeing or not. */
function others(respondents: number, agree: number, minCount: number): [number, number][] {
  const out: [number, number][] = [];
  if (respondents < minCount) {
    for (const r of new Set([0, 1, minCount - 1])) for (const a of new Set([0, Math.floor(r / 2), r])) out.push([r, a]);
  } else {
    for (const r of new Set([minCount, respondents, respondents + 11, 2 * respondents + 3]))
      for (const a of new Set([1, minCount - 1, r - 1, r - minCount + 1]))
        if (a >= 0 && a <= r && ((a > 0 && a < minCount) || (r - a > 0 && r - a < minCount))) out.push([r, a]);
  }
  return out.filter(([r, a]) => r !== respondents || a !== agree);
}

describe('outcomes radar model: disclosure', () => {
  it('nothing shown depends on a hidden result: 20 generated grids, every hidden result given other counts with the same reason', () => {
    const random = prng(1925);
    let hiddenCells = 0;
    let compared = 0;
    const differences: string[] = [];
    for (let k = 0; k < 20; k++) {
      const g = gridOf(random);
      for (const view of [undefined, { period: PERIODS[1]! }]) {
        const base = modelOf(g, view);
        const hidden = new Set(base.cells.filter((c) => c.status === 'suppressed').map(keyOf));
        if (!view) hiddenCells += hidden.size;
        const before = publicView(base, hidden);
        for (const key of hidden) {
          const [respondents, agree] = g.cells.get(key)!;
          for (const alt of others(respondents, agree, g.minCount)) {
            const cells = new Map(g.cells).set(key, alt);
            const after = publicView(modelOf({ ...g, cells }, view), hidden);
            compared++;
            if (after !== before && differences.length < 5) differences.push(`grid ${k}, ${key} = ${alt.join(' of ')}`);
          }
        }
      }
    }
    console.log(`outcomes: ${hiddenCells} hidden results, ${compared} other counts compared`);
    expect(hiddenCells).toBeGreaterThan(250);
    expect(differences).toEqual([]);
  }, 300_000);

  it('an attacker that computes bounds narrows no hidden small count (respondents = agreed + did not, every figure shown)', async () => {
    const random = prng(2025);
    let attacked = 0;
    for (let k = 0; k < 80; k++) {
      const g = gridOf(random);
      const m = modelOf(g);
      const published: Published = { cells: new Map(), relations: [] };
      const targets = new Map<string, number>();
      for (const c of m.cells) {
        const key = keyOf(c);
        const [respondents, agree] = g.cells.get(key)!;
        published.relations.push({ total: `n:${key}`, parts: [`a:${key}`, `d:${key}`], kind: 'eq' });
        if (c.status === 'shown') {
          published.cells.set(`n:${key}`, c.respondents!);
          published.cells.set(`a:${key}`, c.agree!);
          published.cells.set(`d:${key}`, c.respondents! - c.agree!);
          continue;
        }
        for (const [name, v] of [
          [`n:${key}`, respondents],
          [`a:${key}`, agree],
          [`d:${key}`, respondents - agree],
        ] as const)
          if (v > 0 && v < g.minCount) targets.set(name, v);
      }
      attacked += targets.size;
      expect(await narrowedCounts(published, targets, g.minCount)).toEqual([]);
    }
    console.log(`outcomes: ${attacked} hidden small counts attacked, none narrowed`);
    expect(attacked).toBeGreaterThan(1000);
  }, 300_000);
});
