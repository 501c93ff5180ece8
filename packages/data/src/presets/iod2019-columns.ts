/*
 * The published IoD2019 File 1's column names on their own, so code that only needs to recognise
 * the file (the deprivation chart's context) does not pull in the preset that reads it.
 */

/** Output column → column of MHCLG's IoD2019 File 1 (IMD by LSOA), exactly as published. */
export const IOD2019_COLUMNS: Readonly<Record<string, string>> = Object.freeze({
  lsoa_code: 'LSOA code (2011)',
  lsoa_name: 'LSOA name (2011)',
  area_code: 'Local Authority District code (2019)',
  area_name: 'Local Authority District name (2019)',
  imd_rank: 'Index of Multiple Deprivation (IMD) Rank',
  imd_decile: 'Index of Multiple Deprivation (IMD) Decile',
});

/** Number of LSOAs in England in the 2019 indices (the largest rank). */
export const IOD2019_LSOAS = 32_844;

/** Whether a header row is MHCLG's IoD2019 File 1 as published (all six of the columns read from it). */
export function isPublishedIod2019(columns: readonly string[]): boolean {
  return Object.values(IOD2019_COLUMNS).every((c) => columns.includes(c));
}
