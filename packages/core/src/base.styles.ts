import { css } from 'lit';
import { token } from './theme.js';

/** The shell every chart shares: figure, heading, toolbar, states, table, tooltip, live region. */
export const baseStyles = css`
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    font-family: ${token('--send-font-family')};
    font-size: ${token('--send-font-size')};
    line-height: 1.4;
    color: ${token('--send-color-text')};
    background: ${token('--send-color-background')};
    container-type: inline-size;
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
  figure {
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .heading {
    margin: 0 0 calc(${token('--send-space')} / 2);
    font-size: ${token('--send-font-size-heading')};
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .description {
    margin: 0 0 ${token('--send-space')};
    max-width: 48rem;
    overflow-wrap: anywhere;
  }
  /* the rest of a long summary on a narrow chart, one click away */
  .summary-more {
    margin: calc(${token('--send-space')} / -2) 0 ${token('--send-space')};
    max-width: 48rem;
  }
  .summary-more summary {
    width: fit-content;
    padding: 0.25rem 0;
    color: ${token('--send-color-link')};
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .summary-more:not([open]) p {
    display: none;
  }
  .summary-more p {
    margin: calc(${token('--send-space')} / 2) 0 0;
    overflow-wrap: anywhere;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--send-space')};
    align-items: flex-start;
    margin: 0 0 ${token('--send-space')};
  }
  button,
  select,
  summary {
    font: inherit;
    font-size: ${token('--send-font-size-small')};
    color: ${token('--send-color-text')};
  }
  .toolbar button,
  .download summary,
  .control {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.375rem 0.75rem;
    border: 2px solid ${token('--send-color-text')};
    border-radius: ${token('--send-radius')};
    background: ${token('--send-color-background')};
    cursor: pointer;
  }
  .toolbar > * {
    min-width: 0;
    max-width: 100%;
  }
  /* the table toggle and the download menu are one group, level with the foot of any selects
     beside it: the group takes a line of its own when it does not fit beside the chart's controls,
     so a line breaks between the two (leaving Download alone) only where one line cannot hold both */
  .toolbar-end {
    display: flex;
    flex-wrap: wrap;
    gap: inherit;
    align-items: flex-start;
    align-self: flex-end;
  }
  .download {
    position: relative;
  }
  .download:not([open]) ul {
    display: none;
  }
  /* on a phone the menu opens in the flow, so it can never hang off the screen, and the toolbar's
     buttons are tighter, so the toggle and the menu share a line below the chart's own controls */
  @container (max-width: 400px) {
    .download ul {
      position: static;
    }
    .toolbar {
      gap: 0.5rem;
    }
    .toolbar button,
    .download summary {
      padding-inline: 0.375rem;
    }
    /* the menu opens in the flow here, so the group stays at the top of its line */
    .toolbar-end {
      align-self: flex-start;
    }
  }
  .download summary {
    display: inline-flex;
    align-items: center;
    list-style: none;
  }
  .download summary::-webkit-details-marker {
    display: none;
  }
  .download summary::after {
    content: '▾';
    margin-left: 0.375rem;
  }
  .download ul {
    position: absolute;
    z-index: 3;
    margin: 0.25rem 0 0;
    padding: 0.25rem;
    list-style: none;
    background: ${token('--send-color-background')};
    border: 2px solid ${token('--send-color-text')};
    min-width: 12rem;
  }
  .download li button {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    text-align: left;
    border: 0;
    background: transparent;
    padding: 0.375rem 0.5rem;
    cursor: pointer;
  }
  .download li button:hover {
    text-decoration: underline;
  }
  button:focus-visible,
  summary:focus-visible,
  select:focus-visible,
  a:focus-visible,
  .table-scroll:focus-visible,
  .plot:focus-visible {
    outline: 3px solid ${token('--send-color-focus')};
    outline-offset: 0;
    box-shadow: 0 0 0 5px ${token('--send-color-focus-text')};
  }
  .plot {
    position: relative;
    min-width: 0;
    max-width: 100%;
    overflow: visible;
  }
  .plot svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    font-family: inherit;
  }
  .plot text {
    fill: ${token('--send-color-text')};
    font-size: ${token('--send-font-size-chart')};
  }
  .state {
    padding: ${token('--send-space')};
    border-left: 5px solid ${token('--send-color-text-secondary')};
    background: ${token('--send-color-surface')};
    margin: 0 0 ${token('--send-space')};
  }
  .state p {
    margin: 0.25rem 0;
  }
  .error {
    border-left-color: ${token('--send-color-error')};
  }
  .error-title {
    font-weight: 700;
  }
  .error ul {
    margin: 0.25rem 0;
    padding-left: 1.25rem;
  }
  .error li {
    overflow-wrap: anywhere;
  }
  .warnings {
    margin: 0 0 ${token('--send-space')};
    font-size: ${token('--send-font-size-small')};
  }
  .warnings ul {
    margin: 0.25rem 0;
    padding-left: 1.25rem;
  }
  .source {
    margin: ${token('--send-space')} 0 0;
    font-size: ${token('--send-font-size-small')};
    color: ${token('--send-color-text-secondary')};
    overflow-wrap: anywhere;
  }
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: ${token('--send-font-size-small')};
    min-width: 50%;
  }
  /* a table wider than the chart scrolls sideways; its caption wraps in the width shown and stays
     in view, so no title is cut off at the chart's edge */
  caption {
    text-align: left;
    font-weight: 700;
    padding: 0 0 0.25rem;
    overflow-wrap: anywhere;
    max-width: 100cqi;
    position: sticky;
    left: 0;
  }
  th,
  td {
    text-align: left;
    padding: 0.375rem 0.75rem 0.375rem 0;
    border-bottom: 1px solid ${token('--send-color-grid')};
    vertical-align: top;
    /* break only words that cannot fit at all; the table scrolls sideways instead of splitting words letter by letter */
    overflow-wrap: break-word;
  }
  th.num,
  td.num {
    text-align: right;
  }
  /* a web address (30 or more characters with no space) may break anywhere: unbroken, it would widen its column past the chart */
  td.long-word {
    overflow-wrap: anywhere;
  }
  thead th {
    border-bottom: 2px solid ${token('--send-color-text')};
  }
  th .sort {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
    border: 0;
    padding: 0.25rem 0;
    min-height: 2.75rem;
    background: transparent;
    font-weight: 700;
    cursor: pointer;
    text-align: inherit;
  }
  .sort-icon {
    font-size: 0.7em;
  }
  .table-notes {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
    font-size: ${token('--send-font-size-small')};
  }
  /* centred over the point, above it (below it near the top), and clamped inside the plot at every
     edge: in translate(), a percentage is of the tooltip's own size, --tip-* are the point and
     the plot (set with the position); width: max-content keeps it from squeezing at the right edge;
     no spaces after commas, as the template minifier writes them: a value with var() is kept as written */
  .tooltip {
    --tip-shift: clamp(calc(0px - var(--tip-x,0px)),-50%,calc(var(--tip-w,100vw) - var(--tip-x,0px) - 100%));
    position: absolute;
    z-index: 4;
    box-sizing: border-box;
    width: max-content;
    max-width: min(18rem, 100%);
    padding: 0.375rem 0.5rem;
    background: ${token('--send-color-text')};
    color: ${token('--send-color-background')};
    font-size: ${token('--send-font-size-small')};
    pointer-events: none;
    transform: translate(var(--tip-shift),max(calc(-100% - 10px),calc(0px - var(--tip-y,0px))));
    overflow-wrap: anywhere;
  }
  .tooltip.below {
    transform: translate(var(--tip-shift),min(14px,calc(var(--tip-h,100vh) - var(--tip-y,0px) - 100%)));
  }
  .focus-marker {
    position: absolute;
    z-index: 2;
    width: 22px;
    height: 22px;
    margin: -11px 0 0 -11px;
    border-radius: 50%;
    border: 3px solid ${token('--send-color-focus-text')};
    box-shadow: 0 0 0 3px ${token('--send-color-focus')};
    pointer-events: none;
  }
  .sr-only {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .focus-marker {
      border-color: Highlight;
      box-shadow: none;
    }
    .tooltip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .state {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .toolbar,
    .tooltip,
    .focus-marker,
    .sort-icon {
      display: none !important;
    }
    :host {
      break-inside: avoid;
      background: #fff;
      color: #000;
    }
    .table-scroll {
      overflow: visible;
    }
    /* no plot taller than about half an A4 page (scaled whole, its type with it, if its rows need
       more), so a chart prints on one page with its heading, summary and source */
    .plot > svg {
      width: auto;
      max-height: ${token('--send-print-plot-height')};
    }
    th .sort {
      min-height: 0;
      padding: 0;
    }
  }
`;
