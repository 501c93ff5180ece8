import { describe, expect, it } from 'vitest';
import { breakable } from './breakable.js';

/** The text pieces of breakable's answer (break points left out). */
const pieces = (text: string): string[] => {
  const out = breakable(text);
  return Array.isArray(out) ? out.filter((p): p is string => typeof p === 'string') : [out as string];
};

describe('breakable', () => {
  it('has the expected defaults: text with no run of 200 characters (a web address) is returned as it is', () => {
    expect(breakable('Speech, language and communication needs')).toBe('Speech, language and communication needs');
    const url = `https://www.example.org/${'a'.repeat(175)}`;
    expect(breakable(url)).toBe(url);
  });

  it('puts a break point every 20 characters of a long run and keeps the text whole', () => {
    const text = `Before ${'a'.repeat(210)} after`;
    const out = breakable(text) as unknown[];
    expect(pieces(text).join('')).toBe(text);
    expect(out.length - pieces(text).length).toBe(10); // 210 characters: ten pieces of 20 and one of 10
    for (const p of pieces(text)) expect(Array.from(p.trim()).length).toBeLessThanOrEqual(20);
  });

  it('never splits a character from its marks or an emoji sequence', () => {
    const zalgo = 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇'.repeat(12);
    const family = '👨‍👩‍👧‍👦'.repeat(40);
    for (const text of [zalgo, family]) {
      expect(pieces(text).join('')).toBe(text);
      expect(pieces(text).length).toBeGreaterThan(5);
      for (const p of pieces(text).slice(1)) {
        expect(p).not.toMatch(/^[\p{M}\u200d]/u);
      }
      for (const p of pieces(text)) expect(p.endsWith('\u200d')).toBe(false);
    }
  });

  it('breaks a 100,000-character word into 5,000 pieces', () => {
    expect(pieces('A'.repeat(100_000))).toHaveLength(5000);
  });
});
