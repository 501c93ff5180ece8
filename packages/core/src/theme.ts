import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Design tokens. Every colour, font and size a chart uses is a `--send-*` custom property with
 * a default here. Custom properties inherit through shadow roots, so a theme is just a set of
 * values on any ancestor (a class from a theme file) or on the element (`theme` attribute).
 */
export type Tokens = Record<`--send-${string}`, string>;

/**
 * The size of every text drawn inside a chart (axis ticks, legends, value labels, notes), in CSS
 * px: GOV.UK Frontend's body small (`govuk-body-s`), 16px at every screen size since v6 (the
 * type scale's point 16 in `settings/_typography-responsive.scss`). The chart layouts space their
 * labels for it; it is the default of `--send-font-size-chart`.
 */
export const CHART_TEXT_PX = 16;

/**
 * Default palette: the UK Government Analysis Function's categorical palette for charts
 * (dark blue, turquoise, dark pink, orange, dark grey, light purple), each at least 3:1 on white.
 */
export const DEFAULT_TOKENS: Tokens = {
  '--send-font-family': 'inherit',
  '--send-font-size': '1rem',
  /* the smallest text outside the drawing (legends, notes, tables, source): GOV.UK body small, 16px */
  '--send-font-size-small': '1rem',
  '--send-font-size-heading': '1.25rem',
  /* text inside the drawing, in px because the layouts place labels by it */
  '--send-font-size-chart': `${CHART_TEXT_PX}px`,
  '--send-color-text': '#0b0c0c',
  /* GOV.UK Frontend's secondary text colour (v6: black tint 25%), 9.0:1 on white */
  '--send-color-text-secondary': '#484949',
  '--send-color-background': '#ffffff',
  '--send-color-surface': '#f3f2f1',
  '--send-color-grid': '#b1b4b6',
  '--send-color-axis': '#505a5f',
  '--send-color-focus': '#ffdd00',
  '--send-color-focus-text': '#0b0c0c',
  '--send-color-link': '#1d70b8',
  '--send-color-error': '#d4351c',
  '--send-color-comparator': '#0b0c0c',
  '--send-color-suppressed': '#6f777b',
  '--send-color-1': '#12436D',
  '--send-color-2': '#28A197',
  '--send-color-3': '#801650',
  '--send-color-4': '#F46A25',
  '--send-color-5': '#3D3D3D',
  '--send-color-6': '#A285D1',
  /* text drawn on each series colour (labels inside bars), at least 4.5:1 against it */
  '--send-color-on-1': '#ffffff',
  '--send-color-on-2': '#0b0c0c',
  '--send-color-on-3': '#ffffff',
  '--send-color-on-4': '#0b0c0c',
  '--send-color-on-5': '#ffffff',
  '--send-color-on-6': '#0b0c0c',
  '--send-color-good': '#00703c',
  '--send-color-amber': '#b36200',
  '--send-color-bad': '#d4351c',
  '--send-space': '0.5rem',
  /* on paper, the tallest a plot is drawn (a taller one is scaled whole), so a chart prints on one page */
  '--send-print-plot-height': '150mm',
  '--send-radius': '0',
};

/** Built-in themes: only the tokens that differ from the default. */
export const THEMES: Record<'default' | 'council' | 'nhs' | 'high-contrast' | 'dark', Partial<Tokens>> = {
  default: {},
  /** GOV.UK-like colours for council websites. */
  council: {
    '--send-color-1': '#1d70b8',
    '--send-color-2': '#00703c',
    '--send-color-3': '#4c2c92',
    '--send-color-4': '#b36200',
    '--send-color-5': '#505a5f',
    '--send-color-6': '#912b88',
    '--send-color-on-2': '#ffffff',
    '--send-color-on-4': '#ffffff',
    '--send-color-on-6': '#ffffff',
    '--send-color-link': '#1d70b8',
  },
  /** NHS identity colours (NHS Blue, Dark Blue, Green, Purple, Pink, Mid Grey). */
  nhs: {
    '--send-color-text': '#212b32',
    '--send-color-text-secondary': '#4c6272',
    '--send-color-surface': '#f0f4f5',
    '--send-color-1': '#005eb8',
    '--send-color-2': '#007f3b',
    '--send-color-3': '#330072',
    '--send-color-4': '#ae2573',
    '--send-color-5': '#003087',
    '--send-color-6': '#768692',
    '--send-color-on-2': '#ffffff',
    '--send-color-on-4': '#ffffff',
    '--send-color-link': '#005eb8',
    '--send-color-focus': '#ffeb3b',
    '--send-color-focus-text': '#212b32',
  },
  /** Black on white with strong outlines, for low vision and projection. */
  'high-contrast': {
    '--send-color-text': '#000000',
    '--send-color-text-secondary': '#000000',
    '--send-color-grid': '#000000',
    '--send-color-axis': '#000000',
    '--send-color-surface': '#ffffff',
    '--send-color-1': '#000000',
    '--send-color-2': '#0000b3',
    '--send-color-3': '#8a1538',
    '--send-color-4': '#005a30',
    '--send-color-5': '#4c2c92',
    '--send-color-6': '#594d00',
    '--send-color-on-2': '#ffffff',
    '--send-color-on-4': '#ffffff',
    '--send-color-on-6': '#ffffff',
    '--send-color-suppressed': '#000000',
    '--send-color-link': '#0000b3',
  },
  /** Light marks on a dark background (all colours at least 3:1 on #1e1e1e). */
  dark: {
    '--send-color-text': '#ffffff',
    '--send-color-text-secondary': '#d0d0d0',
    '--send-color-background': '#1e1e1e',
    '--send-color-surface': '#2b2b2b',
    '--send-color-grid': '#6f777b',
    '--send-color-axis': '#d0d0d0',
    '--send-color-comparator': '#ffffff',
    '--send-color-suppressed': '#b1b4b6',
    '--send-color-link': '#8ab8ff',
    '--send-color-error': '#ff8a80',
    '--send-color-1': '#5694ca',
    '--send-color-2': '#28A197',
    '--send-color-3': '#f499be',
    '--send-color-4': '#F46A25',
    '--send-color-5': '#d0d0d0',
    '--send-color-6': '#A285D1',
    '--send-color-on-1': '#0b0c0c',
    '--send-color-on-3': '#0b0c0c',
    '--send-color-on-5': '#0b0c0c',
    '--send-color-good': '#4caf50',
    '--send-color-amber': '#ffb74d',
    '--send-color-bad': '#ff8a80',
  },
};

export type ThemeName = keyof typeof THEMES;

const declarations = (tokens: Partial<Tokens>) =>
  Object.entries(tokens)
    .map(([k, v]) => `  ${k}: ${v};`)
    .join('\n');

/** A theme as CSS text for a page-level stylesheet: `.send-theme-<name> { … }`. */
export function themeCss(name: ThemeName): string {
  const tokens = name === 'default' ? DEFAULT_TOKENS : THEMES[name];
  return `.send-theme-${name} {\n${declarations(tokens)}\n}\n`;
}

/**
 * Styles every element includes: `theme="…"` on the element applies a built-in theme.
 * Generated from the constant token tables above (never from user input).
 */
export const themeAttributeStyles: CSSResult = unsafeCSS(
  (Object.keys(THEMES) as ThemeName[])
    .filter((n) => n !== 'default')
    .map((n) => `:host([theme='${n}']) {\n${declarations(THEMES[n])}\n}`)
    .join('\n'),
);

/** `var(--send-x, default)` for a token, so page-level values win over built-in defaults. */
export function token(name: keyof typeof DEFAULT_TOKENS & string): CSSResult {
  return unsafeCSS(`var(${name}, ${DEFAULT_TOKENS[name as `--send-${string}`]})`);
}

/** Resolved token defaults on the shadow root's inner wrapper (not on :host, so inherited page values win). */
export const tokenDefaults: CSSResult = css`
  :host {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;

/** The categorical colour for series `i` (wraps after six). */
export function seriesColor(i: number): string {
  return `var(--send-color-${(i % 6) + 1}, ${DEFAULT_TOKENS[`--send-color-${(i % 6) + 1}` as `--send-${string}`]})`;
}
