import type { ColumnTable } from 'arquero';
import { keepIssues } from './issues-of.js';
import type { Loaded } from './options.js';
import { readBytes, type BytesLoadOptions, type ByteFormat } from './read-bytes.js';

/**
 * Loads a File or Blob, keeping the warnings: see {@link fromFile}.
 * @param file a File (e.g. from drag-and-drop or `<input type="file">`) or Blob
 * @param options format, mapping, contract, symbols
 * @returns a promise of `{table, issues}`
 * @example const { table, issues } = await readFile(event.dataTransfer.files[0], { contract: needsContract });
 */
export async function readFile(file: Blob, options: BytesLoadOptions = {}): Promise<Loaded> {
  const name = typeof (file as File).name === 'string' ? (file as File).name : undefined;
  const source = options.source ?? name;
  const bytes = new Uint8Array(await file.arrayBuffer());
  return readBytes(bytes, { ...options, source, format: options.format ?? formatOf(name, file.type) });
}

/**
 * Loads a File or Blob into an arquero Table: Apache Arrow IPC (recognised by its content, or a
 * `.arrow`/`.feather` name), JSON or CSV text (see {@link fromCSV}). A file that is not UTF-8 is read
 * as Windows-1252 with a warning ({@link issuesOf}); binary, zip/Excel and HTML content throw a
 * {@link SendDataError}.
 *
 * @param file a File or Blob
 * @param options format, mapping, contract, symbols
 * @returns a promise of an arquero Table
 * @example
 * dropZone.addEventListener('drop', async (event) => {
 *   const table = await fromFile(event.dataTransfer.files[0], { contract: deprivationContract });
 *   console.log(table.groupby('imd_decile').count().objects());
 * });
 */
export async function fromFile(file: Blob, options: BytesLoadOptions = {}): Promise<ColumnTable> {
  return keepIssues(await readFile(file, options));
}

/** The format a name or media type promises, or 'auto' to sniff the content. */
export function formatOf(name: string | undefined, mediaType: string | undefined): ByteFormat {
  const type = (mediaType ?? '').toLowerCase();
  if (type.includes('apache.arrow')) return 'arrow';
  const ext = /\.([a-z0-9]+)$/i.exec(name ?? '')?.[1]?.toLowerCase();
  if (ext === 'arrow' || ext === 'feather' || ext === 'arrows') return 'arrow';
  return 'auto';
}
