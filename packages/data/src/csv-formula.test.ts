import { describe, expect, it } from 'vitest';
import { csvCell, formatCsv, parseCsv } from './csv.js';

describe('csvCell and formula injection', () => {
  it('neutralises cells a spreadsheet would run as a formula, including ones that start with a negative number', () => {
    for (const attack of [
      '=HYPERLINK("https://evil.example","x")',
      "-2+3+cmd|' /C calc'!A0",
      '-1+1',
      '+SUM(1+1)',
      '@SUM(A1)',
      '\t=1+1',
      '-',
      '-2)*cmd|x',
    ]) {
      expect(csvCell(attack).replace(/^"/, ''), attack).toMatch(/^'/);
    }
  });

  it('leaves negative numbers as numbers', () => {
    for (const n of [-5, -1234.5, -0.25, -1e-7]) expect(csvCell(n)).toBe(String(n));
    expect(csvCell('-1,234')).toBe('"-1,234"');
    expect(csvCell('-12.5%')).toBe('-12.5%');
    expect(formatCsv(['change'], [[-3], ['-2+3+cmd']])).toBe("change\r\n-3\r\n'-2+3+cmd\r\n");
  });

  it('guards every column, the first included', () => {
    expect(formatCsv(['a', 'b'], [['=1+1', '+0.9 pts']])).toBe("a,b\r\n'=1+1,'+0.9 pts\r\n");
  });

  it('writes data files without the guard when asked, so they read back unchanged', () => {
    const rows = [
      ['=HYPERLINK("x")', '+0.9 pts'],
      ['-', '@team, "quoted"'],
    ];
    const text = formatCsv(['action', 'change'], rows, { formulaGuard: false });
    expect(text).toBe('action,change\r\n"=HYPERLINK(""x"")",+0.9 pts\r\n-,"@team, ""quoted"""\r\n');
    expect(parseCsv(text).rows).toEqual(rows);
  });
});
