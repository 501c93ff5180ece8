/** The JSDoc @example of each loader, run as written, so the documented results stay true. */
import { op, table, toArrowIPC } from 'arquero';
import { describe, expect, it } from 'vitest';
import { deprivationContract } from '../contracts/deprivation.js';
import type { Missing } from '../missing.js';
import { fromArrow } from './from-arrow.js';
import { fromCSV, readCSV } from './from-csv.js';
import { fromJSON } from './from-json.js';
import { fromRows } from './from-rows.js';
import { fromTable } from './from-table.js';
import { issuesOf } from './issues-of.js';
import { missingToNull } from './missing-to-null.js';
import { readBytes } from './read-bytes.js';

describe('documented examples', () => {
  it('fromRows: typed cells, then arquero verbs after missingToNull', () => {
    const t = fromRows([
      { need: 'ASD', pupils: '686' },
      { need: 'SLCN', pupils: '715' },
      { need: 'MSI', pupils: 'c' },
    ]);
    expect(t.array('pupils').slice(0, 2)).toEqual([686, 715]);
    expect((t.get('pupils', 2) as Missing).kind).toBe('suppressed');
    expect(
      missingToNull(t)
        .filter((d: { pupils: number | null }) => d.pupils! > 700)
        .objects(),
    ).toEqual([{ need: 'SLCN', pupils: 715 }]);
  });

  it('fromCSV: thousands separators, a symbol, and an arquero rollup', () => {
    const t = fromCSV('la_name,ehc_plans\r\nWolverhampton,"3,148"\r\nRutland,x\r\n');
    expect(t.get('ehc_plans', 0)).toBe(3148);
    expect((t.get('ehc_plans', 1) as Missing).label).toBe('not available');
    expect(
      missingToNull(t)
        .rollup({ total: op.sum('ehc_plans') })
        .get('total'),
    ).toBe(3148);
  });

  it('readCSV: an aliased header is read under its contract name', () => {
    expect(
      readCSV('imd_decile,pupils,sen_support,ehcp\n1,500,90,20', { contract: deprivationContract }).table.columnNames(),
    ).toEqual(['imd_decile', 'pupils', 'sen_support', 'ehc_plan']);
  });

  it('fromJSON: column arrays and orderby', () => {
    expect(fromJSON('{"need": ["ASD", "SLCN"], "pupils": [686, 715]}').orderby('pupils').array('need')).toEqual([
      'ASD',
      'SLCN',
    ]);
  });

  it('fromTable: an aliased decile column is validated and renamed', () => {
    const checked = fromTable(
      table({ decile: [1, 2], pupils: [500, 480], sen_support: [90, 70], ehc_plan: [20, 18] }),
      { contract: deprivationContract },
    );
    expect(checked.columnNames()).toEqual(['imd_decile', 'pupils', 'sen_support', 'ehc_plan']);
  });

  it('fromArrow: validated Arrow data keeps groupby', () => {
    const bytes = toArrowIPC(
      table({ imd_decile: [1, 2], pupils: [500, 480], sen_support: [90, 70], ehc_plan: [20, 18] }),
    );
    expect(fromArrow(bytes, { contract: deprivationContract }).groupby('imd_decile').count().numRows()).toBe(2);
  });

  it('issuesOf and readBytes', () => {
    const t = fromCSV('imd_decile,pupils,sen_support,ehc_plan,ehcp_note\n1,500,90,20,x', {
      contract: deprivationContract,
    });
    expect(issuesOf(t).map((i) => i.code)).toEqual([]);
    expect(readBytes(new TextEncoder().encode('need,pupils\nASD,686')).table.get('pupils', 0)).toBe(686);
  });

  it('missingToNull: sums skip suppressed cells', () => {
    const t = fromCSV('need,pupils\nASD,686\nMSI,c');
    expect(
      missingToNull(t)
        .rollup({ total: op.sum('pupils'), shown: op.valid('pupils') })
        .objects(),
    ).toEqual([{ total: 686, shown: 1 }]);
  });
});
