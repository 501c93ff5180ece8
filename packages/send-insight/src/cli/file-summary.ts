import {
  DEFAULT_SYMBOLS,
  isMissing,
  listAreas,
  missing,
  periodLabel,
  type MissingKind,
  type RawData,
  type ValidatedData,
} from '@send-insight/data';

/** How many cells of a file hold one published symbol. */
export interface SymbolCount {
  /** The symbol as published, e.g. `x`. */
  symbol: string;
  kind: MissingKind;
  /** Its meaning in words, e.g. "not available". */
  label: string;
  cells: number;
}

/** What a file holds, for the report of `send-insight validate`. */
export interface FileSummary {
  /** Data rows in the file as read (before any preset). */
  rowsRead: number;
  /** Areas by level, when the file says (EES `geographic_level`), or the number of areas a preset lists. */
  areas?: { national: number; regional: number; local: number } | { areas: number };
  /** Every period in the file, as labels (202425 → 2024/25), in order. */
  periods: string[];
  /** The published symbols met, most common first. */
  symbols: SymbolCount[];
}

const PERIOD_COLUMNS = ['time_period', 'period'];

/**
 * Summarises a file for the validation report: rows, areas, periods and the symbols met.
 *
 * @param raw the file as read
 * @param options the preset it was read with (for its symbols and areas), and the validated data (for periods when there is no preset)
 * @returns the summary
 * @example summariseFile(fromCsvText(text), { preset: 'ees-ehc-plans-by-need' }).symbols // [{ symbol: 'x', cells: 2418, … }]
 */
export function summariseFile(
  raw: RawData,
  options: { preset?: string; symbols?: Readonly<Record<string, MissingKind>>; validated?: ValidatedData } = {},
): FileSummary {
  const symbols = options.symbols ?? DEFAULT_SYMBOLS;
  const counts = new Map<string, number>();
  for (const name of raw.columns) {
    const cells = raw.values.get(name)!;
    for (let r = 0; r < raw.numRows; r++) {
      const v = cells[r];
      const t = isMissing(v) ? v.symbol : typeof v === 'string' ? v.trim() : '';
      if (t && symbols[t] !== undefined) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  const symbolCounts = [...counts.entries()]
    .map(([symbol, cells]) => ({
      symbol,
      kind: symbols[symbol]!,
      label: missing(symbols[symbol]!, symbol).label,
      cells,
    }))
    .sort((a, b) => b.cells - a.cells || a.symbol.localeCompare(b.symbol));

  const periodSet = new Set<string>();
  const periodColumn = PERIOD_COLUMNS.map((c) => raw.values.get(c)).find((c) => c !== undefined);
  if (periodColumn) for (let r = 0; r < raw.numRows; r++) periodSet.add(periodLabel(periodColumn[r]));
  else if (options.validated) {
    const col = PERIOD_COLUMNS.map((c) => options.validated!.columns.get(c)).find((c) => c !== undefined);
    if (col) for (const v of col) if (typeof v === 'string' || typeof v === 'number') periodSet.add(String(v));
  }
  periodSet.delete('');

  let areas: FileSummary['areas'];
  const level = raw.values.get('geographic_level');
  if (level) {
    const seen = { national: new Set<string>(), regional: new Set<string>(), local: new Set<string>() };
    const code = (name: string, r: number) => String(raw.values.get(name)?.[r] ?? '').trim();
    for (let r = 0; r < raw.numRows; r++) {
      const l = String(level[r] ?? '').trim();
      if (l === 'National') seen.national.add(code('country_code', r) || 'E92000001');
      else if (l === 'Regional') seen.regional.add(code('region_code', r) || code('region_name', r));
      else if (l === 'Local authority') seen.local.add(`${code('new_la_code', r)}|${code('la_name', r)}`);
    }
    areas = { national: seen.national.size, regional: seen.regional.size, local: seen.local.size };
  } else if (options.preset) {
    areas = { areas: listAreas(raw, options.preset).length };
  }
  return { rowsRead: raw.numRows, ...(areas ? { areas } : {}), periods: [...periodSet].sort(), symbols: symbolCounts };
}

const n = (v: number) => v.toLocaleString('en-GB');
const plural = (v: number, one: string, many = `${one}s`) => `${n(v)} ${v === 1 ? one : many}`;

/**
 * The summary as lines of text for the terminal.
 * @param s from {@link summariseFile}
 * @returns lines such as "Read 13,939 rows: 153 local authorities, 9 regions and England; period 2024/25."
 * @example formatSummary(summary)[1] // 'Symbols: x: 2,418 cells (not available).'
 */
export function formatSummary(s: FileSummary): string[] {
  const parts: string[] = [];
  if (s.areas && 'local' in s.areas) {
    const list = [
      s.areas.local ? plural(s.areas.local, 'local authority', 'local authorities') : '',
      s.areas.regional ? plural(s.areas.regional, 'region') : '',
      s.areas.national ? 'England' : '',
    ].filter(Boolean);
    if (list.length) parts.push(list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0]!);
  } else if (s.areas) parts.push(plural(s.areas.areas, 'area'));
  const p = s.periods;
  const periods = !p.length
    ? 'no period column'
    : p.length === 1
      ? `period ${p[0]}`
      : p.length <= 4
        ? `periods ${p.slice(0, -1).join(', ')} and ${p.at(-1)}`
        : `${n(p.length)} periods, ${p[0]} to ${p.at(-1)}`;
  const head = `Read ${plural(s.rowsRead, 'row')}${parts.length ? `: ${parts.join('; ')}` : ''}; ${periods}.`;
  const symbols = s.symbols.length
    ? `Symbols: ${s.symbols.map((x) => `${x.symbol}: ${plural(x.cells, 'cell')} (${x.label.replace(/ \((.*)\)$/, ': $1')})`).join('; ')}.`
    : 'Symbols: none.';
  return [head, symbols];
}
