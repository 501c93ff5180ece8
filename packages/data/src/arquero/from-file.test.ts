import { table, toArrowIPC } from 'arquero';
import { describe, expect, it } from 'vitest';
import { needsContract } from '../contracts/needs.js';
import { SendDataError } from '../issues.js';
import { fromFile, readFile } from './from-file.js';
import { issuesOf } from './issues-of.js';

async function failure(promise: Promise<unknown>): Promise<SendDataError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof SendDataError) return e;
    throw e;
  }
  throw new Error('expected a SendDataError');
}

describe('fromFile', () => {
  it('reads a CSV File with a BOM and CRLF', async () => {
    const file = new File(['\uFEFFneed,pupils\r\nASD,"1,686"\r\n'], 'needs.csv', { type: 'text/csv' });
    const t = await fromFile(file);
    expect(t.get('pupils', 0)).toBe(1686);
    expect(issuesOf(t)).toEqual([]);
  });

  it('reads JSON text from a Blob', async () => {
    const t = await fromFile(new Blob(['[{"need":"ASD","pupils":686}]']));
    expect(t.get('need', 0)).toBe('ASD');
  });

  it('reads Arrow IPC by its content, whatever the name', async () => {
    const bytes = toArrowIPC(table({ need: ['ASD', 'SLCN'], pupils: [686, 715] }), { format: 'file' });
    const t = await fromFile(new File([bytes as Uint8Array<ArrayBuffer>], 'data.bin'));
    expect(Array.from(t.array('pupils'))).toEqual([686, 715]);
  });

  it('reads Windows-1252 text with a warning naming the row', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('la_name,n\nA,1\n'),
      0x43,
      0x61,
      0x66,
      0xe9,
      ...new TextEncoder().encode(',2\n'),
    ]);
    const { table: t, issues } = await readFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    expect(t.get('la_name', 1)).toBe('Café');
    expect(issues).toMatchObject([{ code: 'encoding', row: 3, severity: 'warning', value: 'é' }]);
  });

  it('reads UTF-16 text with a BOM', async () => {
    const text = 'need\tpupils\nASD\t686\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    const t = await fromFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    expect(t.get('pupils', 0)).toBe(686);
  });

  it('rejects binary data, zip files and HTML pages with a code', async () => {
    expect((await failure(fromFile(new Blob([new Uint8Array([1, 0, 2, 3])])))).issues[0]!.code).toBe('binary');
    expect(
      (await failure(fromFile(new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])]), { source: 'plan.xlsx' })))
        .issues[0]!.message,
    ).toContain('Excel');
    expect((await failure(fromFile(new Blob(['<!DOCTYPE html><html></html>'])))).issues[0]!.code).toBe('wrong-content');
  });

  it('validates against a contract and names the file', async () => {
    const err = await failure(
      fromFile(new File(['geography,phase,provision,need,pupils\nlocal,all,ehc_plan,AUT,5\n'], 'needs.csv'), {
        contract: needsContract,
      }),
    );
    expect(err.issues[0]).toMatchObject({ code: 'invalid-value', row: 2, column: 'need', value: 'AUT' });
  });
});
