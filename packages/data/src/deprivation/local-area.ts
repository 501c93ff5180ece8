import type { ValidatedData } from '../validate.js';

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * The one value of a text column (`area_code` or `area_name`) among the local rows of deprivation
 * data, if there is exactly one: England's rows (`geography` "england" or E92000001) are left
 * out, and when `area` is given only the rows of that area (its code or name, any case) count.
 * The deprivation chart uses it to find which authority the neighbourhood context is for, and
 * what to call it.
 *
 * @param data validated deprivation rows
 * @param column which column to read
 * @param area the authority asked for, if any
 * @returns the value, or undefined when the rows hold none or several
 * @example localAreaText(validated, 'area_code') // "E08000031"
 */
export function localAreaText(
  data: ValidatedData,
  column: 'area_code' | 'area_name',
  area?: string,
): string | undefined {
  const cells = data.columns.get(column);
  if (!cells) return undefined;
  const geography = data.columns.get('geography');
  const codes = data.columns.get('area_code');
  const names = data.columns.get('area_name');
  const want = area?.trim().toLowerCase();
  const seen = new Set<string>();
  for (let r = 0; r < data.numRows; r++) {
    const g = text(geography?.[r]).toLowerCase();
    if (g === 'england' || g === 'e92000001') continue;
    if (want && text(codes?.[r]).toLowerCase() !== want && text(names?.[r]).toLowerCase() !== want) continue;
    const v = text(cells[r]);
    if (v) seen.add(v);
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}
