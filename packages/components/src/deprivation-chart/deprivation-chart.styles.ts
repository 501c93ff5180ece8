import { css } from 'lit';

/** Styles of `<send-deprivation-chart>`; colours come from the `--send-*` tokens. */
export const deprivationChartStyles = css`
  :host {
    --send-deprivation-bar-opacity: 1;
    --send-deprivation-point-opacity: 0.6;
    --send-deprivation-context-color: var(--send-color-5, #3d3d3d);
    --send-deprivation-context-text: var(--send-color-on-5, #ffffff);
  }
  /* the neighbourhood context: LSOAs per decile against England's even spread */
  rect.context-bar {
    fill: var(--send-deprivation-context-color);
    stroke: none;
  }
  .context-group.active rect.context-bar {
    stroke: var(--send-color-text, #0b0c0c);
    stroke-width: 2px;
    stroke-dasharray: none;
  }
  line.even {
    stroke: var(--send-color-comparator, #0b0c0c);
    stroke-width: 2px;
    stroke-dasharray: 6 3;
  }
  .context-rule {
    stroke: var(--send-color-grid, #b1b4b6);
    stroke-width: 1px;
  }
  .plot text.context-title {
    font-weight: 700;
  }
  .plot text.context-share {
    fill: var(--send-color-text-secondary, #484949);
  }
  .plot text.value-label.inside {
    fill: var(--send-deprivation-context-text);
  }
  .context-note {
    margin: 0.5rem 0 0;
    font-size: var(--send-font-size-small, 1rem);
  }
  .m0 {
    fill: var(--send-color-1, #12436d);
    stroke: var(--send-color-1, #12436d);
  }
  .m1 {
    fill: var(--send-color-2, #28a197);
    stroke: var(--send-color-2, #28a197);
  }
  .m2 {
    fill: var(--send-color-3, #801650);
    stroke: var(--send-color-3, #801650);
  }
  /* the chart by decile: a panel per measure, England's rate as a short line beside each bar */
  .plot text.panel-title {
    font-weight: 700;
  }
  rect.bar {
    stroke: none;
    opacity: var(--send-deprivation-bar-opacity);
  }
  /* each decile's column takes the pointer; the active one is shaded behind its bar */
  rect.hit {
    fill: transparent;
  }
  .bar-group.active rect.hit {
    fill: var(--send-color-surface, #f3f2f1);
  }
  .whisker {
    stroke: var(--send-color-text, #0b0c0c);
    stroke-width: 1.5px;
    fill: none;
  }
  .england-tick {
    stroke: var(--send-color-comparator, #0b0c0c);
    stroke-width: 3px;
  }
  .england-halo {
    stroke: var(--send-color-background, #ffffff);
    stroke-width: 5px;
  }
  .plot text.value-label.on-1 {
    fill: var(--send-color-on-1, #ffffff);
  }
  .plot text.value-label.on-2 {
    fill: var(--send-color-on-2, #0b0c0c);
  }
  .plot text.value-label.on-3 {
    fill: var(--send-color-on-3, #ffffff);
  }
  .plot text.england-label {
    fill: var(--send-color-comparator, #0b0c0c);
    font-weight: 700;
  }
  /* a decile not shown: the word at the baseline, quietly */
  .plot text.gap-label {
    fill: var(--send-color-text-secondary, #484949);
  }
  .part-failed {
    margin: 0;
    padding: var(--send-space, 0.5rem);
    border-left: 5px solid var(--send-color-error, #d4351c);
  }
  .grid {
    stroke: var(--send-color-grid, #b1b4b6);
    stroke-width: 1px;
  }
  .axis {
    stroke: var(--send-color-axis, #505a5f);
    stroke-width: 1px;
  }
  .plot text.secondary,
  .plot text.axis-title {
    fill: var(--send-color-text-secondary, #484949);
  }
  .plot text.axis-title {
    font-weight: 700;
  }
  .band {
    fill: var(--send-color-surface, #f3f2f1);
  }
  .smooth {
    fill: none;
    stroke-width: 3px;
  }
  .legend-point {
    fill-opacity: var(--send-deprivation-point-opacity);
    stroke: none;
  }
  .smooth-casing {
    fill: none;
    stroke: var(--send-color-background, #ffffff);
    stroke-width: 6px;
  }
  .strip {
    fill: none;
    stroke: var(--send-color-suppressed, #6f777b);
    stroke-width: 1px;
  }
  .highlight {
    fill: none;
    stroke: var(--send-color-text, #0b0c0c);
    stroke-width: 2.5px;
  }
  .area-wrap {
    position: relative;
  }
  .area-wrap canvas,
  .area-wrap svg.overlay {
    position: absolute;
    left: 0;
    top: 0;
    pointer-events: none;
  }
  .area-points {
    fill: transparent;
  }
  .views {
    display: inline-flex;
    gap: 0;
  }
  .views button[aria-pressed='true'],
  button.intervals[aria-pressed='true'] {
    background: var(--send-color-text, #0b0c0c);
    color: var(--send-color-background, #ffffff);
  }
  .period {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    font-size: var(--send-font-size-small, 1rem);
  }
  .period select {
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--send-color-text, #0b0c0c);
    background: var(--send-color-background, #ffffff);
  }
  /* numbers never break inside; words in headers break only between words */
  th,
  td {
    overflow-wrap: normal;
  }
  td.num {
    white-space: nowrap;
  }
  th[scope='row'] {
    min-width: 7.5em;
  }
  th[scope='col'] {
    min-width: 4.5em;
  }
  .illustrative {
    font-size: var(--send-font-size-small, 1rem);
  }
  @media (forced-colors: active) {
    .m0,
    .m1,
    .m2 {
      fill: CanvasText;
      stroke: CanvasText;
    }
    rect.bar.m1 {
      fill: GrayText;
    }
    rect.context-bar {
      fill: CanvasText;
    }
    .plot text.value-label.inside {
      fill: Canvas;
    }
    .plot text.value-label.inside.on-2 {
      fill: CanvasText;
    }
    .england-halo {
      stroke: Canvas;
    }
    .bar-group.active rect.hit {
      fill: Highlight;
    }
    .england-tick,
    line.even,
    .whisker {
      stroke: CanvasText;
    }
  }
`;
