import { wordingOf, type TextOptions, type Wording } from '../text/wording.js';
import { deprivationFindings } from './findings.js';
import type { DeprivationMeasure, DeprivationModel } from './model.js';
import { leastPhrase, mostPhrase, trendP } from './phrases.js';
import { DEPRIVATION_STRINGS, type DeprivationStringKey } from './strings.js';

/** Options for {@link deprivationNotes}. */
export interface DeprivationNotesOptions {
  /** The measures the chart shows (default SEN support and EHC plans). */
  measures?: readonly DeprivationMeasure[];
  /** Wording (see {@link DEPRIVATION_STRINGS}). */
  text?: TextOptions | Wording<DeprivationStringKey>;
}

/**
 * The notes under the deprivation chart's table by decile: for each measure shown, the rate ratio of
 * the most to the least deprived decile with its 95% interval, the Cochran–Armitage test for trend
 * (its p adjusted over the measures shown) and what they support, worded from the same
 * {@link deprivationFindings} as the summary, so the two can never disagree; then what the drawn
 * line is, and where the methods are explained (`methodsNote`).
 *
 * @param model from {@link buildDeprivationModel}
 * @param options the measures shown, wording
 * @returns the notes, in order
 * @example deprivationNotes(model)[0] // "SEN support: the rate in the most deprived tenth is 2.2 times that in the least (95% interval …); test for trend …"
 */
export function deprivationNotes(model: DeprivationModel, options: DeprivationNotesOptions = {}): string[] {
  const w = wordingOf(DEPRIVATION_STRINGS, options.text);
  const n1 = (v: number) => w.format.number(v, 1);
  const notes: string[] = [];
  const findings = deprivationFindings(model, options.measures ?? ['sen_support', 'ehc_plan']);
  for (const f of findings) {
    const measure = w.t(`deprivationMeasure.${f.measure}`);
    const c = f.contrast;
    if (!c || !f.trend) {
      notes.push(w.t('deprivationNoteUntested', { measure }));
      continue;
    }
    const places = { mostPlace: mostPhrase(w, c.most), leastPlace: leastPhrase(w, c.least) };
    const interval =
      c.ratioLower !== undefined && c.ratioUpper !== undefined
        ? w.t('deprivationSummaryRatioInterval', { lower: n1(c.ratioLower), upper: n1(c.ratioUpper) })
        : '';
    const ratio =
      c.ratio !== undefined
        ? w.t('deprivationNoteRatio', { ...places, ratio: n1(c.ratio), interval })
        : w.t('deprivationNoteNoRatio', places);
    notes.push(
      w.t('deprivationNoteFinding', {
        measure,
        ratio,
        n: w.format.number(f.trend.groups),
        p: trendP(w, f, false),
        adjusted: f.tests > 1 ? w.t('deprivationNoteAdjusted', { n: w.format.number(f.tests) }) : '',
        claim: w.t(`deprivationNoteClaim.${f.claim as 'strong' | 'clear' | 'trend' | 'none'}`),
      }),
    );
  }
  for (const f of findings) {
    const t = model.local[f.measure].trend;
    if (!t) continue;
    notes.push(
      w.t('deprivationNoteLine', {
        measure: w.t(`deprivationMeasure.${f.measure}`),
        slope: w.format.number(Math.abs(t.slope), Math.abs(t.slope) < 0.095 ? 2 : 1),
        more: w.t(t.slope <= 0 ? 'deprivationLineMore' : 'deprivationLineFewer'),
      }),
    );
  }
  notes.push(w.t('methodsNote'));
  return notes;
}
