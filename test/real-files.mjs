/**
 * The real published files in ../shared/data/real (see SOURCES.md there), for the tests that read
 * them. One rule for every such test: when the files are absent the test is skipped with a message,
 * but in CI (CI=true) their absence is an error, so a CI run can never pass by skipping them.
 *
 * The CSV reading here is the tests' own, separate from the library's parser, so expected figures
 * are worked out independently of the code under test.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of real files: `../shared/data/real` beside the repository. */
export const REAL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data/real');

/**
 * Checks that the named files are there. Throws in CI when one is missing; elsewhere warns once,
 * naming the test, and returns `present: false` for `describe.skipIf(!present)`.
 */
export function realFiles(testName, ...names) {
  const missing = names.filter((name) => !existsSync(join(REAL_DIR, name)));
  if (missing.length) {
    const message = `${missing.join(', ')} not in ${REAL_DIR}`;
    if (process.env.CI === 'true') throw new Error(`${testName}: ${message}; CI must have the real data files`);
    console.warn(`${testName}: skipped, ${message}`);
  }
  return { present: missing.length === 0, path: (name) => join(REAL_DIR, name) };
}

/** Splits one CSV line into fields (double-quoted fields may hold commas and doubled quotes). */
export function splitCsvLine(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') (cur += '"'), i++;
      else quoted = !quoted;
    } else if (ch === ',' && !quoted) out.push(cur), (cur = '');
    else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The non-empty lines of a CSV text, without a byte-order mark. */
export function csvLines(text) {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.length);
}

/** Records keyed by header, each with `__row`: its spreadsheet row number (header = row 1). */
export function csvRecords(text) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0]);
  const out = [];
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const f = splitCsvLine(lines[i]);
    out.push(Object.fromEntries([...header.map((h, k) => [h, f[k] ?? '']), ['__row', String(i + 1)]]));
  }
  return out;
}
