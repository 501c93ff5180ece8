import { fromCsvText, fromJsonText, issue, SendDataError, type DataIssue, type RawData } from '@send-insight/data';

/** Why a fetch gave no data: the problems to show, and the server's answer when it was not OK. */
export class FetchDataError extends SendDataError {
  constructor(
    issues: DataIssue[],
    /** The server's status when it answered with an error, e.g. "404 Not Found". */
    readonly status?: string,
  ) {
    super(issues);
  }
}

/**
 * Fetches a CSV or JSON file and reads it: JSON when the server or the address says so or the
 * text starts with `[` or `{`, else CSV. Throws a {@link FetchDataError} for a host that cannot be
 * reached (`network`), an HTTP error (`http`, with the status), or a web page returned in place
 * of data (`html-not-data`), and the reader's `SendDataError` for a file that cannot be read; an
 * abort rejects with the signal's reason.
 *
 * @param src the address (same-origin credentials, as a page's own data would be fetched)
 * @param signal aborts the request
 * @returns the file's columns and rows
 * @example await fetchData('/data/needs.csv', new AbortController().signal)
 */
export async function fetchData(src: string, signal: AbortSignal): Promise<RawData> {
  let response: Response;
  try {
    response = await fetch(src, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FetchDataError([
      issue(
        'network',
        0,
        '',
        src,
        `the file "${src}" could not be reached (${error instanceof Error ? error.message : 'network error'})`,
      ),
    ]);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new FetchDataError(
      [issue('http', 0, '', src, `the file "${src}" could not be loaded: the server answered ${status}`)],
      status,
    );
  }
  const type = response.headers.get('content-type') ?? '';
  const text = decodeText(await response.arrayBuffer(), type);
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 100)
    .toLowerCase();
  if (/text\/html/i.test(type) || head.startsWith('<!doctype html') || head.startsWith('<html')) {
    throw new FetchDataError([
      issue(
        'html-not-data',
        0,
        '',
        src,
        `the address "${src}" returned a web page (HTML), not CSV or JSON: check the link points at the data file itself`,
      ),
    ]);
  }
  const json = /json/i.test(type) || /\.json(\?|#|$)/i.test(src) || head.startsWith('[') || head.startsWith('{');
  return json ? fromJsonText(text, src) : fromCsvText(text, { source: src });
}

/**
 * Decodes a file as its server declared (`charset=ISO-8859-1`, say), else as UTF-8; bytes that
 * are not valid UTF-8 are read as Windows-1252, the encoding Excel's plain "CSV" uses, so "Café"
 * is never shown as "Caf�" — also when a server labels every text file UTF-8 without looking.
 */
function decodeText(bytes: ArrayBuffer, contentType: string): string {
  const declared = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // an unknown label: fall through to UTF-8
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
