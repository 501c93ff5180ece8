import { formatPoints } from '@send-insight/core/layout';
import { suppressionLabel, type OutcomeCell } from '@send-insight/data';
import type { OutcomesFormat, OutcomesSeriesBy, OutcomesWording } from './outcomes-radar.layout.js';

/*
 * The outcomes radar's words for one result, shared by the keyboard's announcements, the tooltip
 * and `send-select`, so neither reaches into the other.
 */

/** What `send-select` carries for a point: its figures when shown, only its reason when not. */
export interface OutcomesDatum {
  outcome: string;
  group: string;
  period: string;
  status: OutcomeCell['status'];
  reason?: OutcomeCell['reason'];
  percent?: number;
  lower?: number;
  upper?: number;
  respondents?: number;
  agree?: number;
  change?: OutcomeCell['change'];
}

/**
 * How the chart writes % agreeing ("62%") and changes ("+12 pts"), in the wording's locale.
 *
 * @example outcomesFormat(wordingOf(OUTCOMES_RADAR_TEXT)).points(11.8) // "+12 pts"
 */
export function outcomesFormat(w: OutcomesWording): OutcomesFormat {
  return { percent: (v) => w.format.percent(v, 0), points: (v) => formatPoints(v, w.locale, 0, w.t('pointsShort')) };
}

/**
 * One result in words, as announced and shown in the tooltip: the outcome and the period (or
 * group), % agreeing with its interval and counts, and the change with the model's verdict; for a
 * result not shown, only why.
 *
 * @example describeResult(cell, 'group', w, f, 10) // "Voice heard, 2025: 54% agreed (95% interval 47% to 61%; 101 of 187 people); +2 pts since 2024, not a significant change"
 */
export function describeResult(
  cell: OutcomeCell,
  seriesBy: OutcomesSeriesBy,
  w: OutcomesWording,
  f: OutcomesFormat,
  minCount: number,
): string {
  const what = w.t('outcomesPointWhat', {
    outcome: w.t(`outcome.${cell.outcome}`),
    about: seriesBy === 'group' ? cell.period : cell.group,
  });
  if (cell.status !== 'shown') return w.t('outcomesPointHidden', { what, reason: suppressionLabel(cell, minCount, w) });
  let text = w.t('outcomesPointWords', {
    what,
    percent: f.percent(cell.percent!),
    lower: f.percent(cell.lower!),
    upper: f.percent(cell.upper!),
    agree: w.format.number(cell.agree!, 0),
    respondents: w.format.number(cell.respondents!, 0),
  });
  const c = cell.change;
  if (c?.status === 'shown') {
    const move = f.points(c.difference!);
    text += w.t(
      c.verdict === 'similar' ? 'outcomesPointSimilar' : c.verdict === 'up' ? 'outcomesPointUp' : 'outcomesPointDown',
      { move, from: c.from },
    );
  } else if (c?.status === 'unavailable') text += w.t('outcomesPointNoComparison', { from: c.from });
  return text;
}

/** What `send-select` carries for a result: its figures only when they are shown. */
export function resultDatum(cell: OutcomeCell): OutcomesDatum {
  const { outcome, group, period, status, reason } = cell;
  if (status !== 'shown') return { outcome, group, period, status, ...(reason ? { reason } : {}) };
  return {
    outcome,
    group,
    period,
    status,
    percent: cell.percent,
    lower: cell.lower,
    upper: cell.upper,
    respondents: cell.respondents,
    agree: cell.agree,
    change: cell.change,
  };
}
