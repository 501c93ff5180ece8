import { css } from 'lit';

/** Playground layout: one column on phones, inputs beside the chart from about 60rem. GOV.UK-like colours, all AA on white. */
export const playgroundStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
    color: #0b0c0c;
    background: #ffffff;
    line-height: 1.4;
  }
  .layout {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 60rem) {
    .layout {
      grid-template-columns: minmax(0, 30rem) minmax(0, 1fr);
      align-items: start;
    }
  }
  .step {
    border-top: 4px solid #1d70b8;
    padding: 0.5rem 0 1rem;
  }
  .step.dragging {
    outline: 3px dashed #1d70b8;
    outline-offset: 4px;
  }
  h2 {
    font-size: 1.25rem;
    margin: 0.25rem 0 0.75rem;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin: 0.75rem 0 0.25rem;
  }
  /* the radio or box in its own column, the label and hint beside it: a wrapped line stays right of the control */
  .radio label,
  .check label {
    margin: 0;
  }
  .radio,
  .check {
    margin: 0.5rem 0;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 0.5rem;
    align-items: baseline;
  }
  /* the presets are a list of names, with no hint under each: regular weight, after the charts' radios */
  .presets {
    margin-top: 1rem;
  }
  .presets .radio label {
    font-weight: normal;
  }
  .radio .hint,
  .check .hint {
    grid-column: 2;
    margin: 0.125rem 0 0;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .hint {
    color: #505a5f;
    font-size: 1rem;
    margin: 0 0 0.25rem;
  }
  /* the local authority chosen, in full: it wraps where a select's box would cut it */
  .chosen {
    margin: 0.25rem 0 0;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  textarea,
  input[type='text'],
  input[type='url'],
  input[type='number'],
  select {
    box-sizing: border-box;
    width: 100%;
    max-width: 100%;
    font: inherit;
    padding: 0.375rem;
    border: 2px solid #0b0c0c;
    border-radius: 0;
    background: #ffffff;
    color: #0b0c0c;
  }
  textarea {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.8125rem;
  }
  input[type='file'] {
    max-width: 100%;
  }
  :focus-visible {
    outline: 3px solid #ffdd00;
    outline-offset: 0;
    box-shadow: 0 0 0 5px #0b0c0c;
  }
  button {
    font: inherit;
    font-weight: 600;
    padding: 0.5rem 0.75rem;
    margin: 0.5rem 0.5rem 0 0;
    border: 2px solid transparent;
    border-radius: 0;
    background: #00703c;
    color: #ffffff;
    box-shadow: 0 2px 0 #002d18;
    cursor: pointer;
  }
  button.secondary {
    background: #f3f2f1;
    color: #0b0c0c;
    box-shadow: 0 2px 0 #929191;
  }
  .row {
    display: grid;
    gap: 0 1rem;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
  }
  .inline {
    display: flex;
    gap: 0.5rem;
    align-items: stretch;
  }
  .inline button {
    margin: 0;
  }
  .status:empty {
    display: none;
  }
  .summary {
    font-weight: 600;
    padding: 0.5rem 0.75rem;
    border-left: 5px solid #505a5f;
    background: #f3f2f1;
  }
  .summary.bad {
    border-color: #d4351c;
  }
  .summary.good {
    border-color: #00703c;
  }
  .note {
    border-left: 5px solid #1d70b8;
    padding-left: 0.75rem;
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 1rem;
    margin: 0.5rem 0;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    border-bottom: 1px solid #b1b4b6;
    padding: 0.375rem 0.5rem 0.375rem 0;
  }
  table.mapping th[scope='row'] {
    font-weight: normal;
    width: 55%;
  }
  .required {
    color: #0b0c0c;
    font-weight: 600;
  }
  code {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.875em;
    overflow-wrap: break-word;
  }
  table.issues td:last-child {
    min-width: 12rem;
  }
  /* narrow: each problem as a block, its cells labelled; each column to match above its own full-width
     select, which would otherwise cut its header's name short (a select's box never wraps) */
  @container (max-width: 36rem) {
    table.mapping thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0, 0, 0, 0);
    }
    table.mapping tr,
    table.mapping th,
    table.mapping td {
      display: block;
    }
    table.mapping th[scope='row'] {
      width: auto;
      border: 0;
      padding: 0.5rem 0 0.25rem;
    }
    table.mapping td {
      padding: 0 0 0.5rem;
    }
    table.issues thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0, 0, 0, 0);
    }
    table.issues tr {
      display: block;
      border-bottom: 1px solid #b1b4b6;
      padding: 0.375rem 0;
    }
    table.issues td {
      display: block;
      border: 0;
      padding: 0.125rem 0;
      min-width: 0;
    }
    table.issues td::before {
      content: attr(data-label) ': ';
      font-weight: 600;
    }
  }
  .options {
    display: grid;
    gap: 0 1rem;
  }
  .preview {
    min-height: 4rem;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
`;
