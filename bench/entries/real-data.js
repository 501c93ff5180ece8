// Tasks for bench/real-data.bench.mjs: the data path an element runs on a published file
// (CSP-safe parse, preset, validation, view model), and a bare CSV split as the baseline.
// Each returns a short check of what it produced, so the work cannot be skipped and is seen to be right.
import {
  applyPreset,
  buildNeedsModel,
  fromCsvText,
  listAreas,
  lsoaDecileCounts,
  needsContract,
  validate,
} from '@send-insight/data';

const split = (text) => text.split('\n').map((l) => l.split(','));

const ehcFor = (text) => applyPreset('ees-ehc-plans-by-need', fromCsvText(text), { area: 'E08000031' });

function validated(text) {
  const v = validate(ehcFor(text).data, needsContract);
  if (v.issues.some((i) => i.severity === 'error')) throw new Error('the EHC plans file did not validate');
  return v;
}

window.tasks = {
  'ehc: bare split (baseline)': (t) => `${split(t.ehc).length} lines`,
  'ehc: parse': (t) => `${fromCsvText(t.ehc).numRows} rows`,
  'ehc: parse + preset': (t) => {
    const out = ehcFor(t.ehc);
    return `${out.data.numRows} need rows, ${out.issues.length} warnings`;
  },
  'ehc: parse + preset + validate': (t) => `${validated(t.ehc).rowNumbers.length} valid rows`,
  'ehc: … + view model': (t) => {
    const g = buildNeedsModel(validated(t.ehc)).groups.find((x) => x.phase === 'all');
    return `Wolverhampton ${g.local.count}, England ${g.england.count}`;
  },
  'iod: bare split (baseline)': (t) => `${split(t.iod).length} lines`,
  'iod: parse': (t) => `${fromCsvText(t.iod).numRows} rows`,
  'iod: parse + preset (Wolverhampton)': (t) => {
    const out = applyPreset('iod2019-lsoa', fromCsvText(t.iod), { area: 'E08000031' });
    return `${out.data.numRows} LSOAs, by decile ${lsoaDecileCounts(out.data)
      .map((c) => c.lsoas)
      .join(' ')}`;
  },
  'iod: parse + listAreas (the area lookup alone)': (t) =>
    `${listAreas(fromCsvText(t.iod), 'iod2019-lsoa').length} districts`,
  'iod: parse + preset (England)': (t) => `${applyPreset('iod2019-lsoa', fromCsvText(t.iod), {}).data.numRows} LSOAs`,
};
window.ready = true;
