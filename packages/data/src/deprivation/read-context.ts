/*
 * Reading deprivation context from any input, the published IoD2019 File 1 included. Apart from
 * context.ts because it needs the IoD preset: the deprivation chart counts context itself and
 * loads that preset only when given the published file, so its pages do not carry it.
 */
import { deprivationContextContract } from '../contracts/deprivation-context.js';
import { toRawData, type DataInput } from '../input.js';
import type { DataIssue } from '../issues.js';
import { isPublishedIod2019 } from '../presets/iod2019-columns.js';
import { iod2019LsoaPreset } from '../presets/iod2019-lsoa.js';
import { validate } from '../validate.js';
import { buildDeprivationContext, type DeprivationContext, type DeprivationContextOptions } from './context.js';

/**
 * Reads deprivation context from any input the elements take (rows, CSV or JSON text, a Table,
 * RawData): the published IoD2019 File 1 as it is (through the `iod2019-lsoa` preset, which checks
 * every rank and decile), LSOA rows (`lsoa_code`, `imd_decile`, optional `area_code`/`area_name`),
 * or counts per decile (`imd_decile`, `lsoas`, as {@link lsoaDecileCounts} returns).
 *
 * @param input the rows or file text
 * @param options the area to keep (GSS code or name)
 * @returns the counts, with the validated data's warnings
 * @throws {SendDataError} naming the row and column of any bad cell, or the closest areas to an unknown one
 * @example readDeprivationContext(REAL_IOD_WOLVERHAMPTON_CSV, { area: 'E08000031' }).context.total // 158
 */
export function readDeprivationContext(
  input: DataInput,
  options: DeprivationContextOptions = {},
): { context: DeprivationContext; issues: DataIssue[] } {
  let raw = toRawData(input);
  const area = options.area;
  if (isPublishedIod2019(raw.columns)) {
    raw = iod2019LsoaPreset.apply(raw, { area }).data;
  }
  const validated = validate(raw, deprivationContextContract);
  const context = buildDeprivationContext(validated, { area });
  return { context, issues: validated.issues.filter((i) => i.severity !== 'error') };
}
