import { textWidth, type TextMeasure } from './text-width.js';

/**
 * The longest text a chart draws in full, in characters. Longer text (a pasted paragraph,
 * hostile input of 10,000 characters) is cut to this length with an ellipsis before it is
 * measured, so it can never stall a layout; the data table keeps the whole text.
 */
export const MAX_TEXT = 300;

/**
 * Text cut to at most `max` characters (code points, so no emoji is split), the last an ellipsis.
 *
 * @example clipText('x'.repeat(400)).length // 300
 * @example clipText('Short') // "Short"
 */
export function clipText(text: string, max = MAX_TEXT): string {
  if (text.length <= max) return text;
  // 2·max + 2 code units hold at least max + 1 code points, so this slice decides
  const chars = Array.from(text.slice(0, max * 2 + 2));
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Options for {@link wrapText}. */
export interface WrapOptions {
  bold?: boolean;
  /** Measures text (default {@link textWidth}); an element may pass one backed by canvas `measureText`. */
  measure?: TextMeasure;
}

/**
 * Wraps text into lines no wider than `maxWidth` px, breaking at spaces; a word wider than a
 * line on its own is broken where it must be, so nothing runs past the edge. Text longer than
 * {@link MAX_TEXT} characters is first cut with an ellipsis ({@link clipText}).
 *
 * @param text the text (runs of white space count as one space)
 * @param maxWidth the widest a line may be, in px
 * @param fontSize font size in px
 * @param options bold, or another measure
 * @returns the lines, none when the text has no words
 * @example wrapText('Speech, language and communication needs (SLCN)', 200, 14) // ["Speech, language and", "communication needs", "(SLCN)"]
 * @example wrapText('   ', 200, 14) // []
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, options: WrapOptions = {}): string[] {
  const { bold = false, measure = textWidth } = options;
  const fits = (t: string) => measure(t, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (let word of clipText(text).split(/\s+/)) {
    if (!word) continue;
    if (line && fits(`${line} ${word}`)) {
      line = `${line} ${word}`;
      continue;
    }
    if (line) lines.push(line);
    // the longest head of a word too wide for a line (at least one character), by bisection
    let chars = Array.from(word);
    while (chars.length > 1 && !fits(word)) {
      let lo = 1;
      let hi = chars.length - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(chars.slice(0, mid).join(''))) lo = mid;
        else hi = mid - 1;
      }
      lines.push(chars.slice(0, lo).join(''));
      chars = chars.slice(lo);
      word = chars.join('');
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}
