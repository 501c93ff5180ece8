import type { IndicatorDirection, IndicatorUnit } from '../contracts/indicators.js';
import { isMissing, isValue, type Missing } from '../missing.js';
import type { ValidatedData } from '../validate.js';

/** The level of an area: England, a region or a local authority. */
export type AreaLevel = 'national' | 'regional' | 'authority';

/** One published figure, as the indicator model reads it from either data shape. */
export interface IndicatorRow {
  /** Spreadsheet row number, for data problems. */
  row: number;
  code: string;
  name: string;
  level: AreaLevel;
  /** A local authority's region (GSS code), when the data gives it. */
  region?: string;
  period: string;
  indicator: string;
  label?: string;
  unit: IndicatorUnit;
  value: number | Missing | undefined;
  numerator?: number | Missing;
  denominator?: number | Missing;
  better?: IndicatorDirection;
  target?: number;
}

const ENGLAND = 'E92000001';
const LEVELS: Readonly<Record<string, AreaLevel>> = {
  National: 'national',
  Regional: 'regional',
  'Local authority': 'authority',
};

/** The level of an area from its published level, else from its code (E92 England, E12 a region). */
function levelOf(level: unknown, code: string): AreaLevel {
  const given = typeof level === 'string' ? LEVELS[level] : undefined;
  if (given) return given;
  if (code === ENGLAND) return 'national';
  return /^E12/.test(code) ? 'regional' : 'authority';
}

const text = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v);
const cell = (v: unknown): number | Missing | undefined => (isValue(v) || isMissing(v) ? v : undefined);

/**
 * The rows of validated **indicators** data in one shape. A figure's level comes from
 * `geographic_level`, else from its code (E92000001 is England, E12… a region).
 *
 * @param data validated indicators data
 * @returns one row per area × period × indicator
 * @example readIndicatorRows(validate(toRawData(csv), indicatorsContract))[0].level // 'authority'
 */
export function readIndicatorRows(data: ValidatedData): IndicatorRow[] {
  const col = (name: string) => data.columns.get(name);
  const codes = col('area_code')!;
  const names = col('area_name');
  const levels = col('geographic_level');
  const regions = col('region_code');
  const periods = col('time_period')!;
  const out: IndicatorRow[] = [];
  for (let r = 0; r < data.numRows; r++) {
    const code = text(codes[r]);
    const better = text(col('better')?.[r]);
    const target = col('target')?.[r];
    // an optional field the row does not give is left undefined
    out.push({
      row: data.rowNumbers[r]!,
      code,
      name: text(names?.[r]) || code,
      level: levelOf(levels?.[r], code),
      region: text(regions?.[r]) || undefined,
      period: text(periods[r]),
      indicator: text(col('indicator')![r]),
      label: text(col('label')?.[r]) || undefined,
      unit: text(col('unit')![r]) === 'percent' ? 'percent' : 'count',
      value: cell(col('value')![r]),
      numerator: cell(col('numerator')?.[r]),
      denominator: cell(col('denominator')?.[r]),
      better: better === 'higher' || better === 'lower' ? better : undefined,
      target: isValue(target) ? target : undefined,
    });
  }
  return out;
}
