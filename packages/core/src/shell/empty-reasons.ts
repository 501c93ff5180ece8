import type { DataIssue } from '@send-insight/data';
import { fill } from '../strings.js';

/**
 * Why a chart is empty, when its data says: each area asked for that the data does not hold, in
 * the chart's own words when `strings` overrides `issue.unknown-area`, with a capital first letter.
 */
export function emptyReasons(issues: readonly DataIssue[], override: unknown): string[] {
  return issues
    .filter((i) => i.code === 'unknown-area' && i.severity === 'error')
    .map((i) => {
      const text = typeof override === 'string' ? fill(override, { value: i.value, message: i.message }) : i.message;
      return text.charAt(0).toUpperCase() + text.slice(1);
    });
}
