import { css } from 'lit';

/**
 * Styles for `<send-priority-tracker>`. Colours come from the `--send-*` tokens; status and
 * rating colours have their own tokens. Every colour is paired with a shape and a word.
 */
export const priorityTrackerStyles = css`
  :host {
    --send-tracker-on-track: var(--send-color-good, #00703c);
    --send-tracker-at-risk: var(--send-color-amber, #b36200);
    --send-tracker-off-track: var(--send-color-bad, #d4351c);
    --send-tracker-complete: var(--send-color-1, #12436d);
    --send-tracker-not-started: var(--send-color-text-secondary, #484949);
    --send-tracker-closed: var(--send-color-suppressed, #6f777b);
    --send-tracker-track: var(--send-color-surface, #f3f2f1);
  }
  .s-on_track,
  .r-green {
    --c: var(--send-tracker-on-track);
  }
  .s-at_risk,
  .r-amber {
    --c: var(--send-tracker-at-risk);
  }
  .s-off_track,
  .r-red {
    --c: var(--send-tracker-off-track);
  }
  .s-complete,
  .r-complete {
    --c: var(--send-tracker-complete);
  }
  .s-not_started {
    --c: var(--send-tracker-not-started);
  }
  .s-no_longer_monitored,
  .r-closed {
    --c: var(--send-tracker-closed);
  }

  /* table: words wrap between words, headers stay whole; long cells break only when they must */
  th .sort span:first-child {
    white-space: nowrap;
  }
  td,
  th[scope='row'] {
    overflow-wrap: break-word;
  }
  .filter-status:empty {
    margin: 0;
  }
  .filter-status {
    margin: 0.5rem 0;
    font-size: var(--send-font-size-small, 1rem);
    font-weight: 700;
  }

  /* in the priorities the active row is marked on the row itself; every word of a tooltip is on it already */
  :host(:not([mode='timeline'])) .focus-marker,
  :host(:not([mode='timeline'])) .tooltip {
    display: none;
  }
  .track {
    fill: var(--send-tracker-track);
    stroke: var(--send-color-axis, #505a5f);
    stroke-width: 1;
  }
  .fill,
  .icon-fill {
    fill: var(--c, #505a5f);
  }
  .icon-stroke {
    fill: none;
    stroke: var(--c, #505a5f);
    stroke-width: 2;
  }
  .icon-mark {
    fill: none;
    stroke: var(--send-color-background, #fff);
    stroke-width: 2;
  }

  /* the rows drawn as one SVG, for the SVG download: out of sight and out of the way, clipped to
     the plot so that a drawing taller than the rows adds no scrolling */
  .plot .tracker-drawing {
    position: absolute;
    inset: 0;
    overflow: hidden;
    opacity: 0;
    pointer-events: none;
    z-index: -1;
  }
  .tracker-drawing text {
    font-size: var(--send-font-size-chart, 16px);
    fill: var(--send-color-text, #0b0c0c);
  }
  .tracker-drawing text.title,
  .tracker-drawing text.panel-title {
    /* GOV.UK's small heading, 19px bold */
    font-size: calc(var(--send-font-size-chart, 16px) * 1.1875);
    font-weight: 700;
  }
  /* priorities: each row is its progress bar and the button that opens it */
  .priorities {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .priority {
    border-top: 1px solid var(--send-color-grid, #b1b4b6);
    padding: 0.25rem 0 0.5rem;
  }
  .priority:first-child {
    border-top: 0;
    padding-top: 0;
  }
  .row {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    column-gap: 0.75rem;
  }
  .row > .figures {
    grid-column: 1 / -1;
  }
  .priority.active > .row {
    outline: 3px solid var(--send-color-focus-text, #0b0c0c);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--send-color-focus, #ffdd00);
  }
  .priority-heading {
    margin: 0;
    font-size: 1.05rem;
    line-height: 1.3;
  }
  /* the whole row opens the priority: the button's hit area covers it (the "why" button sits above) */
  .disclosure::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 0.75rem;
    align-items: center;
    /* a little apart from the title above it (a wrapped title's descenders touched the bar) */
    margin: 0.25rem 0 0 1.75rem;
    font-size: var(--send-font-size-small, 1rem);
    overflow-wrap: anywhere;
  }
  /* one scale for every priority: the track's length comes from the chart's width, never from the
     words beside it (they wrap under the bar where they do not fit; flex items are blocks) */
  .figures .bar {
    flex: 0 0 auto;
    width: clamp(min(100%, 16rem), 100% - 21rem, 36rem);
  }
  .figures .bar svg {
    display: block;
    height: 1rem;
  }
  /* the words take the rest of the bar's line, wrapping inside it, or all of the next line where under
     12rem is left: every priority's the same way at a width (short words once sat beside, long ones under) */
  .weighted {
    font-weight: 700;
    flex: 1 1 12rem;
  }
  .line-break {
    flex-basis: 100%;
    height: 0;
  }
  .counts,
  .overdue-count {
    color: var(--send-color-text, #0b0c0c);
  }
  .overdue-count.late {
    font-weight: 700;
  }
  .why {
    position: relative;
    z-index: 1;
    grid-row: 1;
    grid-column: 2;
  }
  .disclosure {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    width: 100%;
    min-height: 1.5rem;
    padding: 0.125rem 0.25rem 0;
    border: 0;
    background: transparent;
    font: inherit;
    font-size: inherit;
    font-weight: 700;
    text-align: left;
    cursor: pointer;
    color: var(--send-color-text, #0b0c0c);
    overflow-wrap: anywhere;
  }
  .disclosure:hover .priority-title {
    text-decoration: underline;
  }
  .chevron {
    flex: none;
    width: 1rem;
    height: 1rem;
    margin-top: 0.2rem;
  }
  .chevron path {
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
  }
  .disclosure[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  .badge,
  .status {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    font-weight: 700;
  }
  .badge svg,
  .status svg {
    flex: none;
  }
  .why {
    min-height: 1.5rem;
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--send-color-text, #0b0c0c);
    background: var(--send-color-background, #fff);
    cursor: pointer;
  }
  .rule {
    margin: 0.5rem 0 0 1.75rem;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--c, #505a5f);
    background: var(--send-tracker-track);
    font-size: var(--send-font-size-small, 1rem);
  }
  .rule p,
  .rule ul,
  .rule ol {
    margin: 0.25rem 0;
  }
  .rule ul,
  .rule ol {
    padding-left: 1.25rem;
  }
  .panel {
    margin: 0.5rem 0 0 1.75rem;
  }
  .outcome,
  .closed-note,
  .none {
    margin: 0.25rem 0 0.5rem;
    font-size: var(--send-font-size-small, 1rem);
  }
  .closed-note {
    font-weight: 700;
  }
  .actions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .action {
    border: 1px solid var(--send-color-grid, #b1b4b6);
    border-left: 5px solid var(--c, #505a5f);
    padding: 0.5rem 0.75rem;
    min-width: 0;
  }
  .action-title {
    margin: 0 0 0.375rem;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .ref {
    font-weight: 400;
    color: var(--send-color-text-secondary, #484949);
    margin-right: 0.375rem;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: 0.25rem 1rem;
    margin: 0;
    font-size: var(--send-font-size-small, 1rem);
  }
  .fields > div {
    min-width: 0;
  }
  .fields dt {
    color: var(--send-color-text-secondary, #484949);
  }
  .fields dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .overdue {
    display: inline-block;
    margin-left: 0.25rem;
    padding: 0 0.25rem;
    border: 2px solid var(--send-tracker-off-track);
    font-weight: 700;
  }
  .progress {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
  }
  a {
    color: var(--send-color-link, #1d70b8);
    overflow-wrap: anywhere;
  }
  .measure {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    margin-top: 0.5rem;
    font-size: var(--send-font-size-small, 1rem);
  }
  .measure p {
    margin: 0;
    flex: 1 1 14rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .bullet .bar {
    fill: var(--send-color-text, #0b0c0c);
  }
  .bullet .baseline {
    stroke: var(--send-color-text-secondary, #484949);
    stroke-width: 2;
    stroke-dasharray: 2 2;
  }
  .bullet .target {
    stroke: var(--send-color-text, #0b0c0c);
    stroke-width: 3;
  }

  /* narrow: the reason button under the figures */
  @container (max-width: 480px) {
    .row {
      display: block;
    }
    .why {
      margin: 0.25rem 0 0 1.75rem;
    }
  }
  @container (max-width: 400px) {
    .priority-heading {
      font-size: 1rem;
      line-height: 1.2;
    }
    .figures .bar svg {
      height: 0.75rem;
    }
    .figures,
    .why,
    .rule,
    .panel {
      margin-left: 0;
    }
  }

  @media (forced-colors: active) {
    .fill,
    .icon-fill,
    .seg,
    .bullet .bar {
      fill: CanvasText;
    }
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .icon-stroke,
    .line-complete,
    .line-overdue {
      stroke: CanvasText;
    }
  }

  /* the PNG, painted from this layout (core's chartPng marks the plot while it paints): no chevrons,
     and no room kept for the buttons it leaves out */
  .exporting .chevron,
  .exporting .why,
  .exporting .list-tools {
    display: none;
  }
  .exporting .disclosure {
    padding: 0;
    min-height: 0;
  }
  .exporting .figures,
  .exporting .rule,
  .exporting .panel {
    margin-left: 0;
  }

  /* board paper: everything expanded, priorities following on, no controls */
  @media print {
    :host {
      break-inside: auto;
    }
    .controls,
    .list-tools,
    .focus-marker,
    .chevron,
    .why,
    .filter-status {
      display: none !important;
    }
    .panel[hidden],
    .rule[hidden] {
      display: block !important;
    }
    /* priorities follow on (a page each left pages mostly blank); a priority's heading row is never
       the last thing on a page, and an action is never split */
    .priority > .row {
      break-after: avoid;
    }
    /* the rule is printed once, under the first priority; each priority keeps its reasons */
    .priority + .priority .rule-how {
      display: none;
    }
    .action {
      break-inside: avoid;
    }
    .disclosure {
      padding: 0;
      min-height: 0;
      cursor: auto;
    }
    .figures,
    .panel,
    .rule {
      margin-left: 0;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      color: #000;
    }
    .plot svg {
      max-width: 100%;
    }
  }
`;
