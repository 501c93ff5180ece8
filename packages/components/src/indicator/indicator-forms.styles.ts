import { token } from '@send-insight/core';
import { css } from 'lit';

/**
 * Styles of the indicator's trend and comparison, loaded with them on first use and added to the
 * element's own ({@link indicatorStyles}) when a form first draws: the series' colours beyond the
 * area's, bands, grids and ticks, labels with their halo, gaps, the target and England's lines,
 * the comparison's bars and notes.
 */
export const indicatorFormsStyles = css`
  .s1 {
    --c: ${token('--send-color-2')};
  }
  .s2 {
    --c: ${token('--send-color-3')};
  }
  .s3 {
    --c: ${token('--send-color-4')};
  }
  .s4 {
    --c: ${token('--send-color-5')};
  }
  .s5 {
    --c: ${token('--send-color-6')};
  }
  .england .line,
  .england-line {
    stroke-dasharray: 6 3;
  }
  /* England's points are rings: where its line meets the area's, the area's dot shows inside */
  .england .marker {
    fill: none;
    stroke: var(--c);
    stroke-width: 2;
  }
  .band {
    fill: var(--c);
    opacity: ${token('--send-indicator-band-opacity')};
  }
  .grid line {
    stroke: ${token('--send-color-grid')};
  }
  svg .axis-title {
    fill: ${token('--send-color-text-secondary')};
  }
  .halo {
    paint-order: stroke;
    stroke: ${token('--send-color-background')};
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .end-label,
  .target-label,
  .england-label,
  .labels .area text {
    font-weight: 700;
  }
  .gap-mark rect {
    fill: ${token('--send-color-surface')};
  }
  svg .gap-mark text,
  svg .gap-text {
    fill: ${token('--send-color-suppressed')};
    font-style: italic;
  }
  .target,
  .england-line {
    stroke: ${token('--send-color-comparator')};
    stroke-width: 2;
  }
  .target {
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  .bar {
    fill: ${token('--send-color-grid')};
  }
  .area .bar {
    fill: ${token('--send-color-1')};
  }
  .active .bar {
    stroke: ${token('--send-color-text')};
    stroke-width: 2;
  }
  .note {
    margin: 0.25rem 0 0;
    font-size: ${token('--send-font-size-small')};
    color: ${token('--send-color-text-secondary')};
  }
`;
