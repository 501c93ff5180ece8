import { html } from 'lit';

/**
 * Runs of at least this many characters with no space get break points: longer than a real web
 * address usually is, so an address still wraps evenly by `overflow-wrap: anywhere` (a break
 * point wins over a break anywhere, so a column narrower than a piece wraps each piece raggedly).
 */
const LONG_RUN = 200;
/** Characters between two break points in a long run. */
const PIECE = 20;
/** A mark, joiner or selector that belongs to the character before it (never split from it). */
const JOINS = /^[\p{M}\u200c\u200d\ufe00-\ufe0f\u{e0100}-\u{e01ef}\u{1f3fb}-\u{1f3ff}]$/u;

const WBR = html`<wbr />`;

/**
 * Text for a table cell with a `<wbr>` break point every 20 characters of a run of 200 or more
 * with no space (pasted garbage, hostile input), never inside a character's marks or an emoji
 * sequence. Lines may then break there without `overflow-wrap: anywhere` having to try every
 * character, whose time grows with the square of the run in some faces: the tracker's table with
 * a 1,000-character word in every row took 180-380 ms to lay out in DejaVu Sans, 17-35 ms with
 * break points. The text itself is unchanged (a `<wbr>` holds none), so copying and screen
 * readers get it whole.
 *
 * @param text the cell's text
 * @returns the text, or its pieces with break points between them, for a Lit template
 * @example breakable('Short words') // "Short words"
 */
export function breakable(text: string): unknown {
  if (!new RegExp(`\\S{${LONG_RUN}}`).test(text)) return text;
  const out: unknown[] = [];
  for (const part of text.split(/(\s+)/)) {
    const chars = Array.from(part);
    if (chars.length < LONG_RUN) {
      out.push(part);
      continue;
    }
    let start = 0;
    for (let i = PIECE; i < chars.length; i++) {
      if (i - start < PIECE || JOINS.test(chars[i]!) || chars[i - 1] === '\u200d') continue;
      out.push(chars.slice(start, i).join(''), WBR);
      start = i;
    }
    out.push(chars.slice(start).join(''));
  }
  return out;
}
