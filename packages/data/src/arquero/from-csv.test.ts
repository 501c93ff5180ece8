import { op } from 'arquero';
import { describe, expect, it } from 'vitest';
import { deprivationContract } from '../contracts/deprivation.js';
import { needsContract } from '../contracts/needs.js';
import { SendDataError } from '../issues.js';
import { DEFAULT_SYMBOLS, isMissing, Missing } from '../missing.js';
import { fromCSV, readCSV } from './from-csv.js';
import { issuesOf } from './issues-of.js';
import { missingToNull } from './missing-to-null.js';
import { caught } from '../../../../test/caught.mjs';

const errorOf = (fn: () => unknown): SendDataError => caught(fn, SendDataError);

describe('fromCSV', () => {
  it('has the expected defaults: numbers as numbers, text as text, a Float64Array for complete numeric columns', () => {
    const t = fromCSV('need,pupils\nASD,686\nSLCN,715\n');
    expect(t.columnNames()).toEqual(['need', 'pupils']);
    expect(t.array('need')).toEqual(['ASD', 'SLCN']);
    expect(t.column('pupils')).toBeInstanceOf(Float64Array);
    expect(Array.from(t.array('pupils'))).toEqual([686, 715]);
    expect(issuesOf(t)).toEqual([]);
  });

  it.each(Object.entries(DEFAULT_SYMBOLS).filter(([s]) => s !== ''))(
    'reads the symbol "%s" as a missing value of kind %s',
    (symbol, kind) => {
      const t = fromCSV(`la,count\nA,12\nB,${symbol.includes(',') ? `"${symbol}"` : symbol}\n`);
      const cell = t.get('count', 1);
      expect(isMissing(cell)).toBe(true);
      expect((cell as Missing).kind).toBe(kind);
      expect((cell as Missing).symbol).toBe(symbol);
      expect(t.get('count', 0)).toBe(12);
    },
  );

  it('reads an empty numeric cell as a blank missing value, never 0 or NaN', () => {
    const t = fromCSV('la,count\nA,12\nB,\n');
    const cell = t.get('count', 1) as Missing;
    expect(cell.kind).toBe('blank');
    expect(Number.isNaN(cell as unknown as number)).toBe(false);
  });

  it('reads thousands separators, percentages, BOM, CRLF, quoted fields and trailing blank lines', () => {
    const text =
      '\uFEFFla_name,ehc_plans,share\r\n"Bristol, City of","3,148",36.3%\r\n"Say ""hi""","1,234,567", 0.5% \r\n\r\n\r\n';
    const t = fromCSV(text);
    expect(t.columnNames()).toEqual(['la_name', 'ehc_plans', 'share']);
    expect(t.array('la_name')).toEqual(['Bristol, City of', 'Say "hi"']);
    expect(Array.from(t.array('ehc_plans'))).toEqual([3148, 1234567]);
    expect(Array.from(t.array('share'))).toEqual([36.3, 0.5]);
    expect(t.numRows()).toBe(2);
  });

  it('keeps codes with leading zeros as text', () => {
    const t = fromCSV('code,n\n0123,1\n0456,2\n');
    expect(t.array('code')).toEqual(['0123', '0456']);
  });

  it('keeps a column of symbols only as missing values', () => {
    const t = fromCSV('la,ukrlp\nA,x\nB,x\n');
    expect(t.array('ukrlp').every((v: unknown) => isMissing(v) && v.kind === 'not_available')).toBe(true);
  });

  it('renames mapped columns without a contract, and names a wrong mapping', () => {
    const t = fromCSV('t_pupils,need\n5,ASD\n', { columns: { pupils: 't_pupils' } });
    expect(t.columnNames()).toEqual(['pupils', 'need']);
    const err = errorOf(() => fromCSV('t_pupils,need\n5,ASD\n', { columns: { pupils: 't_pupil' } }));
    expect(err.issues[0]).toMatchObject({ code: 'missing-column', column: 't_pupil' });
    expect(err.issues[0]!.message).toContain('did you mean "t_pupils"');
  });

  it('validates against a contract, types contract columns and keeps other columns', () => {
    const text = 'decile,pupils,sen_support,ehcp,note\n1,"1,200",c,40,a\n2,900,120,z,b\n';
    const { table, issues } = readCSV(text, { contract: deprivationContract, columns: { imd_decile: 'decile' } });
    expect(issues).toEqual([]);
    expect(table.columnNames()).toEqual(['imd_decile', 'pupils', 'sen_support', 'ehc_plan', 'note']);
    expect(Array.from(table.array('pupils'))).toEqual([1200, 900]);
    expect((table.get('sen_support', 0) as Missing).kind).toBe('suppressed');
    expect((table.get('ehc_plan', 1) as Missing).kind).toBe('not_applicable');
  });

  it('throws a SendDataError listing every contract error with row and column', () => {
    const err = errorOf(() =>
      fromCSV('imd_decile,pupils,sen_support,ehc_plan\n11,100,10,5\n3,-4,1,1\n', { contract: deprivationContract }),
    );
    expect(err.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['invalid-value', 2, 'imd_decile'],
      ['invalid-value', 3, 'pupils'],
    ]);
  });

  it('keeps warnings on the Table for issuesOf and in readCSV', () => {
    const text = 'geography,phase,provision,need,pupils,time_perod\nlocal,all,ehc_plan,ASD,686,2024/25\n';
    const { issues } = readCSV(text, { contract: needsContract });
    expect(issues.map((i) => [i.code, i.column, i.severity])).toEqual([['unknown-column', 'time_perod', 'warning']]);
    const t = fromCSV(text, { contract: needsContract });
    expect(issuesOf(t)).toEqual(issues);
  });

  it('leaves full arquero verbs working on the returned Table', () => {
    const t = fromCSV('need,phase,pupils\nASD,primary,10\nASD,secondary,c\nSLCN,primary,30\n');
    const rolled = missingToNull(t)
      .groupby('need')
      .rollup({ pupils: op.sum('pupils') })
      .orderby('need')
      .objects();
    expect(rolled).toEqual([
      { need: 'ASD', pupils: 10 },
      { need: 'SLCN', pupils: 30 },
    ]);
  });

  it('uses a given delimiter', () => {
    expect(fromCSV('a;b\n1;2\n', { delimiter: ';' }).get('b', 0)).toBe(2);
  });
});
