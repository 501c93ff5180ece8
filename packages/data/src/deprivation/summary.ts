import type { DeprivationMeasure, DeprivationModel, MeasureSeries } from './model.js';

/** Which measures a summary talks about: one, or SEN support and EHC plans together. */
export type DeprivationMeasureChoice = DeprivationMeasure | 'both';

/** Options for {@link summariseDeprivation}. */
export interface DeprivationSummaryOptions {
  /** Default `both`: SEN support, then EHC plans. */
  measure?: DeprivationMeasureChoice;
  /** Mention England's contrast when the model has it. Default `england`. */
  comparator?: 'england' | 'none';
  /** Number format locale. Default `en-GB`. */
  locale?: string;
}

/** A ratio or gap below which two rates are said to show "little difference" even when the test says otherwise. */
const LITTLE = 1.15;

function formatter(locale: string, digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function plural(series: MeasureSeries): boolean {
  return series.measure !== 'sen_support';
}

function mostPhrase(decile: number): string {
  return decile === 1 ? 'the most deprived tenth' : `decile ${decile} (the most deprived with figures shown)`;
}

function leastPhrase(decile: number, short: boolean): string {
  if (decile === 10) return short ? 'the least' : 'the least deprived tenth';
  return `decile ${decile} (the least deprived with figures shown)`;
}

function littleDifference(series: MeasureSeries): boolean {
  const c = series.contrast!;
  if (c.verdict === 'similar') return true;
  if (c.ratio === undefined) return false;
  return c.ratio < LITTLE && c.ratio > 1 / LITTLE;
}

function listDeciles(deciles: number[]): string {
  const words = deciles.map(String);
  if (words.length === 1) return `Decile ${words[0]} is`;
  return `Deciles ${words.slice(0, -1).join(', ')} and ${words[words.length - 1]} are`;
}

/**
 * Writes the plain-English, en-GB sentence that describes a deprivation model: the rate per 100
 * pupils in the most against the least deprived tenth, how many times as many, and the strength
 * of the trend, for SEN support and then EHC plans; England's contrast when given. Every figure
 * is computed from the model, and only from deciles whose figures can be shown.
 *
 * @param model the view model from {@link buildDeprivationModel}
 * @param options which measure(s), whether to mention England, the number locale
 * @returns one or more sentences, e.g. "SEN support: 19.8 per 100 pupils in the most deprived tenth against 9.1 in the least, 2.2 times as many…"
 * @example summariseDeprivation(buildDeprivationModel(validated), { measure: 'both' })
 */
export function summariseDeprivation(model: DeprivationModel, options: DeprivationSummaryOptions = {}): string {
  const locale = options.locale ?? 'en-GB';
  const one = formatter(locale, 1);
  const two = formatter(locale, 2);
  const choice = options.measure ?? 'both';
  const measures: DeprivationMeasure[] = choice === 'both' ? ['sen_support', 'ehc_plan'] : [choice];
  const rate = (v: number) => one.format(v);
  const times = (v: number) => one.format(v);
  const slopeText = (v: number) => (Math.abs(v) < 0.095 ? two.format(Math.abs(v)) : one.format(Math.abs(v)));

  const parts: string[] = [];
  measures.forEach((m, i) => {
    const s = model.local[m];
    const c = s.contrast;
    if (!c) {
      parts.push(`${s.label}: too few deciles have figures that can be shown to compare the most and least deprived areas`);
      return;
    }
    const first = i === 0;
    if (littleDifference(s)) {
      const verb = plural(s) ? 'show' : 'shows';
      parts.push(
        first
          ? `${s.label} ${verb} little difference between the most and least deprived areas: ${rate(c.mostRate)} per 100 pupils in ${mostPhrase(c.most)} against ${rate(c.leastRate)} in ${leastPhrase(c.least, true)}`
          : `${s.label} ${verb} little difference (${rate(c.mostRate)} against ${rate(c.leastRate)} per 100${c.most !== 1 || c.least !== 10 ? `, decile ${c.most} against decile ${c.least}` : ''})`,
      );
      return;
    }
    let text = first
      ? `${s.label}: ${rate(c.mostRate)} per 100 pupils in ${mostPhrase(c.most)} against ${rate(c.leastRate)} in ${leastPhrase(c.least, true)}`
      : `${s.label}: ${rate(c.mostRate)} against ${rate(c.leastRate)} per 100${c.most !== 1 || c.least !== 10 ? ` (decile ${c.most} against decile ${c.least})` : ''}`;
    if (c.ratio !== undefined) text += c.ratio >= 1 ? `, ${times(c.ratio)} times as many` : `, ${times(1 / c.ratio)} times as many in the least deprived`;
    const t = s.trend;
    if (t && first) {
      if (t.strength === 'no') text += ', with no clear trend across the deciles';
      else {
        const direction = t.slope < 0 ? 'more' : 'fewer';
        text += ` (a ${t.strength} relationship: ${slopeText(t.slope)} ${direction} per 100 for each decile more deprived)`;
      }
    } else if (t && t.strength !== 'no') text += ` (a ${t.strength} relationship)`;
    parts.push(text);
  });

  let sentence = parts.join('; ') + '.';

  const england = options.comparator !== 'none' ? model.england?.[measures[0]!] : undefined;
  if (england?.contrast) {
    const e = england.contrast;
    sentence += ` England: ${rate(e.mostRate)} in ${e.most === 1 ? 'the most deprived tenth' : `decile ${e.most}`} against ${rate(e.leastRate)} in ${e.least === 10 ? 'the least' : `decile ${e.least}`}`;
    sentence += e.ratio !== undefined && e.ratio >= 1 ? `, ${times(e.ratio)} times as many.` : '.';
  }

  for (const m of measures) {
    const hidden = model.local[m].deciles.filter((d) => d.status === 'suppressed').map((d) => d.decile);
    if (hidden.length) sentence += ` ${listDeciles(hidden)} suppressed for ${model.local[m].label} to protect small numbers.`;
  }
  if (model.periods.length > 1 && model.period) sentence += ` Figures for ${model.period}.`;
  return sentence;
}
