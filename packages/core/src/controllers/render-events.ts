import type { DataIssue } from '@send-insight/data';
import { SendDataErrorEvent, SendRenderEvent, type ChartState } from '../events.js';

/** What the element is showing after an update, for {@link RenderEvents.after}. */
export interface RenderedState {
  state: ChartState;
  /** The summary, read only when the state is one that fires `send-render`. */
  summary: () => string;
  /** Bumped each time a model is built (or the data found empty). */
  modelVersion: number;
  /** Bumped each time the data fails. */
  errorVersion: number;
  errors: () => DataIssue[];
}

/**
 * Fires `send-render` once per model, and again when the summary or the state changes, and
 * `send-data-error` once per failure: never twice for the same thing, whatever re-renders.
 */
export class RenderEvents {
  private rendered?: { version: number; summary: string; state: ChartState };
  private reportedError = -1;

  constructor(private readonly host: EventTarget) {}

  /** Call from `updated()`. */
  after({ state, modelVersion, errorVersion, errors, ...r }: RenderedState): void {
    if (state === 'ready' || state === 'empty' || state === 'suppressed') {
      const summary = r.summary();
      const last = this.rendered;
      if (!last || last.version !== modelVersion || last.summary !== summary || last.state !== state) {
        this.rendered = { version: modelVersion, summary, state };
        this.host.dispatchEvent(new SendRenderEvent({ summary, state }));
      }
    }
    if (state === 'error' && this.reportedError !== errorVersion) {
      this.reportedError = errorVersion;
      this.host.dispatchEvent(new SendDataErrorEvent(errors()));
    }
  }
}
