import { deprivationFindings, type DeprivationFinding } from './findings.js';
import type { DeprivationMeasure, DeprivationModel } from './model.js';
import { leastPhrase, mostPhrase, trendP, type DeprivationWording } from './phrases.js';
import { wordingOf, type TextOptions } from '../text/wording.js';
import { DEPRIVATION_STRINGS } from './strings.js';

/** Which measures a summary talks about: one, or SEN support and EHC plans together. */
export type DeprivationMeasureChoice = DeprivationMeasure | 'both';

/** Options for {@link summariseDeprivation}. */
export interface DeprivationSummaryOptions extends TextOptions {
  /** Default `both`: SEN support, then EHC plans. */
  measure?: DeprivationMeasureChoice;
  /** Mention England's contrast when the model has it. Default `england`. */
  comparator?: 'england' | 'none';
}

/** The clause that says what the finding supports (see {@link GradientClaim}). */
function claimText(w: DeprivationWording, f: DeprivationFinding): string {
  if (f.claim === 'untested') return w.t('deprivationClaim.untested');
  return w.t(`deprivationClaim.${f.claim}`, {
    p: trendP(w, f),
    move: w.t(f.direction === 'down' ? 'deprivationMoveDown' : 'deprivationMoveUp'),
  });
}

/**
 * Writes the plain-English sentence that describes a deprivation model: for SEN support and then
 * EHC plans, the rate per 100 pupils in the most against the least deprived tenth, how many times as
 * many with the rate ratio's 95% interval, and what the data supports about the gradient (see
 * {@link deprivationFindings}: the Cochran–Armitage test for trend with every pupil counted,
 * adjusted over the measures described, and the rate ratio's interval; "strong" only when both
 * bear it out); England's contrast for the first measure, right after it. Every figure is computed
 * from the model, and only from deciles whose figures can be shown. Every phrase is a template of
 * {@link DEPRIVATION_STRINGS} (en-GB by default) that `strings` can replace; figures go through
 * `format` (or `locale`).
 *
 * @param model the view model from {@link buildDeprivationModel}
 * @param options which measure(s), whether to mention England, wording
 * @returns one or more sentences, e.g. "SEN support: 19.8 per 100 pupils in the most deprived tenth against 9.1 in the least, 2.2 times as many (95% interval 2.0 to 2.4); a strong gradient: …"
 * @example summariseDeprivation(buildDeprivationModel(validated), { measure: 'both' })
 */
export function summariseDeprivation(model: DeprivationModel, options: DeprivationSummaryOptions = {}): string {
  const { lead, more } = summariseDeprivationParts(model, options);
  return more ? `${lead} ${more}` : lead;
}

/** {@link summariseDeprivation} in two parts: its lead and the rest. */
export interface DeprivationSummaryParts {
  /**
   * What the chart says: the first measure's gradient, as strong as its test, the deciles it cannot show,
   * and England's contrast beside it.
   */
  lead: string;
  /** The other measure's gradient and its suppressed deciles, and the period ('' when there is none of these). */
  more: string;
}

/**
 * {@link summariseDeprivation} split after what the chart says (the first measure's rates, rate
 * ratio and gradient claim, then England's), so a narrow screen can show the lead and keep the rest
 * one click away; `lead + ' ' + more` is the whole summary.
 *
 * @param model the view model from {@link buildDeprivationModel}
 * @param options which measure(s), whether to mention England, wording
 * @returns the lead and the rest
 * @example summariseDeprivationParts(model).lead // "SEN support: 19.8 per 100 pupils … (test for trend, adjusted p < 0.001). England: 16.5 in the most deprived tenth against 9.1 in the least, 1.8 times as many."
 */
export function summariseDeprivationParts(
  model: DeprivationModel,
  options: DeprivationSummaryOptions = {},
): DeprivationSummaryParts {
  const w = wordingOf(DEPRIVATION_STRINGS, options);
  const measures: DeprivationMeasure[] =
    (options.measure ?? 'both') === 'both' ? ['sen_support', 'ehc_plan'] : [options.measure as DeprivationMeasure];
  const rate = (v: number) => w.format.number(v, 1);
  const times = (v: number) => w.format.number(v, 1);
  const name = (m: DeprivationMeasure) => w.t(`deprivationMeasure.${m}`);

  const parts: string[] = [];
  deprivationFindings(model, measures).forEach((f, i) => {
    const c = f.contrast;
    const measure = name(f.measure);
    if (!c) {
      parts.push(w.t('deprivationSummaryTooFew', { measure }));
      return;
    }
    const figures = {
      measure,
      most: rate(c.mostRate),
      least: rate(c.leastRate),
      mostPlace: mostPhrase(w, c.most),
      leastPlace: leastPhrase(w, c.least),
    };
    const otherDeciles = c.most !== 1 || c.least !== 10;
    let text =
      i === 0
        ? w.t('deprivationSummaryFirst', figures)
        : w.t('deprivationSummaryNext', {
            ...figures,
            deciles: otherDeciles ? w.t('deprivationSummaryNextDeciles', { most: c.most, least: c.least }) : '',
          });
    if (c.ratio !== undefined) {
      const hasInterval = c.ratioLower !== undefined && c.ratioUpper !== undefined;
      if (times(c.ratio) === times(1)) {
        // "1.0 times as many" says nothing: the same rate, with the ratio's interval
        const interval = hasInterval
          ? w.t('deprivationSummaryRatioInterval', { lower: times(c.ratioLower!), upper: times(c.ratioUpper!) })
          : '';
        text += w.t('deprivationSummarySame', { ratio: times(c.ratio), interval });
      } else {
        const up = c.ratio > 1;
        const interval = hasInterval
          ? w.t(
              'deprivationSummaryInterval',
              up
                ? { lower: times(c.ratioLower!), upper: times(c.ratioUpper!) }
                : { lower: times(1 / c.ratioUpper!), upper: times(1 / c.ratioLower!) },
            )
          : '';
        text += w.t(up ? 'deprivationSummaryTimes' : 'deprivationSummaryTimesLeast', {
          ratio: times(up ? c.ratio : 1 / c.ratio),
          interval,
        });
      }
    }
    parts.push(text + claimText(w, f));
  });

  const sentence = (clauses: string[]) =>
    w.t('deprivationSummaryParts', { parts: clauses.join(w.template('deprivationSummaryPartSeparator')) });
  const suppressed = (m: DeprivationMeasure) => {
    const hidden = model.local[m].deciles.filter((d) => d.status === 'suppressed').map((d) => String(d.decile));
    return hidden.length
      ? [w.plural('deprivationSummarySuppressed', hidden.length, { deciles: w.list(hidden), measure: name(m) })]
      : [];
  };
  // the lead's rates and test are of the deciles shown: which are not is said right after them
  const lead = [sentence(parts.slice(0, 1)), ...suppressed(measures[0]!)];
  const england = options.comparator !== 'none' ? model.england?.[measures[0]!] : undefined;
  if (england?.contrast) {
    const e = england.contrast;
    lead.push(
      w.t('deprivationSummaryEngland', {
        most: rate(e.mostRate),
        mostPlace: e.most === 1 ? w.t('deprivationMostTenth') : w.t('deprivationDecile', { decile: e.most }),
        least: rate(e.leastRate),
        leastPlace: e.least === 10 ? w.t('deprivationLeast') : w.t('deprivationDecile', { decile: e.least }),
        ratio:
          e.ratio !== undefined && e.ratio >= 1
            ? w.t('deprivationSummaryTimes', { ratio: times(e.ratio), interval: '' })
            : '',
      }),
    );
  }

  // the other measure after England's figures for the first, which they follow
  const more = parts.length > 1 ? [sentence(parts.slice(1))] : [];
  for (const m of measures.slice(1)) more.push(...suppressed(m));
  if (model.periods.length > 1 && model.period) more.push(w.t('deprivationSummaryPeriod', { period: model.period }));
  return { lead: lead.join(' '), more: more.join(' ') };
}
