import {
  hasErrors,
  issue,
  SendDataError,
  validate,
  type Contract,
  type DataIssue,
  type RawData,
  type ValidatedData,
} from '@send-insight/data';
import { InvalidJsonAttribute } from './json-attribute.js';

/** What a chart can do with what it was given: draw it, say there is nothing, or say what is wrong. */
export type CheckedInput =
  | { kind: 'valid'; validated: ValidatedData; issues: DataIssue[] }
  | { kind: 'empty'; issues: DataIssue[] }
  | { kind: 'error'; issues: DataIssue[] };

/**
 * Checks loaded data against a chart's contract with its column mapping: an unreadable `columns`
 * attribute is an error; rows with no problem worse than a warning are valid; no rows are nothing to
 * draw (not an error), unless the header itself is wrong (a web page or another file given as data).
 * Notes from reading (a preset's) come first in the issues.
 *
 * @example checkInput({ columns: [], values: new Map(), numRows: 0 }, [], contract, undefined).kind // "empty"
 */
export function checkInput(
  raw: RawData,
  notes: DataIssue[],
  contract: Contract,
  columns: Record<string, string> | InvalidJsonAttribute | undefined,
): CheckedInput {
  if (columns instanceof InvalidJsonAttribute) {
    return {
      kind: 'error',
      issues: [
        issue(
          'invalid-attribute',
          0,
          'columns',
          columns.text,
          `the columns attribute cannot be read: ${columns.reason}`,
        ),
      ],
    };
  }
  try {
    if (raw.numRows === 0) {
      const header = raw.columns.length ? validate(raw, contract, { columns }).issues : [];
      return hasErrors(header) ? { kind: 'error', issues: [...notes, ...header] } : { kind: 'empty', issues: notes };
    }
    const validated = validate(raw, contract, { columns });
    const issues = [...notes, ...validated.issues];
    return hasErrors(issues) ? { kind: 'error', issues } : { kind: 'valid', validated, issues };
  } catch (error) {
    if (error instanceof SendDataError) return { kind: 'error', issues: error.issues };
    throw error;
  }
}
