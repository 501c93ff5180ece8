import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { table, toArrowIPC } from 'arquero';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deprivationContract } from '../contracts/deprivation.js';
import { SendDataError } from '../issues.js';
import { fromURL, readURL } from './from-url.js';

let server: Server;
let base = '';
const arrow = toArrowIPC(table({ need: ['ASD'], pupils: [686] }));

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/needs.csv') {
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
      res.end('\uFEFFimd_decile,pupils,sen_support,ehc_plan\r\n1,"1,200",c,40\r\n');
    } else if (path === '/rows.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('[{"need":"ASD","pupils":686}]');
    } else if (path === '/table.arrow') {
      res.writeHead(200, { 'content-type': 'application/vnd.apache.arrow.stream' });
      res.end(Buffer.from(arrow));
    } else if (path === '/latin1.csv') {
      res.writeHead(200, { 'content-type': 'text/csv; charset=ISO-8859-1' });
      res.end(Buffer.from([...Buffer.from('la_name,n\nYnys M'), 0xf4, ...Buffer.from('n,1\n')]));
    } else if (path === '/login') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Sign in</title>');
    } else if (path === '/slow') {
      setTimeout(() => res.end('a\n1\n'), 2_000);
    } else {
      res.writeHead(404, 'Not Found');
      res.end('no such file');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function failure(promise: Promise<unknown>): Promise<SendDataError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof SendDataError) return e;
    throw e;
  }
  throw new Error('expected a SendDataError');
}

describe('fromURL', () => {
  it('fetches and validates CSV', async () => {
    const { table: t, issues, source } = await readURL(`${base}/needs.csv`, { contract: deprivationContract });
    expect(issues).toEqual([]);
    expect(source).toBe(`${base}/needs.csv`);
    expect(t.get('pupils', 0)).toBe(1200);
  });

  it('fetches JSON and Arrow', async () => {
    expect((await fromURL(`${base}/rows.json`)).get('pupils', 0)).toBe(686);
    expect((await fromURL(new URL(`${base}/table.arrow`))).get('need', 0)).toBe('ASD');
  });

  it('decodes the charset the server declares, without a warning', async () => {
    const { table: t, issues } = await readURL(`${base}/latin1.csv`);
    expect(t.get('la_name', 0)).toBe('Ynys Môn');
    expect(issues).toEqual([]);
  });

  it('names the status and the URL when the server fails', async () => {
    const err = await failure(fromURL(`${base}/missing.csv`));
    expect(err.issues[0]).toMatchObject({ code: 'http', value: '404' });
    expect(err.message).toContain('404 Not Found');
    expect(err.message).toContain(`${base}/missing.csv`);
  });

  it('refuses an HTML page served with 200', async () => {
    const err = await failure(fromURL(`${base}/login`));
    expect(err.issues[0]!.code).toBe('wrong-content');
    expect(err.message).toContain(`${base}/login`);
  });

  it('rejects with the AbortError when the signal is aborted', async () => {
    const controller = new AbortController();
    const pending = fromURL(`${base}/slow`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('turns a network failure into a SendDataError naming the URL', async () => {
    const fetch = (() => Promise.reject(new TypeError('fetch failed'))) as typeof globalThis.fetch;
    const err = await failure(fromURL('https://example.invalid/a.csv', { fetch }));
    expect(err.issues[0]).toMatchObject({ code: 'network', value: 'https://example.invalid/a.csv' });
  });
});
