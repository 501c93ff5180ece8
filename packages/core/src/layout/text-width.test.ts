import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width.js';

describe('textWidth', () => {
  it('has the expected defaults: nothing is 0 px, width grows with the font size', () => {
    expect(textWidth('', 14)).toBe(0);
    expect(textWidth('Needs', 28)).toBeCloseTo(2 * textWidth('Needs', 14), 9);
  });

  it('errs wide of Arial (Liberation Sans) and DejaVu Sans, as measured in Chromium at 1,000 px', () => {
    // widths in thousandths of an em from canvas measureText, the wider of the two faces
    const measured: Record<string, number> = {
      ' ': 318,
      i: 278,
      l: 278,
      m: 974,
      W: 989,
      '0': 636,
      '%': 950,
      M: 863,
      a: 613,
      '.': 318,
    };
    for (const [ch, em] of Object.entries(measured)) {
      const w = textWidth(ch, 1000);
      expect(w, ch).toBeGreaterThanOrEqual(em);
      expect(w, ch).toBeLessThan(em + 25);
    }
  });

  it('tells narrow letters from wide ones, so "illicit" is narrower than "MWMWMWM"', () => {
    expect(textWidth('illicit', 14)).toBeLessThan(textWidth('MWMWMWM', 14) / 2);
  });

  it('counts bold wider than regular, and never narrower than the bold faces measure', () => {
    expect(textWidth('Special educational needs', 14, true)).toBeGreaterThan(
      textWidth('Special educational needs', 14),
    );
    // bold widths in thousandths of an em, the wider of Liberation Sans Bold and DejaVu Sans Bold
    const measured: Record<string, number> = { t: 478, I: 372, W: 1103, m: 1042, '0': 696, a: 675, '.': 380 };
    for (const [ch, em] of Object.entries(measured)) {
      expect(textWidth(ch, 1000, true), ch).toBeGreaterThanOrEqual(em);
      expect(textWidth(ch, 1000, true), ch).toBeLessThan(em * 1.25);
    }
  });

  it('counts an accented letter as its base letter and typographic marks as their plain look-alikes', () => {
    expect(textWidth('Café ŵyr', 14)).toBe(textWidth('Cafe wyr', 14));
    expect(textWidth('children’s', 14)).toBe(textWidth("children's", 14));
    expect(textWidth('−1.6 pts', 14)).toBe(textWidth('+1.6 pts', 14));
  });

  it('counts characters it has no width for (CJK, emoji) as a whole em', () => {
    expect(textWidth('中文', 10)).toBe(20);
    expect(textWidth('😀', 10)).toBe(10);
  });

  it('measures a 10,000-character label in one pass', () => {
    expect(textWidth('a'.repeat(10_000), 10)).toBeCloseTo(10_000 * textWidth('a', 10), 6);
  });
});
