import { describe, expect, it } from 'vitest';
import { CHART_TEXT_PX, DEFAULT_TOKENS, THEMES, themeCss, type ThemeName } from './theme.js';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

describe('themes', () => {
  for (const name of Object.keys(THEMES) as ThemeName[]) {
    const tokens = { ...DEFAULT_TOKENS, ...THEMES[name] } as Record<string, string>;
    const bg = tokens['--send-color-background']!;
    it(`${name}: series colours have 3:1 against the background (WCAG 1.4.11)`, () => {
      for (let i = 1; i <= 6; i++)
        expect(contrast(tokens[`--send-color-${i}`]!, bg), `colour ${i}`).toBeGreaterThanOrEqual(3);
    });
    it(`${name}: text on each series colour has 4.5:1 against it (labels inside bars)`, () => {
      for (let i = 1; i <= 6; i++)
        expect(
          contrast(tokens[`--send-color-on-${i}`]!, tokens[`--send-color-${i}`]!),
          `colour ${i}`,
        ).toBeGreaterThanOrEqual(4.5);
    });
    it(`${name}: text colours have 4.5:1 against the background (WCAG 1.4.3)`, () => {
      for (const key of ['--send-color-text', '--send-color-text-secondary', '--send-color-link']) {
        expect(contrast(tokens[key]!, bg), key).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
  it('draws chart text at GOV.UK body small (16px) and greys it no lighter than GOV.UK secondary text (#484949, 9.0:1 on white)', () => {
    expect(CHART_TEXT_PX).toBe(16);
    expect(DEFAULT_TOKENS['--send-font-size-chart']).toBe('16px');
    expect(DEFAULT_TOKENS['--send-font-size-small']).toBe('1rem');
    expect(contrast(DEFAULT_TOKENS['--send-color-text-secondary']!, '#ffffff')).toBeGreaterThanOrEqual(
      contrast('#484949', '#ffffff'),
    );
    expect(contrast('#484949', '#ffffff')).toBeCloseTo(9.03, 2);
  });

  it('writes a theme as a class of custom properties', () => {
    expect(themeCss('nhs')).toContain('.send-theme-nhs {');
    expect(themeCss('nhs')).toContain('--send-color-1: #005eb8;');
  });
});
