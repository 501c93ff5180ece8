import { issue } from '../issues.js';
import type { Contract, ContractCheck } from '../schema.js';

/** Either one row per LSOA (`lsoa_code`) or LSOAs already counted per decile (`lsoas`). */
const lsoaOrCount: ContractCheck = ({ columns }) =>
  columns.has('lsoa_code') || columns.has('lsoas')
    ? []
    : [
        issue(
          'missing-column',
          1,
          'lsoa_code',
          '',
          'the deprivation context needs a "lsoa_code" column (one row per neighbourhood) or a "lsoas" column (neighbourhoods counted per decile)',
        ),
      ];

/**
 * **deprivation context**: where an area's neighbourhoods (LSOAs) sit in the national Index of
 * Multiple Deprivation, with no pupil counts. One row per LSOA (`lsoa_code`, `imd_decile`,
 * optional `area_code`, `area_name`, `lsoa_name`, `imd_rank`), as the `iod2019-lsoa` preset
 * produces, or one row per decile with the LSOAs already counted (`imd_decile`, `lsoas`), as
 * `lsoaDecileCounts` returns. The published IoD2019 File 1 headers are read as they are.
 */
export const deprivationContextContract: Contract = {
  name: 'deprivation-context',
  title: 'deprivation context',
  columns: [
    {
      name: 'imd_decile',
      type: 'integer',
      min: 1,
      max: 10,
      required: true,
      description: 'national IMD decile, 1 (most deprived) to 10',
      aliases: ['decile', 'index of multiple deprivation (imd) decile'],
    },
    {
      name: 'lsoa_code',
      type: 'text',
      description: 'LSOA code, one row per neighbourhood',
      aliases: ['lsoa code (2011)', 'lsoa11cd'],
    },
    { name: 'lsoa_name', type: 'text', description: 'LSOA name', aliases: ['lsoa name (2011)', 'lsoa11nm'] },
    {
      name: 'area_code',
      type: 'text',
      description: 'GSS code of the local authority district',
      aliases: ['local authority district code (2019)', 'lad19cd'],
    },
    {
      name: 'area_name',
      type: 'text',
      description: 'name of the local authority district',
      aliases: ['local authority district name (2019)', 'lad19nm'],
    },
    {
      name: 'imd_rank',
      type: 'integer',
      min: 1,
      description: 'national IMD rank, 1 = most deprived',
      aliases: ['index of multiple deprivation (imd) rank'],
    },
    {
      name: 'lsoas',
      type: 'count',
      allowSymbols: false,
      description: 'LSOAs in the decile, for rows counted per decile',
    },
  ],
  checks: [lsoaOrCount],
};

/** Headers (lower case) that each column may be read from without a mapping. */
const PUPIL_HEADERS = ['pupils'];
const LSOA_HEADERS = ['lsoa_code', 'lsoa code (2011)', 'lsoa11cd'];
const DECILE_HEADERS = ['imd_decile', 'decile', 'index of multiple deprivation (imd) decile'];

/**
 * Whether a header row is deprivation context (neighbourhoods by IMD decile, no pupils) rather
 * than SEN rates: it has an IMD decile and LSOA codes (or LSOA counts) and no `pupils` column,
 * under its own name or a `columns` mapping.
 *
 * @param columns the header, as read
 * @param mapping the element's `columns` mapping (contract name → header), if any
 * @returns true when the rows should be read with {@link deprivationContextContract}
 * @example isDeprivationContextHeader(['lsoa_code', 'imd_decile', 'area_code']) // true
 * @example isDeprivationContextHeader(['imd_decile', 'pupils', 'sen_support', 'ehc_plan']) // false
 */
export function isDeprivationContextHeader(
  columns: readonly string[],
  mapping?: Readonly<Record<string, string>>,
): boolean {
  const have = new Set(columns.map((c) => c.trim().toLowerCase()));
  const has = (name: string, names: readonly string[]) => {
    const mapped = mapping?.[name];
    return mapped !== undefined ? columns.includes(mapped) : names.some((n) => have.has(n));
  };
  return (
    !has('pupils', PUPIL_HEADERS) &&
    has('imd_decile', DECILE_HEADERS) &&
    (has('lsoa_code', LSOA_HEADERS) || has('lsoas', ['lsoas']))
  );
}
