#!/usr/bin/env node
/**
 * Writes the example CSV files from the data package's demo registry (run `npx tsc -b` first):
 *   node examples/data/make-data.mjs
 * Real files keep the published rows byte for byte; illustrative files say so in README.md.
 */
import { writeFileSync } from 'node:fs';
import { formatCsv } from '@send-insight/data';
import * as demo from '@send-insight/data/demo';

const here = new URL('./', import.meta.url);
const rowsCsv = (rows) => {
  const header = Object.keys(rows[0]);
  return (
    formatCsv(
      header,
      rows.map((r) => header.map((h) => (r[h] === undefined || r[h] === null ? '' : String(r[h])))),
      { formulaGuard: false },
    ) + '\n'
  );
};
const write = (name, text) => {
  writeFileSync(new URL(name, here), text);
  console.log(`wrote examples/data/${name} (${text.split('\n').filter(Boolean).length - 1} rows)`);
};

// REAL: DfE EHC plans by primary need, January 2025 (England and four LAs), rows unchanged.
write(
  'ehc-plans-by-need-2025.csv',
  demo.REAL_EHC_NEEDS_CSV.endsWith('\n') ? demo.REAL_EHC_NEEDS_CSV : demo.REAL_EHC_NEEDS_CSV + '\r\n',
);
// REAL: Wolverhampton's LSOAs in the English Indices of Deprivation 2019.
write(
  'iod2019-wolverhampton-lsoa.csv',
  demo.REAL_IOD_WOLVERHAMPTON_CSV.endsWith('\n')
    ? demo.REAL_IOD_WOLVERHAMPTON_CSV
    : demo.REAL_IOD_WOLVERHAMPTON_CSV + '\r\n',
);
// ILLUSTRATIVE: pupils with SEN by IMD decile (Wolverhampton-like), the strategy's outcomes survey, and its action plan.
write('send-by-deprivation.csv', rowsCsv(demo.deprivationDemo));
write('needs-by-phase.csv', rowsCsv(demo.demoNeedsRows()));
write('outcomes-survey.csv', rowsCsv(demo.demoOutcomesRows()));
write('improvement-plan.csv', demo.demoActionsCsv().replace(/\n?$/, '\n'));
