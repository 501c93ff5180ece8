import { issue, SendDataError, type DataIssue } from '../issues.js';
import { readArrow } from './from-arrow.js';
import { readCSV, type CsvLoadOptions } from './from-csv.js';
import { readJSON } from './from-json.js';
import type { Loaded } from './options.js';

/** What the bytes are, when the caller knows (a file extension or a Content-Type). */
export type ByteFormat = 'auto' | 'csv' | 'json' | 'arrow';

/** Options for loaders that receive bytes (files, URLs). */
export interface BytesLoadOptions extends CsvLoadOptions {
  /** Force a format instead of sniffing it from the content. Default `'auto'`. */
  format?: ByteFormat;
  /** The text encoding when it is known (e.g. a Content-Type `charset`); default: UTF-8, else Windows-1252 with a warning. */
  encoding?: string;
}

/** Whether bytes start like Arrow IPC: the file magic `ARROW1`, or a stream's 0xFFFFFFFF continuation marker. */
export function isArrowIPC(bytes: Uint8Array): boolean {
  if (bytes.length >= 6 && String.fromCharCode(...bytes.subarray(0, 6)) === 'ARROW1') return true;
  return bytes.length >= 8 && bytes[0] === 0xff && bytes[1] === 0xff && bytes[2] === 0xff && bytes[3] === 0xff;
}

/**
 * Reads bytes from a file or a response: Arrow IPC by its magic bytes, otherwise text as JSON (when
 * it starts with `[` or `{`) or CSV. Text must be UTF-8 (a BOM is fine; UTF-16 with a BOM is read
 * too). A file that is not valid UTF-8 is read as Windows-1252, the encoding Excel's plain "CSV"
 * uses, with a warning naming the first row that needed it. HTML pages, zip/Excel files and binary
 * data throw a {@link SendDataError} saying what arrived.
 *
 * @param bytes the content
 * @param options format, mapping, contract, symbols
 * @returns `{table, issues}`
 * @example readBytes(new TextEncoder().encode('need,pupils\nASD,686')).table.get('pupils', 0) // 686
 */
export function readBytes(bytes: Uint8Array, options: BytesLoadOptions = {}): Loaded {
  const format = options.format ?? 'auto';
  if (format === 'arrow' || (format === 'auto' && isArrowIPC(bytes))) return readArrow(bytes, options);
  const where = options.source ? ` (${options.source})` : '';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new SendDataError([
      issue(
        'wrong-content',
        0,
        '',
        'zip',
        `this is a zip file, perhaps an Excel workbook (.xlsx)${where}: save the sheet as CSV UTF-8 and load that`,
      ),
    ]);
  }
  const { text, warning } = decodeText(bytes, options.source, options.encoding);
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (/^<(!doctype html|html|head|body|\?xml)/i.test(head)) {
    throw new SendDataError([
      issue(
        'wrong-content',
        0,
        '',
        head.slice(0, 40),
        `an HTML or XML page arrived${where}, not CSV, JSON or Arrow data: check the address or file (a login page or "not found" page looks like this)`,
      ),
    ]);
  }
  const loaded =
    format === 'json' || (format === 'auto' && (head[0] === '[' || head[0] === '{'))
      ? readJSON(text, options)
      : readCSV(text, options);
  if (warning) loaded.issues.unshift(warning);
  return loaded;
}

/**
 * Decodes text bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252 with a warning.
 * NUL bytes mean binary data and throw.
 */
export function decodeText(
  bytes: Uint8Array,
  source?: string,
  encoding?: string,
): { text: string; warning?: DataIssue } {
  const declared = encoding ? decoderFor(encoding) : undefined;
  if (declared && declared.encoding !== 'utf-8' && !declared.encoding.startsWith('utf-16'))
    return { text: declared.decode(bytes) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const limit = Math.min(bytes.length, 65_536);
  for (let i = 0; i < limit; i++) {
    if (bytes[i] === 0) {
      throw new SendDataError([
        issue(
          'binary',
          0,
          '',
          '',
          `this is not a text file (it contains NUL bytes)${source ? ` (${source})` : ''}: is it an Excel or zip file? Save it as CSV UTF-8`,
        ),
      ]);
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
    const text = new TextDecoder('windows-1252').decode(bytes);
    const char = text[at] ?? '';
    return {
      text,
      warning: issue(
        'encoding',
        line,
        '',
        char,
        `the file is not UTF-8 (first at line ${line}, byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')}); it was read as Windows-1252, so "${char}" is assumed: save it as CSV UTF-8 to be sure`,
        'warning',
      ),
    };
  }
}

/** A decoder for a declared encoding label, or undefined when the label is unknown. */
function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label.trim());
  } catch {
    return undefined;
  }
}

/** Index of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > n) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return n;
}
