import { NEED_CODES, type NeedCode } from '../contracts/needs-codes.js';
import type { RawData } from '../input.js';
import { issue, type DataIssue } from '../issues.js';
import { DEFAULT_SYMBOLS, isMissing, isValue, type Missing, type MissingKind } from '../missing.js';
import { count, shareDisagrees } from './read-cells.js';

/**
 * The need columns of DfE's "Outcomes for children in need" SEN files, in the DfE's order of need
 * codes: the file's suffix, the code in capitals (`t_SPLD` → SpLD), and the contract code. All
 * thirteen needs, NSA included (the files have no column for need not recorded).
 */
export const CIN_NEEDS: readonly { need: NeedCode; suffix: string }[] = NEED_CODES.filter(
  (need) => need !== 'UNKNOWN',
).map((need) => ({ need, suffix: need.toUpperCase() }));

/**
 * Symbols in the children-in-need SEN files: the EES ones, and `k`, an older DfE symbol met once
 * in `sen_national.csv` (a percentage of 10 children in 16,110, with counts rounded to the nearest
 * 10): read as "low", a figure that rounds to 0 but is not 0 (EES now writes `low`). `z` ("not
 * applicable") marks groups with no children (Hackney's CINO in 2021/22, `t_pupils` 0) and also
 * groups too small to publish (Isles of Scilly's looked-after children in 2021/22, `t_pupils` `c`),
 * so it is never a structural zero.
 */
export const CIN_SYMBOLS: Readonly<Record<string, MissingKind>> = Object.freeze({ ...DEFAULT_SYMBOLS, k: 'low' });

/** Provision shares the files publish of all pupils in the group: count column → percentage column. */
export const CIN_PROVISION_SHARES: readonly { count: string; percent: string }[] = [
  { count: 't_no_identified_SEN', percent: 'pt_no_identified_SEN' },
  { count: 't_all_SEN', percent: 'pt_all_SEN' },
  { count: 't_SEN_support', percent: 'pt_SEN_support' },
  { count: 't_statement_or_EHC_plan', percent: 'pt_statement_or_EHC_plan' },
];

/** Reads one cell as a number or missing value, for the checks (the output cells are read by the presets). */
function cell(raw: RawData, name: string, r: number): number | Missing | undefined {
  return count(raw.values.get(name)?.[r], CIN_SYMBOLS);
}

/**
 * Checks a published percentage against its counts (see {@link shareDisagrees}), and warns when a
 * count is suppressed but its percentage is published, which gives the count away.
 */
export function checkCinShare(
  raw: RawData,
  r: number,
  part: string,
  whole: string,
  percent: string,
  what: string,
  rounded: number,
  issues: DataIssue[],
): void {
  if (!raw.values.has(percent)) return;
  const row = raw.rowNumbers[r]!;
  const n = cell(raw, part, r);
  const d = cell(raw, whole, r);
  const published = cell(raw, percent, r);
  const share = shareDisagrees(n, d, published, rounded);
  if (share !== undefined) {
    issues.push(
      issue(
        'published-share-mismatch',
        row,
        percent,
        '',
        `the published ${percent} is not ${what} as a share of ${whole}${rounded > 1 ? ` (allowing for counts rounded to the nearest ${rounded})` : ''}; check the row`,
        'warning',
      ),
    );
  }
  const p = published;
  if (isMissing(n) && n.kind === 'suppressed' && isValue(p) && isValue(d) && d > 0) {
    issues.push(
      issue(
        'published-share-reveals-count',
        row,
        part,
        '',
        `${what} is suppressed, but the file publishes ${percent}, from which the count can be worked out; the chart keeps the count suppressed and does not use the percentage`,
        'warning',
      ),
    );
  }
}

/** Warns when parts do not add up to their total (within rounding when counts are rounded). */
export function checkCinSum(
  raw: RawData,
  r: number,
  parts: readonly string[],
  total: string,
  what: string,
  rounded: number,
  issues: DataIssue[],
): void {
  let sum = 0;
  for (const p of parts) {
    const v = cell(raw, p, r);
    if (!isValue(v)) return;
    sum += v;
  }
  const t = cell(raw, total, r);
  if (!isValue(t)) return;
  const slack = rounded > 1 ? (rounded / 2) * (parts.length + 1) : 0;
  if (Math.abs(sum - t) > slack) {
    issues.push(
      issue(
        'total-mismatch',
        raw.rowNumbers[r]!,
        total,
        '',
        `${what} do not add up to ${total}${rounded > 1 ? ` (by more than rounding to the nearest ${rounded} explains)` : ''}; check the row`,
        'warning',
      ),
    );
  }
}
