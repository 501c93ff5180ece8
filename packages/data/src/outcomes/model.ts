import { OUTCOME_CODES, type OutcomeCode } from '../contracts/outcomes.js';
import { wordingOf, type TextOptions, type Wording } from '../text/wording.js';
import { OUTCOMES_STRINGS, type OutcomesStringKey } from './strings.js';
import { canShowRate, DEFAULT_MIN_COUNT } from '../disclosure.js';
import { hasErrors, issue, SendDataError, type DataIssue } from '../issues.js';
import { isMissing, isValue, type Missing } from '../missing.js';
import { holmAdjust } from '../stats/holm.js';
import { compareProportions } from '../stats/two-proportion.js';
import { wilson } from '../stats/wilson.js';
import type { ValidatedData } from '../validate.js';
import { orderPeriods } from '../periods.js';

// where the model's periods are ordered (shared with the indicator model); exported from here as before
export { orderPeriods };

/**
 * Why an outcome result is not shown.
 * - `few-responses`: fewer than `minCount` people answered (shown as "fewer than N responses").
 * - `small-count`: enough people answered, but fewer than `minCount` (and more than none) agreed,
 *   or fewer than `minCount` (and more than none) did not agree. With the number of respondents
 *   known, an exact percentage would give that small count away, so nothing is shown.
 * - `source`: the publisher already suppressed the figure (`c`, `[c]`).
 */
export type OutcomeSuppression = 'few-responses' | 'small-count' | 'source';

/** Change in % agreeing since the previous period, for one outcome and group. */
export interface OutcomeChange {
  /** The period compared with. */
  from: string;
  /** `shown` when both periods are shown; `unavailable` when either is suppressed or missing. */
  status: 'shown' | 'unavailable';
  /** Difference in percentage points (now − then). */
  difference?: number;
  /** 95% interval of the difference, in percentage points (Newcombe hybrid score). */
  lower?: number;
  upper?: number;
  /** Two-sided p-value before adjustment: the pooled two-proportion z-test, or Fisher's exact test when an expected count is below 5. */
  p?: number;
  /** Which test gave `p`. */
  test?: 'z' | 'fisher';
  /** p after Holm's adjustment over the changes the chart view shows (see {@link OutcomesModelOptions.view}). */
  pAdjusted?: number;
  /** `up` or `down` when the adjusted p is below 0.05, otherwise `similar`. */
  verdict?: 'up' | 'down' | 'similar';
}

/** One outcome × group × period result after disclosure control. */
export interface OutcomeCell {
  outcome: OutcomeCode;
  group: string;
  period: string;
  /** `shown`, `suppressed` (see `reason`) or `missing` (no row, or not available in the source). */
  status: 'shown' | 'suppressed' | 'missing';
  /** Why it is suppressed. */
  reason?: OutcomeSuppression;
  /** People who answered (shown cells only). */
  respondents?: number;
  /** People who agreed (shown cells only); derived from `percent` when the source gave no count. */
  agree?: number;
  /** True when `agree` was worked out from a published percentage. */
  agreeDerived?: boolean;
  /** % agreeing, 0–100 (shown cells only). */
  percent?: number;
  /** Wilson 95% interval of the % agreeing, 0–100 (shown cells only). */
  lower?: number;
  upper?: number;
  /** Change since the previous period (shown cells that have a previous period only). */
  change?: OutcomeChange;
}

/** The outcomes view model: a complete grid of cells, JSON-serialisable. */
export interface OutcomesModel {
  /** Outcomes present in the data, in the strategy's fixed order. */
  outcomes: OutcomeCode[];
  /** Groups in order of first appearance. */
  groups: string[];
  /** Periods, oldest first (see {@link orderPeriods}). */
  periods: string[];
  /** Every outcome × group × period, ordered by period, then group, then outcome. */
  cells: OutcomeCell[];
  /** The disclosure threshold applied. */
  minCount: number;
  /** Non-fatal issues (warnings) found while building. */
  warnings: DataIssue[];
}

export interface OutcomesModelOptions {
  /** Disclosure threshold. Default {@link DEFAULT_MIN_COUNT}. */
  minCount?: number;
  /**
   * The changes one chart view shows, which Holm's adjustment takes as one family: `{ period }`,
   * every group's change into that period (default the latest), as the radar draws groups; or
   * `{ group }`, that group's change into each period (default the first group), as it draws
   * periods. Changes outside the view are adjusted over every change in the model. Default: every
   * change in the model is one family.
   */
  view?: { period?: string } | { group?: string };
}

/** The significance level of a change, after Holm's adjustment. */
export const OUTCOME_ALPHA = 0.05;

/**
 * The position of a cell in {@link OutcomesModel.cells}.
 * @example outcomeCell(model, 'safe', 'Practitioners', '2025')?.percent
 */
export function outcomeCell(
  model: OutcomesModel,
  outcome: OutcomeCode,
  group: string,
  period: string,
): OutcomeCell | undefined {
  const o = model.outcomes.indexOf(outcome);
  const g = model.groups.indexOf(group);
  const p = model.periods.indexOf(period);
  if (o < 0 || g < 0 || p < 0) return undefined;
  return model.cells[(p * model.groups.length + g) * model.outcomes.length + o];
}

interface RawCell {
  row: number;
  respondents: number | Missing | undefined;
  agree: number | Missing | undefined;
  percent: number | Missing | undefined;
}

const num = (v: unknown): number | Missing | undefined => (isValue(v) || isMissing(v) ? v : undefined);

/**
 * Builds the outcomes view model from validated **outcomes** data: % agreeing per outcome ×
 * group × period with Wilson 95% intervals, change since the previous period with a
 * two-proportion z-test (Fisher's exact test when an expected count is below 5; the two periods'
 * respondents are taken as different people, as in repeated surveys) and Holm's adjustment over
 * the changes one chart view shows (see `view`), and small-number suppression.
 *
 * Rules, in order, for each cell:
 * 1. A respondent count published as suppressed (`c`) → suppressed (`source`); any other symbol or a
 *    missing row → `missing` ("no data").
 * 2. The agree count is the `agree` column; when it is blank, `Math.round(percent × respondents / 100)`
 *    (so 61.8% of 212 is 131 people). `agree` wins when both are given. An agree count published as
 *    `c` → suppressed (`source`).
 * 3. Fewer than `minCount` respondents → suppressed (`few-responses`), never 0.
 * 4. With the respondents shown, a percentage discloses the agree count and its complement, so if
 *    either the people who agreed or the people who did not is between 1 and `minCount − 1`
 *    → suppressed (`small-count`). Zero agreeing (0%) or everyone agreeing (100%) is shown.
 * 5. A shown cell gets its Wilson interval; the change is computed against the immediately
 *    previous period when that cell is shown too, otherwise it is `unavailable`.
 * A suppressed cell keeps no figure at all (no respondents, agree, percent or interval), so
 * nothing downstream can show it by mistake. No secondary suppression is needed: each outcome ×
 * group × period is a separate question with its own respondents, and nothing published adds
 * cells up, so a hidden cell cannot be worked out by subtraction; a change since the previous
 * period is only given when both periods are shown.
 *
 * @param data validated outcomes data (see {@link validate} with {@link outcomesContract})
 * @param options `minCount`, the disclosure threshold
 * @returns the view model
 * @throws {SendDataError} when the data has errors, neither `agree` nor `percent` is given, or agree exceeds respondents
 * @example
 * const model = buildOutcomesModel(validate(toRawData(csv), outcomesContract));
 * outcomeCell(model, 'safe', 'Practitioners', '2025')?.percent // 72.4
 */
export function buildOutcomesModel(data: ValidatedData, options: OutcomesModelOptions = {}): OutcomesModel {
  const minCount = options.minCount ?? DEFAULT_MIN_COUNT;
  if (!(minCount >= 0)) throw new RangeError('minCount must be a number of 0 or more');
  if (hasErrors(data.issues)) throw new SendDataError(data.issues.filter((i) => i.severity === 'error'));
  const col = (name: string) => data.columns.get(name);
  const outcomeCol = col('outcome');
  const groupCol = col('group');
  const periodCol = col('period');
  const respondentsCol = col('respondents');
  const agreeCol = col('agree');
  const percentCol = col('percent');
  if (!outcomeCol || !groupCol || !periodCol || !respondentsCol) {
    throw new SendDataError([
      issue(
        'missing-column',
        1,
        'outcome',
        '',
        'the outcomes data needs the columns outcome, group, period and respondents',
      ),
    ]);
  }
  if (!agreeCol && !percentCol) {
    throw new SendDataError([
      issue(
        'missing-column',
        1,
        'agree',
        '',
        'the outcomes data needs an "agree" column (people who agreed) or a "percent" column (per cent who agreed)',
      ),
    ]);
  }

  const errors: DataIssue[] = [];
  const warnings: DataIssue[] = data.issues.filter((i) => i.severity === 'warning');
  const raw = new Map<string, RawCell>();
  const groupsSeen: string[] = [];
  const periodsSeen: string[] = [];
  const outcomesSeen = new Set<string>();
  const agreeName = data.sourceNames.get('agree') ?? 'agree';
  const percentName = data.sourceNames.get('percent') ?? 'percent';

  for (let r = 0; r < data.numRows; r++) {
    const row = data.rowNumbers[r]!;
    const outcome = String(outcomeCol[r]);
    const group = String(groupCol[r]);
    const period = String(periodCol[r]);
    const respondents = num(respondentsCol[r]);
    const agree = num(agreeCol?.[r]);
    const percent = num(percentCol?.[r]);
    outcomesSeen.add(outcome);
    if (!groupsSeen.includes(group)) groupsSeen.push(group);
    if (!periodsSeen.includes(period)) periodsSeen.push(period);
    const hasAgree = isValue(agree) || (isMissing(agree) && agree.kind !== 'blank');
    const hasPercent = isValue(percent) || (isMissing(percent) && percent.kind !== 'blank');
    if (!hasAgree && !hasPercent) {
      errors.push(
        issue(
          'invalid-value',
          row,
          agreeCol ? agreeName : percentName,
          '',
          'give the number who agreed ("agree") or the per cent who agreed ("percent"); both are empty',
        ),
      );
      continue;
    }
    if (isValue(agree) && isValue(respondents) && agree > respondents) {
      errors.push(
        issue(
          'invalid-value',
          row,
          agreeName,
          agree,
          `${agree} agreed but only ${respondents} responded; agree cannot be more than respondents`,
        ),
      );
      continue;
    }
    raw.set(`${outcome}\u0001${group}\u0001${period}`, { row, respondents, agree, percent });
  }
  if (errors.length) throw new SendDataError(errors);

  const outcomes = OUTCOME_CODES.filter((o) => outcomesSeen.has(o));
  const periods = orderPeriods(periodsSeen);
  const groups = groupsSeen;
  const cells: OutcomeCell[] = [];
  for (const period of periods) {
    for (const group of groups) {
      for (const outcome of outcomes) {
        cells.push(resolveCell(outcome, group, period, raw.get(`${outcome}\u0001${group}\u0001${period}`), minCount));
      }
    }
  }
  const model: OutcomesModel = { outcomes, groups, periods, cells, minCount, warnings };

  // change since the previous period
  for (let p = 1; p < periods.length; p++) {
    for (const group of groups) {
      for (const outcome of outcomes) {
        const now = outcomeCell(model, outcome, group, periods[p]!)!;
        if (now.status !== 'shown') continue;
        const then = outcomeCell(model, outcome, group, periods[p - 1]!)!;
        now.change = changeBetween(now, then);
      }
    }
  }
  adjustChanges(model, options.view);
  return model;
}

/**
 * The changes one chart view shows, which Holm's adjustment takes as one family (see
 * {@link OutcomesModelOptions.view}): every group's change into a period, or one group's change
 * into every period; without a view, every change in the model.
 *
 * @param model from {@link buildOutcomesModel}
 * @param view the period (default the latest) or the group (default the first) the chart shows
 * @returns the shown cells with a change, in model order
 * @example outcomeChangeFamily(model, { period: '2025' }).length // 24: eight outcomes for three groups
 */
export function outcomeChangeFamily(model: OutcomesModel, view?: OutcomesModelOptions['view']): OutcomeCell[] {
  const compared = model.cells.filter((c) => c.change?.status === 'shown');
  if (!view) return compared;
  if ('group' in view) {
    const group = view.group !== undefined && model.groups.includes(view.group) ? view.group : model.groups[0];
    return compared.filter((c) => c.group === group);
  }
  const period =
    'period' in view && view.period !== undefined && model.periods.includes(view.period)
      ? view.period
      : model.periods[model.periods.length - 1];
  return compared.filter((c) => c.period === period);
}

/**
 * Holm's adjustment over the changes of one chart view, and over every change for the rest; a change
 * is `up` or `down` only when its adjusted p is below {@link OUTCOME_ALPHA}.
 */
function adjustChanges(model: OutcomesModel, view: OutcomesModelOptions['view']): void {
  const compared = model.cells.filter((c) => c.change?.status === 'shown');
  const family = outcomeChangeFamily(model, view);
  const apply = (cells: OutcomeCell[], adjusted: number[]) =>
    cells.forEach((c, i) => {
      const change = c.change!;
      change.pAdjusted = adjusted[i]!;
      change.verdict =
        change.pAdjusted < OUTCOME_ALPHA
          ? change.difference! > 0
            ? 'up'
            : change.difference! < 0
              ? 'down'
              : 'similar'
          : 'similar';
    });
  apply(compared, holmAdjust(compared.map((c) => c.change!.p!)));
  apply(family, holmAdjust(family.map((c) => c.change!.p!)));
}

function resolveCell(
  outcome: OutcomeCode,
  group: string,
  period: string,
  raw: RawCell | undefined,
  minCount: number,
): OutcomeCell {
  const base = { outcome, group, period };
  if (!raw) return { ...base, status: 'missing' };
  const { respondents, agree, percent } = raw;
  if (isMissing(respondents) && respondents.kind === 'suppressed')
    return { ...base, status: 'suppressed', reason: 'source' };
  if (!isValue(respondents)) return { ...base, status: 'missing' };
  if (respondents < minCount || respondents === 0) {
    return respondents === 0 && minCount === 0
      ? { ...base, status: 'missing' }
      : { ...base, status: 'suppressed', reason: 'few-responses' };
  }
  let count: number;
  let derived = false;
  if (isValue(agree)) count = agree;
  else if (isMissing(agree) && agree.kind === 'suppressed') return { ...base, status: 'suppressed', reason: 'source' };
  else if (isValue(percent)) {
    count = Math.round((percent * respondents) / 100);
    derived = true;
  } else if (isMissing(percent) && percent.kind === 'suppressed')
    return { ...base, status: 'suppressed', reason: 'source' };
  else return { ...base, status: 'missing' };

  if (!canShowRate(count, respondents, minCount) || !canShowRate(respondents - count, respondents, minCount)) {
    return { ...base, status: 'suppressed', reason: 'small-count' };
  }
  const ci = wilson(count, respondents)!;
  return {
    ...base,
    status: 'shown',
    respondents,
    agree: count,
    ...(derived ? { agreeDerived: true } : {}),
    percent: ci.estimate * 100,
    lower: ci.lower * 100,
    upper: ci.upper * 100,
  };
}

function changeBetween(now: OutcomeCell, then: OutcomeCell): OutcomeChange {
  if (then.status !== 'shown') return { from: then.period, status: 'unavailable' };
  const c = compareProportions(now.agree!, now.respondents!, then.agree!, then.respondents!)!;
  return {
    from: then.period,
    status: 'shown',
    difference: c.difference * 100,
    lower: c.lower * 100,
    upper: c.upper * 100,
    p: c.p,
    test: c.test,
    // set by adjustChanges, once the family is known
    verdict: 'similar',
  };
}

/**
 * Words for why a cell is not shown, e.g. "fewer than 10 responses".
 * @param cell a suppressed or missing cell
 * @param minCount the threshold applied
 * @param text wording options (see `OUTCOMES_STRINGS`: `outcomesNoData`, `outcomesFewResponses`, …)
 * @returns a short phrase for labels, tooltips and tables
 * @example suppressionLabel({ status: 'suppressed', reason: 'few-responses' } as OutcomeCell, 10) // 'fewer than 10 responses'
 */
export function suppressionLabel(
  cell: Pick<OutcomeCell, 'status' | 'reason'>,
  minCount: number,
  text?: TextOptions | Wording<OutcomesStringKey>,
): string {
  const w = wordingOf(OUTCOMES_STRINGS, text);
  if (cell.status === 'missing') return w.t('outcomesNoData');
  switch (cell.reason) {
    case 'few-responses':
      return w.t('outcomesFewResponses', { min: w.format.number(minCount) });
    case 'small-count':
      return w.t('outcomesSmallCount');
    case 'source':
      return w.t('outcomesSuppressedAtSource');
    default:
      return '';
  }
}
