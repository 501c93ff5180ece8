import { css } from 'lit';

/**
 * Styles of the tracker's timeline: its two panels (titles, scales, bars, lines), their keys and
 * the measures under them. Every colour is paired with a shape, a hatch or a word.
 */
export const priorityTrackerTimelineStyles = css`
  .plot svg.tracker-timeline text {
    font-size: var(--send-font-size-chart, 16px);
    fill: var(--send-color-text, #0b0c0c);
  }
  .plot svg.tracker-timeline text.panel-title {
    /* GOV.UK's small heading, 19px bold */
    font-size: calc(var(--send-font-size-chart, 16px) * 1.1875);
    font-weight: 700;
  }
  .plot svg.tracker-timeline text.axis-title,
  .tracker-drawing text.axis-title {
    fill: var(--send-color-text-secondary, #484949);
  }
  .plot svg.tracker-timeline text.end-label,
  .tracker-drawing text.end-label {
    font-weight: 700;
  }
  .tracker-timeline.stock {
    margin-top: 1rem;
  }
  .grid {
    stroke: var(--send-color-grid, #b1b4b6);
    stroke-width: 1;
  }
  .seg {
    fill: var(--c, #505a5f);
    stroke: var(--send-color-background, #fff);
    stroke-width: 1;
  }
  .hatch {
    stroke: var(--send-color-background, #fff);
    stroke-width: 2;
  }
  .line-complete,
  .line-overdue {
    fill: none;
    stroke-width: 2;
  }
  .line-complete {
    stroke: var(--send-color-text, #0b0c0c);
  }
  .plot svg text.total {
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--send-color-background, #fff);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .line-overdue {
    stroke: var(--send-tracker-off-track);
    stroke-dasharray: 6 3;
  }
  .dot-complete {
    fill: var(--send-color-text, #0b0c0c);
  }
  .dot-overdue {
    fill: var(--send-color-background, #fff);
    stroke: var(--send-tracker-off-track);
    stroke-width: 2;
  }
  .active-col {
    fill: none;
    stroke: var(--send-color-focus-text, #0b0c0c);
    stroke-width: 2;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--send-font-size-small, 1rem);
  }
  .legend li {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
  }
  .legend svg {
    flex: none;
  }

  .measures ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .panel-title {
    margin: 1rem 0 0.25rem;
    font-weight: 700;
  }
  .measure-key {
    margin: 0;
    font-size: var(--send-font-size-small, 1rem);
    color: var(--send-color-text-secondary, #484949);
  }
`;
