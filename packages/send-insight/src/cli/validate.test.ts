import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deprivationContract } from '@send-insight/data';
import { REAL_EHC_NEEDS_CSV } from '@send-insight/data/demo';
import { beforeAll, describe, expect, it } from 'vitest';
import { REAL_DIR, realFiles } from '../../../../test/real-files.mjs';
import { buildCli, ROOT, runCli } from './cli-harness.js';
import { formatReport, validateText } from './validate.js';

const real = realFiles('validate.test.ts', 'ehcp2025_sen_needs_all_plans.csv', 'imd2019_lsoa_file1.csv');
const REAL = REAL_DIR;
let dir: string;
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'send-insight-validate-'));
  buildCli();
}, 120_000);

describe('send-insight validate (spawned)', () => {
  it('passes a valid file with exit code 0 and says so', () => {
    const r = runCli(['validate', 'deprivation', `${ROOT}examples/data/send-by-deprivation.csv`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('send-by-deprivation.csv: 0 errors, 0 warnings (deprivation contract, 20 rows)');
    expect(r.stdout).toContain('The file is valid.');
  });

  it('lists each bad cell with its row and column and exits with 1', () => {
    const path = file('bad.csv', 'imd_decile,pupils,sen_support,ehc_plan\n1,500,80,20\neleven,400,60,x\n3,300,-5,10\n');
    const r = runCli(['validate', 'deprivation', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^bad\.csv: 2 errors/);
    expect(r.stdout).toContain('error: column "imd_decile", row 3: expected a whole number from 1 to 10, got "eleven"');
    expect(r.stdout).toMatch(/error: column "sen_support", row 4: .*-5/);
  });

  it('names a missing required column and suggests the near miss', () => {
    const path = file('headers.csv', 'imd_decile,pupil,sen_support,ehc_plan\n1,500,80,20\n');
    const r = runCli(['validate', 'deprivation', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error: column "pupils", row 1: .*missing.*"pupil" looks like it/);
  });

  it('accepts a column mapping', () => {
    const path = file('mapped.csv', 'decile,headcount,sen_support,ehc_plan\n1,500,80,20\n2,450,70,15\n');
    const bad = runCli(['validate', 'deprivation', path]);
    expect(bad.code).toBe(1);
    const ok = runCli(['validate', 'deprivation', path, '--columns', '{"imd_decile":"decile","pupils":"headcount"}']);
    expect(ok.stdout).toContain('0 errors');
    expect(ok.code).toBe(0);
  });

  it('reads a published EES file as it is with a preset and an area', () => {
    const path = file('sen_needs_all_plans.csv', REAL_EHC_NEEDS_CSV);
    const r = runCli(['validate', 'needs', path, '--preset', 'ees-ehc-plans-by-need', '--area', 'E08000031']);
    expect(r.stdout).toContain('sen_needs_all_plans.csv: 0 errors');
    expect(r.code).toBe(0);
    // without the preset the published headers do not follow the contract
    const raw = runCli(['validate', 'needs', path]);
    expect(raw.code).toBe(1);
    expect(raw.stdout).toMatch(/column "need", row 1/);
  });

  it('takes the contract from the preset when none is named, and reads every area without --area', () => {
    const path = file('extract.csv', REAL_EHC_NEEDS_CSV);
    const r = runCli(['validate', '--preset', 'ees-ehc-plans-by-need', path]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^extract\.csv: 0 errors, \d+ warnings? \(needs contract, [\d,]+ rows from the ees-ehc-plans-by-need preset\)/,
    );
    expect(r.stdout).toMatch(
      /\n {2}Read [\d,]+ rows: \d+ local authorit(y|ies)(, \d+ regions?)? and England; period 2024\/25\.\n/,
    );
  });

  it('exits with 2 for a preset that implies no contract, or a misspelt preset', () => {
    const path = file('any.csv', REAL_EHC_NEEDS_CSV);
    const ees = runCli(['validate', '--preset', 'ees', path]);
    expect(ees.code).toBe(2);
    expect(ees.stderr).toContain("the ees preset passes the file's own columns through, so name the contract");
    const typo = runCli(['validate', '--preset', 'ees-sen2mi', path]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "ees-sen2-mi"');
    const none = runCli(['validate', path]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('or a preset and a file');
  });

  it('reports an unknown area as an error with exit code 1', () => {
    const path = file('needs.csv', REAL_EHC_NEEDS_CSV);
    const r = runCli(['validate', 'needs', path, '--preset', 'ees-ehc-plans-by-need', '--area', 'Atlantis']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Atlantis/);
  });

  it('prints JSON with --json', () => {
    const path = file('bad2.csv', 'imd_decile,pupils,sen_support,ehc_plan\n12,500,80,20\n');
    const r = runCli(['validate', 'deprivation', path, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ file: 'bad2.csv', contract: 'deprivation', rows: 1, errors: 1 });
    expect(report.issues[0]).toMatchObject({ row: 2, column: 'imd_decile', value: '12', severity: 'error' });
  });

  it('exits with 2 on usage mistakes: unknown contract, missing file', () => {
    const a = runCli(['validate', 'pupils', 'x.csv']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('unknown contract "pupils"');
    const b = runCli(['validate', 'needs', join(dir, 'nope.csv')]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('file not found');
    const c = runCli(['frobnicate']);
    expect(c.code).toBe(2);
  });

  it.runIf(real.present)('accepts the full published EHC plans by need file (13,939 rows) with the preset', () => {
    const r = runCli([
      'validate',
      'needs',
      `${REAL}/ehcp2025_sen_needs_all_plans.csv`,
      '--preset',
      'ees-ehc-plans-by-need',
      '--area',
      'Wolverhampton',
    ]);
    expect(r.stdout).toContain('0 errors');
    expect(r.code).toBe(0);
  });

  it.runIf(real.present)('rejects the IoD2019 LSOA file as deprivation data: it has no pupil counts', () => {
    const r = runCli(['validate', 'deprivation', `${REAL}/imd2019_lsoa_file1.csv`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('imd2019_lsoa_file1.csv: 3 errors');
    expect(r.stdout).toMatch(/"pupils".*missing/);
  });
});

describe('validateText', () => {
  it('has the expected defaults: a header with no rows is drawable (empty state) with one warning', () => {
    const report = validateText('imd_decile,pupils,sen_support,ehc_plan\n', deprivationContract, { file: 'empty.csv' });
    expect(report).toMatchObject({ rows: 0, errors: 0, warnings: 1 });
    expect(formatReport(report)).toContain('The file can be drawn; check the warnings above.');
  });

  it('reads JSON as well as CSV', () => {
    const json = JSON.stringify([{ imd_decile: 1, pupils: 100, sen_support: 20, ehc_plan: 'c' }]);
    expect(validateText(json, deprivationContract, { file: 'rows.json' }).errors).toBe(0);
    expect(
      validateText('[{"imd_decile": 0, "pupils": 1, "sen_support": 0, "ehc_plan": 0}]', deprivationContract, {
        file: 'bad.json',
      }).errors,
    ).toBe(1);
  });

  it('summarises rows, periods and the symbols met, with their meanings', () => {
    const csv =
      'imd_decile,pupils,sen_support,ehc_plan,time_period\n1,500,c,c,2023/24\n2,450,x,20,2023/24\n3,400,[c],z,2024/25\n';
    const report = validateText(csv, deprivationContract, { file: 'symbols.csv' });
    expect(report.summary).toMatchObject({ rowsRead: 3, periods: ['2023/24', '2024/25'] });
    expect(report.summary!.symbols.map((s) => [s.symbol, s.cells, s.label])).toEqual([
      ['c', 2, 'suppressed'],
      ['[c]', 1, 'suppressed'],
      ['x', 1, 'not available'],
      ['z', 1, 'not applicable'],
    ]);
    expect(formatReport(report).split('\n').slice(1, 3)).toEqual([
      '  Read 3 rows; periods 2023/24 and 2024/25.',
      '  Symbols: c: 2 cells (suppressed); [c]: 1 cell (suppressed); x: 1 cell (not available); z: 1 cell (not applicable).',
    ]);
  });

  it('formats the count in en-GB and caps the list', () => {
    const rows = ['imd_decile,pupils,sen_support,ehc_plan', ...Array.from({ length: 60 }, () => '0,1,1,1')].join('\n');
    const report = validateText(rows, deprivationContract, { file: 'many.csv' });
    const text = formatReport(report, 5);
    expect(text.split('\n')[0]).toBe('many.csv: 60 errors, 0 warnings (deprivation contract, 60 rows)');
    expect(text).toContain('… and 55 more');
  });
});
