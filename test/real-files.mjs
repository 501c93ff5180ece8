/**
 * The real published files in ../shared/data/real (see SOURCES.md there), for the tests that read
 * them. One rule for every such test: when the files are absent the test is skipped with a message,
 * but in CI (CI=true) their absence is an error, so a CI run can never pass by skipping them.
 *
 * The CSV reading (./csv-lines.mjs) is the tests' own, separate from the library's parser.
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

export { csvLines, csvRecords, splitCsvLine } from './csv-lines.mjs';
