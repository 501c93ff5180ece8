import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatIssue, listPresets, presetContract, SendDataError, type Contract } from '@send-insight/data';
import { parseArgs, UsageError, type ParsedArgs } from './args.js';
import { COMPONENTS, CONTRACTS, findComponent, findContract } from './components.js';
import { RenderDataError, renderChart } from './render.js';
import { formatReport, validateText } from './validate.js';

export const HELP = `send-insight: check SEND data files and draw send-insight charts without a web page.

Usage
  send-insight validate --preset NAME <file.csv> [--area CODE] [--period P] [--min-count N] [--json]
  send-insight validate <contract> <file.csv|file.json> [--preset NAME --area CODE] [--period P] [--columns JSON] [--min-count N] [--json]
  send-insight render <component> --data <file.csv|file.json> --out <chart.svg|png|pdf|html> [--width 800] [--scale 2] [--ATTRIBUTE VALUE …]

Contracts:   ${Object.keys(CONTRACTS).join(', ')}
Components:  ${COMPONENTS.map((c) => c.name).join(', ')}
Presets:     ${listPresets()
  .map((p) => p.name)
  .join(', ')}

validate prints what the file holds (rows, areas, periods, the symbols met) and every problem with its row and
column, and exits with 1 if any is an error (0 when the file can be drawn). With --preset the preset names the contract,
and without --area every area in the file is read and checked.
render draws the chart in headless Chromium from the same elements a web page uses. Any other --name value is set as an
attribute of the element, e.g. --heading "EHC plans by need" --theme council --preset ees-ehc-plans-by-need --area E08000031.
Chromium is found at /usr/bin/chromium (or CHROME_PATH, or --chromium PATH); nothing is downloaded.

Examples
  send-insight validate --preset ees-ehc-plans-by-need sen_needs_all_plans.csv
  send-insight validate --preset ees-sen2-mi sen2_mi.csv --area Wolverhampton
  send-insight validate needs ehcp2025_sen_needs_all_plans.csv --preset ees-ehc-plans-by-need --area E08000031
  send-insight render need-breakdown --data needs.csv --heading "Primary need" --out needs.svg`;

/** Where the CLI writes: swapped in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = { out: (t) => process.stdout.write(t + '\n'), err: (t) => process.stderr.write(t + '\n') };

function option(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return v === undefined || v === '' ? undefined : v;
}

function numberOption(args: ParsedArgs, name: string): number | undefined {
  const v = option(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a number, got "${v}"`);
  return n;
}

function columnsOption(args: ParsedArgs): Record<string, string> | undefined {
  const text = option(args, 'columns');
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (
      parsed &&
      typeof parsed === 'object' &&
      !Array.isArray(parsed) &&
      Object.values(parsed).every((v) => typeof v === 'string')
    ) {
      return parsed as Record<string, string>;
    }
  } catch {
    // fall through
  }
  throw new UsageError(`--columns must be a JSON object such as '{"pupils":"headcount"}', got ${text}`);
}

async function readInput(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `file not found: ${path}` : `cannot read ${path} (${code ?? String(e)})`);
  }
}

/** The contract a preset implies, or a usage error saying why there is none. */
function contractOfPreset(preset: string): Contract {
  let contract: Contract | undefined;
  try {
    contract = presetContract(preset);
  } catch (e) {
    if (e instanceof SendDataError) throw new UsageError(e.issues.map((i) => i.message).join('; '));
    throw e;
  }
  if (!contract) {
    throw new UsageError(
      `the ${preset} preset passes the file's own columns through, so name the contract: send-insight validate needs file.csv --preset ${preset} --columns '{"pupils":"…"}'`,
    );
  }
  return contract;
}

async function validateCommand(args: ParsedArgs, io: Io): Promise<number> {
  const preset = option(args, 'preset');
  const words = args.positional.slice(1);
  let contract: Contract | undefined;
  let file: string | undefined;
  if (words.length >= 2) {
    const [contractName] = words;
    file = words[1];
    contract = findContract(contractName!);
    if (!contract)
      throw new UsageError(`unknown contract "${contractName}": use one of ${Object.keys(CONTRACTS).join(', ')}`);
  } else if (words.length === 1 && preset) {
    file = words[0];
    contract = contractOfPreset(preset);
  } else if (words.length === 1 && findContract(words[0]!)) {
    throw new UsageError(`validate ${words[0]} needs a file: send-insight validate ${words[0]} file.csv`);
  } else {
    throw new UsageError(
      'validate needs a contract and a file (send-insight validate needs file.csv), or a preset and a file (send-insight validate --preset ees-ehc-plans-by-need file.csv)',
    );
  }
  const minCount = numberOption(args, 'min-count');
  const report = validateText(await readInput(file!), contract, {
    file: basename(file!),
    preset,
    area: option(args, 'area'),
    period: option(args, 'period'),
    columns: columnsOption(args),
    ...(minCount === undefined ? {} : { minCount }),
  });
  if (args.flags.has('json')) io.out(JSON.stringify(report, null, 2));
  else io.out(formatReport(report));
  return report.errors ? 1 : 0;
}

const RENDER_OWN = new Set(['data', 'out', 'width', 'scale', 'bundle', 'chromium', 'timeout']);

async function renderCommand(args: ParsedArgs, io: Io): Promise<number> {
  const [, name] = args.positional;
  if (!name) throw new UsageError(`render needs a component: one of ${COMPONENTS.map((c) => c.name).join(', ')}`);
  const component = findComponent(name);
  if (!component)
    throw new UsageError(`unknown component "${name}": use one of ${COMPONENTS.map((c) => c.name).join(', ')}`);
  const dataPath = option(args, 'data') ?? args.positional[2];
  const out = option(args, 'out');
  if (!dataPath) throw new UsageError('render needs --data file.csv');
  if (!out) throw new UsageError('render needs --out chart.svg (or .png, .pdf, .html)');
  const attributes: Record<string, string> = {};
  for (const [key, value] of args.options) if (!RENDER_OWN.has(key)) attributes[key] = value;
  for (const flag of args.flags) if (!['help', 'json', 'quiet'].includes(flag)) attributes[flag] = '';
  try {
    const result = await renderChart({
      component,
      data: await readInput(dataPath),
      out,
      attributes,
      width: numberOption(args, 'width'),
      scale: numberOption(args, 'scale'),
      bundle: option(args, 'bundle'),
      chromium: option(args, 'chromium'),
      timeout: numberOption(args, 'timeout'),
    });
    if (!args.flags.has('quiet')) {
      io.out(`wrote ${result.out} (${result.format.toUpperCase()}, ${result.bytes.toLocaleString('en-GB')} bytes)`);
      io.out(result.summary);
    }
    return 0;
  } catch (e) {
    if (e instanceof RenderDataError) {
      io.err(`${basename(dataPath)}: the chart cannot be drawn:`);
      for (const i of e.issues) io.err(`  error: ${formatIssue(i)}`);
      return 1;
    }
    throw e;
  }
}

/**
 * Runs the CLI.
 * @param argv arguments after `send-insight`
 * @param io where output goes
 * @returns the exit code: 0 ok, 1 data errors or failure, 2 usage mistakes
 * @example await main(['validate', 'needs', 'needs.csv']) // 0 when the file is valid
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const args = parseArgs(argv);
  const command = args.positional[0];
  try {
    if (!command || command === 'help' || args.flags.has('help')) {
      io.out(HELP);
      return command || args.flags.has('help') ? 0 : 2;
    }
    if (command === 'validate') return await validateCommand(args, io);
    if (command === 'render') return await renderCommand(args, io);
    throw new UsageError(`unknown command "${command}": use validate or render (send-insight --help)`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`send-insight: ${e.message}`);
      return 2;
    }
    io.err(`send-insight: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
