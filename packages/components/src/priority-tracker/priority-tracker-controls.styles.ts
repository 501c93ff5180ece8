import { css } from 'lit';

/**
 * Styles of `<send-priority-tracker>`'s toolbar controls (plan, view, status, owner, only overdue;
 * folded behind one button on a chart 760 px wide or less) and of the "Open all" button that heads the list.
 */
export const priorityTrackerControlsStyles = css`
  /* the filters share a line with the table toggle and Download where it holds them all */
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-end;
  }
  /* up to 760 px (a phone, or a ~600 px card such as the themes gallery's, where the plan, view,
     filters, table toggle and Download took three lines): the plan, view and filters fold behind
     one button beside the table toggle */
  .filters-toggle {
    display: none;
    gap: 0.375rem;
    align-items: center;
  }
  @container (max-width: 760px) {
    .filters-toggle {
      display: inline-flex;
    }
    .controls.open {
      width: 100%;
    }
    .controls:not(.open) .filters {
      display: none;
    }
    .controls.open .filters {
      margin-top: 0.5rem;
    }
  }
  /* wider: the plan, view and filters share the toolbar's lines with the table toggle and Download
     (as one block they took a line of their own once they wrapped: three lines at 800 px) */
  @container (min-width: 761px) {
    .controls,
    .filters {
      display: contents;
    }
    .toolbar {
      column-gap: 0.5rem;
    }
  }
  .filters-toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  .controls label,
  .controls .field {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    font-size: var(--send-font-size-small, 1rem);
    max-width: 100%;
  }
  .controls label.check {
    flex-direction: row;
    align-items: center;
    gap: 0.375rem;
    min-height: 2.75rem;
  }
  .controls input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
  /* a select is as wide as the choice it shows, not its longest option (where the browser can) */
  .controls select {
    min-height: 2.75rem;
    field-sizing: content;
    max-width: 100%;
    padding: 0.25rem 0.375rem;
    border: 2px solid var(--send-color-text, #0b0c0c);
    border-radius: var(--send-radius, 0);
    background: var(--send-color-background, #fff);
  }
  .segmented {
    display: inline-flex;
    flex-wrap: wrap;
  }
  .toolbar .segmented button {
    padding-inline: 0.5rem;
  }
  .segmented button[aria-pressed='true'] {
    background: var(--send-color-text, #0b0c0c);
    color: var(--send-color-background, #fff);
  }
  .list-tools {
    margin: 0 0 0.5rem;
  }
`;
