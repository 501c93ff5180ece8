import { describe, expect, it } from 'vitest';
import { outcomesContract } from './contracts/outcomes.js';
import { toRawData } from './input.js';
import { MAX_CELL_TEXT, validate } from './validate.js';

const rows = (group: string, outcome = 'healthy') => [
  { outcome: 'safe', group: 'Parents and carers', period: '2025', respondents: 120, agree: 80 },
  { outcome, group, period: '2025', respondents: 120, agree: 60 },
];

describe('validate: text no chart can show', () => {
  it('has the expected defaults: a cell of 1,000 characters is text', () => {
    expect(MAX_CELL_TEXT).toBe(1000);
    const data = validate(toRawData(rows('G'.repeat(MAX_CELL_TEXT))), outcomesContract);
    expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(data.columns.get('group')![1]).toBe('G'.repeat(MAX_CELL_TEXT));
  });

  it('a cell of 100,000 characters is an error naming its column and row, with its length', () => {
    const data = validate(toRawData(rows('A'.repeat(100_000))), outcomesContract);
    const errors = data.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.column, i.row])).toEqual([['text-too-long', 'group', 3]]);
    expect(errors[0]!.message).toContain('100,000 characters long, more than the 1,000 a chart shows');
    // the issue keeps the value as the data had it (the event's detail); its message never quotes it
    expect(errors[0]!.value).toHaveLength(100_000);
    expect(errors[0]!.message.length).toBeLessThan(200);
  });

  it('counts characters, not UTF-16 code units: 1,000 emoji are text, 1,001 are not', () => {
    const ok = validate(toRawData(rows('😀'.repeat(MAX_CELL_TEXT))), outcomesContract);
    expect(ok.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const long = validate(toRawData(rows('😀'.repeat(MAX_CELL_TEXT + 1))), outcomesContract);
    expect(long.issues.map((i) => i.code)).toContain('text-too-long');
  });

  it('a long coded cell is too long, not an unknown code, and blank space around text does not count', () => {
    const coded = validate(toRawData(rows('Group', 'x'.repeat(5000))), outcomesContract);
    expect(coded.issues.map((i) => [i.code, i.column])).toEqual([['text-too-long', 'outcome']]);
    const padded = validate(toRawData(rows(` ${'G'.repeat(MAX_CELL_TEXT)}   `)), outcomesContract);
    expect(padded.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
