/*
 * Parts of a chart that a page may never need (another view, say), each imported on first use.
 * Dynamic imports, so a bundler splits them into files of their own (in the CDN build, files
 * beside send-insight.js, allowed by script-src 'self'), and a page that never shows them never
 * loads them.
 */

/** A module imported once, on first use, shared by every element on the page; a failed import can be tried again. */
export class LazyPart<M> {
  /** The module, once imported. */
  module?: M;
  /** Why the last import failed, until it is tried again. */
  error?: string;
  private pending?: Promise<M>;

  constructor(private readonly load: () => Promise<M>) {}

  /** Imports the module (once; again after a failure). */
  request(): Promise<M> {
    this.pending ??= this.load().then(
      (module) => {
        this.error = undefined;
        return (this.module = module);
      },
      (error: unknown) => {
        this.pending = undefined;
        this.error = error instanceof Error ? error.message : String(error);
        throw error;
      },
    );
    return this.pending;
  }
}

/**
 * An element's side of its lazy parts: a part's module when it has arrived, else a request for it
 * (`arrived` is called once it settles, loaded or failed, so the element works its view out
 * again), and a promise that settles when no part is on its way (for `updateComplete`).
 */
export class PartRequests {
  /** A part this element's view waits for, until it has arrived. */
  private waiting?: Promise<void>;

  constructor(private readonly arrived: () => void) {}

  /** A part's module when loaded; else it is requested (unless it has failed), and undefined. */
  use<M>(part: LazyPart<M>): M | undefined {
    if (!part.module && !part.error) {
      const settle = () => {
        this.waiting = undefined;
        this.arrived();
      };
      this.waiting = part.request().then(settle, settle);
    }
    return part.module;
  }

  /**
   * Settles when no part is on its way, each time after `update` (the element's own
   * `updateComplete`) has settled too.
   */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    while (this.waiting) {
      await this.waiting;
      done = await update();
    }
    return done;
  }
}
