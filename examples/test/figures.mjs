/**
 * Expected figures, computed here from the example CSV files (not copied from the charts), so the
 * browser tests check the charts against the data they were given.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '@send-insight/data';

const DATA = new URL('../data/', import.meta.url);

/** Rows of an example CSV as objects. */
export function readRows(name) {
  const { header, rows } = parseCsv(readFileSync(new URL(name, DATA), 'utf8'));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const pct1 = (x) => `${x.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

/** An area's share of EHC plans with a primary need, January 2025 (e.g. "22.7%"). */
export function ehcNeedShare(areaCode, column) {
  const row = readRows('ehc-plans-by-need-2025.csv').find(
    (r) => r.new_la_code === areaCode && r.breakdown_topic === 'All EHC plans',
  );
  return pct1((Number(row[column]) / Number(row.ehc_plans)) * 100);
}

/** England's share for the same need. */
export function englandNeedShare(column) {
  const row = readRows('ehc-plans-by-need-2025.csv').find(
    (r) => r.geographic_level === 'National' && r.breakdown_topic === 'All EHC plans',
  );
  return pct1((Number(row[column]) / Number(row.ehc_plans)) * 100);
}

/** SEN support (or EHC plans) per 100 pupils in a decile, local, latest period ("16.5"). */
export function deprivationRate(decile, measure = 'sen_support') {
  const rows = readRows('send-by-deprivation.csv').filter(
    (r) => r.geography === 'local' && Number(r.imd_decile) === decile,
  );
  const pupils = rows.reduce((s, r) => s + Number(r.pupils), 0);
  const count = rows.reduce((s, r) => s + Number(r[measure]), 0);
  return ((count / pupils) * 100).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** % agreeing, rounded to a whole number ("74%"). */
export function outcomeAgree(outcome, group, period) {
  const r = readRows('outcomes-survey.csv').find(
    (x) => x.outcome === outcome && x.group === group && x.period === period,
  );
  return `${Math.round((Number(r.agree) / Number(r.respondents)) * 100)}%`;
}

/** Actions and priorities in the first plan of the improvement plan file. */
export function planCounts() {
  const rows = readRows('improvement-plan.csv');
  const plan = rows[0].plan;
  const mine = rows.filter((r) => r.plan === plan);
  const count = (status) => mine.filter((r) => r.status === status).length;
  return {
    plan,
    actions: mine.length,
    priorities: new Set(mine.map((r) => r.priority)).size,
    complete: count('complete'),
    onTrack: count('on_track'),
  };
}

/** An authority's LSOAs in the IoD2019 extract: how many, and how many in the most deprived fifth (deciles 1 and 2). */
export function neighbourhoods(areaCode) {
  const rows = readRows('iod2019-wolverhampton-lsoa.csv').filter(
    (r) => r['Local Authority District code (2019)'] === areaCode,
  );
  const mostDeprived = rows.filter((r) => Number(r['Index of Multiple Deprivation (IMD) Decile']) <= 2).length;
  return { total: rows.length, mostDeprived, share: `${Math.round((mostDeprived / rows.length) * 100)}%` };
}
