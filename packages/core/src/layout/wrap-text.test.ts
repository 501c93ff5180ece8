import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width.js';
import { clipText, MAX_TEXT, wrapText } from './wrap-text.js';

describe('wrapText', () => {
  it('has the expected defaults: short text is one line, no words are no lines', () => {
    expect(wrapText('Short title', 400, 15)).toEqual(['Short title']);
    expect(wrapText('   ', 100, 12)).toEqual([]);
    expect(wrapText('', 100, 12)).toEqual([]);
  });

  it('breaks at spaces, every line within the width', () => {
    const lines = wrapText('Speech, language and communication needs (SLCN)', 150, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Speech, language and communication needs (SLCN)');
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(150);
  });

  it('breaks a word wider than a line where it must', () => {
    const lines = wrapText('x'.repeat(200), 100, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('x'.repeat(200));
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(100);
  });

  it('keeps at least one character a line when even one is wider than the line', () => {
    expect(wrapText('WWW', 2, 14)).toEqual(['W', 'W', 'W']);
  });

  it('measures bold text as bold', () => {
    const text = 'Social, emotional and mental health';
    const width = textWidth(text, 14) + 1;
    expect(wrapText(text, width, 14)).toEqual([text]);
    expect(wrapText(text, width, 14, { bold: true }).length).toBe(2);
  });

  it('measures with the measure it is given (canvas measureText in an element)', () => {
    const mono = (t: string) => t.length * 10;
    expect(wrapText('aaaa bbbb cccc', 95, 15, { measure: mono })).toEqual(['aaaa bbbb', 'cccc']);
    expect(wrapText('abcdefghijkl', 50, 15, { measure: mono })).toEqual(['abcde', 'fghij', 'kl']);
  });

  it('cuts hostile text to MAX_TEXT characters before it measures: 10,000 characters in one word or many', () => {
    let calls = 0;
    const counted = (t: string) => (calls++, t.length * 9);
    const word = wrapText('A'.repeat(10_000), 300, 15, { measure: counted });
    expect(word.join('')).toBe(`${'A'.repeat(MAX_TEXT - 1)}…`);
    expect(calls).toBeLessThan(500);
    const words = wrapText('word '.repeat(2_000), 300, 15);
    expect(words.join(' ').length).toBeLessThanOrEqual(MAX_TEXT);
  });

  it('never splits an emoji or an accented letter written as two code points', () => {
    const lines = wrapText('😀'.repeat(40), 60, 14);
    for (const line of lines) expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(lines.join('')).toBe('😀'.repeat(40));
  });
});

describe('clipText', () => {
  it('leaves text of MAX_TEXT characters alone and cuts longer text to MAX_TEXT with an ellipsis', () => {
    expect(clipText('x'.repeat(MAX_TEXT))).toBe('x'.repeat(MAX_TEXT));
    expect(clipText('x'.repeat(MAX_TEXT + 1))).toBe(`${'x'.repeat(MAX_TEXT - 1)}…`);
  });

  it('counts characters, not UTF-16 units: 300 emoji stay, 400 are cut whole', () => {
    expect(clipText('😀'.repeat(MAX_TEXT))).toBe('😀'.repeat(MAX_TEXT));
    expect(Array.from(clipText('😀'.repeat(400)))).toHaveLength(MAX_TEXT);
  });
});
