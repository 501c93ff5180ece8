import { isMissing, missing, type Missing, type MissingKind } from '../missing.js';

/** The three counts the deprivation chart reads. */
export type DeprivationCountColumn = 'pupils' | 'sen_support' | 'ehc_plan';

/** Which comparison a row belongs to: the local area, or England as a whole. */
export type DeprivationGeography = 'local' | 'england';

/** A cell as it arrives from validation: a number, a typed missing value, or nothing. */
export type CountCell = number | Missing | string | undefined | null;

/** Columns to aggregate; all arrays have one entry per row. */
export interface DecileColumns {
  /** IMD decile 1–10 per row (1 = most deprived). Rows with another value are counted in `skipped`. */
  imd_decile: ArrayLike<CountCell>;
  /** Pupils per row. Leave out for pupil-level data: each row is then one pupil. */
  pupils?: ArrayLike<CountCell>;
  /** SEN support count per row (0/1 for pupil-level data). */
  sen_support: ArrayLike<CountCell>;
  /** EHC plan count per row (0/1 for pupil-level data). */
  ehc_plan: ArrayLike<CountCell>;
  /** `local` / `england` per row; `england` (any case) or the England GSS code E92000001 marks the comparator, anything else is local. */
  geography?: ArrayLike<CountCell>;
  /** Period per row, e.g. `2022/23`; rows of each period are added up separately. */
  time_period?: ArrayLike<CountCell>;
  /** Only rows whose index passes are used (e.g. rows of one local authority). */
  include?: (row: number) => boolean;
}

/** Summed counts for one geography and period, indexed by decile − 1. */
export interface DecileTotals {
  geography: DeprivationGeography;
  /** The period, or undefined when the data has no `time_period` column. */
  period: string | undefined;
  /**
   * Sum per decile. A decile is a {@link Missing} when one of its rows had a missing count (the sum
   * is then unknown; a suppressed cell makes the whole decile suppressed), or `not_available`
   * with the `x` symbol when no row fell in it.
   */
  pupils: (number | Missing)[];
  sen_support: (number | Missing)[];
  ehc_plan: (number | Missing)[];
  /** Rows that fell in each decile. */
  rows: number[];
}

/** Result of {@link aggregateDeciles}. */
export interface DecileAggregation {
  /** One entry per geography × period, local first, periods in first-seen order. */
  groups: DecileTotals[];
  /** Rows left out because their decile was not a whole number from 1 to 10. */
  skipped: number;
}

const ENGLAND_CODE = 'E92000001';
// kind codes stored per cell: 0 = none; suppressed wins over any other kind
const KINDS: MissingKind[] = ['suppressed', 'not_available', 'not_applicable', 'low', 'low_reliability', 'blank'];
const NO_ROWS = missing('not_available', 'x');

function geographyOf(v: CountCell): DeprivationGeography {
  if (typeof v !== 'string') return 'local';
  const t = v.trim();
  return t.toLowerCase() === 'england' || t.toUpperCase() === ENGLAND_CODE ? 'england' : 'local';
}

function periodOf(v: CountCell): string | undefined {
  if (v === undefined || v === null || isMissing(v)) return undefined;
  const t = String(v).trim();
  return t === '' ? undefined : t;
}

function decileOf(v: CountCell): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 10 ? n : 0;
}

/**
 * Adds up pupil-, LSOA- or decile-level rows into counts per IMD decile, per geography
 * (local / England) and per period. A typed-array kernel over plain columns: no arquero
 * expression, no `Function()`, so it runs under a strict Content-Security-Policy.
 *
 * Missing counts are never treated as 0: a decile with a missing cell gets that missing value
 * (suppressed if any of its cells was suppressed), and a decile with no rows is `not_available`.
 *
 * @param columns the contract columns (as validated, or plain arrays / typed arrays)
 * @returns counts per decile for each geography × period, and how many rows were skipped
 * @example
 * aggregateDeciles({ imd_decile: [1, 1, 2], pupils: [300, 200, 400], sen_support: [60, 40, 44], ehc_plan: [12, 10, 16] })
 *   .groups[0].sen_support.slice(0, 2) // [100, 44]
 */
export function aggregateDeciles(columns: DecileColumns): DecileAggregation {
  const {
    imd_decile: decile,
    pupils,
    sen_support: sen,
    ehc_plan: ehc,
    geography,
    time_period: period,
    include,
  } = columns;
  const n = decile.length;
  for (const [name, col] of [
    ['sen_support', sen],
    ['ehc_plan', ehc],
    ['pupils', pupils],
    ['geography', geography],
    ['time_period', period],
  ] as const) {
    if (col && col.length !== n)
      throw new RangeError(`aggregateDeciles: column "${name}" has ${col.length} values but "imd_decile" has ${n}`);
  }

  if (
    !geography &&
    !period &&
    !include &&
    ArrayBuffer.isView(decile) &&
    ArrayBuffer.isView(sen) &&
    ArrayBuffer.isView(ehc) &&
    (!pupils || ArrayBuffer.isView(pupils))
  ) {
    return aggregateTyped(
      decile as unknown as ArrayLike<number>,
      pupils as unknown as ArrayLike<number> | undefined,
      sen as unknown as ArrayLike<number>,
      ehc as unknown as ArrayLike<number>,
    );
  }

  const keys = new Map<string, number>();
  const meta: { geography: DeprivationGeography; period: string | undefined }[] = [];
  let capacity = 4;
  let sums = new Float64Array(capacity * 30); // per group: 10 pupils, 10 sen, 10 ehc
  let kinds = new Uint8Array(capacity * 30);
  let rowCounts = new Int32Array(capacity * 10);
  let skipped = 0;
  let lastKey = '';
  let lastGroup = -1;

  for (let r = 0; r < n; r++) {
    if (include && !include(r)) continue;
    const d = decileOf(decile[r]);
    if (d === 0) {
      skipped++;
      continue;
    }
    let g: number;
    if (geography || period) {
      const geo = geography ? geographyOf(geography[r]) : 'local';
      const per = period ? periodOf(period[r]) : undefined;
      const key = per === undefined ? geo : `${geo}\u0001${per}`;
      if (key === lastKey) g = lastGroup;
      else {
        let found = keys.get(key);
        if (found === undefined) {
          found = meta.length;
          keys.set(key, found);
          meta.push({ geography: geo, period: per });
          if (found >= capacity) {
            capacity *= 2;
            const s = new Float64Array(capacity * 30);
            s.set(sums);
            sums = s;
            const k = new Uint8Array(capacity * 30);
            k.set(kinds);
            kinds = k;
            const c = new Int32Array(capacity * 10);
            c.set(rowCounts);
            rowCounts = c;
          }
        }
        g = found;
        lastKey = key;
        lastGroup = g;
      }
    } else {
      if (lastGroup < 0) {
        meta.push({ geography: 'local', period: undefined });
        lastGroup = 0;
      }
      g = 0;
    }
    const base = g * 30 + d - 1;
    rowCounts[g * 10 + d - 1]++;
    add(pupils ? pupils[r] : 1, base);
    add(sen[r], base + 10);
    add(ehc[r], base + 20);
  }

  function add(v: CountCell, at: number): void {
    if (typeof v === 'number' && Number.isFinite(v)) {
      sums[at] += v;
      return;
    }
    const kind = isMissing(v)
      ? v.kind
      : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
        ? undefined
        : 'blank';
    if (kind === undefined) {
      sums[at] += Number(v);
      return;
    }
    const code = KINDS.indexOf(kind) + 1;
    if (kinds[at] === 0 || code === 1) kinds[at] = code;
  }

  const groups: DecileTotals[] = meta.map((m, g) => {
    const cells = (offset: number): (number | Missing)[] => {
      const out: (number | Missing)[] = new Array(10);
      for (let d = 0; d < 10; d++) {
        const at = g * 30 + offset + d;
        if (rowCounts[g * 10 + d] === 0) out[d] = NO_ROWS;
        else if (kinds[at] !== 0) out[d] = missing(KINDS[kinds[at]! - 1]!);
        else out[d] = sums[at]!;
      }
      return out;
    };
    return {
      geography: m.geography,
      period: m.period,
      pupils: cells(0),
      sen_support: cells(10),
      ehc_plan: cells(20),
      rows: Array.from(rowCounts.subarray(g * 10, g * 10 + 10)),
    };
  });
  groups.sort((a, b) => (a.geography === b.geography ? 0 : a.geography === 'local' ? -1 : 1));
  return { groups, skipped };
}

/**
 * The fast path for typed-array columns (a typed array cannot hold a missing value, so every
 * cell is a number): one tight loop with no per-cell type checks. NaN counts are treated as
 * missing ("blank"), as in the general path.
 */
function aggregateTyped(
  decile: ArrayLike<number>,
  pupils: ArrayLike<number> | undefined,
  sen: ArrayLike<number>,
  ehc: ArrayLike<number>,
): DecileAggregation {
  const n = decile.length;
  const sums = new Float64Array(30);
  const rows = new Int32Array(10);
  const blank = new Uint8Array(30);
  let skipped = 0;
  const isFloat = (a: unknown) => a instanceof Float64Array || a instanceof Float32Array;
  if (!pupils && !isFloat(decile) && !isFloat(sen) && !isFloat(ehc)) {
    // pupil-level integers: nothing can be NaN, every row is one pupil
    for (let r = 0; r < n; r++) {
      const i = decile[r]! - 1;
      if (i < 0 || i > 9) {
        skipped++;
        continue;
      }
      rows[i]!++;
      sums[i + 10] += sen[r]!;
      sums[i + 20] += ehc[r]!;
    }
    for (let d = 0; d < 10; d++) sums[d] = rows[d]!;
    return typedResult(sums, rows, blank, skipped);
  }
  for (let r = 0; r < n; r++) {
    const d = decile[r]!;
    if (!(d >= 1 && d <= 10) || d !== Math.floor(d)) {
      skipped++;
      continue;
    }
    const i = d - 1;
    rows[i]!++;
    const p = pupils ? pupils[r]! : 1;
    const s = sen[r]!;
    const e = ehc[r]!;
    if (p === p) sums[i] += p;
    else blank[i] = 1;
    if (s === s) sums[i + 10] += s;
    else blank[i + 10] = 1;
    if (e === e) sums[i + 20] += e;
    else blank[i + 20] = 1;
  }
  return typedResult(sums, rows, blank, skipped);
}

function typedResult(sums: Float64Array, rows: Int32Array, blank: Uint8Array, skipped: number): DecileAggregation {
  if (rows.every((c) => c === 0)) return { groups: [], skipped };
  const cells = (offset: number): (number | Missing)[] =>
    Array.from({ length: 10 }, (_, d) =>
      rows[d] === 0 ? NO_ROWS : blank[offset + d] ? missing('blank') : sums[offset + d]!,
    );
  return {
    groups: [
      {
        geography: 'local',
        period: undefined,
        pupils: cells(0),
        sen_support: cells(10),
        ehc_plan: cells(20),
        rows: Array.from(rows),
      },
    ],
    skipped,
  };
}
