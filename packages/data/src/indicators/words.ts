import type { IndicatorUnit } from '../contracts/indicators.js';
import { wordingOf, type TextOptions, type Wording } from '../text/wording.js';
import type { ChangeVerdict } from './change.js';
import type { IndicatorComparison, IndicatorModel } from './model.js';
import type { IndicatorPoint } from './points.js';
import { INDICATOR_STRINGS, type IndicatorStringKey } from './strings.js';

/** The wording the indicator's phrases are written with. */
export type IndicatorWording = Wording<IndicatorStringKey>;

const MINUS = '\u2212';

/** A value in its unit: "25.7%" (one decimal place) or "3,148". */
export function indicatorValue(unit: IndicatorUnit, value: number, w: IndicatorWording): string {
  return unit === 'percent' ? w.format.percent(value, 1) : w.format.number(value, 0);
}

/** The size of a difference, unsigned: "12.4 points" or "301". */
export function indicatorAmount(unit: IndicatorUnit, difference: number, w: IndicatorWording): string {
  const n = Math.abs(difference);
  return unit === 'percent' ? w.plural('indicatorPoints', n, { n: w.format.number(n, 1) }) : w.format.number(n, 0);
}

/** A relative change with its sign: "+10.6%", "−4.0%". */
export function signedPercent(value: number, w: IndicatorWording): string {
  const r = Number(value.toFixed(1));
  return `${r > 0 ? '+' : r < 0 ? MINUS : ''}${w.format.percent(Math.abs(r), 1)}`;
}

/** An ordinal in the locale's forms: 1st, 2nd, 3rd, 127th (`indicatorOrdinal_…`). */
export function ordinal(n: number, w: IndicatorWording): string {
  let category = 'other';
  try {
    category = new Intl.PluralRules(w.locale, { type: 'ordinal' }).select(n);
  } catch {
    // keep "other"
  }
  const key = `indicatorOrdinal_${category}` as IndicatorStringKey;
  const known = w.has(key) || key in INDICATOR_STRINGS;
  return w.t(known ? key : 'indicatorOrdinal_other', { n: w.format.number(n, 0) });
}

/** Why a point is not shown: "not applicable", "suppressed", "not shown to protect small numbers"… */
export function gapReason(point: IndicatorPoint, minCount: number, w: IndicatorWording): string {
  switch (point.reason) {
    case 'small-count':
      return w.t('indicatorSmallCount');
    case 'small-denominator':
      return w.t('indicatorSmallDenominator', { min: w.format.number(minCount, 0) });
    case undefined:
    case 'no-data':
    case 'blank':
      return w.t('indicatorNoData');
    default:
      return w.t(`missing.${point.reason}`);
  }
}

/** The area's point in the shown period. */
export function currentPoint(model: IndicatorModel): IndicatorPoint | undefined {
  const i = model.period === undefined ? -1 : model.periods.indexOf(model.period);
  return i < 0 ? undefined : model.series[0]!.points[i];
}

/** "Wolverhampton, 2022: 25.7% (90 of 350)." or, when hidden, the reason. */
export function headlineSentence(model: IndicatorModel, w: IndicatorWording): string {
  const now = currentPoint(model);
  const base = { area: model.area.name, period: model.period ?? '' };
  if (!now || now.status !== 'shown')
    return w.t('indicatorHeadlineHidden', {
      ...base,
      reason: now ? gapReason(now, model.minCount, w) : w.t('indicatorNoData'),
    });
  const counts = now.numerator !== undefined ? w.t('indicatorHeadlineCounts', { counts: countsText(now, w) }) : '';
  return w.t('indicatorHeadline', { ...base, value: indicatorValue(model.unit, now.value!, w), counts });
}

/** "90 of 350". */
export function countsText(point: IndicatorPoint, w: IndicatorWording): string {
  return w.t('indicatorCounts', {
    numerator: w.format.number(point.numerator!, 0),
    denominator: w.format.number(point.denominator!, 0),
  });
}

/** The change sentence of a verdict; any other change is `indicatorChangeMoved`. */
const CHANGE_SENTENCES: Partial<Record<ChangeVerdict, IndicatorStringKey>> = {
  improved: 'indicatorChangeImproved',
  worsened: 'indicatorChangeWorsened',
  'no-real-change': 'indicatorChangeNone',
};

/**
 * The change since the previous period, no stronger than its test. With `short`, without its
 * verdict ("Since 2021 (38.1%): down 12.4 points, a significant change (5% level).") for a place
 * that shows the verdict as a tag beside it.
 */
export function changeSentence(model: IndicatorModel, w: IndicatorWording, short = false): string {
  const c = model.change;
  if (!c) return '';
  const i = model.periods.indexOf(c.from);
  const then = model.series[0]!.points[i]!;
  if (c.status !== 'shown')
    return w.t('indicatorChangeUnavailable', {
      from: c.from,
      reason: gapReason(then.status === 'shown' ? currentPoint(model)! : then, model.minCount, w),
    });
  const values = { from: c.from, then: indicatorValue(model.unit, then.value!, w) };
  if (c.verdict === 'unchanged') return w.t(short ? 'indicatorChangeSinceSame' : 'indicatorChangeSame', values);
  let move = w.t(c.difference! > 0 ? 'indicatorMoveUp' : 'indicatorMoveDown', {
    amount: indicatorAmount(model.unit, c.difference!, w),
  });
  if (c.relative !== undefined) move += ` (${signedPercent(c.relative, w)})`;
  if (c.verdict === 'no-real-change') move += w.t('indicatorWithinMargin');
  else if (c.tested) move += w.t('indicatorChangeSignificant');
  else if (model.unit === 'percent') move += w.t('indicatorChangeUntested');
  if (short) return w.t('indicatorChangeSince', { ...values, move });
  return w.t(CHANGE_SENTENCES[c.verdict!] ?? 'indicatorChangeMoved', { ...values, move });
}

/** The area against one comparator: the gap and its test for percentages, the comparator's own change for counts. */
export function comparisonSentence(model: IndicatorModel, c: IndicatorComparison, w: IndicatorWording): string {
  if (c.status !== 'shown') return w.t('indicatorComparedNone', { name: c.name, period: c.period });
  const value = indicatorValue(model.unit, c.value!, w);
  const when = c.period !== model.period ? w.t('indicatorWhen', { period: c.period }) : '';
  if (c.gap !== undefined) {
    const area = model.area.name;
    if (Math.abs(c.gap) < 0.05) return w.t('indicatorGapSame', { name: c.name, value, when, area });
    const test =
      c.verdict === undefined
        ? ''
        : c.verdict === 'similar'
          ? w.t('indicatorGapSimilar')
          : w.t('indicatorGapSignificant');
    return w.t(c.gap > 0 ? 'indicatorGapAbove' : 'indicatorGapBelow', {
      amount: indicatorAmount(model.unit, c.gap, w),
      name: c.name,
      value,
      when,
      test,
      area,
    });
  }
  if (c.relative !== undefined) {
    const series = model.series.find((s) => s.code === c.code)!;
    const before = series.points[model.periods.indexOf(model.previous!)]!;
    return w.t('indicatorComparedCount', {
      name: c.name,
      then: indicatorValue(model.unit, before.value!, w),
      now: value,
      relative: signedPercent(c.relative, w),
    });
  }
  return w.t('indicatorComparedValue', { name: c.name, value, when });
}

/** Counts: "Since 2018/19: Wolverhampton 1,752 to 3,148 (+79.7%); England 353,995 to 638,745 (+80.4%)." (from the index base to the shown period). */
export function sinceSentence(model: IndicatorModel, w: IndicatorWording): string {
  const b = model.indexBase === undefined ? -1 : model.periods.indexOf(model.indexBase);
  const at = model.period === undefined ? -1 : model.periods.indexOf(model.period);
  if (b < 0 || at <= b || model.periods[at - 1] === model.indexBase) return '';
  const changes = model.series
    .filter((s) => s.points[at]!.index !== undefined)
    .map((s) =>
      w.t('indicatorSinceOne', {
        name: s.name,
        then: indicatorValue(model.unit, s.points[b]!.value!, w),
        now: indicatorValue(model.unit, s.points[at]!.value!, w),
        relative: signedPercent(s.points[at]!.index! - 100, w),
      }),
    );
  return changes.length
    ? w.t('indicatorSince', { period: model.indexBase!, changes: w.list(changes, { long: true }) })
    : '';
}

/** "Target 0: not met." */
export function targetSentence(model: IndicatorModel, w: IndicatorWording): string {
  const t = model.target;
  if (!t) return '';
  const target = indicatorValue(model.unit, t.value, w);
  return w.t(t.met === undefined ? 'indicatorTarget' : t.met ? 'indicatorTargetMet' : 'indicatorTargetNotMet', {
    target,
  });
}

/** "Ranks 111th of 131 authorities with a value shown for 2022 (1st is the highest) and 11th of 12 West Midlands authorities shown." */
export function rankSentence(model: IndicatorModel, w: IndicatorWording): string {
  const r = model.rank;
  if (!r) return '';
  const place = (p: { rank: number; tied: number }) =>
    p.tied > 1 ? w.t('indicatorJoint', { place: ordinal(p.rank, w) }) : ordinal(p.rank, w);
  const values = {
    place: place(r.all),
    of: w.format.number(r.all.of, 0),
    period: model.period!,
    best: w.t(model.better === 'lower' ? 'indicatorBestLower' : 'indicatorBestHigher'),
  };
  if (!r.region) return w.t('indicatorRank', values);
  return w.t('indicatorRankRegion', {
    ...values,
    regionPlace: place(r.region),
    regionOf: w.format.number(r.region.of, 0),
    region: model.area.regionName ?? model.area.region ?? '',
  });
}

/**
 * The plain-English summary of a headline measure: the area's figure, its change since the
 * previous period (a percentage's only as strong as its test), each comparator, the target and
 * the rank. It quotes only figures the model shows, so a suppressed figure is never named.
 *
 * @param model the model from `buildIndicatorModel`
 * @param options wording (strings, locale, formatters) or a wording already made
 * @returns one paragraph
 * @example summariseIndicator(model)
 * // "Wolverhampton, 2022: 25.7% (90 of 350). Worsened since 2021 (38.1%): down 12.4 points, a significant change (5% level). …"
 */
export function summariseIndicator(model: IndicatorModel, options?: TextOptions | IndicatorWording): string {
  const w = wordingOf(INDICATOR_STRINGS, options);
  if (model.period === undefined) return w.t('indicatorSummaryNothing');
  const sentences = [
    headlineSentence(model, w),
    changeSentence(model, w),
    ...model.comparisons.map((c) => comparisonSentence(model, c, w)),
  ];
  return [...sentences, sinceSentence(model, w), targetSentence(model, w), rankSentence(model, w)]
    .filter(Boolean)
    .join(' ');
}
