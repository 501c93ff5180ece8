import { token } from '@send-insight/core';
import { css } from 'lit';

/**
 * Styles for `<send-dashboard>`: the area picker (GOV.UK's form controls, in the theme's tokens)
 * and the grid the elements inside are laid out on — tiles side by side, everything else the full
 * width, one column on a phone — and, on paper, a page per section.
 */
export const dashboardStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: ${token('--send-font-family')};
    font-size: ${token('--send-font-size')};
    line-height: 1.4;
    color: ${token('--send-color-text')};
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .sr-only {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  /* the picker */
  .picker {
    max-width: 36rem;
    margin: 0 0 calc(${token('--send-space')} * 5);
  }
  .label {
    display: block;
    font-weight: 700;
    font-size: 1.125rem;
    margin: 0 0 calc(${token('--send-space')} / 2);
  }
  .hint {
    margin: 0 0 ${token('--send-space')};
    color: ${token('--send-color-text-secondary')};
  }
  .field {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--send-space')};
    margin: 0;
  }
  .combo {
    position: relative;
    flex: 1 1 10rem;
    min-width: 0;
  }
  .input,
  .show {
    font: inherit;
    min-height: 2.75rem;
    border: 2px solid ${token('--send-color-text')};
    border-radius: ${token('--send-radius')};
  }
  .input {
    width: 100%;
    padding: 0.3125rem 0.5rem;
    color: ${token('--send-color-text')};
    background: ${token('--send-color-background')};
  }
  .input[aria-invalid='true'] {
    border-color: ${token('--send-color-error')};
  }
  .show {
    padding: 0.375rem 1rem;
    font-weight: 700;
    color: ${token('--send-color-background')};
    background: ${token('--send-color-text')};
    cursor: pointer;
  }
  .input:focus,
  .show:focus-visible,
  .suggestion:focus-visible {
    outline: 3px solid ${token('--send-color-focus')};
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px ${token('--send-color-focus-text')};
  }
  .list {
    position: absolute;
    z-index: 10;
    top: 100%;
    left: 0;
    right: 0;
    max-height: min(20rem, 60vh);
    overflow-y: auto;
    margin: 0;
    padding: 0;
    list-style: none;
    background: ${token('--send-color-background')};
    border: 2px solid ${token('--send-color-text')};
    border-top: 0;
  }
  .option {
    padding: 0.5rem;
    cursor: pointer;
    border-bottom: 1px solid ${token('--send-color-surface')};
    overflow-wrap: anywhere;
  }
  .option:hover,
  .option[aria-selected='true'] {
    color: ${token('--send-color-background')};
    background: ${token('--send-color-text')};
  }
  .code {
    font-size: ${token('--send-font-size-small')};
    white-space: nowrap;
  }
  .problem {
    margin: 0 0 ${token('--send-space')};
    padding-left: calc(${token('--send-space')} * 2);
    border-left: 5px solid ${token('--send-color-error')};
  }
  .problem-text {
    margin: 0 0 calc(${token('--send-space')} / 2);
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .suggestions {
    margin: 0 0 ${token('--send-space')};
    padding-left: 1.25rem;
  }
  .suggestion {
    font: inherit;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: ${token('--send-color-link')};
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    text-align: left;
  }
  .print-area {
    display: none;
    font-weight: 700;
    margin: 0 0 calc(${token('--send-space')} * 2);
  }

  /* the grid: tiles side by side, the rest full width */
  .grid {
    display: grid;
    /* in a custom property, so the build's minifier keeps the value as written (Chromium keeps any
       value with var() as written, so a declaration's spaces would be all that differs) */
    --_send-dashboard-columns: repeat(auto-fit, minmax(min(100%, var(--send-dashboard-tile-width, 18rem)), 1fr));
    grid-template-columns: var(--_send-dashboard-columns);
    gap: calc(${token('--send-space')} * 4) calc(${token('--send-space')} * 3);
    align-items: start;
  }
  ::slotted(*) {
    grid-column: 1 / -1;
    min-width: 0;
  }
  ::slotted([view='tile']) {
    grid-column: auto;
  }

  @media print {
    .picker {
      display: none;
    }
    .print-area {
      display: block;
    }
    .grid {
      --send-dashboard-tile-width: 13rem;
      gap: calc(${token('--send-space')} * 3) calc(${token('--send-space')} * 2);
    }
    ::slotted(*) {
      break-inside: avoid;
    }
    /* a tile may break between its figure and its lines (the tile keeps each whole) */
    ::slotted([view='tile']) {
      break-inside: auto;
    }
    ::slotted(:is(h1, h2, h3, h4, h5, h6)) {
      break-after: avoid;
    }
    /* each section after the first on a page of its own (the dashboard marks where each starts) */
    ::slotted([data-send-section]) {
      break-before: var(--send-dashboard-print-break, page);
    }
  }
`;
