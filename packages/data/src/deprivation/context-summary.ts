import type { DeprivationContext } from './context.js';
import { wordingOf, type TextOptions, type Wording } from '../text/wording.js';
import { DEPRIVATION_STRINGS, type DeprivationStringKey } from './strings.js';

/** Options for {@link summariseDeprivationContext} and {@link deprivationContextSentence}. */
export interface DeprivationContextSummaryOptions extends TextOptions {
  /** What to call the area; default the context's area name, else its code. */
  name?: string;
  /**
   * For the sentence beside SEN rates: the share (0–1) of the pupils who live in deciles 1 and 2,
   * when every decile's pupil count can be shown.
   */
  pupilsMostDeprived?: number;
}

type W = Wording<DeprivationStringKey>;

/** A share (0–1) as the percentage its shortest decimal gives (0.575 → 57.5, where 0.575 × 100 is 57.4999…). */
function percentOf(f: number): number {
  const [mantissa, exponent = '0'] = String(f).split('e');
  return Number(`${mantissa}e${Number(exponent) + 2}`);
}

/** A share as a whole percentage, never "0%" for a share above 0 nor "100%" below 1. */
function shareText(w: W, f: number): string {
  const pc = (v: number) => w.format.percent(v, 0);
  return f > 0 && f < 0.005
    ? w.t('deprivationLessThan', { share: pc(1) })
    : f < 1 && f >= 0.995
      ? w.t('deprivationMoreThan', { share: pc(99) })
      : pc(percentOf(f));
}

/** "Wolverhampton", "E08000031", "the 317 areas in the data" or "the data". */
function subject(w: W, context: DeprivationContext, name: string | undefined): { text: string; plural: boolean } {
  const own = name?.trim() || context.areaName || context.areaCode;
  if (own) return { text: own, plural: false };
  if (context.areas > 1)
    return { text: w.t('deprivationTheAreas', { n: w.format.number(context.areas) }), plural: true };
  return { text: w.t('deprivationTheData'), plural: false };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Writes the plain-English description of an area's neighbourhoods across England's IMD deciles:
 * how many there are, how many (and what share) are among the 20% most and the 20% least deprived
 * in England, what an even spread would give, and which decile holds the most. Every figure is
 * computed from the context. Every phrase is a template of {@link DEPRIVATION_STRINGS} (en-GB by
 * default, the `deprivationContext…` keys) that `strings` can replace; figures go through `format`
 * (or `locale`).
 *
 * @param context from {@link buildDeprivationContext}
 * @param options the name to use for the area; locale, strings and formatters
 * @returns e.g. "Wolverhampton has 158 neighbourhoods (LSOAs). 78 of them (49%) are among the 20% most deprived in England…"
 * @example summariseDeprivationContext(readDeprivationContext(REAL_IOD_WOLVERHAMPTON_CSV).context)
 */
export function summariseDeprivationContext(
  context: DeprivationContext,
  options: DeprivationContextSummaryOptions = {},
): string {
  const w = wordingOf(DEPRIVATION_STRINGS, options);
  const n = context.total;
  const who = subject(w, context, options.name);
  if (n === 0)
    return capital(w.t(who.plural ? 'deprivationContextEmptyAreas' : 'deprivationContextEmpty', { area: who.text }));
  const share = (k: number) => shareText(w, k / n);
  const most = context.lsoas[0]! + context.lsoas[1]!;
  const least = context.lsoas[8]! + context.lsoas[9]!;
  const top = w.t('deprivationTop20');
  const bottom = w.t('deprivationBottom20');
  const sentences = [
    capital(
      w.t(who.plural ? 'deprivationContextHave' : 'deprivationContextHas', {
        area: who.text,
        lsoas: w.plural('deprivationNeighbourhoods', n),
      }),
    ),
    capital(
      w.t('deprivationContextSpread', {
        most:
          most === 0
            ? w.t('deprivationContextMostNone', { top })
            : w.plural('deprivationContextMost', most, { share: share(most), top }),
        least:
          least === 0
            ? w.t('deprivationContextLeastNone', { bottom })
            : w.t('deprivationContextLeast', { n: w.format.number(least), share: share(least), bottom }),
      }),
    ),
  ];
  const largest = Math.max(...context.lsoas);
  const tops = context.lsoas.flatMap((k, i) => (k === largest ? [String(i + 1)] : []));
  if (tops.length < 10) {
    const deciles =
      tops.length === 1
        ? w.t('deprivationDecile', { decile: tops[0]! })
        : w.t('deprivationDeciles', { deciles: w.list(tops) });
    sentences.push(
      w.t(tops.length > 1 ? 'deprivationContextTopEach' : 'deprivationContextTop', {
        deciles,
        n: w.format.number(largest),
        share: share(largest),
      }),
    );
  }
  sentences.push(
    w.t('deprivationContextEven', {
      share: shareText(w, context.evenShare),
      n: w.format.number(n * context.evenShare),
    }),
  );
  return sentences.join(' ');
}

/**
 * One sentence about the neighbourhoods for a summary of SEN rates: "Of the 158 neighbourhoods
 * (LSOAs) in Wolverhampton, 78 (49%) are among the 20% most deprived in England (deciles 1 and 2);
 * 53% of the pupils live in them." Worded like {@link summariseDeprivationContext}.
 *
 * @param context from {@link buildDeprivationContext}
 * @param options the area's name, the share of pupils in deciles 1 and 2 when it can be shown; locale, strings and formatters
 * @returns the sentence, or an empty string when there are no neighbourhoods
 * @example deprivationContextSentence(context, { name: 'Wolverhampton', pupilsMostDeprived: 0.529 })
 */
export function deprivationContextSentence(
  context: DeprivationContext,
  options: DeprivationContextSummaryOptions = {},
): string {
  const w = wordingOf(DEPRIVATION_STRINGS, options);
  const n = context.total;
  if (n === 0) return '';
  const most = context.lsoas[0]! + context.lsoas[1]!;
  const top = w.t('deprivationTop20');
  const pupils = options.pupilsMostDeprived;
  return w.t('deprivationContextOf', {
    lsoas: w.plural('deprivationNeighbourhoods', n),
    in: w.t('deprivationInArea', { name: subject(w, context, options.name).text }),
    most:
      most === 0
        ? w.t('deprivationContextOfNone', { top })
        : w.plural('deprivationContextOfMost', most, { share: shareText(w, most / n), top }),
    pupils: pupils === undefined ? '' : w.t('deprivationContextPupils', { share: shareText(w, pupils) }),
  });
}
