#!/usr/bin/env node
/**
 * Writes packages/data/src/demo/deprivation.ts: ILLUSTRATIVE deprivation data for a
 * Wolverhampton-like area, from a fixed seed, so the output is the same on every run.
 *
 *   node packages/data/scripts/demo-deprivation.mjs [path/to/imd2019_lsoa_file1.csv]
 *
 * What is real: the 158 Wolverhampton LSOA codes, names, IMD 2019 ranks and deciles, read from
 * MHCLG's English Indices of Deprivation 2019 File 1 (OGL v3.0), and the area totals from the
 * Wolverhampton SEND and Inclusion Strategy 2024–2027 (49,696 pupils; 6,846 SEN support;
 * 2,035 EHC plans). What is made up: how those pupils and plans are spread over the LSOAs, the
 * England comparator and the earlier periods. SEN support is made to rise strongly with
 * deprivation and EHC plans much less, as the strategy reports.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from './prng.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const imdPath = process.argv[2] ?? resolve(here, '../../../../shared/data/real/imd2019_lsoa_file1.csv');
const outPath = resolve(here, '../src/demo/deprivation.ts');

const SEED = 20240123;
const AREA_CODE = 'E08000031';
const AREA_NAME = 'Wolverhampton';
const PERIOD = '2022/23';
const TOTAL = { pupils: 49_696, sen_support: 6_846, ehc_plan: 2_035 };
const ENGLAND_LSOAS = 32_844;

const random = prng(SEED);
/** Standard normal by Box–Muller. */
function normal() {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Rounds non-negative reals to integers that add up exactly to `total` (largest remainder). */
function apportion(weights, total) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (w / sum) * total);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k][1]]++;
  return out;
}

/** Minimal CSV reader for the IoD file (quoted fields with thousands separators). */
function readImd(path) {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (!line) continue;
    const cells = [];
    let cur = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) (cells.push(cur), (cur = ''));
      else cur += ch;
    }
    cells.push(cur);
    if (cells[2] === AREA_CODE)
      rows.push({
        lsoa_code: cells[0],
        lsoa_name: cells[1],
        imd_rank: Number(cells[4].replace(/,/g, '')),
        imd_decile: Number(cells[5]),
      });
  }
  return rows.sort((a, b) => a.imd_rank - b.imd_rank);
}

const lsoas = readImd(imdPath);
if (lsoas.length !== 158) throw new Error(`expected 158 Wolverhampton LSOAs, found ${lsoas.length}`);

// deprivation on a 0 (least) … 1 (most) scale from the rank
const dep = (rank) => 1 - (rank - 1) / (ENGLAND_LSOAS - 1);

// pupils: more children live in the more deprived LSOAs; ±20% noise
const pupils = apportion(
  lsoas.map((l) => (0.8 + 0.45 * dep(l.imd_rank)) * Math.exp(0.2 * normal())),
  TOTAL.pupils,
);

// expected rates per pupil, then binomial-like noise, then scaled to the published totals
const senRate = (rank) => 0.075 + 0.115 * dep(rank) ** 1.4;
const ehcRate = (rank) => 0.036 + 0.009 * dep(rank);
function counts(rateOf, total) {
  const noisy = lsoas.map((l, i) => {
    const mean = pupils[i] * rateOf(l.imd_rank);
    return Math.max(0.5, mean + normal() * Math.sqrt(mean * 1.6));
  });
  return apportion(noisy, total);
}
const sen = counts(senRate, TOTAL.sen_support);
const ehc = counts(ehcRate, TOTAL.ehc_plan);

const lsoaRows = lsoas.map((l, i) => ({
  lsoa_code: l.lsoa_code,
  lsoa_name: l.lsoa_name,
  imd_rank: l.imd_rank,
  imd_decile: l.imd_decile,
  pupils: pupils[i],
  sen_support: sen[i],
  ehc_plan: ehc[i],
}));

function byDecile(rows) {
  const out = Array.from({ length: 10 }, (_, d) => ({ imd_decile: d + 1, pupils: 0, sen_support: 0, ehc_plan: 0 }));
  for (const r of rows) {
    const o = out[r.imd_decile - 1];
    o.pupils += r.pupils;
    o.sen_support += r.sen_support;
    o.ehc_plan += r.ehc_plan;
  }
  return out;
}
const localDeciles = byDecile(lsoaRows);

// England comparator: about 9.07 million pupils, a little more in the more deprived deciles;
// SEN support from about 16.5 to 9.5 per 100, EHC plans from about 5.1 to 3.6 per 100
const englandPupils = apportion(
  Array.from({ length: 10 }, (_, d) => 1.12 - 0.026 * d),
  9_073_800,
);
const englandRows = englandPupils.map((p, d) => {
  const x = d / 9;
  return {
    imd_decile: d + 1,
    pupils: p,
    sen_support: Math.round(p * (0.165 - 0.07 * x ** 0.9)),
    ehc_plan: Math.round(p * (0.051 - 0.015 * x)),
  };
});

// earlier periods: the same areas with slightly lower rates (SEN has been rising), with noise
function earlier(rows, factorSen, factorEhc) {
  return rows.map((r) => {
    const p = Math.round(r.pupils * (0.985 + 0.01 * random()));
    return {
      imd_decile: r.imd_decile,
      pupils: p,
      sen_support: Math.round((r.sen_support / r.pupils) * p * factorSen * (0.98 + 0.04 * random())),
      ehc_plan: Math.round((r.ehc_plan / r.pupils) * p * factorEhc * (0.97 + 0.06 * random())),
    };
  });
}

const local = { area_code: AREA_CODE, area_name: AREA_NAME };
const decileDemo = [
  ...localDeciles.map((r) => ({ time_period: PERIOD, geography: 'local', ...local, ...r })),
  ...englandRows.map((r) => ({
    time_period: PERIOD,
    geography: 'england',
    area_code: 'E92000001',
    area_name: 'England',
    ...r,
  })),
];
const periodsDemo = [
  ...earlier(localDeciles, 0.9, 0.82).map((r) => ({ time_period: '2020/21', geography: 'local', ...local, ...r })),
  ...earlier(localDeciles, 0.95, 0.9).map((r) => ({ time_period: '2021/22', geography: 'local', ...local, ...r })),
  ...decileDemo,
];
const lsoaDemo = lsoaRows.map((r) => ({ time_period: PERIOD, geography: 'local', ...local, ...r }));

const json = (rows) => '[\n' + rows.map((r) => '  ' + JSON.stringify(r)).join(',\n') + ',\n]';

const ts = `/* eslint-disable */
// GENERATED by packages/data/scripts/demo-deprivation.mjs (seed ${SEED}); do not edit by hand.

/**
 * ILLUSTRATIVE deprivation data for a Wolverhampton-like area. The totals match the Wolverhampton
 * SEND and Inclusion Strategy 2024–2027 (${TOTAL.pupils.toLocaleString('en-GB')} pupils; ${TOTAL.sen_support.toLocaleString('en-GB')} SEN support; ${TOTAL.ehc_plan.toLocaleString('en-GB')} EHC plans) and the LSOA
 * codes, names, ranks and deciles are the real English Indices of Deprivation 2019 rows for
 * Wolverhampton (MHCLG, OGL v3.0); how pupils and plans spread over the LSOAs, the England
 * comparator and the earlier periods are made up. Do not quote these figures as real.
 */
export const DEPRIVATION_DEMO_NOTE =
  'Illustrative data: area totals from the Wolverhampton SEND and Inclusion Strategy 2024–2027; LSOA ranks from the English Indices of Deprivation 2019 (MHCLG, OGL v3.0); the spread across deciles and the England comparator are made up.';

/** Illustrative rows per IMD decile for ${PERIOD}: ${AREA_NAME} (geography local) and England (geography england). */
export const deprivationDemo: readonly Record<string, string | number>[] = ${json(decileDemo)};

/** Illustrative rows per IMD decile for three periods (${AREA_NAME} and, for ${PERIOD}, England). */
export const deprivationPeriodsDemo: readonly Record<string, string | number>[] = ${json(periodsDemo)};

/** Illustrative rows per LSOA for ${PERIOD}: the 158 real ${AREA_NAME} LSOAs with made-up pupil and SEN counts. */
export const deprivationLsoaDemo: readonly Record<string, string | number>[] = ${json(lsoaDemo)};

/**
 * Made-up LSOA-level rows for stress tests and benchmarks: \`count\` areas (default all ${ENGLAND_LSOAS.toLocaleString('en-GB')} in England)
 * spread evenly over the IMD ranks, with codes \`X01000001\`… that are NOT real LSOA codes. Seeded, so repeatable.
 *
 * @param count how many areas (1–${ENGLAND_LSOAS})
 * @param seed the random seed
 * @returns rows of the deprivation contract (lsoa_code, lsoa_name, imd_rank, imd_decile, pupils, sen_support, ehc_plan)
 * @example illustrativeEnglandLsoaRows(1000).length // 1000
 */
export function illustrativeEnglandLsoaRows(count = ${ENGLAND_LSOAS}, seed = ${SEED}): Record<string, string | number>[] {
  const n = Math.max(1, Math.min(${ENGLAND_LSOAS}, Math.floor(count)));
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rows: Record<string, string | number>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const rank = n === 1 ? 1 : 1 + Math.round((i * (${ENGLAND_LSOAS} - 1)) / (n - 1));
    const dep = 1 - (rank - 1) / (${ENGLAND_LSOAS} - 1);
    const pupils = Math.round(120 + 260 * random() + 80 * dep);
    const sen = Math.min(pupils, Math.round(pupils * (0.075 + 0.115 * dep ** 1.4) * (0.7 + 0.6 * random())));
    const ehc = Math.min(pupils - sen, Math.round(pupils * (0.036 + 0.009 * dep) * (0.6 + 0.8 * random())));
    const code = 'X01' + String(i + 1).padStart(6, '0');
    rows[i] = { lsoa_code: code, lsoa_name: 'Illustrative area ' + (i + 1).toLocaleString('en-GB'), imd_rank: rank, imd_decile: Math.min(10, Math.ceil(rank / 3284.4)), pupils, sen_support: sen, ehc_plan: ehc };
  }
  return rows;
}
`;
writeFileSync(outPath, ts);
console.log(`wrote ${outPath}`);
console.table(
  localDeciles.map((r) => ({
    ...r,
    sen: ((100 * r.sen_support) / r.pupils).toFixed(1),
    ehc: ((100 * r.ehc_plan) / r.pupils).toFixed(1),
  })),
);
