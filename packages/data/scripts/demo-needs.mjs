#!/usr/bin/env node
/**
 * Writes packages/data/src/demo/needs.ts: ILLUSTRATIVE pupil counts by phase × provision ×
 * primary type of need, for "Wolverhampton" and England. The counts are made up (seeded, so the
 * file is the same on every run) but chosen so that the shares for all pupils with SEN
 * reproduce the figures quoted in the Wolverhampton SEND and Inclusion Strategy 2024–2027 to one
 * decimal place:
 *   primary SLCN 36.3% (England 35.4%); secondary MLD 28.5% (England 16.8%, 11.7 points lower);
 *   secondary SEMH 21.8% (England 23.4%); special-school ASD 29.2% (England 35.2%).
 * Local SEN support and EHC plan totals add up to the strategy's 6,846 and 2,035.
 *
 * Usage: node packages/data/scripts/demo-needs.mjs            (writes the file)
 *        node packages/data/scripts/demo-needs.mjs --check    (exits 1 if the file is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from './prng.mjs';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../src/demo/needs.ts');
const CODES = ['SLCN', 'ASD', 'SEMH', 'MLD', 'SpLD', 'SLD', 'PMLD', 'HI', 'VI', 'MSI', 'PD', 'OTH', 'NSA', 'UNKNOWN'];

const random = prng(20230119); // census day 2023

/** Rough relative sizes of the other needs by phase (before jitter), loosely like national SEN statistics. */
const WEIGHTS = {
  primary: {
    SLCN: 0,
    ASD: 15,
    SEMH: 17,
    MLD: 11,
    SpLD: 4,
    SLD: 1.2,
    PMLD: 0.4,
    HI: 1.3,
    VI: 0.7,
    MSI: 0.3,
    PD: 2.3,
    OTH: 3.5,
    NSA: 4.5,
    UNKNOWN: 1,
  },
  secondary: {
    SLCN: 12,
    ASD: 14,
    SEMH: 0,
    MLD: 0,
    SpLD: 13,
    SLD: 1,
    PMLD: 0.2,
    HI: 1.7,
    VI: 0.9,
    MSI: 0.2,
    PD: 2.2,
    OTH: 4,
    NSA: 4,
    UNKNOWN: 1,
  },
  special: {
    SLCN: 14,
    ASD: 0,
    SEMH: 12,
    MLD: 9,
    SpLD: 0.6,
    SLD: 15,
    PMLD: 5,
    HI: 1,
    VI: 0.6,
    MSI: 0.3,
    PD: 3,
    OTH: 1,
    NSA: 0,
    UNKNOWN: 0.5,
  },
};

/** Shares (%) that must come out exactly, to 1 dp, for provision "all". */
const FIXED = {
  local: { primary: { SLCN: 36.3 }, secondary: { MLD: 28.5, SEMH: 21.8 }, special: { ASD: 29.2 } },
  england: { primary: { SLCN: 35.4 }, secondary: { MLD: 16.8, SEMH: 23.4 }, special: { ASD: 35.2 } },
};

/** Pupils by phase and provision. Local totals add up to the strategy's 6,846 SEN support and 2,035 EHC plans. */
const TOTALS = {
  local: {
    primary: { sen_support: 4112, ehc_plan: 688 },
    secondary: { sen_support: 2691, ehc_plan: 495 },
    special: { sen_support: 43, ehc_plan: 852 },
  },
  england: {
    primary: { sen_support: 598310, ehc_plan: 131877 },
    secondary: { sen_support: 470525, ehc_plan: 96212 },
    special: { sen_support: 2418, ehc_plan: 149376 },
  },
};

/** How likely a pupil with each need is to have an EHC plan rather than SEN support (before scaling to the totals). */
const EHC_PROPENSITY = {
  SLCN: 0.12,
  ASD: 0.42,
  SEMH: 0.17,
  MLD: 0.07,
  SpLD: 0.03,
  SLD: 0.85,
  PMLD: 0.93,
  HI: 0.3,
  VI: 0.3,
  MSI: 0.5,
  PD: 0.33,
  OTH: 0.1,
  NSA: 0,
  UNKNOWN: 0.05,
};
/** In special schools almost every pupil has a plan; the few on SEN support are mostly autistic or have MLD or SLCN. */
const SPECIAL_EHC_PROPENSITY = { ...EHC_PROPENSITY, ASD: 0.2, MLD: 0.2, SLCN: 0.3, SEMH: 0.5, SLD: 0.97, PMLD: 0.99 };

/** Local special-school pupils on SEN support (adds up to TOTALS.local.special.sen_support). */
const LOCAL_SPECIAL_SEN_SUPPORT = { ASD: 19, MLD: 12, SLCN: 12 };

const round1 = (x) => Math.round(x * 10) / 10;

/** Largest-remainder apportionment of `total` in proportion to `weights`, each part capped at `caps[i]`. */
function apportion(total, weights, caps) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (w / sum) * total : 0));
  const parts = exact.map((x, i) => Math.min(Math.floor(x), caps ? caps[i] : Infinity));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length) {
    const i = order[k][1];
    if (!caps || parts[i] < caps[i]) {
      parts[i]++;
      left--;
    }
  }
  return parts;
}

/** A count whose share of `total` rounds to `target` % (1 dp). */
function countFor(target, total) {
  const c = Math.round((target / 100) * total);
  for (const d of [0, 1, -1, 2, -2]) if (round1(((c + d) / total) * 100) === target) return c + d;
  throw new Error(`no count of ${total} rounds to ${target}%`);
}

const rows = [];
for (const geography of ['local', 'england']) {
  for (const phase of ['primary', 'secondary', 'special']) {
    const tot = TOTALS[geography][phase];
    const all = tot.sen_support + tot.ehc_plan;
    const fixed = FIXED[geography][phase];
    // 1. need counts for all pupils with SEN: the fixed needs exactly, the rest by jittered weight
    const counts = {};
    let rest = all;
    for (const [need, pct] of Object.entries(fixed)) rest -= counts[need] = countFor(pct, all);
    const others = CODES.filter((c) => !(c in fixed));
    const jitter = geography === 'local' ? 0.35 : 0.1;
    const weights = others.map((c) => WEIGHTS[phase][c] * (1 - jitter / 2 + jitter * random()));
    apportion(rest, weights).forEach((n, i) => (counts[others[i]] = n));
    // 2. split each need between EHC plans and SEN support so that both totals are met:
    //    shift every need's log-odds of a plan by the same k (found by bisection)
    const ehcShare = (k) =>
      CODES.map((c) => {
        const p = (phase === 'special' ? SPECIAL_EHC_PROPENSITY : EHC_PROPENSITY)[c];
        if (p === 0) return 0;
        const odds = (p / (1 - p)) * Math.exp(k);
        return (counts[c] * odds) / (1 + odds);
      });
    let lo = -20;
    let hi = 20;
    for (let it = 0; it < 200; it++) {
      const mid = (lo + hi) / 2;
      if (ehcShare(mid).reduce((a, b) => a + b, 0) < tot.ehc_plan) lo = mid;
      else hi = mid;
    }
    let ehc = apportion(
      tot.ehc_plan,
      ehcShare(lo),
      CODES.map((c) => (EHC_PROPENSITY[c] === 0 ? 0 : counts[c])),
    );
    // the local special schools' few pupils on SEN support: three needs only, so no cell is small
    if (geography === 'local' && phase === 'special')
      ehc = CODES.map((c) => counts[c] - (LOCAL_SPECIAL_SEN_SUPPORT[c] ?? 0));
    // a need with 100 or more pupils gets no split cell of 1–9 (which disclosure control would hide,
    // and with it the need's total): move pupils from the need with most plans so both totals hold
    CODES.forEach((c, i) => {
      if (counts[c] < 100) return;
      const sen = counts[c] - ehc[i];
      let delta = 0;
      if (ehc[i] > 0 && ehc[i] < 10) delta = 10 - ehc[i];
      else if (sen > 0 && sen < 10) delta = sen;
      if (!delta) return;
      let j = -1;
      CODES.forEach((d, k) => {
        if (k !== i && ehc[k] - delta >= 10 && counts[d] - ehc[k] + delta >= 10 && (j < 0 || ehc[k] > ehc[j])) j = k;
      });
      if (j < 0) throw new Error(`${geography} ${phase}: cannot rebalance ${c}`);
      ehc[i] += delta;
      ehc[j] -= delta;
    });
    // the seed figures are for all pupils with SEN; keep them visible after disclosure control
    for (const need of Object.keys(fixed)) {
      const i = CODES.indexOf(need);
      const small = (n) => n > 0 && n < 10;
      if (small(counts[need] - ehc[i]) || small(ehc[i]))
        throw new Error(`${geography} ${phase} ${need} would be suppressed`);
    }
    CODES.forEach((need, i) => {
      rows.push([geography, phase, 'sen_support', need, counts[need] - ehc[i]]);
      rows.push([geography, phase, 'ehc_plan', need, ehc[i]]);
    });
  }
}

// checks: the seed's shares to 1 dp, and the totals
for (const geography of ['local', 'england']) {
  for (const [phase, fixed] of Object.entries(FIXED[geography])) {
    const mine = rows.filter((r) => r[0] === geography && r[1] === phase);
    const all = mine.reduce((a, r) => a + r[4], 0);
    for (const [need, pct] of Object.entries(fixed)) {
      const n = mine.filter((r) => r[3] === need).reduce((a, r) => a + r[4], 0);
      if (round1((n / all) * 100) !== pct)
        throw new Error(`${geography} ${phase} ${need}: ${(n / all) * 100} ≠ ${pct}`);
    }
    for (const provision of ['sen_support', 'ehc_plan']) {
      const sum = mine.filter((r) => r[2] === provision).reduce((a, r) => a + r[4], 0);
      if (sum !== TOTALS[geography][phase][provision]) throw new Error(`${geography} ${phase} ${provision}: ${sum}`);
    }
  }
}

const body = rows
  .map(
    (r) =>
      `  [${r
        .slice(0, 4)
        .map((s) => `'${s}'`)
        .join(', ')}, ${r[4]}],`,
  )
  .join('\n');
const text = `// GENERATED by packages/data/scripts/demo-needs.mjs: do not edit by hand; change the script and re-run it.
/**
 * ILLUSTRATIVE demo data for the **needs** contract: made-up pupil counts for an area labelled
 * "local" (standing for Wolverhampton) and for England, by phase (primary, secondary, special),
 * provision (SEN support, EHC plan) and DfE primary type of need, January 2023. They are not
 * published statistics. They are built so that the shares for all pupils with SEN reproduce the
 * figures quoted in the Wolverhampton SEND and Inclusion Strategy 2024–2027: primary SLCN 36.3%
 * (England 35.4%); secondary MLD 28.5% (England 16.8%); secondary SEMH 21.8% (England 23.4%);
 * special-school ASD 29.2% (England 35.2%). Local totals are the strategy's 6,846 pupils on SEN
 * support and 2,035 with EHC plans. A few small cells (such as multi-sensory impairment) fall
 * below the disclosure threshold, so the demo also shows suppression at work.
 */

/** One row of the demo needs data (the needs contract's columns). */
export type DemoNeedsRow = {
  geography: string;
  phase: string;
  provision: string;
  need: string;
  pupils: number;
  time_period: string;
};

/** A label to show wherever the demo needs data is drawn. */
export const DEMO_NEEDS_LABEL = 'Illustrative data: made-up counts that reproduce the shares quoted in the Wolverhampton SEND and Inclusion Strategy 2024–2027; not published statistics.';

/** The period the demo data stands for. */
export const DEMO_NEEDS_PERIOD = '2022/23';

const TABLE: readonly (readonly [string, string, string, string, number])[] = [
${body}
];

/**
 * Illustrative pupil counts by geography × phase × provision × need (${rows.length} rows).
 * @example demoNeedsRows().filter((r) => r.phase === 'primary' && r.geography === 'local').length // 28
 */
export function demoNeedsRows(): DemoNeedsRow[] {
  return TABLE.map(([geography, phase, provision, need, pupils]) => ({ geography, phase, provision, need, pupils, time_period: DEMO_NEEDS_PERIOD }));
}
`;

if (process.argv.includes('--check')) {
  const now = readFileSync(OUT, 'utf8');
  if (now !== text) {
    console.error(`${OUT} is stale: run node packages/data/scripts/demo-needs.mjs`);
    process.exit(1);
  }
  console.log('demo needs data is up to date');
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${rows.length} rows to ${OUT}`);
}
