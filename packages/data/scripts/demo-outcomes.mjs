#!/usr/bin/env node
/**
 * Writes packages/data/src/demo/outcomes.ts: ILLUSTRATIVE survey results for the eight outcomes
 * of the Wolverhampton SEND and Inclusion Strategy 2024–2027 (voice heard, healthy, happy,
 * supported, safe, included, able to learn, in control / prepared for adulthood), for three groups
 * (children and young people through HY5!, parents and carers through Voice 4 Parents, and
 * practitioners) in 2023, 2024 and 2025. The strategy names the surveys but publishes no results,
 * so every figure here is made up (seeded, so the file is the same on every run). A few changes
 * are built in so the demo has something to show: parents' "voice heard" and young people's
 * "prepared for adulthood" rise clearly in 2025, practitioners' "supported" falls, each by enough
 * to stay significant after Holm's adjustment over the 24 changes into 2025. Year-to-year noise
 * is half of binomial sampling noise, so that those built-in changes stand out.
 *
 * A second fixture repeats the rows with one result (children and young people, "safe", 2025)
 * answered by fewer than 10 people, so that charts show disclosure control at work. Its agree
 * count is chosen so that its percentage matches no shown result (tests look for it).
 *
 * Usage: node packages/data/scripts/demo-outcomes.mjs            (writes the file)
 *        node packages/data/scripts/demo-outcomes.mjs --check    (exits 1 if the file is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from './prng.mjs';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../src/demo/outcomes.ts');
const OUTCOMES = [
  'voice_heard',
  'healthy',
  'happy',
  'supported',
  'safe',
  'included',
  'able_to_learn',
  'prepared_for_adulthood',
];
const PERIODS = ['2023', '2024', '2025'];
const CYP = 'Children and young people (HY5!)';
const PARENTS = 'Parents and carers (Voice 4 Parents)';
const PRACTITIONERS = 'Practitioners';

const random = prng(20231201); // public consultation on the strategy, October–December 2023

/** A standard normal draw (Box–Muller). */
function normal() {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** People answering the survey, per group and year, before some skip a question. */
const RESPONDENTS = {
  [CYP]: [146, 171, 188],
  [PARENTS]: [312, 356, 389],
  [PRACTITIONERS]: [164, 187, 203],
};

/** Underlying % agreeing in 2023 (in outcome order), and the yearly drift in points. */
const BASE = {
  [CYP]: { start: [48, 66, 61, 58, 72, 50, 64, 39], drift: [2, 1, 1.5, 2, 1, 2.5, 1, 2] },
  [PARENTS]: { start: [36, 58, 52, 41, 63, 44, 55, 31], drift: [2, 0.5, 1, 2, 1, 1.5, 1, 2] },
  [PRACTITIONERS]: { start: [57, 62, 60, 49, 74, 53, 66, 42], drift: [1, 0.5, 0.5, 1, 0.5, 1, 1, 1.5] },
};

/** Built-in steps in 2025 (points), large enough to stay significant after Holm's adjustment over the 24 changes into 2025. */
const STEP_2025 = {
  [PARENTS]: { voice_heard: 16 },
  [CYP]: { prepared_for_adulthood: 22 },
  [PRACTITIONERS]: { supported: -20 },
};

const rows = [];
for (const period of PERIODS) {
  const y = PERIODS.indexOf(period);
  for (const group of [CYP, PARENTS, PRACTITIONERS]) {
    OUTCOMES.forEach((outcome, o) => {
      const asked = RESPONDENTS[group][y];
      const respondents = asked - Math.floor(random() * asked * 0.08); // up to 8% skip a question
      const step = period === '2025' ? (STEP_2025[group][outcome] ?? 0) : 0;
      const p = (BASE[group].start[o] + BASE[group].drift[o] * y + step) / 100;
      const agree = Math.round(
        Math.min(respondents, Math.max(0, respondents * p + 0.5 * normal() * Math.sqrt(respondents * p * (1 - p)))),
      );
      rows.push([outcome, group, period, respondents, agree]);
    });
  }
}

// checks: every result clears the default threshold of 10 on both sides, so the main demo shows everything
for (const [, , , n, a] of rows) {
  if (n < 10 || a < 10 || n - a < 10) throw new Error(`demo row would be suppressed: ${n}, ${a}`);
}

// checks: the built-in 2025 steps stay significant when the 24 changes into 2025 are one family:
// pooled two-proportion z, and Holm's step-down bound, the smallest p against 0.05 / 24 (so |z| beyond 3.08)
const HOLM_Z = 3.08;
for (const [group, steps] of Object.entries(STEP_2025)) {
  for (const outcome of Object.keys(steps)) {
    const find = (period) => rows.find((r) => r[0] === outcome && r[1] === group && r[2] === period);
    const [, , , n1, a1] = find('2025');
    const [, , , n0, a0] = find('2024');
    const pooled = (a1 + a0) / (n1 + n0);
    const z = (a1 / n1 - a0 / n0) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n0));
    if (Math.abs(z) < HOLM_Z || Math.sign(z) !== Math.sign(steps[outcome]))
      throw new Error(`built-in change not significant after Holm: ${group} ${outcome} z=${z.toFixed(2)}`);
  }
}

// the suppressed fixture: children and young people, "safe", 2025, answered by 7 people
const SUPPRESSED = { outcome: 'safe', group: CYP, period: '2025', respondents: 7 };
const whole = new Set(rows.map(([, , , n, a]) => Math.round((100 * a) / n)));
const oneDecimal = new Set(rows.map(([, , , n, a]) => Math.round((1000 * a) / n) / 10));
let secretAgree = -1;
for (const a of [5, 6, 4, 3]) {
  const pct = (100 * a) / SUPPRESSED.respondents;
  if (!whole.has(Math.round(pct)) && !oneDecimal.has(Math.round(pct * 10) / 10)) {
    secretAgree = a;
    break;
  }
}
if (secretAgree < 0) throw new Error('no distinctive agree count for the suppressed fixture');

const fmt = (list) => list.map((r) => `  [${r.map((v) => JSON.stringify(v)).join(', ')}],`).join('\n');

const text = `// GENERATED by packages/data/scripts/demo-outcomes.mjs: do not edit by hand; change the script and re-run it.
/**
 * ILLUSTRATIVE demo data for the **outcomes** contract: made-up survey results for the eight
 * outcomes of the Wolverhampton SEND and Inclusion Strategy 2024–2027, as answered by children and
 * young people (HY5!), parents and carers (Voice 4 Parents) and practitioners in 2023, 2024 and 2025.
 * The strategy names these surveys but publishes no results: none of these figures is real.
 */

/** One row of the demo outcomes data (the outcomes contract's columns). */
export type DemoOutcomesRow = {
  outcome: string;
  group: string;
  period: string;
  respondents: number;
  agree: number;
};

/** A label to show wherever the demo outcomes data is drawn. */
export const DEMO_OUTCOMES_LABEL = 'Illustrative data: made-up survey results for the eight outcomes of the Wolverhampton SEND and Inclusion Strategy 2024–2027; not real survey findings.';

/** The groups, in the order they appear. */
export const DEMO_OUTCOMES_GROUPS: readonly string[] = ${JSON.stringify([CYP, PARENTS, PRACTITIONERS])};

/** The periods, oldest first. */
export const DEMO_OUTCOMES_PERIODS: readonly string[] = ${JSON.stringify(PERIODS)};

/**
 * The result that {@link demoOutcomesSuppressedRows} makes small: answered by
 * ${SUPPRESSED.respondents} people, ${secretAgree} of whom agreed. Tests use these figures to prove they never appear.
 */
export const DEMO_OUTCOMES_SUPPRESSED_CELL = { outcome: ${JSON.stringify(SUPPRESSED.outcome)}, group: ${JSON.stringify(SUPPRESSED.group)}, period: ${JSON.stringify(SUPPRESSED.period)}, respondents: ${SUPPRESSED.respondents}, agree: ${secretAgree} } as const;

type Row = readonly [string, string, string, number, number];

const TABLE: readonly Row[] = [
${fmt(rows)}
];

const toRows = (table: readonly Row[]): DemoOutcomesRow[] =>
  table.map(([outcome, group, period, respondents, agree]) => ({ outcome, group, period, respondents, agree }));

/** The demo outcomes rows: 8 outcomes × 3 groups × 3 periods, every result large enough to show. */
export function demoOutcomesRows(): DemoOutcomesRow[] {
  return toRows(TABLE);
}

/**
 * The same rows, except that one group's result on one outcome in 2025
 * ({@link DEMO_OUTCOMES_SUPPRESSED_CELL}) comes from fewer than 10 people and must be suppressed.
 */
export function demoOutcomesSuppressedRows(): DemoOutcomesRow[] {
  return toRows(TABLE).map((r) =>
    r.outcome === DEMO_OUTCOMES_SUPPRESSED_CELL.outcome && r.group === DEMO_OUTCOMES_SUPPRESSED_CELL.group && r.period === DEMO_OUTCOMES_SUPPRESSED_CELL.period
      ? { ...r, respondents: DEMO_OUTCOMES_SUPPRESSED_CELL.respondents, agree: DEMO_OUTCOMES_SUPPRESSED_CELL.agree }
      : r,
  );
}
`;

if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== text) {
    console.error('packages/data/src/demo/outcomes.ts is stale: run node packages/data/scripts/demo-outcomes.mjs');
    process.exit(1);
  }
  console.log('demo outcomes file is up to date');
} else {
  writeFileSync(OUT, text);
  console.log(
    `wrote ${OUT} (${rows.length} rows; suppressed fixture ${SUPPRESSED.respondents} respondents, ${secretAgree} agree)`,
  );
}
