import { deprivationContextContract } from '../contracts/deprivation-context.js';
import type { RawData } from '../input.js';
import { issue, SendDataError, type DataIssue } from '../issues.js';
import { parseNumber } from '../values.js';
import type { AreaOption, Preset, PresetOptions, PresetResult } from './preset.js';
import { IOD2019_SYMBOLS } from './symbols.js';
import { column, findArea, rawFrom, requireColumns, text, uniqueAreas } from './read-cells.js';
import { IOD2019_COLUMNS, IOD2019_LSOAS } from './iod2019-columns.js';

export { IOD2019_COLUMNS, IOD2019_LSOAS, isPublishedIod2019 } from './iod2019-columns.js';

const REQUIRED = Object.values(IOD2019_COLUMNS);

/**
 * Why an authority can be missing from File 1: it lists neighbourhoods by the local authority
 * districts of 2019, so a county council's are under its district councils, and authorities
 * formed since (North Northamptonshire, Cumberland, …) are not named in it.
 */
export const IOD2019_AREA_HINT =
  "The IoD2019 file lists neighbourhoods (LSOAs) by local authority district as of 2019: a county council's neighbourhoods are listed under its district councils, and authorities formed since 2019 are not in it. Use a district's GSS code or name.";

function iodAreas(raw: RawData): AreaOption[] {
  const codes = column(raw, IOD2019_COLUMNS.area_code!);
  const names = column(raw, IOD2019_COLUMNS.area_name!);
  const out: AreaOption[] = [];
  for (let r = 0; r < raw.numRows; r++) out.push({ code: text(codes[r]), name: text(names[r]) });
  return uniqueAreas(out);
}

/**
 * **iod2019-lsoa**: MHCLG English Indices of Deprivation 2019, File 1 (IMD by LSOA), read as
 * published (quoted ranks with thousands separators, `"29,199"`) → deprivation-context rows:
 * `lsoa_code`, `lsoa_name`, `area_code`, `area_name` (the 2019 local authority district),
 * `imd_rank` (1 = most deprived, to 32,844) and `imd_decile` (1–10, national). With `area`, only
 * that district's LSOAs. This is context, not a full deprivation dataset (it has no pupil counts):
 * count LSOAs per decile with {@link lsoaDecileCounts}. Its rows follow the deprivation-context
 * contract (`deprivationContextContract`). A rank or decile out of range throws.
 */
export const iod2019LsoaPreset: Preset = {
  name: 'iod2019-lsoa',
  title: 'Index of Multiple Deprivation 2019 by LSOA (MHCLG)',
  reads: 'File 1: Index of Multiple Deprivation (IoD2019, MHCLG), sheet IMD2019 saved as CSV',
  produces:
    'deprivation context rows: lsoa_code, lsoa_name, area_code, area_name, imd_rank, imd_decile (no pupil counts)',
  description:
    "Each LSOA's national IMD 2019 rank and decile, for one local authority district, to show how its neighbourhoods spread over the national deciles.",
  requires: REQUIRED,
  contract: deprivationContextContract,
  symbols: IOD2019_SYMBOLS,
  areas: iodAreas,
  apply(raw: RawData, options: PresetOptions): PresetResult {
    requireColumns(raw, REQUIRED, 'iod2019-lsoa');
    const cols = Object.fromEntries(Object.entries(IOD2019_COLUMNS).map(([k, v]) => [k, column(raw, v)])) as Record<
      keyof typeof IOD2019_COLUMNS,
      ArrayLike<unknown>
    >;
    const area = options.area?.trim() ? findArea(iodAreas(raw), options.area, IOD2019_AREA_HINT) : undefined;
    const out = {
      lsoa_code: [] as string[],
      lsoa_name: [] as string[],
      area_code: [] as string[],
      area_name: [] as string[],
      imd_rank: [] as number[],
      imd_decile: [] as number[],
    };
    const rowNumbers: number[] = [];
    const problems: DataIssue[] = [];
    for (let r = 0; r < raw.numRows; r++) {
      const code = text(cols.area_code[r]);
      if (area && code !== area.code) continue;
      const rank = whole(cols.imd_rank[r]);
      const decile = whole(cols.imd_decile[r]);
      if (rank === undefined || rank < 1 || rank > IOD2019_LSOAS) {
        problems.push(
          issue(
            'invalid-value',
            raw.rowNumbers[r]!,
            IOD2019_COLUMNS.imd_rank!,
            text(cols.imd_rank[r]),
            `expected a whole number from 1 to 32,844, got "${text(cols.imd_rank[r])}"`,
          ),
        );
      }
      if (decile === undefined || decile < 1 || decile > 10) {
        problems.push(
          issue(
            'invalid-value',
            raw.rowNumbers[r]!,
            IOD2019_COLUMNS.imd_decile!,
            text(cols.imd_decile[r]),
            `expected a whole number from 1 to 10, got "${text(cols.imd_decile[r])}"`,
          ),
        );
      }
      if (problems.length >= 50) break;
      if (rank === undefined || decile === undefined || problems.length) continue;
      out.lsoa_code.push(text(cols.lsoa_code[r]));
      out.lsoa_name.push(text(cols.lsoa_name[r]));
      out.area_code.push(code);
      out.area_name.push(text(cols.area_name[r]));
      out.imd_rank.push(rank);
      out.imd_decile.push(decile);
      rowNumbers.push(raw.rowNumbers[r]!);
    }
    if (problems.length) throw new SendDataError(problems);
    return { data: rawFrom(out, rowNumbers, raw.source), issues: [] };
  },
};

function whole(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : parseNumber(text(value));
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}
