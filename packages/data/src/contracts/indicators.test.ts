import { describe, expect, it } from 'vitest';
import { fromCsvText } from '../input.js';
import { validate } from '../validate.js';
import { indicatorsContract } from './indicators.js';

const HEADER = 'area_code,time_period,indicator,unit,value,numerator,denominator';
const issuesOf = (lines: string[]) => validate(fromCsvText([HEADER, ...lines].join('\n')), indicatorsContract).issues;

describe('indicatorsContract checks', () => {
  it('has the expected defaults: a count must be whole and 0 or more, a percentage 0 or more, above 100 a warning', () => {
    const issues = issuesOf([
      'E08000031,2022,plans,count,3.5,,',
      'E08000031,2022,rate,percent,-1,,',
      'E08000031,2021,rate,percent,113.5,,',
      'E08000031,2020,rate,percent,25.7,,',
    ]);
    expect(issues.map((i) => [i.code, i.row, i.column, i.value, i.severity])).toEqual([
      ['invalid-value', 2, 'value', '3.5', 'error'],
      ['invalid-value', 3, 'value', '-1', 'error'],
      ['percent-over-100', 4, 'value', '113.5', 'warning'],
    ]);
  });

  it('notes a numerator above its denominator and a value that is not their share, naming the row and column but no count', () => {
    const issues = issuesOf([
      'E08000031,2022,rate,percent,1.2,4,350',
      'E08000031,2021,rate,percent,100,12,8',
      'E08000031,2020,rate,percent,25.7,90,350',
    ]);
    expect(issues.map((i) => [i.code, i.row, i.column, i.value, i.severity])).toEqual([
      ['published-share-mismatch', 2, 'value', '', 'warning'],
      ['part-exceeds-whole', 3, 'numerator', '', 'warning'],
    ]);
    // the notes on the data are shown on the page: a count (4 is below the threshold) or the share made from it never appears there
    expect(issues.map((i) => `${i.message} ${i.value}`).join(' ')).not.toMatch(/\b(4|350|12|8|1\.1|1\.2)\b/);
  });
});
