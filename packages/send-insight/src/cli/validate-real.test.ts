/**
 * `send-insight validate --preset NAME file.csv` on the six real published files in
 * ../shared/data/real (see SOURCES.md there), and on damaged copies of them. The expected counts
 * (rows, areas, periods, symbols) are worked out here from the files' text with a separate line
 * splitter. Skipped with a message when the files are absent, but failing in CI.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvLines, REAL_DIR, realFiles, splitCsvLine } from '../../../../test/real-files.mjs';
import { buildCli, runCli } from './cli-harness.js';

const FILES = {
  'iod2019-lsoa': 'imd2019_lsoa_file1.csv',
  'ees-ehc-plans-by-need': 'ehcp2025_sen_needs_all_plans.csv',
  'ees-ehc-caseload': 'ehcp2025_caseload_all_plans.csv',
  'ees-cin-sen-la': 'cin_outcomes_sen_la.csv',
  'ees-cin-sen-national': 'cin_outcomes_sen_national.csv',
  'ees-sen2-mi': 'sen2_mi.csv',
} as const;
const real = realFiles('validate-real.test.ts', ...Object.values(FILES));
const present = real.present;
const REAL = REAL_DIR;
const fields = splitCsvLine;
const lines = (name: string) => csvLines(readFileSync(join(REAL, name), 'utf8'));
const n = (v: number) => v.toLocaleString('en-GB');
const SYMBOLS: Record<string, string> = {
  c: 'suppressed',
  x: 'not available',
  z: 'not applicable',
  k: 'low: rounds to zero',
};

/** What the summary should say, worked out from the text. */
function expectedSummary(name: string): { rows: number; areas: string; periods: string; symbols: string } {
  const [head, ...body] = lines(name);
  const header = fields(head!);
  const col = (h: string) => header.indexOf(h);
  const rows = body.map(fields);
  const symbols = new Map<string, number>();
  for (const r of rows)
    for (const cell of r) if (cell.trim() in SYMBOLS) symbols.set(cell.trim(), (symbols.get(cell.trim()) ?? 0) + 1);
  const symbolText = [...symbols]
    .sort((a, b) => b[1] - a[1])
    .map(([s, k]) => `${s}: ${n(k)} cell${k === 1 ? '' : 's'} (${SYMBOLS[s]})`)
    .join('; ');
  let areas: string;
  if (col('geographic_level') >= 0) {
    const la = new Set(
      rows
        .filter((r) => r[col('geographic_level')] === 'Local authority')
        .map((r) => `${r[col('new_la_code')]}|${r[col('la_name')]}`),
    );
    const regions = new Set(
      rows.filter((r) => r[col('geographic_level')] === 'Regional').map((r) => r[col('region_code')]),
    );
    areas = [la.size ? `${n(la.size)} local authorities` : '', regions.size ? `${n(regions.size)} regions` : '']
      .filter(Boolean)
      .join(', ');
    areas = areas ? `${areas} and England` : 'England';
  } else {
    areas = `${n(new Set(rows.map((r) => r[col('Local Authority District code (2019)')])).size)} areas`;
  }
  let periods = 'no period column';
  if (col('time_period') >= 0) {
    const label = (t: string) => (/^\d{6}$/.test(t) ? `${t.slice(0, 4)}/${t.slice(4)}` : t);
    const list = [...new Set(rows.map((r) => label(r[col('time_period')]!)))].sort();
    periods = list.length === 1 ? `period ${list[0]}` : `${list.length} periods, ${list[0]} to ${list.at(-1)}`;
  }
  return { rows: rows.length, areas, periods, symbols: symbols.size ? `Symbols: ${symbolText}.` : 'Symbols: none.' };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'send-insight-real-'));
  if (present) buildCli();
}, 120_000);

/** A copy of a real file with one data row changed (row = spreadsheet row, header = 1). */
function damaged(name: string, row: number, change: (cells: string[]) => string[] | string): string {
  const text = readFileSync(join(REAL, name), 'utf8');
  const all = text.split(/(?<=\n)/);
  const line = all[row - 1]!;
  const end = line.match(/\r?\n$/)?.[0] ?? '';
  const cells = fields(line.slice(0, line.length - end.length));
  const quoted = (c: string) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const changed = change(cells);
  all[row - 1] = (typeof changed === 'string' ? changed : changed.map(quoted).join(',')) + end;
  const path = join(dir, `damaged-${row}-${name}`);
  writeFileSync(path, all.join(''));
  return path;
}
const header = (name: string) => fields(lines(name)[0]!);

describe.skipIf(!present)('send-insight validate --preset on the real published files', () => {
  for (const [preset, name] of Object.entries(FILES)) {
    it(`accepts ${name} with --preset ${preset} alone, summarising rows, areas, periods and symbols`, () => {
      const r = runCli(['validate', '--preset', preset, join(REAL, name)], { timeout: 120_000 });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const e = expectedSummary(name);
      const out = r.stdout.split('\n');
      expect(out[0]).toMatch(
        new RegExp(
          `^${name.replace(/\./g, '\\.')}: 0 errors, [\\d,]+ warnings? \\([a-z-]+ contract, [\\d,]+ rows from the ${preset} preset\\)$`,
        ),
      );
      expect(out[1]).toBe(`  Read ${n(e.rows)} rows: ${e.areas}; ${e.periods}.`);
      expect(out[2]).toBe(`  ${e.symbols}`);
    }, 120_000);
  }

  it('accepts the IoD file as deprivation context, and still rejects it as pupil deprivation data', () => {
    const ok = runCli([
      'validate',
      '--preset',
      'iod2019-lsoa',
      join(REAL, FILES['iod2019-lsoa']),
      '--area',
      'Wolverhampton',
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('(deprivation-context contract, 158 rows from the iod2019-lsoa preset)');
    const bad = runCli(['validate', 'deprivation', join(REAL, FILES['iod2019-lsoa'])]);
    expect(bad.code).toBe(1);
  }, 60_000);

  it('rejects a shifted row (a cell deleted) with its row and the column where it goes wrong', () => {
    const name = FILES['ees-ehc-plans-by-need'];
    const path = damaged(name, 5000, (cells) => [...cells.slice(0, 14), ...cells.slice(15)]);
    const r = runCli(['validate', '--preset', 'ees-ehc-plans-by-need', path], { timeout: 120_000 });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `error: column "unknown_pc", row 5000: row 5000 (line 5000) has 38 fields but the header has 39: it stops before "unknown_pc"`,
    );
  }, 120_000);

  it('rejects a letter in a count with the published column and row, whichever authority the row is for', () => {
    const name = FILES['ees-cin-sen-la'];
    const cols = header(name);
    const path = damaged(name, 1200, (cells) =>
      cells.map((c, i) => (i === cols.indexOf('t_SEMH') ? `${c}o`.replace(/^co$/, '1o') : c)),
    );
    const r = runCli(['validate', '--preset', 'ees-cin-sen-la', path], { timeout: 120_000 });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /error: column "t_SEMH", row 1200: expected a count or a published symbol \(c, x, z, low, u, k, \.\., :\), got "[0-9]+o"/,
    );
  }, 120_000);

  it('rejects a truncated last row (the file cut short) with its row and the first column it lacks', () => {
    const name = FILES['ees-sen2-mi'];
    const text = readFileSync(join(REAL, name), 'utf8');
    const path = join(dir, 'cut-sen2_mi.csv');
    const cut = text.slice(0, text.lastIndexOf(',"Isles of Scilly",') + 40);
    writeFileSync(path, cut);
    const last = cut.split('\n').length;
    const cells = fields(cut.split('\n').at(-1)!);
    const r = runCli(['validate', '--preset', 'ees-sen2-mi', path], { timeout: 120_000 });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `error: column "${header(name)[cells.length]}", row ${last}: row ${last} (line ${last}) has ${cells.length} fields but the header has 83: it stops before`,
    );
  }, 120_000);

  it('rejects an empty cell and a decimal where a count belongs', () => {
    const name = FILES['ees-ehc-caseload'];
    const cols = header(name);
    const path = damaged(name, 700, (cells) =>
      cells.map((c, i) => (i === cols.indexOf('ehcplans') ? '' : i === cols.indexOf('special_total') ? '12.5' : c)),
    );
    const r = runCli(['validate', '--preset', 'ees-ehc-caseload', path], { timeout: 120_000 });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'error: column "ehcplans", row 700: the cell is empty, but the published file has a number or a symbol',
    );
    expect(r.stdout).toContain(
      'error: column "special_total", row 700: expected a count (a whole number of 0 or more), got "12.5"',
    );
  }, 120_000);

  it('rejects an IoD rank with a letter, and a decile out of range', () => {
    const name = FILES['iod2019-lsoa'];
    const path = damaged(name, 20000, (cells) => [...cells.slice(0, 4), '12,3A4', '11']);
    const r = runCli(['validate', '--preset', 'iod2019-lsoa', path], { timeout: 120_000 });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'error: column "Index of Multiple Deprivation (IMD) Rank", row 20000: expected a whole number from 1 to 32,844, got "12,3A4"',
    );
    expect(r.stdout).toContain(
      'error: column "Index of Multiple Deprivation (IMD) Decile", row 20000: expected a whole number from 1 to 10, got "11"',
    );
  }, 120_000);
});
