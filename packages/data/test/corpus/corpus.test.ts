/**
 * Runs the malformed-input corpus: every entry of manifest.json must produce exactly its listed
 * errors and warnings (code, row, column, in order). Large inputs are generated here, not committed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  actionsContract,
  deprivationContract,
  needsContract,
  SendDataError,
  type Contract,
  type DataIssue,
} from '@send-insight/data';
import { readFile } from '@send-insight/data/arquero';
import { describe, expect, it } from 'vitest';

interface Entry {
  file?: string;
  generate?: string;
  contract: 'deprivation' | 'needs' | 'actions';
  options?: { delimiter?: string };
  why: string;
  errors: [string, number, string, number?][];
  warnings: [string, number, string, number?][];
  messageIncludes?: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const manifest = JSON.parse(readFileSync(resolve(here, 'manifest.json'), 'utf8')) as { entries: Entry[] };
const contracts: Record<Entry['contract'], Contract> = {
  deprivation: deprivationContract,
  needs: needsContract,
  actions: actionsContract,
};

/** Deterministic bytes (a linear congruential generator), so the generated inputs never change. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
}

const generators: Record<string, () => Uint8Array<ArrayBuffer>> = {
  'one-mb-line': () => new TextEncoder().encode('abcdefghij'.repeat(100_000)),
  'one-mb-line-of-fields': () => new TextEncoder().encode('1,'.repeat(500_000)),
  'ten-mb-short-rows': () =>
    new TextEncoder().encode('imd_decile,pupils,sen_support,ehc_plan\n' + '1,2,3\n'.repeat(10_000_000 / 6)),
  'ten-mb-random-bytes': () => {
    const next = seeded(20250101);
    const bytes = new Uint8Array(10_000_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = next() >>> 24;
    return bytes;
  },
};

function expand(list: Entry['errors']): [string, number, string][] {
  return list.flatMap(([code, row, column, times = 1]) =>
    Array.from({ length: times }, () => [code, row, column] as [string, number, string]),
  );
}

const triple = (i: DataIssue): [string, number, string] => [i.code, i.row, i.column];

describe('malformed-input corpus', () => {
  it('lists every committed file in the manifest', async () => {
    const { readdirSync } = await import('node:fs');
    const committed = readdirSync(here)
      .filter((f) => f !== 'manifest.json' && f !== 'corpus.test.ts')
      .sort();
    expect(
      manifest.entries
        .filter((e) => e.file)
        .map((e) => e.file)
        .sort(),
    ).toEqual(committed);
  });

  it.each(manifest.entries.map((e) => [e.file ?? e.generate!, e] as const))(
    '%s',
    async (_name, entry) => {
      const bytes: Uint8Array<ArrayBuffer> = entry.file
        ? new Uint8Array(readFileSync(resolve(here, entry.file)))
        : generators[entry.generate!]!();
      let issues: DataIssue[];
      try {
        issues = (
          await readFile(new Blob([bytes]), {
            contract: contracts[entry.contract],
            delimiter: entry.options?.delimiter,
            source: entry.file,
          })
        ).issues;
      } catch (e) {
        if (!(e instanceof SendDataError)) throw e;
        issues = e.issues;
      }
      expect(issues.filter((i) => i.severity === 'error').map(triple), entry.why).toEqual(expand(entry.errors));
      expect(issues.filter((i) => i.severity === 'warning').map(triple), entry.why).toEqual(expand(entry.warnings));
      for (const i of issues) expect(i.message.length).toBeGreaterThan(0);
      if (entry.messageIncludes) expect(issues.map((i) => i.message).join(' ')).toContain(entry.messageIncludes);
    },
    90_000,
  );
});
