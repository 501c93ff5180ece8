import type { DeprivationContext } from './context.js';

/** Options for {@link summariseDeprivationContext} and {@link deprivationContextSentence}. */
export interface DeprivationContextSummaryOptions {
  /** Number format locale. Default `en-GB`. */
  locale?: string;
  /** What to call the area; default the context's area name, else its code. */
  name?: string;
  /**
   * For the sentence beside SEN rates: the share (0–1) of the pupils who live in deciles 1 and 2,
   * when every decile's pupil count can be shown.
   */
  pupilsMostDeprived?: number;
}

function formats(locale: string) {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const tenth = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    count: (n: number) => whole.format(n),
    tenth: (n: number) => tenth.format(n),
    /** A share as a whole percentage, never "0%" for a share above 0 nor "100%" below 1. */
    share: (f: number) => (f > 0 && f < 0.005 ? `less than ${percent.format(0.01)}` : f < 1 && f >= 0.995 ? `more than ${percent.format(0.99)}` : percent.format(f)),
  };
}

const neighbourhoods = (n: number, count: (n: number) => string) => `${count(n)} ${n === 1 ? 'neighbourhood (LSOA)' : 'neighbourhoods (LSOAs)'}`;

function listDeciles(deciles: number[]): string {
  if (deciles.length === 1) return `decile ${deciles[0]}`;
  return `deciles ${deciles.slice(0, -1).join(', ')} and ${deciles[deciles.length - 1]}`;
}

/** "Wolverhampton", "E08000031", "the 317 areas in the data" or "the data". */
function subject(context: DeprivationContext, name: string | undefined): { text: string; plural: boolean } {
  const own = name?.trim() || context.areaName || context.areaCode;
  if (own) return { text: own, plural: false };
  if (context.areas > 1) return { text: `the ${context.areas.toLocaleString('en-GB')} areas in the data`, plural: true };
  return { text: 'the data', plural: false };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Writes the plain-English, en-GB description of an area's neighbourhoods across England's IMD
 * deciles: how many there are, how many (and what share) are among the 20% most and the 20% least
 * deprived in England, what an even spread would give, and which decile holds the most. Every
 * figure is computed from the context.
 *
 * @param context from {@link buildDeprivationContext}
 * @param options locale and the name to use for the area
 * @returns e.g. "Wolverhampton has 158 neighbourhoods (LSOAs). 78 of them (49%) are among the 20% most deprived in England…"
 * @example summariseDeprivationContext(readDeprivationContext(REAL_IOD_WOLVERHAMPTON_CSV).context)
 */
export function summariseDeprivationContext(context: DeprivationContext, options: DeprivationContextSummaryOptions = {}): string {
  const f = formats(options.locale ?? 'en-GB');
  const n = context.total;
  const who = subject(context, options.name);
  if (n === 0) return `${capital(who.text)} ${who.plural ? 'have' : 'has'} no neighbourhoods (LSOAs) to show.`;
  const most = context.lsoas[0]! + context.lsoas[1]!;
  const least = context.lsoas[8]! + context.lsoas[9]!;
  const part = (k: number, where: string) =>
    k === 0 ? `none ${where}` : `${f.count(k)} (${f.share(k / n)}) ${where}`;
  const sentences = [
    `${capital(who.text)} ${who.plural ? 'have' : 'has'} ${neighbourhoods(n, f.count)}${who.plural ? ' together' : ''}.`,
    capital(
      `${most === 0 ? 'none of them' : `${f.count(most)} of them (${f.share(most / n)})`} ${most === 1 ? 'is' : 'are'} among the 20% most deprived in England (deciles 1 and 2), and ${part(least, 'among the 20% least deprived (deciles 9 and 10)')}.`,
    ),
  ];
  const top = Math.max(...context.lsoas);
  const tops = context.lsoas.flatMap((k, i) => (k === top ? [i + 1] : []));
  if (tops.length < 10) sentences.push(`The most are in ${listDeciles(tops)}: ${f.count(top)} (${f.share(top / n)})${tops.length > 1 ? ' each' : ''}.`);
  sentences.push(`Spread like England's, each decile would hold ${f.share(context.evenShare)} of them (${f.tenth(n * context.evenShare)}).`);
  return sentences.join(' ');
}

/**
 * One sentence about the neighbourhoods for a summary of SEN rates: "Of the 158 neighbourhoods
 * (LSOAs) in Wolverhampton, 78 (49%) are among the 20% most deprived in England (deciles 1 and 2);
 * 53% of the pupils live in them."
 *
 * @param context from {@link buildDeprivationContext}
 * @param options locale, the area's name, and the share of pupils in deciles 1 and 2 when it can be shown
 * @returns the sentence, or an empty string when there are no neighbourhoods
 * @example deprivationContextSentence(context, { name: 'Wolverhampton', pupilsMostDeprived: 0.529 })
 */
export function deprivationContextSentence(context: DeprivationContext, options: DeprivationContextSummaryOptions = {}): string {
  const f = formats(options.locale ?? 'en-GB');
  const n = context.total;
  if (n === 0) return '';
  const who = subject(context, options.name);
  const most = context.lsoas[0]! + context.lsoas[1]!;
  const where = who.text === 'the data' ? ' in the data' : ` in ${who.text}`;
  const pupils = options.pupilsMostDeprived;
  const tail = pupils === undefined ? '' : `; ${f.share(pupils)} of the pupils live in deciles 1 and 2`;
  return `Of the ${neighbourhoods(n, f.count)}${where}, ${most === 0 ? 'none' : `${f.count(most)} (${f.share(most / n)})`} ${most === 1 ? 'is' : 'are'} among the 20% most deprived in England (deciles 1 and 2)${tail}.`;
}
