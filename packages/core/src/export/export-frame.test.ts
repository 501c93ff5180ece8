import { describe, expect, it } from 'vitest';
import { EXPORT_MARGIN, exportFrame, wrapToWidth } from './export-frame.js';

/** A monospaced measure: 10 px a character at 16px, scaled by the font's size. */
const mono = (text: string, font: string) => text.length * 10 * (Number(/(\d+)px/.exec(font)![1]) / 16);

describe('wrapToWidth', () => {
  it('breaks between words, never past the width', () => {
    const lines = wrapToWidth('Source: Department for Education, January 2025', 150, mono, '16px sans-serif');
    expect(lines).toEqual(['Source:', 'Department for', 'Education,', 'January 2025']);
    for (const l of lines) expect(mono(l, '16px')).toBeLessThanOrEqual(150);
  });

  it('breaks a word wider than the line inside it, measuring each character once', () => {
    let calls = 0;
    const counted = (t: string, f: string) => (calls++, mono(t, f));
    const lines = wrapToWidth('x'.repeat(10_000), 100, counted, '16px sans-serif');
    expect(lines).toHaveLength(1000);
    expect(lines.every((l) => l === 'xxxxxxxxxx')).toBe(true);
    expect(calls).toBeLessThan(10_010);
  });

  it('gives no lines for empty text', () => {
    expect(wrapToWidth('  ', 100, mono, '16px')).toEqual([]);
  });
});

describe('exportFrame', () => {
  it('has the expected defaults: a 16 px margin all round and no heading or source', () => {
    const f = exportFrame({ width: 600, height: 400 }, {}, mono, 'Arial');
    expect(f).toEqual({ width: 632, height: 432, x: EXPORT_MARGIN, y: EXPORT_MARGIN });
  });

  it('puts the heading (19px bold) above and the source (16px) below, each wrapped to the chart width', () => {
    const f = exportFrame(
      { width: 200, height: 100 },
      { heading: 'Primary need in primary schools', source: 'Source: Department for Education, January 2025' },
      mono,
      'Arial',
    );
    expect(f.heading!.font).toBe('700 19px Arial');
    expect(f.heading!.lines.length).toBeGreaterThan(1);
    for (const l of f.heading!.lines) expect(mono(l, f.heading!.font)).toBeLessThanOrEqual(200);
    expect(f.source!.font).toBe('400 16px Arial');
    expect(f.source!.lines).toEqual(['Source: Department', 'for Education,', 'January 2025']);
    // the chart sits under the heading's last line, the source under the chart, the margin under that
    expect(f.y).toBe(16 + f.heading!.lines.length * 24 + 8);
    expect(f.source!.baselines[0]).toBeGreaterThan(f.y + 100);
    expect(f.height).toBe(f.y + 100 + 8 + 3 * 21 + 16);
    expect(f.heading!.baselines[0]).toBeGreaterThan(16);
    expect(f.heading!.baselines[0]).toBeLessThan(16 + 24);
  });
});
