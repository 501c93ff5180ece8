import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from './csv.js';
import { SendDataError } from './issues.js';
import { caught } from '../../../test/caught.mjs';

const errorOf = (fn: () => unknown): SendDataError => caught(fn, SendDataError);

describe('parseCsv', () => {
  it('reads a BOM, CRLF, quoted thousands and a trailing blank line', () => {
    const out = parseCsv('\uFEFFneed,pupils\r\nSLCN,"1,284"\r\n\r\n');
    expect(out.header).toEqual(['need', 'pupils']);
    expect(out.rows).toEqual([['SLCN', '1,284']]);
    expect(out.rowNumbers).toEqual([2]);
  });

  it('keeps quotes, delimiters and line breaks inside quoted fields', () => {
    const out = parseCsv('a,b\n"Bristol, City of","say ""hi""\nthere"\nx,y');
    expect(out.rows).toEqual([
      ['Bristol, City of', 'say "hi"\nthere'],
      ['x', 'y'],
    ]);
    expect(out.rowNumbers).toEqual([2, 3]);
  });

  it('reads a last line with no line break and an empty last field', () => {
    expect(parseCsv('a,b\n1,').rows).toEqual([['1', '']]);
    expect(parseCsv('a,b\n1,2').rows).toEqual([['1', '2']]);
  });

  it('detects tab and semicolon delimiters from the header', () => {
    expect(parseCsv('a\tb\n1\t2').rows).toEqual([['1', '2']]);
    expect(parseCsv('a;b\n1;2').delimiter).toBe(';');
  });

  it('names the row with the wrong number of fields', () => {
    const e = errorOf(() => parseCsv('a,b\n1,2\n3\n4,5'));
    expect(e.issues[0]).toMatchObject({ row: 3, code: 'field-count' });
    expect(e.message).toContain('row 3');
  });

  it('rejects duplicate and empty headers', () => {
    expect(errorOf(() => parseCsv('a,a\n1,2')).issues[0]!.code).toBe('duplicate-header');
    expect(errorOf(() => parseCsv('a,,c\n1,2,3')).issues[0]!.code).toBe('empty-header');
  });

  it('rejects an unterminated quote (a truncated file)', () => {
    expect(errorOf(() => parseCsv('a,b\n1,"unfinished')).issues[0]!.code).toBe('unterminated-quote');
  });

  it('rejects empty input and binary data', () => {
    expect(errorOf(() => parseCsv('')).issues[0]!.code).toBe('empty-file');
    expect(errorOf(() => parseCsv('\n\n  \n')).issues[0]!.code).toBe('empty-file');
    expect(errorOf(() => parseCsv('PK\u0003\u0004\u0000\u0000binary')).issues[0]!.code).toBe('binary');
  });

  it('round-trips what formatCsv writes', () => {
    const rows = [
      ['Bristol, City of', 'a "quoted" word'],
      ['line\nbreak', '=SUM(A1)'],
    ];
    const text = formatCsv(['name', 'note'], rows);
    const back = parseCsv(text);
    expect(back.rows[0]).toEqual(rows[0]);
    expect(back.rows[1]).toEqual(['line\nbreak', "'=SUM(A1)"]);
  });
});
