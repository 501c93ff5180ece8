import { css } from 'lit';
import { token } from '@send-insight/core';

/** Styles of `<send-need-breakdown>`; colours come from `--send-*` tokens. */
export const needBreakdownStyles = css`
  :host {
    --send-need-bar-fill: var(--send-color-1, #12436d);
    --send-need-higher: var(--send-color-1, #12436d);
    --send-need-lower: var(--send-color-3, #801650);
    --send-need-other: #b1b4b6;
  }
  .plot text {
    font-size: var(--send-need-font-size, ${token('--send-font-size-chart')});
  }
  .plot text.value {
    font-weight: 700;
  }
  .plot text.secondary,
  .plot text.flag,
  .plot text.tick {
    fill: ${token('--send-color-text-secondary')};
  }
  .plot text.flag {
    font-weight: 700;
    fill: ${token('--send-color-text')};
  }
  .plot text.gap {
    font-style: italic;
  }
  /* a halo in the background colour, so grid lines never run through words */
  .plot text.label,
  .plot text.gap,
  .plot text.tick {
    paint-order: stroke;
    stroke: ${token('--send-color-background')};
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  /* the key an SVG file draws in place of the legend's buttons: not on the page */
  .file-key {
    display: none;
  }
  .grid {
    stroke: ${token('--send-color-grid')};
    stroke-width: 1;
  }
  .zero {
    stroke: ${token('--send-color-axis')};
    stroke-width: 1.5;
  }
  .bar {
    fill: var(--send-need-bar-fill);
  }
  .marker-halo {
    stroke: ${token('--send-color-background')};
    stroke-width: 4;
  }
  .marker {
    stroke: ${token('--send-color-comparator')};
    stroke-width: 2.5;
  }
  .interval {
    stroke: ${token('--send-color-text')};
    stroke-width: 2;
  }
  .dot.higher {
    fill: var(--send-need-higher);
  }
  .dot.lower {
    fill: var(--send-need-lower);
  }
  .dot.similar {
    fill: ${token('--send-color-background')};
    stroke: ${token('--send-color-text')};
    stroke-width: 2;
  }
  .segment {
    stroke: ${token('--send-color-background')};
    stroke-width: 1;
  }
  .segment-text {
    font-weight: 700;
    pointer-events: none;
  }
  .plot text.segment-text.on-light {
    fill: #0b0c0c;
  }
  .plot text.segment-text.on-background {
    fill: ${token('--send-color-text')};
    stroke: ${token('--send-color-background')};
    stroke-width: 4px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .plot text.segment-text.on-1 {
    fill: ${token('--send-color-on-1')};
  }
  .plot text.segment-text.on-2 {
    fill: ${token('--send-color-on-2')};
  }
  .plot text.segment-text.on-3 {
    fill: ${token('--send-color-on-3')};
  }
  .plot text.segment-text.on-4 {
    fill: ${token('--send-color-on-4')};
  }
  .plot text.segment-text.on-5 {
    fill: ${token('--send-color-on-5')};
  }
  .plot text.segment-text.on-6 {
    fill: ${token('--send-color-on-6')};
  }
  .hatch-bg {
    fill: ${token('--send-color-background')};
  }
  .hatch-line {
    stroke: ${token('--send-color-suppressed')};
    stroke-width: 2;
  }
  .active-ring {
    fill: none;
    stroke: ${token('--send-color-focus-text')};
    stroke-width: 3;
  }
  .active-ring-outer {
    fill: none;
    stroke: ${token('--send-color-focus')};
    stroke-width: 7;
  }
  .row-hit {
    fill: transparent;
  }
  /* a grid whose columns the layout works out (legendGrid), so the rows hold the same number of entries;
     --legend-columns is the element's own (set each render), not a theme token; written as the template
     minifier writes it, because Chromium keeps a value with var() as written */
  .legend {
    display: grid;
    grid-template-columns: repeat(var(--legend-columns,1),minmax(0,1fr));
    gap: 0.25rem 0.5rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid transparent;
    background: ${token('--send-color-background')};
    color: ${token('--send-color-text')};
    font: inherit;
    font-size: ${token('--send-font-size-small')};
    text-align: start;
    cursor: pointer;
  }
  .legend button:hover {
    border-color: ${token('--send-color-grid')};
  }
  .legend button:focus-visible {
    outline: 3px solid ${token('--send-color-focus')};
    box-shadow: 0 0 0 5px ${token('--send-color-focus-text')};
  }
  .legend button[aria-pressed='false'] .legend-label {
    text-decoration: line-through;
    color: ${token('--send-color-text-secondary')};
  }
  .swatch {
    flex: none;
    width: 1rem;
    height: 1rem;
    border: 1px solid ${token('--send-color-text')};
  }
  .legend-hint {
    margin: 0.25rem 0 0;
    font-size: ${token('--send-font-size-small')};
    color: ${token('--send-color-text-secondary')};
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .controls label {
    display: flex;
    flex-direction: column;
    /* a long setting name must not widen the page on a phone */
    min-width: 0;
    max-width: 100%;
    font-size: ${token('--send-font-size-small')};
  }
  .controls select {
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid ${token('--send-color-text')};
    background: ${token('--send-color-background')};
    max-width: 100%;
    min-width: 0;
    text-overflow: ellipsis;
  }
  @media (forced-colors: active) {
    .bar,
    .dot.higher,
    .dot.lower {
      fill: CanvasText;
    }
    .marker,
    .interval {
      stroke: Highlight;
    }
    .segment {
      stroke: Canvas;
    }
  }
`;
