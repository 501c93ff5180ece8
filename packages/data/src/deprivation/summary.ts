import type { DeprivationMeasure, DeprivationModel, MeasureSeries } from './model.js';
import { wordingOf, type TextOptions, type Wording } from '../text/wording.js';
import { DEPRIVATION_STRINGS, type DeprivationStringKey } from './strings.js';

/** Which measures a summary talks about: one, or SEN support and EHC plans together. */
export type DeprivationMeasureChoice = DeprivationMeasure | 'both';

/** Options for {@link summariseDeprivation}. */
export interface DeprivationSummaryOptions extends TextOptions {
  /** Default `both`: SEN support, then EHC plans. */
  measure?: DeprivationMeasureChoice;
  /** Mention England's contrast when the model has it. Default `england`. */
  comparator?: 'england' | 'none';
}

type W = Wording<DeprivationStringKey>;

/** A ratio or gap below which two rates are said to show "little difference" even when the test says otherwise. */
const LITTLE = 1.15;

function mostPhrase(w: W, decile: number): string {
  return decile === 1 ? w.t('deprivationMostTenth') : w.t('deprivationMostShown', { decile });
}

function leastPhrase(w: W, decile: number): string {
  return decile === 10 ? w.t('deprivationLeast') : w.t('deprivationLeastShown', { decile });
}

function littleDifference(series: MeasureSeries): boolean {
  const c = series.contrast!;
  if (c.verdict === 'similar') return true;
  if (c.ratio === undefined) return false;
  return c.ratio < LITTLE && c.ratio > 1 / LITTLE;
}

/**
 * Writes the plain-English sentence that describes a deprivation model: the rate per 100 pupils
 * in the most against the least deprived tenth, how many times as many, and the strength of the
 * trend, for SEN support and then EHC plans; England's contrast when given. Every figure is
 * computed from the model, and only from deciles whose figures can be shown. Every phrase is a
 * template of {@link DEPRIVATION_STRINGS} (en-GB by default) that `strings` can replace; figures
 * go through `format` (or `locale`).
 *
 * @param model the view model from {@link buildDeprivationModel}
 * @param options which measure(s), whether to mention England, wording
 * @returns one or more sentences, e.g. "SEN support: 19.8 per 100 pupils in the most deprived tenth against 9.1 in the least, 2.2 times as many…"
 * @example summariseDeprivation(buildDeprivationModel(validated), { measure: 'both' })
 */
export function summariseDeprivation(model: DeprivationModel, options: DeprivationSummaryOptions = {}): string {
  const w = wordingOf(DEPRIVATION_STRINGS, options);
  const choice = options.measure ?? 'both';
  const measures: DeprivationMeasure[] = choice === 'both' ? ['sen_support', 'ehc_plan'] : [choice];
  const rate = (v: number) => w.format.number(v, 1);
  const times = (v: number) => w.format.number(v, 1);
  const slopeText = (v: number) => (Math.abs(v) < 0.095 ? w.format.number(Math.abs(v), 2) : w.format.number(Math.abs(v), 1));
  const name = (m: DeprivationMeasure) => w.t(`deprivationMeasure.${m}`);

  const parts: string[] = [];
  measures.forEach((m, i) => {
    const s = model.local[m];
    const c = s.contrast;
    const measure = name(m);
    if (!c) {
      parts.push(w.t('deprivationSummaryTooFew', { measure }));
      return;
    }
    const first = i === 0;
    const figures = { measure, most: rate(c.mostRate), least: rate(c.leastRate), mostPlace: mostPhrase(w, c.most), leastPlace: leastPhrase(w, c.least) };
    const otherDeciles = c.most !== 1 || c.least !== 10;
    if (littleDifference(s)) {
      const shows = w.t(`deprivationShows.${m}`);
      parts.push(
        first
          ? w.t('deprivationSummaryLittleFirst', { ...figures, shows })
          : w.t('deprivationSummaryLittle', { ...figures, shows, deciles: otherDeciles ? w.t('deprivationSummaryLittleDeciles', { most: c.most, least: c.least }) : '' }),
      );
      return;
    }
    let text = first
      ? w.t('deprivationSummaryFirst', figures)
      : w.t('deprivationSummaryNext', { ...figures, deciles: otherDeciles ? w.t('deprivationSummaryNextDeciles', { most: c.most, least: c.least }) : '' });
    if (c.ratio !== undefined) text += c.ratio >= 1 ? w.t('deprivationSummaryTimes', { ratio: times(c.ratio) }) : w.t('deprivationSummaryTimesLeast', { ratio: times(1 / c.ratio) });
    const t = s.trend;
    if (t && first) {
      if (t.strength === 'no') text += w.t('deprivationSummaryNoTrend');
      else text += w.t(t.slope < 0 ? 'deprivationSummaryTrendMore' : 'deprivationSummaryTrendFewer', { strength: w.t(`deprivationStrength.${t.strength}`), slope: slopeText(t.slope) });
    } else if (t && t.strength !== 'no') text += w.t('deprivationSummaryTrendShort', { strength: w.t(`deprivationStrength.${t.strength}`) });
    parts.push(text);
  });

  const sentences = [w.t('deprivationSummaryParts', { parts: parts.join(w.template('deprivationSummaryPartSeparator')) })];

  const england = options.comparator !== 'none' ? model.england?.[measures[0]!] : undefined;
  if (england?.contrast) {
    const e = england.contrast;
    sentences.push(
      w.t('deprivationSummaryEngland', {
        most: rate(e.mostRate),
        mostPlace: e.most === 1 ? w.t('deprivationMostTenth') : w.t('deprivationDecile', { decile: e.most }),
        least: rate(e.leastRate),
        leastPlace: e.least === 10 ? w.t('deprivationLeast') : w.t('deprivationDecile', { decile: e.least }),
        ratio: e.ratio !== undefined && e.ratio >= 1 ? w.t('deprivationSummaryTimes', { ratio: times(e.ratio) }) : '',
      }),
    );
  }

  for (const m of measures) {
    const hidden = model.local[m].deciles.filter((d) => d.status === 'suppressed').map((d) => String(d.decile));
    if (hidden.length) sentences.push(w.plural('deprivationSummarySuppressed', hidden.length, { deciles: w.list(hidden), measure: name(m) }));
  }
  if (model.periods.length > 1 && model.period) sentences.push(w.t('deprivationSummaryPeriod', { period: model.period }));
  return sentences.join(' ');
}
