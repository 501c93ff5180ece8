import type { ColumnTable } from 'arquero';
import { issue, SendDataError } from '../issues.js';
import { formatOf } from './from-file.js';
import { keepIssues } from './issues-of.js';
import type { Loaded } from './options.js';
import { readBytes, type BytesLoadOptions } from './read-bytes.js';

/** URL loader options. */
export interface UrlLoadOptions extends BytesLoadOptions {
  /** Cancels the request; the promise then rejects with the signal's `AbortError`. */
  signal?: AbortSignal;
  /** Other `fetch` options (headers, credentials). */
  init?: RequestInit;
  /** The fetch to use (default `globalThis.fetch`), e.g. for tests or a proxy. */
  fetch?: typeof fetch;
}

/**
 * Fetches and loads a URL, keeping the warnings: see {@link fromURL}.
 * @param url the address of a CSV, JSON or Arrow file
 * @param options signal, fetch, format, mapping, contract, symbols
 * @returns a promise of `{table, issues}`
 * @example const { table, issues } = await readURL('/data/needs.csv', { contract: needsContract, signal });
 */
export async function readURL(url: string | URL, options: UrlLoadOptions = {}): Promise<Loaded> {
  const href = String(url);
  const doFetch = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await doFetch(href, { ...options.init, signal: options.signal });
  } catch (e) {
    if (options.signal?.aborted || (e instanceof Error && e.name === 'AbortError')) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw new SendDataError([
      issue(
        'network',
        0,
        '',
        href,
        `the data at ${href} could not be fetched (${detail}); check the address and your connection`,
      ),
    ]);
  }
  if (!response.ok) {
    throw new SendDataError([
      issue(
        'http',
        0,
        '',
        String(response.status),
        `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${href}: the data could not be loaded`,
      ),
    ]);
  }
  const type = response.headers.get('content-type') ?? '';
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (
    /text\/html|application\/xhtml/i.test(type) &&
    !/^\s*[[{]/.test(new TextDecoder().decode(bytes.subarray(0, 64)))
  ) {
    throw new SendDataError([
      issue(
        'wrong-content',
        0,
        '',
        type,
        `${href} returned an HTML page (Content-Type ${type}), not CSV, JSON or Arrow data: check the address (a login or "not found" page looks like this)`,
      ),
    ]);
  }
  const path = (() => {
    try {
      return new URL(href, 'http://localhost/').pathname;
    } catch {
      return href;
    }
  })();
  const charset = /charset\s*=\s*"?([^";]+)/i.exec(type)?.[1];
  return readBytes(bytes, {
    ...options,
    source: options.source ?? href,
    format: options.format ?? formatOf(path, type),
    encoding: options.encoding ?? charset,
  });
}

/**
 * Fetches a CSV, JSON or Apache Arrow file and loads it into an arquero Table (see {@link fromCSV}).
 * An HTTP failure throws a {@link SendDataError} with the status and the URL; an HTML page (a login
 * or "not found" page served with 200) throws too, so it never parses as one odd column. Aborting
 * the signal rejects with the `AbortError`, so a newer request can replace an older one.
 *
 * @param url the address
 * @param options signal, fetch, format, mapping, contract, symbols
 * @returns a promise of an arquero Table
 * @example
 * import { op } from 'arquero';
 * const controller = new AbortController();
 * const t = await fromURL('https://example.org/ehc-needs.csv', { signal: controller.signal, contract: needsContract });
 * t.filter((d) => d.geography === 'local').orderby('need').objects();
 */
export async function fromURL(url: string | URL, options: UrlLoadOptions = {}): Promise<ColumnTable> {
  return keepIssues(await readURL(url, options));
}
