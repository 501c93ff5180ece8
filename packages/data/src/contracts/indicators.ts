import { issue, type DataIssue } from '../issues.js';
import type { Contract, ContractCheck } from '../schema.js';

/** How an indicator's values are measured: a count of people or cases, or a percentage. */
export const INDICATOR_UNITS = ['count', 'percent'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** The geographic levels of Explore Education Statistics files, as they write them. */
export const GEOGRAPHIC_LEVELS = ['National', 'Regional', 'Local authority'] as const;

/** Which way an indicator improves: a higher value is better, or a lower one. */
export const INDICATOR_DIRECTIONS = ['higher', 'lower'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** Counts are whole numbers of 0 or more; percentages are 0 or more (above 100 is a warning: a part larger than its whole). */
const unitRange: ContractCheck = ({ numRows, columns, rowNumbers, sourceNames }) => {
  const units = columns.get('unit');
  const values = columns.get('value');
  const found: DataIssue[] = [];
  const column = sourceNames.get('value') ?? 'value';
  for (let r = 0; r < numRows && units && values && found.length < 50; r++) {
    const v = values[r];
    if (typeof v !== 'number') continue;
    const add = (code: string, message: string, severity?: DataIssue['severity']) =>
      found.push(issue(code, rowNumbers[r]!, column, v, message, severity));
    if (units[r] === 'count' && (v < 0 || !Number.isInteger(v)))
      add('invalid-value', `expected a count (a whole number of 0 or more) because unit is "count", got ${v}`);
    else if (units[r] === 'percent' && v < 0) add('invalid-value', `expected a percentage of 0 or more, got ${v}`);
    else if (units[r] === 'percent' && v > 100)
      add(
        'percent-over-100',
        `a percentage above 100 (${v}): its part is larger than its whole; check the figures it is worked out from`,
        'warning',
      );
  }
  return found;
};

/**
 * A percentage's numerator may not exceed its denominator, and a value given with both must be
 * their share (to one decimal place, as files publish it): either is a warning naming the row, so a
 * published file with a known slip still draws (its interval and test are left out). The warning
 * names the columns, never the counts or the share, which may be small or hidden (the notes on the
 * data are on the page, as `notMoreThan` keeps its counts out of its message).
 */
const partOfWhole: ContractCheck = ({ numRows, columns, rowNumbers, sourceNames }) => {
  const parts = columns.get('numerator');
  const wholes = columns.get('denominator');
  const values = columns.get('value');
  const found: DataIssue[] = [];
  for (let r = 0; r < numRows && parts && wholes && found.length < 50; r++) {
    const part = parts[r];
    const whole = wholes[r];
    const v = values?.[r];
    if (typeof part !== 'number' || typeof whole !== 'number') continue;
    const [code, column, message] =
      part > whole
        ? ['part-exceeds-whole', 'numerator', 'the numerator is more than the denominator in the same row']
        : typeof v === 'number' && whole > 0 && Math.abs((part / whole) * 100 - v) > 0.05 + 1e-9
          ? ['published-share-mismatch', 'value', 'the value is not the numerator as a share of the denominator']
          : [];
    if (code)
      found.push(
        issue(code, rowNumbers[r]!, sourceNames.get(column!) ?? column!, '', `${message}; check the row`, 'warning'),
      );
  }
  return found;
};

/**
 * **indicators**: a tidy long table of published measures, one row per area × period × indicator:
 * `area_code` (GSS code), optional `area_name`, optional `geographic_level` (National, Regional,
 * Local authority), `time_period`, `indicator` (the measure's name as published, e.g.
 * `no_exc_20week_rate`), optional `label` (what it measures, in words), `unit` (`count` or
 * `percent`) and `value` (a number, or a published symbol kept as a typed missing value: `z` not
 * applicable, `x` not available, `c` suppressed). Counts must be whole numbers of 0 or more,
 * percentages 0 or more. Optional `region_code` (the region a local authority is in, E12…),
 * `numerator` and `denominator` (the counts a percentage is worked out from, so it can have an
 * interval, a test for a change and small-denominator suppression), `better` (`higher` or `lower`:
 * which way the measure improves) and `target`. It is what `<send-indicator>` draws and what the
 * `ees-sen2-mi` preset writes (e.g. `no_exc_20week_rate` with `no_exc_20week_ehc` of
 * `tot_no_exc_ehc`).
 */
export const indicatorsContract: Contract = {
  name: 'indicators',
  title: 'indicators',
  key: ['area_code', 'time_period', 'indicator'],
  columns: [
    {
      name: 'area_code',
      type: 'text',
      required: true,
      description: 'GSS code (E92000001 for England)',
    },
    { name: 'area_name', type: 'text' },
    {
      name: 'geographic_level',
      type: 'code',
      values: GEOGRAPHIC_LEVELS,
      valueAliases: {
        england: 'National',
        region: 'Regional',
        local_authority: 'Local authority',
        la: 'Local authority',
      },
    },
    {
      name: 'time_period',
      type: 'text',
      required: true,
      description: 'period as published: 2021, 2024/25',
    },
    {
      name: 'indicator',
      type: 'text',
      required: true,
      description: 'the measure, as the file names it',
    },
    {
      name: 'label',
      type: 'text',
    },
    {
      name: 'unit',
      type: 'code',
      values: INDICATOR_UNITS,
      valueAliases: { '%': 'percent', percentage: 'percent', number: 'count' },
      required: true,
      description: 'count or percent',
    },
    {
      name: 'value',
      type: 'number',
      required: true,
      description: 'the figure, or a symbol (z, x, c…)',
    },
    { name: 'region_code', type: 'text' },
    { name: 'numerator', type: 'count' },
    { name: 'denominator', type: 'count' },
    {
      name: 'better',
      type: 'code',
      values: INDICATOR_DIRECTIONS,
      valueAliases: { high: 'higher', low: 'lower' },
    },
    { name: 'target', type: 'number' },
  ],
  checks: [unitRange, partOfWhole],
};
