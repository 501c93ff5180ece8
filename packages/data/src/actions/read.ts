import { DEFAULT_MIN_COUNT } from '../disclosure.js';
import { hasErrors, issue, SendDataError, type DataIssue } from '../issues.js';
import type { ValidatedData } from '../validate.js';
import { buildMeasure, type ActionMeasure } from './measure.js';
import type { ActionStatus } from '../contracts/actions.js';
import { wordingOf, type TextOptions } from '../text/wording.js';
import { ACTIONS_STRINGS } from './strings.js';
import { httpHref, isHttpUrl, type ActionItem, type ActionsDataset } from './model.js';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

/**
 * Checks that go beyond the contract: a complete action must be at 100% progress; a measure
 * needs its current value and target and a known better direction (inferred from baseline and
 * target when the column is empty); an evidence address that is not http(s) is a warning (it will
 * be shown as text); one priority number should carry one title. Messages name the row.
 *
 * @param data validated actions data
 * @returns issues, each with its row and column
 * @example checkActions(validate(toRawData(rows), actionsContract)).map(formatIssue)
 */
export function checkActions(data: ValidatedData): DataIssue[] {
  const out: DataIssue[] = [];
  const col = (name: string) => data.columns.get(name);
  const src = (name: string) => data.sourceNames.get(name) ?? name;
  const status = col('status');
  const progress = col('progress');
  const titles = new Map<string, { title: string; row: number }>();
  for (let r = 0; r < data.numRows; r++) {
    const row = data.rowNumbers[r]!;
    const s = str(status?.[r]);
    const p = num(progress?.[r]);
    if (s === 'complete' && p !== undefined && p < 100) {
      out.push(
        issue(
          'complete-not-100',
          row,
          src('progress'),
          p,
          `the action is marked complete but its progress is ${p}; set progress to 100 or change the status`,
        ),
      );
    }
    const measure = str(col('measure')?.[r]);
    if (measure !== undefined) {
      for (const name of ['current', 'target']) {
        if (num(col(name)?.[r]) === undefined) {
          out.push(
            issue(
              'measure-incomplete',
              row,
              src(name),
              '',
              `the measure "${measure}" has no ${name} value; give one, or clear the measure`,
            ),
          );
        }
      }
      const better = str(col('better')?.[r]);
      const baseline = num(col('baseline')?.[r]);
      const target = num(col('target')?.[r]);
      if (better === undefined && (baseline === undefined || target === undefined || baseline === target)) {
        out.push(
          issue(
            'measure-direction',
            row,
            src('better'),
            '',
            `the measure "${measure}" does not say which direction is better; set better to "higher" or "lower"`,
          ),
        );
      }
    } else {
      for (const name of ['baseline', 'current', 'target']) {
        if (num(col(name)?.[r]) !== undefined) {
          out.push(
            issue(
              'measure-unnamed',
              row,
              src('measure'),
              '',
              `the row has a ${name} value but no measure name; name the measure so the figure can be shown`,
              'warning',
            ),
          );
          break;
        }
      }
    }
    const url = str(col('evidence_url')?.[r]);
    if (url !== undefined && !isHttpUrl(url)) {
      out.push(
        issue(
          'evidence-not-http',
          row,
          src('evidence_url'),
          url,
          'the evidence address is not an http or https link, so it will be shown as plain text',
          'warning',
        ),
      );
    }
    const key = `${str(col('plan')?.[r]) ?? ''}\u0001${num(col('priority')?.[r])}`;
    const title = str(col('priority_title')?.[r]);
    if (title !== undefined) {
      const first = titles.get(key);
      if (!first) titles.set(key, { title, row });
      else if (first.title !== title) {
        out.push(
          issue(
            'priority-title-differs',
            row,
            src('priority_title'),
            title,
            `priority ${num(col('priority')?.[r])} is titled "${first.title}" in row ${first.row}; this row's title is not used`,
            'warning',
          ),
        );
      }
    }
  }
  return out;
}

/**
 * Reads validated actions data into tracker actions. Throws a {@link SendDataError} when the
 * contract or {@link checkActions} found an error; warnings are kept on the result.
 *
 * @param data validated with the actions contract
 * @param minCount disclosure threshold for count measures (default 10)
 * @param text wording of measure sentences ({@link ACTIONS_STRINGS})
 * @returns actions, plan names and warnings
 * @example readActions(validate(toRawData(csvText), actionsContract)).actions.length
 */
export function readActions(data: ValidatedData, minCount = DEFAULT_MIN_COUNT, text?: TextOptions): ActionsDataset {
  const w = wordingOf(ACTIONS_STRINGS, text);
  const issues = [...data.issues, ...checkActions(data)];
  if (hasErrors(issues))
    throw new SendDataError(issues.filter((i) => i.severity === 'error').sort((a, b) => a.row - b.row));
  const get = (name: string, r: number) => data.columns.get(name)?.[r];
  const actions: ActionItem[] = [];
  const plans: string[] = [];
  const titles = new Map<string, string>();
  for (let r = 0; r < data.numRows; r++) {
    const plan = str(get('plan', r)) ?? '';
    if (!plans.includes(plan)) plans.push(plan);
    const priority = num(get('priority', r))!;
    const key = `${plan}\u0001${priority}`;
    if (!titles.has(key)) titles.set(key, str(get('priority_title', r))!);
    const url = str(get('evidence_url', r));
    const label = str(get('evidence_label', r));
    const measureName = str(get('measure', r));
    let measure: ActionMeasure | undefined;
    if (measureName !== undefined) {
      const baseline = num(get('baseline', r));
      const target = num(get('target', r))!;
      const better =
        (str(get('better', r)) as 'higher' | 'lower' | undefined) ?? (target > baseline! ? 'higher' : 'lower');
      measure = buildMeasure(
        { name: measureName, unit: str(get('unit', r)), baseline, current: num(get('current', r))!, target, better },
        minCount,
        w,
      );
    }
    actions.push({
      row: data.rowNumbers[r]!,
      plan,
      priority,
      priorityTitle: titles.get(key)!,
      id: str(get('action_id', r))!,
      action: str(get('action', r))!,
      owner: str(get('owner', r))!,
      due: str(get('due', r))!,
      status: str(get('status', r)) as ActionStatus,
      progress: num(get('progress', r))!,
      updated: str(get('updated', r))!,
      outcome: str(get('outcome', r)),
      evidenceUrl: url !== undefined ? httpHref(url) : undefined,
      evidenceText: label ?? url,
      measure,
    });
  }
  return { actions, plans, issues };
}
