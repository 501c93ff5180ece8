/**
 * Expected figures for the area dashboard, worked out here from the whole published files in
 * ../shared/data/real (with the tests' own CSV reading, not the library's), so the browser tests
 * check the page against the files it read. When the files are absent the tests skip, saying so;
 * in CI (CI=true) their absence is an error (test/real-files.mjs).
 */
import { readFileSync } from 'node:fs';
import { csvRecords, realFiles } from '../../test/real-files.mjs';

/** The files the area dashboard reads. */
export const DASHBOARD_FILES = [
  'ehcp2025_caseload_all_plans.csv',
  'ehcp2025_sen_needs_all_plans.csv',
  'sen2_mi.csv',
  'imd2019_lsoa_file1.csv',
  'cin_outcomes_sen_la.csv',
];

/** Whether the files are here (throws in CI when one is not). */
export const dashboardFiles = () => realFiles('examples: area dashboard', ...DASHBOARD_FILES);

const cache = new Map();
function records(name) {
  if (!cache.has(name)) cache.set(name, csvRecords(readFileSync(dashboardFiles().path(name), 'utf8')));
  return cache.get(name);
}

const whole = (n) => n.toLocaleString('en-GB');
const pct1 = (x) => `${x.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

/** An authority's EHC plans in January 2025 and 2024, and the change, as the caseload file gives them. */
export function ehcPlans(code) {
  const rows = records('ehcp2025_caseload_all_plans.csv')
    .filter((r) => r.new_la_code === code && r.breakdown_topic === 'All EHC plans')
    .sort((a, b) => a.time_period.localeCompare(b.time_period));
  const [previous, latest] = rows.slice(-2).map((r) => Number(r.ehcplans));
  const change = ((latest - previous) / previous) * 100;
  return {
    name: rows.at(-1).la_name,
    latest: whole(latest),
    previous: whole(previous),
    by: `${latest >= previous ? 'up' : 'down'} ${whole(Math.abs(latest - previous))}`,
    change: `${change >= 0 ? '+' : '−'}${pct1(Math.abs(change))}`,
  };
}

/** The share of new EHC plans issued within 20 weeks in the latest year, for an authority and England (sen2_mi.csv). */
export function timeliness(code) {
  const rows = records('sen2_mi.csv');
  const mine = rows
    .filter((r) => r.new_la_code === code && /^\d/.test(r.no_exc_20week_rate.trim()))
    .sort((a, b) => a.time_period.localeCompare(b.time_period))
    .at(-1);
  const england = rows.find((r) => r.geographic_level === 'National' && r.time_period === mine.time_period);
  return {
    period: mine.time_period,
    area: pct1(Number(mine.no_exc_20week_rate)),
    england: pct1(Number(england.no_exc_20week_rate)),
  };
}

/** An authority's LSOAs in IoD2019 File 1, and how many are in the two most deprived deciles. */
export function neighbourhoods(code) {
  const rows = records('imd2019_lsoa_file1.csv').filter((r) => r['Local Authority District code (2019)'] === code);
  const mostDeprived = rows.filter((r) => Number(r['Index of Multiple Deprivation (IMD) Decile']) <= 2).length;
  return { total: rows.length, mostDeprived, share: `${Math.round((mostDeprived / rows.length) * 100)}%` };
}

/** The need codes of the needs file, by the short name the chart gives in brackets. */
const NEEDS = {
  SLCN: 'slcn',
  ASD: 'asd',
  SEMH: 'semh',
  MLD: 'mld',
  SLD: 'sld',
  PD: 'pd',
  HI: 'hi',
  PMLD: 'pmld',
  VI: 'vi',
  OTH: 'oth',
  SpLD: 'spld',
  MSI: 'msi',
  UNKNOWN: 'unknown',
};

/**
 * An authority's EHC plans by primary need, January 2025, as published: for each need (by its
 * code) the count and the published percentage of the authority and of England (`*_pc`), to one
 * decimal place as the file gives them.
 */
export function needShares(code) {
  const rows = records('ehcp2025_sen_needs_all_plans.csv').filter((r) => r.breakdown_topic === 'All EHC plans');
  const mine = rows.find((r) => r.new_la_code === code);
  const england = rows.find((r) => r.geographic_level === 'National');
  return Object.entries(NEEDS).map(([need, col]) => ({
    need,
    count: Number(mine[col === 'unknown' ? 'number_need_unknown' : `number_${col}`]),
    area: pct1(Number(mine[`${col}_pc`])),
    england: pct1(Number(england[`${col}_pc`])),
  }));
}

/** The local authorities in the needs file of January 2025: the authorities a reader can choose. */
export function authorities() {
  return new Set(
    records('ehcp2025_sen_needs_all_plans.csv')
      .filter((r) => r.geographic_level === 'Local authority')
      .map((r) => r.new_la_code),
  );
}
