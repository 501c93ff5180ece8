import type { RawData } from '../input.js';
import { DEFAULT_SYMBOLS } from '../missing.js';
import {
  checkPeriod,
  column,
  findArea,
  periodLabel,
  periodMatches,
  rawFrom,
  requireColumns,
  text,
  uniqueAreas,
} from './read-cells.js';
import type { AreaOption, Preset, PresetOptions, PresetResult } from './preset.js';

/**
 * Contract columns → Explore Education Statistics (EES) open-data columns, for the `columns`
 * option of any loader or element. EES files share this layout: `time_period` (e.g. 202425),
 * `time_identifier`, `geographic_level` (National, Regional, Local authority), `country_code`,
 * `country_name`, `region_code`, `region_name`, `new_la_code` (GSS code), `old_la_code` (three-digit
 * DfE code) and `la_name`, then the measures. Measures differ by release, so map them yourself,
 * e.g. `{...EES_COLUMNS, pupils: 't_pupils'}`. `geography` (local/england) cannot be mapped: the
 * `ees` preset derives it from `geographic_level` and `area`.
 */
export const EES_COLUMNS: Readonly<Record<string, string>> = Object.freeze({
  time_period: 'time_period',
  area_code: 'new_la_code',
  area_name: 'la_name',
});

/** The EES geography columns a preset reads. */
export const EES_GEOGRAPHY = ['time_period', 'geographic_level', 'new_la_code', 'la_name'] as const;

const areaCache = new WeakMap<RawData, AreaOption[]>();

/** Every local authority in an EES file (rows with `geographic_level` "Local authority"), cached per file. */
export function eesAreas(raw: RawData): AreaOption[] {
  let areas = areaCache.get(raw);
  if (!areas) areaCache.set(raw, (areas = readEesAreas(raw)));
  return areas.slice();
}

function readEesAreas(raw: RawData): AreaOption[] {
  const level = column(raw, 'geographic_level');
  const codes = column(raw, 'new_la_code');
  const names = column(raw, 'la_name');
  const old = raw.values.get('old_la_code');
  const out: AreaOption[] = [];
  for (let r = 0; r < raw.numRows; r++) {
    if (text(level[r]) !== 'Local authority') continue;
    const oldCode = old ? text(old[r]) : '';
    out.push({ code: text(codes[r]), name: text(names[r]), ...(oldCode ? { oldCode } : {}) });
  }
  return uniqueAreas(out);
}

/** A row an EES preset keeps, with the geography it stands for. */
export interface EesRow {
  /** Index into the raw data. */
  index: number;
  /** "local" (the chosen authority), "england", or, with `everyArea`, the area's own name. */
  geography: string;
  /** GSS code of the area (E92000001 for England; the region's code for a region). */
  areaCode: string;
  /** Name of the area ("England" for England). */
  areaName: string;
}

const ENGLAND = new Set(['england', 'e92000001']);

/**
 * The rows of an EES file for the chosen area (geography "local") and England ("england"), in file
 * order, optionally only where `keep(index)` holds and only for `period`. Regional rows and other
 * authorities are left out, unless `everyArea` is set and no area is chosen: then every local
 * authority and region is kept under its own name. Throws for an unknown area or period.
 */
export function selectEesRows(
  raw: RawData,
  options: PresetOptions,
  keep: (index: number) => boolean = () => true,
): { rows: EesRow[]; area?: AreaOption } {
  const level = column(raw, 'geographic_level');
  const codes = column(raw, 'new_la_code');
  const names = column(raw, 'la_name');
  const regionCodes = raw.values.get('region_code');
  const regionNames = raw.values.get('region_name');
  const periods = column(raw, 'time_period');
  checkPeriod(periods, options.period, raw.numRows);
  const wanted = options.area?.trim();
  const area = wanted && !ENGLAND.has(wanted.toLowerCase()) ? findArea(eesAreas(raw), wanted) : undefined;
  const every = !wanted && options.everyArea === true;
  const rows: EesRow[] = [];
  for (let r = 0; r < raw.numRows; r++) {
    if (options.period && !periodMatches(periods[r], options.period)) continue;
    const lvl = text(level[r]);
    let row: EesRow | undefined;
    if (lvl === 'National') row = { index: r, geography: 'england', areaCode: 'E92000001', areaName: 'England' };
    else if (lvl === 'Local authority' && (every || (area && text(codes[r]) === area.code))) {
      const code = text(codes[r]);
      const name = text(names[r]);
      row = { index: r, geography: every ? name || code : 'local', areaCode: code, areaName: name };
    } else if (every && lvl === 'Regional') {
      const code = regionCodes ? text(regionCodes[r]) : '';
      const name = regionNames ? text(regionNames[r]) : '';
      row = { index: r, geography: name || code, areaCode: code, areaName: name };
    }
    if (row && keep(r)) rows.push(row);
  }
  return { rows, area };
}

/** Sorts kept rows: the chosen area (or each area in turn) before England, in file order within each. */
export function localFirst(a: EesRow, b: EesRow): number {
  const ea = a.geography === 'england';
  const eb = b.geography === 'england';
  return ea === eb ? a.index - b.index : ea ? 1 : -1;
}

/**
 * **ees**: any EES open-data file in the standard layout. Keeps the chosen authority's rows
 * (geography "local") and England's ("england"), writes `time_period` as a label (202425 →
 * 2024/25), adds `area_code` and `area_name`, and passes every other column through unchanged,
 * so the `columns` mapping can name the measures (e.g. `{"pupils": "t_pupils"}`).
 */
export const eesPreset: Preset = {
  name: 'ees',
  title: 'Explore Education Statistics file (any)',
  reads:
    'any Department for Education open-data CSV from Explore Education Statistics (time_period, geographic_level, new_la_code, la_name, …)',
  produces:
    'the same columns for the chosen area and England, with geography, area_code and area_name added; map measures with columns',
  description:
    'Keeps the rows for one local authority (as "local") and England (as "england"), labels periods (202425 → 2024/25) and leaves the measures as published, so a columns mapping can name them.',
  requires: EES_GEOGRAPHY,
  // the measures pass through as text, read with the contract's symbols when validated
  symbols: DEFAULT_SYMBOLS,
  areas: eesAreas,
  apply(raw: RawData, options: PresetOptions): PresetResult {
    requireColumns(raw, EES_GEOGRAPHY, 'ees');
    const { rows } = selectEesRows(raw, options);
    const periods = column(raw, 'time_period');
    const out: Record<string, unknown[]> = { geography: [], area_code: [], area_name: [] };
    const passThrough = raw.columns.filter((c) => !(c in out));
    for (const c of passThrough) out[c] = [];
    const rowNumbers: number[] = [];
    for (const { index, geography, areaCode, areaName } of rows) {
      out.geography!.push(geography);
      out.area_code!.push(areaCode);
      out.area_name!.push(areaName);
      for (const c of passThrough)
        out[c]!.push(c === 'time_period' ? periodLabel(periods[index]) : raw.values.get(c)![index]);
      rowNumbers.push(raw.rowNumbers[index]!);
    }
    return { data: rawFrom(out, rowNumbers, raw.source), issues: [] };
  },
};
