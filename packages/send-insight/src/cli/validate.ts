import {
  applyPreset,
  buildDeprivationModel,
  buildNeedsModel,
  buildOutcomesModel,
  formatIssue,
  fromCsvText,
  fromJsonText,
  presetSymbols,
  readActions,
  SendDataError,
  validate,
  type Contract,
  type DataIssue,
  type RawData,
  type ValidatedData,
} from '@send-insight/data';
import { formatSummary, summariseFile, type FileSummary } from './file-summary.js';

/** What `send-insight validate` found in one file. */
export interface ValidationReport {
  /** The file as named on the command line. */
  file: string;
  /** Contract name. */
  contract: string;
  /** Data rows read (after any preset). */
  rows: number;
  /** Every issue, errors first. */
  issues: DataIssue[];
  errors: number;
  warnings: number;
  /** The preset the file was read with, if any. */
  preset?: string;
  /** What the file holds (rows, areas, periods, symbols), when it could be read. */
  summary?: FileSummary;
}

/** Options for {@link validateText}. */
export interface ValidateTextOptions {
  /** Name shown in messages (usually the file name). */
  file: string;
  /** Read a published file as it is, e.g. `ees-ehc-plans-by-need`. */
  preset?: string;
  /** With a preset: the local authority (GSS code, DfE code or name). Without one, every area in the file is read and checked. */
  area?: string;
  /** Time period to keep. */
  period?: string;
  /** Contract column → source column. */
  columns?: Record<string, string>;
  /** Disclosure threshold used when the figures are built. */
  minCount?: number;
}

function readText(text: string, file: string): RawData {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  return /\.json$/i.test(file) || head.startsWith('[') || head.startsWith('{')
    ? fromJsonText(text, file)
    : fromCsvText(text, { source: file });
}

/** The rows of one geography and England, as their own validated data (building a model over every area's rows for each area would be quadratic). */
function rowsOf(data: ValidatedData, indices: number[]): ValidatedData {
  const columns = new Map([...data.columns].map(([name, cells]) => [name, indices.map((i) => cells[i])]));
  return { ...data, numRows: indices.length, columns, rowNumbers: indices.map((i) => data.rowNumbers[i]!) };
}

/** Builds the needs model for "local" when the data has it, else for each area in turn (against England), or for England alone. */
function checkNeedsModel(data: ValidatedData, minCount: number | undefined): void {
  const options = minCount === undefined ? {} : { minCount };
  const geo = data.columns.get('geography');
  const byGeography = new Map<string, number[]>();
  if (geo) {
    geo.forEach((g, i) => {
      if (typeof g !== 'string' || !g.trim()) return;
      let list = byGeography.get(g);
      if (!list) byGeography.set(g, (list = []));
      list.push(i);
    });
  }
  const names = [...byGeography.keys()];
  const isEngland = (g: string) => g.trim().toLowerCase() === 'england';
  if (!geo || names.includes('local') || names.length <= 2) {
    buildNeedsModel(data, names.length && names.every(isEngland) ? { ...options, geography: names[0]! } : options);
    return;
  }
  const england = names.filter(isEngland).flatMap((g) => byGeography.get(g)!);
  // disclosure control throws nothing, so checking every area skips it unless a threshold is given
  const each = minCount === undefined ? { minCount: 1 } : options;
  for (const g of names) {
    if (isEngland(g)) continue;
    const indices = [...byGeography.get(g)!, ...england].sort((a, b) => a - b);
    buildNeedsModel(rowsOf(data, indices), { ...each, geography: g });
  }
}

/** Builds the chart's figures too, so problems only the model can see (duplicates, totals) are reported; for needs data, once per area. */
function checkModel(contract: Contract, data: ValidatedData, minCount: number | undefined): void {
  const options = minCount === undefined ? {} : { minCount };
  if (contract.name === 'deprivation') buildDeprivationModel(data, options);
  else if (contract.name === 'needs') checkNeedsModel(data, minCount);
  else if (contract.name === 'outcomes') buildOutcomesModel(data, options);
  else if (contract.name === 'actions') readActions(data, minCount);
}

/**
 * Checks CSV or JSON text against a contract, the way an element would before drawing it:
 * parse, apply the preset, validate every cell, then build the figures. With a preset and no
 * area, every area in the file is read (`everyArea`) and the figures are built for each.
 *
 * @param text the file's contents
 * @param contract the data contract
 * @param options file name, preset, area, column mapping
 * @returns the issues found, errors first, each with its row and column, and a summary of the file
 * @example validateText('imd_decile,pupils\n11,5', deprivationContract, { file: 'a.csv' }).errors // > 0
 */
export function validateText(text: string, contract: Contract, options: ValidateTextOptions): ValidationReport {
  const issues: DataIssue[] = [];
  let rows = 0;
  let summary: FileSummary | undefined;
  try {
    let raw = readText(text, options.file);
    const file = raw;
    let validated: ValidatedData | undefined;
    try {
      if (options.preset) {
        const out = applyPreset(options.preset, raw, {
          area: options.area,
          period: options.period,
          everyArea: !options.area?.trim(),
        });
        raw = out.data;
        issues.push(...out.issues);
      }
      rows = raw.numRows;
      validated = validate(raw, contract, { columns: options.columns });
      issues.push(...validated.issues);
      if (!issues.some((i) => i.severity === 'error') && rows > 0) checkModel(contract, validated, options.minCount);
    } finally {
      summary = summaryOf(file, options.preset, contract, validated);
    }
  } catch (error) {
    if (error instanceof SendDataError) issues.push(...error.issues);
    else if (error instanceof RangeError || error instanceof TypeError)
      issues.push({ row: 0, column: '', value: '', message: error.message, severity: 'error', code: 'invalid-option' });
    else throw error;
  }
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const key = `${i.severity}|${i.row}|${i.column}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const errors = unique.filter((i) => i.severity === 'error').length;
  return {
    file: options.file,
    contract: contract.name,
    rows,
    issues: unique,
    errors,
    warnings: unique.length - errors,
    ...(options.preset ? { preset: options.preset } : {}),
    ...(summary ? { summary } : {}),
  };
}

/** The file's summary; for a file the preset cannot read (an unknown preset, missing columns), without the preset's areas. */
function summaryOf(
  file: RawData,
  preset: string | undefined,
  contract: Contract,
  validated: ValidatedData | undefined,
): FileSummary {
  if (preset) {
    try {
      return summariseFile(file, { preset, symbols: presetSymbols(preset), validated });
    } catch {
      // fall through: summarise without the preset
    }
  }
  return summariseFile(file, { symbols: contract.symbols, validated });
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

/**
 * The report as lines of text: a verdict, then one line per issue naming its row and column.
 * @param report from {@link validateText}
 * @param max most issues to list
 * @returns text for the terminal
 * @example formatReport(report) // 'needs.csv: 1 error, 0 warnings (needs contract, 12 rows)\n  error: column "pupils", row 3: …'
 */
export function formatReport(report: ValidationReport, max = 50): string {
  const via = report.preset ? ` from the ${report.preset} preset` : '';
  const head = `${report.file}: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')} (${report.contract} contract, ${plural(report.rows, 'row')}${via})`;
  const lines = [
    ...(report.summary ? formatSummary(report.summary).map((l) => `  ${l}`) : []),
    ...report.issues.slice(0, max).map((i) => `  ${i.severity}: ${formatIssue(i)}`),
  ];
  if (report.issues.length > max) lines.push(`  … and ${(report.issues.length - max).toLocaleString('en-GB')} more`);
  if (!report.errors)
    lines.push(report.warnings ? '  The file can be drawn; check the warnings above.' : '  The file is valid.');
  return [head, ...lines].join('\n');
}
