import { issue, SendDataError, type DataIssue } from '../issues.js';
import { isValue } from '../missing.js';
import { findArea, uniqueAreas } from '../presets/areas.js';
import type { AreaOption } from '../presets/preset.js';
import type { ValidatedData } from '../validate.js';

/**
 * Where an area's neighbourhoods (LSOAs) sit in the national Index of Multiple Deprivation: how
 * many fall in each national decile. These are counts of areas, not of people, so disclosure
 * control does not apply to them. Plain numbers and strings, JSON-serialisable.
 */
export interface DeprivationContext {
  /** GSS code of the area, when the counted rows belong to one area. */
  areaCode?: string;
  /** Name of the area, when the counted rows belong to one area and the data names it. */
  areaName?: string;
  /** How many areas (local authority districts) the counted rows belong to; 0 when the rows do not say. */
  areas: number;
  /** LSOAs in each national decile; index 0 is decile 1 (most deprived). Always ten numbers, zeros included. */
  lsoas: number[];
  /** All LSOAs counted. */
  total: number;
  /** The share of the area's LSOAs in each decile, 0–1 (all 0 when there are none). */
  shares: number[];
  /**
   * The share each decile would hold if the area's neighbourhoods were spread like England's: a
   * tenth, because the deciles are tenths of England's LSOAs.
   */
  evenShare: number;
}

/** Options for {@link buildDeprivationContext} and {@link readDeprivationContext}. */
export interface DeprivationContextOptions {
  /** Keep only this area (GSS code or name, any case); an area the rows do not have is an error listing close ones. */
  area?: string;
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * Counts an area's neighbourhoods (LSOAs) in each national IMD decile from validated
 * deprivation-context rows: one row per LSOA (each LSOA counted once) or rows already counted per
 * decile (`lsoas`). CSP-safe (plain loops).
 *
 * @param data rows validated against {@link deprivationContextContract}
 * @param options the area to keep, when the rows hold several
 * @returns ten counts and shares, the area's code and name, and the even (national) share
 * @throws {SendDataError} for invalid rows, an area the rows do not have, or an LSOA given two deciles
 * @example
 * const ctx = buildDeprivationContext(validate(toRawData(rows), deprivationContextContract), { area: 'E08000031' });
 * ctx.lsoas // [33, 45, 17, 15, 11, 9, 13, 11, 3, 1]
 */
export function buildDeprivationContext(
  data: ValidatedData,
  options: DeprivationContextOptions = {},
): DeprivationContext {
  const errors = data.issues.filter((i) => i.severity === 'error');
  if (errors.length) throw new SendDataError(errors);
  const deciles = data.columns.get('imd_decile');
  if (!deciles)
    throw new SendDataError([
      issue('missing-column', 1, 'imd_decile', '', 'the required column "imd_decile" is missing'),
    ]);
  const codes = data.columns.get('area_code');
  const names = data.columns.get('area_name');
  const lsoaCodes = data.columns.get('lsoa_code');
  const counted = data.columns.get('lsoas');

  // which rows: one area when asked for and the rows say which area each is in
  let keep: ((r: number) => boolean) | undefined;
  let chosen: AreaOption | undefined;
  if (options.area?.trim() && (codes || names)) {
    // one entry per distinct cell (a district's rows repeat the same strings)
    const list = new Map<unknown, AreaOption>();
    const keyCol = codes ?? names!;
    for (let r = 0; r < data.numRows; r++) {
      if (!list.has(keyCol[r])) list.set(keyCol[r], { code: text(codes?.[r]), name: text(names?.[r]) });
    }
    chosen = findArea(uniqueAreas([...list.values()]), options.area);
    const a = chosen;
    keep = codes ? (r) => text(codes[r]) === a.code : (r) => text(names![r]) === a.name;
  }

  const lsoas = new Array<number>(10).fill(0);
  const seen = new Map<string, { decile: number; row: number }>();
  const areaKeys = new Set<string>();
  let areaCode: string | undefined;
  let areaName: string | undefined;
  const problems: DataIssue[] = [];
  const column = (name: string) => data.sourceNames.get(name) ?? name;
  for (let r = 0; r < data.numRows; r++) {
    if (keep && !keep(r)) continue;
    const d = deciles[r];
    if (typeof d !== 'number') continue; // validation has reported it
    let n = 1;
    if (counted) {
      const c = counted[r];
      if (!isValue(c)) {
        problems.push(
          issue(
            'invalid-value',
            data.rowNumbers[r]!,
            column('lsoas'),
            '',
            `row ${data.rowNumbers[r]}: the number of LSOAs in decile ${d} is empty`,
          ),
        );
        continue;
      }
      n = c;
    } else if (lsoaCodes) {
      const code = text(lsoaCodes[r]);
      if (!code) continue;
      const before = seen.get(code);
      if (before) {
        if (before.decile !== d) {
          problems.push(
            issue(
              'conflicting-decile',
              data.rowNumbers[r]!,
              column('imd_decile'),
              String(d),
              `LSOA ${code} is in decile ${before.decile} in row ${before.row} and in decile ${d} in row ${data.rowNumbers[r]}`,
            ),
          );
        }
        continue; // each neighbourhood counts once
      }
      seen.set(code, { decile: d, row: data.rowNumbers[r]! });
    }
    lsoas[d - 1]! += n;
    const code = text(codes?.[r]);
    const name = text(names?.[r]);
    if (code || name) {
      areaKeys.add(code || name);
      areaCode ??= code || undefined;
      areaName ??= name || undefined;
    }
    if (problems.length >= 20) break;
  }
  if (problems.length) throw new SendDataError(problems);
  const total = lsoas.reduce((s, n) => s + n, 0);
  const context: DeprivationContext = {
    areas: areaKeys.size,
    lsoas,
    total,
    shares: lsoas.map((n) => (total > 0 ? n / total : 0)),
    evenShare: 0.1,
  };
  const one = areaKeys.size === 1;
  const code = chosen?.code || (one ? areaCode : undefined);
  const name = chosen?.name || (one ? areaName : undefined);
  if (code) context.areaCode = code;
  if (name) context.areaName = name;
  return context;
}
