import { dateOrUndefined } from './validate-cells.js';
import { issue, type DataIssue } from './issues.js';
import { DEFAULT_SYMBOLS, isMissing, type Missing, symbolToMissing, missing } from './missing.js';
import type { RawData } from './input.js';
import type { ColumnSpec, Contract } from './schema.js';
import { suggest } from './suggest.js';
import { parseNumberDetailed } from './values.js';
import { symbolsAllowed } from './contracts/describe-column.js';

/** A contract's typed columns after validation. Numeric cells are numbers or {@link Missing}; never NaN. */
export interface ValidatedData {
  contract: Contract;
  numRows: number;
  /** Typed cells by contract column name (absent optional columns are not present). */
  columns: Map<string, (number | Missing | string | undefined)[]>;
  /** Spreadsheet row number of each row. */
  rowNumbers: ArrayLike<number>;
  /** The source header each contract column was read from. */
  sourceNames: Map<string, string>;
  /** Every issue found; if any is an error the data must not be drawn. */
  issues: DataIssue[];
  source?: string;
}

export interface ValidateOptions {
  /** Contract name → source column name. */
  columns?: Readonly<Record<string, string>>;
  /** Stop collecting after this many issues. Default 200. */
  maxIssues?: number;
}

const MAX_ISSUES = 200;

/**
 * The longest text a cell may hold, in characters: a name, a label, an action's text or a web
 * address. No published label comes near it (the longest in the real files read here has 74
 * characters); a cell this long is most often a CSV whose quotation mark was never closed, so that
 * it ran on through the rows after it. Longer text is an error naming its column and row: drawn, a
 * word of 100,000 characters took Chromium about 22 s to lay out in DejaVu Sans.
 */
export const MAX_CELL_TEXT = 1000;

function label(spec: ColumnSpec): string {
  if (spec.type === 'code') return `one of ${spec.values!.join(', ')}`;
  if (spec.type === 'date') return 'a date like 2025-03-31 or 31/03/2025';
  const range =
    spec.min !== undefined && spec.max !== undefined
      ? ` from ${spec.min} to ${spec.max}`
      : spec.min !== undefined
        ? ` of at least ${spec.min}`
        : '';
  if (spec.type === 'count') return `a whole number${range || ' of 0 or more'}`;
  if (spec.type === 'integer') return `a whole number${range}`;
  if (spec.type === 'percent') return `a percentage${range || ' from 0 to 100'}`;
  return `a number${range}`;
}

/**
 * Checks raw input against a contract and returns typed columns with every issue found.
 * Nothing is dropped or coerced silently: a bad cell is an error naming its row and column.
 *
 * @param raw input from {@link toRawData}
 * @param contract the schema to check against
 * @returns typed columns and issues (errors and warnings)
 * @example validate(toRawData('imd_decile,pupils,sen_support,ehc_plan\n11,5,1,0'), deprivationContract).issues[0].message
 */
export function validate(raw: RawData, contract: Contract, options: ValidateOptions = {}): ValidatedData {
  const maxIssues = options.maxIssues ?? MAX_ISSUES;
  const issues: DataIssue[] = [];
  let overflow = 0;
  const push = (i: DataIssue) => {
    if (issues.length < maxIssues) issues.push(i);
    else overflow++;
  };
  const mapping = options.columns ?? {};
  const symbols = contract.symbols ?? DEFAULT_SYMBOLS;
  const columns = new Map<string, (number | Missing | string | undefined)[]>();
  const sourceNames = new Map<string, string>();
  const sourceSet = new Set(raw.columns);
  const lowerSource = new Map(raw.columns.map((c) => [c.trim().toLowerCase(), c]));
  const contractNames = contract.columns.map((c) => c.name);

  for (const [name, source] of Object.entries(mapping)) {
    if (!contractNames.includes(name)) {
      const hint = suggest(name, contractNames);
      push(
        issue(
          'unknown-mapping',
          0,
          name,
          source,
          `the column mapping names "${name}", which is not a ${contract.title} column${hint ? ` (did you mean "${hint}"?)` : ''}`,
        ),
      );
    } else if (!sourceSet.has(source)) {
      const hint = suggest(source, raw.columns);
      push(
        issue(
          'missing-column',
          1,
          source,
          '',
          `the column mapping reads "${name}" from "${source}", but the data has no column "${source}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
        ),
      );
    }
  }

  const used = new Set<string>();
  for (const spec of contract.columns) {
    let source: string | undefined = mapping[spec.name];
    if (source !== undefined && !sourceSet.has(source)) continue; // reported above
    source ??= lowerSource.get(spec.name) ?? spec.aliases?.map((a) => lowerSource.get(a)).find((s) => s !== undefined);
    if (source === undefined) {
      if (spec.required) {
        const unused = raw.columns.filter((c) => !contractNames.includes(c) && !used.has(c));
        const hint = suggest(spec.name, unused);
        push(
          issue(
            'missing-column',
            1,
            spec.name,
            '',
            hint
              ? `the required column "${spec.name}" is missing; the header "${hint}" looks like it: rename it to "${spec.name}" or map it with columns='{"${spec.name}": "${hint}"}'`
              : `the required column "${spec.name}"${spec.description ? ` (${spec.description})` : ''} is missing from the header row`,
          ),
        );
      }
      continue;
    }
    used.add(source);
    sourceNames.set(spec.name, source);
    columns.set(spec.name, readColumn(spec, source, raw, symbols, push));
  }

  // headers that look like a misspelt contract column (an unmapped "ehcp" when "ehc_plan" is missing)
  for (const c of raw.columns) {
    if (used.has(c) || contractNames.includes(c)) continue;
    const hint = suggest(
      c,
      contractNames.filter((n) => !columns.has(n)),
    );
    if (hint && !issues.some((i) => i.code === 'missing-column' && i.column === hint)) {
      push(issue('unknown-column', 1, c, c, `the column "${c}" is not used; did you mean "${hint}"?`, 'warning'));
    }
  }

  // cross-column checks (a part cannot exceed its whole…)
  for (const check of contract.checks ?? []) {
    for (const found of check({ numRows: raw.numRows, columns, rowNumbers: raw.rowNumbers, sourceNames })) push(found);
  }

  // optional key columns (time_period, plan) take part only when present
  const keyNames = (contract.key ?? []).filter((k) => columns.has(k));
  const requiredKeys = (contract.key ?? []).filter((k) => contract.columns.find((c) => c.name === k)?.required);
  if (keyNames.length && requiredKeys.every((k) => columns.has(k))) {
    const keyCols = keyNames.map((k) => columns.get(k)!);
    const seen = new Map<string, number>();
    for (let r = 0; r < raw.numRows; r++) {
      const key = keyCols.map((col) => String(col[r] ?? '')).join('\u0001');
      const first = seen.get(key);
      if (first !== undefined) {
        push(
          issue(
            'duplicate-key',
            raw.rowNumbers[r]!,
            keyNames.join(', '),
            keyCols.map((col) => String(col[r] ?? '')).join(', '),
            `this row repeats row ${raw.rowNumbers[first]} (same ${keyNames.join(', ')}); remove one or add a column that tells them apart`,
          ),
        );
      } else seen.set(key, r);
    }
  }

  if (raw.numRows === 0) push(issue('no-rows', 0, '', '', 'the data has a header but no rows', 'warning'));
  if (overflow)
    push(
      issue(
        'more-issues',
        0,
        '',
        '',
        `and ${overflow.toLocaleString('en-GB')} more issues`,
        issues.some((i) => i.severity === 'error') ? 'error' : 'warning',
      ),
    );
  return {
    contract,
    numRows: raw.numRows,
    columns,
    rowNumbers: raw.rowNumbers,
    sourceNames,
    issues,
    source: raw.source,
  };
}

function readColumn(
  spec: ColumnSpec,
  source: string,
  raw: RawData,
  symbols: ReturnType<() => Contract['symbols']> & object,
  push: (i: DataIssue) => void,
): (number | Missing | string | undefined)[] {
  const cells = raw.values.get(source)!;
  const n = raw.numRows;
  const out = new Array<number | Missing | string | undefined>(n);
  const numeric = spec.type === 'count' || spec.type === 'number' || spec.type === 'integer' || spec.type === 'percent';
  const allowSymbols = symbolsAllowed(spec);
  const lookup = spec.type === 'code' ? codeLookup(spec) : undefined;
  const expected = label(spec);
  const bad = (r: number, value: unknown, message: string) =>
    push(issue('invalid-value', raw.rowNumbers[r]!, source, value, message));

  for (let r = 0; r < n; r++) {
    const v = cells[r];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      if (spec.required) {
        if (numeric && allowSymbols) out[r] = missing('blank');
        else bad(r, '', `the cell is empty; expected ${expected}`);
      }
      out[r] ??= undefined;
      continue;
    }
    if (typeof v === 'object' && isMissing(v)) {
      if (numeric && allowSymbols) out[r] = v;
      else bad(r, String(v), `expected ${expected}, got the symbol "${String(v)}" (${v.label})`);
      continue;
    }
    if (numeric) {
      let value: number | undefined;
      let text = '';
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) {
          bad(r, String(v), `expected ${expected}, got ${String(v)}`);
          continue;
        }
        value = v;
      } else if (typeof v === 'string') {
        text = v;
        const m = symbolToMissing(v, symbols);
        if (m) {
          if (allowSymbols) out[r] = m;
          else bad(r, v, `expected ${expected}, got "${v}" (a symbol for "${m.label}"), which this column cannot hold`);
          continue;
        }
        const parsed = parseNumberDetailed(v);
        if (!parsed) {
          bad(r, v, `expected ${expected}, got "${v.length > 40 ? v.slice(0, 40) + '…' : v}"`);
          continue;
        }
        if (parsed.percent && spec.type !== 'percent') {
          bad(r, v, `expected ${expected}, got a percentage "${v}"`);
          continue;
        }
        value = parsed.value;
      } else {
        bad(r, String(v), `expected ${expected}, got ${typeof v}`);
        continue;
      }
      const whole = spec.type === 'count' || spec.type === 'integer';
      if (whole && !Number.isInteger(value)) {
        bad(r, text || value, `expected ${expected}, got ${text || value}`);
        continue;
      }
      const min = spec.min ?? (spec.type === 'count' || spec.type === 'percent' ? 0 : undefined);
      const max = spec.max ?? (spec.type === 'percent' ? 100 : undefined);
      if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        bad(r, text || value, `expected ${expected}, got ${text || value}`);
        continue;
      }
      out[r] = value;
      continue;
    }
    const text = String(v).trim();
    if (text.length > MAX_CELL_TEXT) {
      const long = Array.from(text).length;
      if (long > MAX_CELL_TEXT) {
        push(
          issue(
            'text-too-long',
            raw.rowNumbers[r]!,
            source,
            text,
            `the text is ${long.toLocaleString('en-GB')} characters long, more than the ${MAX_CELL_TEXT.toLocaleString('en-GB')} a chart shows; a cell this long is often a quotation mark left open that runs on into the rows after it`,
          ),
        );
        continue;
      }
    }
    if (spec.type === 'code') {
      const code = lookup!.get(text.toLowerCase());
      if (code === undefined) {
        const hint = suggest(text, spec.values!);
        bad(
          r,
          text,
          `"${text.length > 40 ? text.slice(0, 40) + '…' : text}" is not a known code; expected ${expected}${hint ? ` (did you mean "${hint}"?)` : ''}`,
        );
        continue;
      }
      out[r] = code;
    } else if (spec.type === 'date') {
      const iso = dateOrUndefined(v);
      if (iso === undefined) {
        bad(r, text, `"${text.length > 40 ? text.slice(0, 40) + '…' : text}" is not a date; expected ${expected}`);
        continue;
      }
      out[r] = iso;
    } else {
      out[r] = text;
    }
  }
  return out;
}

function codeLookup(spec: ColumnSpec): Map<string, string> {
  const map = new Map<string, string>();
  for (const v of spec.values ?? []) map.set(v.toLowerCase(), v);
  for (const [alias, v] of Object.entries(spec.valueAliases ?? {})) map.set(alias.toLowerCase(), v);
  return map;
}

/** Materialises validated columns as row objects (for small datasets, tables and tests). */
export function validatedRows(data: ValidatedData): Record<string, number | Missing | string | undefined>[] {
  const names = [...data.columns.keys()];
  const out: Record<string, number | Missing | string | undefined>[] = new Array(data.numRows);
  for (let r = 0; r < data.numRows; r++) {
    const row: Record<string, number | Missing | string | undefined> = {};
    for (const name of names) row[name] = data.columns.get(name)![r];
    out[r] = row;
  }
  return out;
}
