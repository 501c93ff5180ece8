import type { RawData } from '../input.js';
import { issue, SendDataError } from '../issues.js';
import { parseNumber } from '../values.js';
import { IOD2019_COLUMNS } from './iod2019-columns.js';
import { findArea, text, uniqueAreas } from './read-cells.js';
import type { AreaOption } from './preset.js';

/** LSOAs of an area in one national IMD decile. */
export interface LsoaDecileCount {
  /** National IMD decile, 1 (most deprived) to 10. */
  imd_decile: number;
  /** Number of the area's LSOAs in that decile (0 when none). */
  lsoas: number;
}

/**
 * Counts an area's LSOAs in each national IMD decile: how its neighbourhoods spread from the most
 * to the least deprived tenth of England. Reads the output of the `iod2019-lsoa` preset
 * (`imd_decile`, `area_code`, `area_name`) or the published file's own headers. Always returns ten
 * rows, deciles 1–10, zeros included. CSP-safe (plain loops).
 *
 * @param rows LSOA rows
 * @param area GSS code or name of the local authority district; all rows when omitted
 * @returns ten `{imd_decile, lsoas}` rows
 * @example
 * const { data } = applyPreset('iod2019-lsoa', toRawData(csvText), {});
 * lsoaDecileCounts(data, 'E08000031').map((d) => d.lsoas); // [33, 45, 17, 15, 11, 9, 13, 11, 3, 1]
 */
export function lsoaDecileCounts(rows: RawData, area?: string): LsoaDecileCount[] {
  const pick = (ours: string, published: string) => rows.values.get(ours) ?? rows.values.get(published);
  const deciles = pick('imd_decile', IOD2019_COLUMNS.imd_decile!);
  if (!deciles) {
    throw new SendDataError([
      issue(
        'missing-column',
        1,
        'imd_decile',
        '',
        'the rows need an "imd_decile" column (or the IoD2019 file\'s "Index of Multiple Deprivation (IMD) Decile")',
      ),
    ]);
  }
  const codes = pick('area_code', IOD2019_COLUMNS.area_code!);
  const names = pick('area_name', IOD2019_COLUMNS.area_name!);
  let code: string | undefined;
  if (area?.trim()) {
    if (!codes)
      throw new SendDataError([
        issue('missing-column', 1, 'area_code', '', 'to count one area the rows need an "area_code" column'),
      ]);
    const areas: AreaOption[] = [];
    for (let r = 0; r < rows.numRows; r++) areas.push({ code: text(codes[r]), name: names ? text(names[r]) : '' });
    code = findArea(uniqueAreas(areas), area).code;
  }
  const counts = new Array<number>(10).fill(0);
  for (let r = 0; r < rows.numRows; r++) {
    if (code !== undefined && text(codes![r]) !== code) continue;
    const v = deciles[r];
    const d = typeof v === 'number' ? v : parseNumber(text(v));
    if (d === undefined || !Number.isInteger(d) || d < 1 || d > 10) {
      throw new SendDataError([
        issue(
          'invalid-value',
          rows.rowNumbers[r] ?? r + 2,
          'imd_decile',
          text(v),
          `expected a whole number from 1 to 10, got "${text(v)}"`,
        ),
      ]);
    }
    counts[d - 1]!++;
  }
  return counts.map((lsoas, i) => ({ imd_decile: i + 1, lsoas }));
}
