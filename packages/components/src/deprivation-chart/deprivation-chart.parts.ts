/*
 * The deprivation chart's parts that a page may never need, each imported on first use: the area
 * view (every neighbourhood on a canvas) and the neighbourhood context. Dynamic imports, so a
 * bundler splits them into files of their own (in the CDN build, files beside send-insight.js,
 * allowed by script-src 'self'), and a page with the chart by decile loads neither.
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

/** The area view: its view, canvas drawing, point index and marks. */
export const scatterPart = new LazyPart(() => import('./deprivation-scatter.lazy.js'));

/** The neighbourhood context: its view, the strip under the rates, and their marks. */
export const contextPart = new LazyPart(() => import('./deprivation-context.lazy.js'));
