/** Measures a text's width in CSS px in a CSS font (`700 19px Arial`). */
export type MeasureText = (text: string, font: string) => number;

/** One wrapped block of text in an exported image: its lines and each line's baseline. */
export interface FrameText {
  lines: string[];
  /** Baselines, one per line, in CSS px from the top of the image. */
  baselines: number[];
  x: number;
  font: string;
}

/** Where the parts of an exported chart go, in CSS px. */
export interface ExportFrame {
  /** The whole image. */
  width: number;
  height: number;
  /** Where the chart's own drawing starts. */
  x: number;
  y: number;
  heading?: FrameText;
  source?: FrameText;
}

/** White space round an exported chart, px. */
export const EXPORT_MARGIN = 16;
/** The heading: GOV.UK's small heading, 19px bold, on 24px lines. */
const HEADING = { size: 19, weight: 700, line: 24 };
/** The source note: GOV.UK's body small, 16px, on 21px lines. */
const SOURCE = { size: 16, weight: 400, line: 21 };
/** Space between the heading, the chart and the source note. */
const GAP = 8;

/**
 * Breaks text into lines no wider than `max`: between words, and inside a word only when the word
 * alone is wider (a long code or address). Each character is measured once, so a 10,000-character
 * word costs 10,000 measurements, not 50 million.
 *
 * @example wrapToWidth('Source: Department for Education', 120, (t) => t.length * 8, '16px sans-serif') // ['Source:', 'Department for', 'Education']
 */
export function wrapToWidth(text: string, max: number, measure: MeasureText, font: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= max) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (measure(word, font) <= max) {
      line = word;
      continue;
    }
    // a word wider than the line: break it where the next character would overflow
    let piece = '';
    let width = 0;
    for (const ch of word) {
      const w = measure(ch, font);
      if (piece && width + w > max) {
        lines.push(piece);
        piece = '';
        width = 0;
      }
      piece += ch;
      width += w;
    }
    line = piece;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Lays out an exported chart: a margin all round, the heading above and the source note below,
 * each wrapped to the chart's width.
 *
 * @param chart the size of the chart's drawing
 * @param text the heading and source note, if any
 * @param measure text widths in a font
 * @param family the font family
 * @returns where everything goes
 * @example exportFrame({ width: 600, height: 400 }, { heading: 'Needs' }, measure, 'Arial').y // 16 + 24 + 8
 */
export function exportFrame(
  chart: { width: number; height: number },
  text: { heading?: string; source?: string },
  measure: MeasureText,
  family: string,
): ExportFrame {
  const m = EXPORT_MARGIN;
  const block = (content: string | undefined, spec: typeof HEADING, top: number): FrameText | undefined => {
    if (!content?.trim()) return undefined;
    const font = `${spec.weight} ${spec.size}px ${family}`;
    const lines = wrapToWidth(content, Math.max(1, chart.width), measure, font);
    // baseline at 0.8 of the size below the line's top, with the leading split above and below
    return {
      lines,
      baselines: lines.map((_, i) => top + i * spec.line + (spec.line - spec.size) / 2 + spec.size * 0.8),
      x: m,
      font,
    };
  };
  const heading = block(text.heading, HEADING, m);
  const y = heading ? m + heading.lines.length * HEADING.line + GAP : m;
  const source = block(text.source, SOURCE, y + chart.height + GAP);
  const height = (source ? y + chart.height + GAP + source.lines.length * SOURCE.line : y + chart.height) + m;
  return {
    width: chart.width + 2 * m,
    height,
    x: m,
    y,
    ...(heading ? { heading } : {}),
    ...(source ? { source } : {}),
  };
}
