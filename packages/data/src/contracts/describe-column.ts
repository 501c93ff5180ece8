import type { ColumnSpec } from '../schema.js';

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * What a contract column's cells may hold, in words, for the data contracts page and its markdown
 * copy (docs/data-contracts.md).
 *
 * @param column the column's spec
 * @returns a phrase such as "whole number from 1 to 10" or "one of: local, england"
 * @example describeColumn({ name: 'imd_decile', type: 'integer', description: '', min: 1, max: 10 }) // 'whole number from 1 to 10'
 * @example describeColumn({ name: 'pupils', type: 'count', description: '' }) // 'whole number of 0 or more'
 */
export function describeColumn(column: ColumnSpec): string {
  const { min, max } = column;
  const range =
    min !== undefined && max !== undefined
      ? ` from ${count(min)} to ${count(max)}`
      : min !== undefined
        ? `, at least ${count(min)}`
        : '';
  switch (column.type) {
    case 'count':
      return `whole number of 0 or more${range}`;
    case 'integer':
      return `whole number${range}`;
    case 'number':
      return `number${range}`;
    case 'percent':
      return `percentage${range || ' from 0 to 100'}`;
    case 'code':
      return `one of: ${(column.values ?? []).join(', ')}`;
    case 'date':
      return 'date, 2025-03-31 or 31/03/2025';
    case 'url':
      return 'web address (http or https)';
    default:
      return 'text';
  }
}

/**
 * Whether published symbols (c, x, z…) may stand in for a value of the column.
 * @param column the column's spec
 * @returns its own setting, else true for counts, numbers and percentages
 * @example symbolsAllowed({ name: 'pupils', type: 'count', description: '' }) // true
 */
export function symbolsAllowed(column: ColumnSpec): boolean {
  return column.allowSymbols ?? ['count', 'number', 'percent'].includes(column.type);
}
