import { css } from 'lit';

/** Styles for `<send-indicator>`; colours come from the `--send-*` tokens. */
export const indicatorStyles = css`
  :host {
    --send-indicator-band-opacity: 0.18;
  }
  /* the tile says everything its summary says, in its own order: the summary stays for screen readers */
  :host([view='tile']) .description {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .switch {
    display: inline-flex;
    flex-wrap: wrap;
  }
  .switch button + button {
    margin-left: -2px;
  }
  .switch button[aria-pressed='true'] {
    background: var(--send-color-text, #0b0c0c);
    color: var(--send-color-background, #ffffff);
  }
  .s0 {
    --c: var(--send-color-1, #12436d);
  }
  .s1 {
    --c: var(--send-color-2, #28a197);
  }
  .s2 {
    --c: var(--send-color-3, #801650);
  }
  .s3 {
    --c: var(--send-color-4, #f46a25);
  }
  .s4 {
    --c: var(--send-color-5, #3d3d3d);
  }
  .s5 {
    --c: var(--send-color-6, #a285d1);
  }
  .plot svg text {
    font-size: 13px;
  }
  .plot .line {
    fill: none;
    stroke: var(--c);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .plot .england .line {
    stroke-dasharray: 6 3;
  }
  .plot .marker {
    fill: var(--c);
    stroke: var(--send-color-background, #ffffff);
    stroke-width: 1;
  }
  .plot .marker.active {
    stroke: var(--send-color-text, #0b0c0c);
    stroke-width: 2;
    transform-box: fill-box;
    transform-origin: center;
    scale: 1.6;
  }
  .plot .band {
    fill: var(--c);
    opacity: var(--send-indicator-band-opacity);
  }
  .plot .grid line {
    stroke: var(--send-color-grid, #b1b4b6);
    stroke-width: 1;
  }
  .plot .tick,
  .plot .axis-title {
    fill: var(--send-color-text-secondary, #505a5f);
  }
  .plot .halo {
    paint-order: stroke;
    stroke: var(--send-color-background, #ffffff);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .plot .end-label {
    font-weight: 700;
  }
  .plot .gap-mark rect {
    fill: var(--send-color-surface, #f3f2f1);
  }
  .plot .gap-mark text,
  .plot .gap-text {
    fill: var(--send-color-suppressed, #6f777b);
    font-style: italic;
  }
  .plot .target {
    stroke: var(--send-color-comparator, #0b0c0c);
    stroke-dasharray: 2 3;
  }
  .plot .target-label {
    font-weight: 700;
  }
  /* the tile */
  .plot svg .tile-label {
    font-size: 15px;
    font-weight: 700;
  }
  .plot svg .tile-value {
    font-size: 40px;
    font-weight: 700;
  }
  .plot svg .tile-value.hidden {
    font-size: 16px;
    font-weight: 400;
    font-style: italic;
    fill: var(--send-color-text-secondary, #505a5f);
  }
  .plot svg .tile-sub {
    font-size: 14px;
    fill: var(--send-color-text-secondary, #505a5f);
  }
  .plot .badge rect {
    fill: none;
    stroke: var(--send-color-text, #0b0c0c);
    stroke-width: 2;
  }
  .plot .badge text {
    font-weight: 700;
  }
  .plot .spark .gap {
    stroke: var(--send-color-grid, #b1b4b6);
    stroke-dasharray: 2 2;
  }
  .tile-lines {
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    max-width: 48rem;
    overflow-wrap: anywhere;
  }
  .tile-lines li {
    margin: 0 0 0.375rem;
  }
  .tag {
    display: inline-block;
    padding: 0 0.375rem;
    border: 2px solid currentColor;
    font-size: 0.875em;
  }
  .tag.improved {
    color: var(--send-color-good, #00703c);
  }
  .tag.worsened {
    color: var(--send-color-bad, #d4351c);
  }
  /* the comparison */
  .plot .bar {
    fill: var(--send-color-grid, #b1b4b6);
  }
  .plot .row.area .bar {
    fill: var(--send-color-1, #12436d);
  }
  .plot .labels .area text {
    font-weight: 700;
  }
  .plot .row.active .bar {
    stroke: var(--send-color-text, #0b0c0c);
    stroke-width: 2;
  }
  .plot .england-line {
    stroke: var(--send-color-comparator, #0b0c0c);
    stroke-width: 2;
    stroke-dasharray: 6 3;
  }
  .plot .england-label {
    font-weight: 700;
  }
  .note {
    margin: 0.25rem 0 0;
    font-size: var(--send-font-size-small, 0.875rem);
    color: var(--send-color-text-secondary, #505a5f);
  }
`;
