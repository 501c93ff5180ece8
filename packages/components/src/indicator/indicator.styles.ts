import { token } from '@send-insight/core';
import { css } from 'lit';

/** Styles for `<send-indicator>`; colours come from the `--send-*` tokens (with their defaults). Shadow DOM scopes every selector. */
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
  .switch [aria-pressed='true'] {
    background: ${token('--send-color-text')};
    color: ${token('--send-color-background')};
  }
  .s0 {
    --c: ${token('--send-color-1')};
  }
  .plot text {
    font-size: ${token('--send-font-size-chart')};
  }
  .line {
    fill: none;
    stroke: var(--c);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .marker {
    fill: var(--c);
    stroke: ${token('--send-color-background')};
  }
  .marker.active {
    stroke: ${token('--send-color-text')};
    stroke-width: 2;
    transform-box: fill-box;
    transform-origin: center;
    scale: 1.6;
  }
  .spark .gap,
  .gap-key .gap {
    stroke: ${token('--send-color-grid')};
    stroke-dasharray: 2 2;
  }
  .tile-label,
  .tile-value,
  .badge text {
    font-weight: 700;
  }
  svg .tile-value {
    font-size: 40px;
  }
  svg .tile-value.hidden {
    fill: ${token('--send-color-suppressed')};
    font-style: italic;
    font-size: 16px;
    font-weight: 400;
  }
  svg .tick,
  svg .tile-sub {
    fill: ${token('--send-color-text-secondary')};
  }
  .badge rect {
    fill: none;
    stroke: ${token('--send-color-text')};
    stroke-width: 2;
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
  .tile-lines .gaps {
    color: ${token('--send-color-text-secondary')};
  }
  .gap-key {
    vertical-align: -0.125rem;
    margin-right: 0.375rem;
  }
  .tag {
    display: inline-block;
    padding: 0 0.375rem;
    border: 2px solid;
  }
  .improved {
    color: ${token('--send-color-good')};
  }
  .worsened {
    color: ${token('--send-color-bad')};
  }
  .part-failed {
    margin: 0;
    padding: ${token('--send-space')};
    border-left: 5px solid ${token('--send-color-error')};
  }
  /* on paper: three tiles in a row fit under the page's title, in smaller type; a tile that still
     cannot may break between its figure and its lines, never inside either */
  @media print {
    :host([view='tile']) {
      break-inside: auto;
      font-size: 0.8125rem;
    }
    :host([view='tile']) .heading {
      font-size: 1.0625rem;
    }
    :host([view='tile']) .source {
      font-size: 0.75rem;
    }
    :host([view='tile']) .plot,
    .tile-lines li {
      break-inside: avoid;
    }
  }
`;
