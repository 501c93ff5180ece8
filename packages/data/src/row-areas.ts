/*
 * The authorities named in a contract's rows, for the base element's `dataAreas`. A module of its
 * own, apart from the presets' area finding (presets/areas.ts): every element bundles this one, and
 * a module shared with the presets file, which loads on demand, would bring all of its code along.
 */
import type { RawData } from './input.js';
import type { AreaOption } from './presets/preset.js';

const ENGLAND = 'e92000001';
const text = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim());

/**
 * The local authorities named in rows of a contract (`area_code`, with `area_name` when present):
 * England and, where the rows say their `geographic_level`, regions left out; one entry per code
 * and name, sorted by name. Rows without an `area_code` column name no areas.
 * @example rowAreas(fromCsvText('area_code,area_name\nE08000031,Wolverhampton\nE92000001,England')) // [{ code: 'E08000031', name: 'Wolverhampton' }]
 */
export function rowAreas(rows: RawData): AreaOption[] {
  const codes = rows.values.get('area_code');
  if (!codes) return [];
  const names = rows.values.get('area_name');
  const level = rows.values.get('geographic_level');
  const geography = rows.values.get('geography');
  const seen = new Map<string, AreaOption>();
  for (let r = 0; r < rows.numRows; r++) {
    const code = text(codes[r]);
    if (!code || code.toLowerCase() === ENGLAND || text(geography?.[r]).toLowerCase() === 'england') continue;
    if (level && text(level[r]).toLowerCase() !== 'local authority') continue;
    const name = text(names?.[r]) || code;
    seen.set(`${code}\u0001${name}`, { code, name });
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.code.localeCompare(b.code));
}
