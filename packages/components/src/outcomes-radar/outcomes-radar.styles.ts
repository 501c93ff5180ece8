import { css } from 'lit';

/** Styles for `<send-outcomes-radar>`; colours come from the `--send-*` tokens. */
export const outcomesRadarStyles = css`
  :host {
    --send-outcomes-band-opacity: 0.18;
    --send-outcomes-line-width: 2;
  }
  /* eight columns: keep words whole and let the table scroll sideways on a phone */
  th,
  td {
    overflow-wrap: normal;
  }
  .form-switch {
    display: inline-flex;
  }
  .form-switch button + button {
    margin-left: -2px;
  }
  .form-switch button[aria-pressed='true'] {
    background: var(--send-color-text, #0b0c0c);
    color: var(--send-color-background, #ffffff);
  }
  .plot svg.outcomes text {
    font-size: var(--send-font-size-chart, 16px);
    fill: var(--send-color-text, #0b0c0c);
  }
  .plot svg.outcomes .s0 {
    --c: var(--send-color-1, #12436d);
  }
  .plot svg.outcomes .s1 {
    --c: var(--send-color-2, #28a197);
  }
  .plot svg.outcomes .s2 {
    --c: var(--send-color-3, #801650);
  }
  .plot svg.outcomes .s3 {
    --c: var(--send-color-4, #f46a25);
  }
  .plot svg.outcomes .s4 {
    --c: var(--send-color-5, #3d3d3d);
  }
  .plot svg.outcomes .s5 {
    --c: var(--send-color-6, #a285d1);
  }
  .ring,
  .grid {
    fill: none;
    stroke: var(--send-color-grid, #b1b4b6);
    stroke-width: 1;
  }
  .axis-line {
    stroke: var(--send-color-grid, #b1b4b6);
    stroke-width: 1;
  }
  .plot svg.outcomes .ring-label,
  .plot svg.outcomes .tick {
    fill: var(--send-color-text-secondary, #484949);
  }
  .plot svg.outcomes .axis-label .title {
    font-weight: 700;
  }
  .plot svg.outcomes .gap-text {
    font-style: italic;
    fill: var(--send-color-text-secondary, #484949);
  }
  .band {
    fill: var(--c);
    fill-opacity: var(--send-outcomes-band-opacity);
    fill-rule: evenodd;
    stroke: none;
  }
  /* the legend's key to the band: the series' colour with one series, else a neutral grey */
  .band.key {
    fill: var(--c, var(--send-color-text-secondary, #484949));
    stroke: var(--c, var(--send-color-text-secondary, #484949));
    stroke-width: 1;
  }
  .line {
    fill: none;
    stroke: var(--c);
    stroke-width: var(--send-outcomes-line-width);
    stroke-linejoin: round;
  }
  .interval {
    stroke: var(--c);
    stroke-width: 2;
    stroke-linecap: butt;
  }
  .marker {
    fill: var(--c);
    stroke: var(--send-color-background, #ffffff);
    stroke-width: 1.5;
  }
  .marker.hollow {
    fill: var(--send-color-background, #ffffff);
    stroke: var(--c);
    stroke-width: 1.5;
  }
  .marker.active {
    stroke: var(--send-color-text, #0b0c0c);
    stroke-width: 2.5;
  }
  .hit {
    fill: transparent;
    stroke: none;
    cursor: pointer;
  }
  .target {
    fill: none;
    stroke: var(--send-color-comparator, #0b0c0c);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .plot svg.outcomes .target-label {
    font-weight: 700;
  }
  .stripe {
    fill: var(--send-color-surface, #f3f2f1);
  }
  .plot svg.outcomes .change.sig {
    font-weight: 700;
  }
  .plot svg.outcomes .halo {
    paint-order: stroke;
    stroke: var(--send-color-background, #ffffff);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .plot svg.outcomes .halo.on-stripe {
    stroke: var(--send-color-surface, #f3f2f1);
  }
  @media (forced-colors: active) {
    .line,
    .interval,
    .target {
      stroke: CanvasText;
    }
    .marker {
      fill: CanvasText;
      stroke: Canvas;
    }
    .band {
      fill: GrayText;
    }
  }
`;
