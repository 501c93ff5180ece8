import type { DataIssue } from '@send-insight/data';

/** Fired when a chart has drawn (or redrawn) its data. `detail.summary` is the plain-English description. */
export class SendRenderEvent extends Event {
  readonly detail: { summary: string; state: ChartState };
  constructor(detail: { summary: string; state: ChartState }) {
    super('send-render', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Fired when a data point is chosen with Enter, Space or a click. `detail.datum` is the point's data. */
export class SendSelectEvent<T = unknown> extends Event {
  readonly detail: { datum: T; id: string; label: string };
  constructor(detail: { datum: T; id: string; label: string }) {
    super('send-select', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Fired when input data cannot be drawn. `detail` is the list of issues, each naming a row and column. */
export class SendDataErrorEvent extends Event {
  readonly detail: DataIssue[];
  constructor(detail: DataIssue[]) {
    super('send-data-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** What a chart is showing. */
export type ChartState = 'idle' | 'loading' | 'empty' | 'error' | 'suppressed' | 'ready';

declare global {
  interface GlobalEventHandlersEventMap {
    'send-render': SendRenderEvent;
    'send-select': SendSelectEvent;
    'send-data-error': SendDataErrorEvent;
  }
}
