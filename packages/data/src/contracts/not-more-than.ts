import { issue, type DataIssue } from '../issues.js';
import type { ContractCheck } from '../schema.js';

/**
 * A cross-column check that a count is no more than another in the same row (pupils with SEN support
 * cannot outnumber pupils). Rows where either cell is missing or absent are skipped. The issue names
 * the row and the column but not the counts, which may be small.
 *
 * @param part the column that must not be larger (e.g. `sen_support`)
 * @param whole the column it is part of (e.g. `pupils`)
 * @returns a check for {@link Contract.checks}
 * @example notMoreThan('sen_support', 'pupils')
 */
export function notMoreThan(part: string, whole: string): ContractCheck {
  return ({ numRows, columns, rowNumbers, sourceNames }) => {
    const a = columns.get(part);
    const b = columns.get(whole);
    if (!a || !b) return [];
    const found: DataIssue[] = [];
    for (let r = 0; r < numRows; r++) {
      const x = a[r];
      const y = b[r];
      if (typeof x === 'number' && typeof y === 'number' && x > y) {
        found.push(
          issue(
            'exceeds-total',
            rowNumbers[r]!,
            sourceNames.get(part) ?? part,
            // the counts stay out of the message and the value: an error panel on a public page must not show a small count
            '',
            `${part} is more than ${whole} in the same row: a part cannot be larger than the whole; check both cells`,
          ),
        );
      }
    }
    return found;
  };
}
