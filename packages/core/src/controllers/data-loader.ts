import {
  fromCsvText,
  fromJsonText,
  issue,
  SendDataError,
  toRawData,
  type DataInput,
  type DataIssue,
  type PresetOptions,
  type RawData,
} from '@send-insight/data';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadedPresets, loadPresets, presetsFailed, type PresetModule } from '../presets-loader.js';
import { fetchData, type FetchDataError } from './fetch-data.js';

/** Where a load stands: nothing given, on its way, read, or failed (as `@lit/task`'s statuses). */
export type LoadStatus = 'initial' | 'pending' | 'complete' | 'error';

/** What a load read. */
export interface LoadedData {
  raw: RawData;
  /** What reading it noted (a preset's warnings). */
  notes: DataIssue[];
}

/** Why a load failed: the problems to show, and the server's answer when it was an HTTP error. */
export interface LoadFailure {
  issues: DataIssue[];
  /** e.g. "404 Not Found". */
  status?: string;
}

/** A published file to read as it is (see `@send-insight/data/presets`). */
export interface PresetRequest {
  name: string;
  /** What the preset is applied with (`area` and `period` for most charts). */
  options: PresetOptions;
}

/** Where a {@link DataLoader} finds its input, read when the host updates. */
export interface DataLoaderOptions {
  /** Rows, a Table or CSV/JSON text: wins over everything else. */
  data: () => unknown;
  /** Read a child `<script type="text/csv">` or `<script type="application/json">` next, and again whenever it changes. */
  script?: boolean;
  /** Then the address of a CSV or JSON file; a newer one cancels an older request. */
  src: () => string | undefined;
  /** A preset to read whatever came as a published file. */
  preset?: () => PresetRequest | undefined;
  /** Milliseconds a fetch may take before {@link DataLoader.slow} turns true (a loading message without a flash). */
  delay?: () => number;
  /** Called whenever the status, value or error changes (synchronously during the host's update when the input is at hand). */
  onChange?: () => void;
}

/**
 * Loading as a reactive controller, in the manner of `@lit/task`: when the host updates it reads
 * its input — the `data` property, else a child script (watched with a MutationObserver), else
 * `src` (fetched with an abort signal: the latest address wins; charset from the server, else
 * UTF-8, else Windows-1252; a web page in place of data is an error), then a `preset` when one is
 * asked for (loaded on first use) — and holds one status at a time with its value or error. Input
 * already at hand settles within the same update, so a chart given rows draws in its first render;
 * a fetch settles later and asks the host to update. Another preset, or other preset options (a
 * chart's `area`), is applied to the input already read ({@link input}): the file is not fetched
 * again. Disconnecting aborts a fetch; reconnecting reads again what was interrupted or may have
 * changed unseen (a child script).
 *
 * @example
 * private readonly loader = new DataLoader(this, { data: () => this.data, script: true, src: () => this.src });
 * render() {
 *   return this.loader.status === 'complete' ? html`${this.loader.value!.raw.numRows} rows` : html`Loading…`;
 * }
 */
export class DataLoader implements ReactiveController {
  /** Where the load stands. */
  status: LoadStatus = 'initial';
  /** What the last completed load read. */
  value?: LoadedData;
  /** Why the last load failed. */
  error?: LoadFailure;
  /** The address the current input came from, when it was fetched. */
  from?: string;
  /** Whether a fetch has taken longer than the delay. */
  slow = false;
  /** Counts settled loads and status changes, so a host can tell a new result from one it has seen. */
  version = 0;
  /**
   * The input as read, before any preset: kept so that a change of the preset or its options
   * (another `area`, say) re-applies the preset to it instead of fetching the file again.
   */
  input?: RawData;

  /** What the input is read from: the data, the address and the child script's version. */
  private source?: readonly unknown[];
  /** The preset and its options last asked for. */
  private presetKey?: string;
  private dirty = false;
  private token = 0;
  private abort?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private viewTimer?: ReturnType<typeof setTimeout>;
  private observer?: MutationObserver;
  private scriptVersion = 0;
  private readScript = false;
  private interrupted = false;

  /**
   * Whether the host waits for the code of its view (loaded on first use) with the data at hand:
   * while it does, {@link slow} turns true after the delay, as for a fetch, so the loading message
   * shows. Returns `waiting`.
   */
  awaitView(waiting: boolean): boolean {
    if (waiting)
      this.viewTimer ??= setTimeout(() => ((this.slow = true), this.host.requestUpdate()), this.options.delay?.() ?? 0);
    else if (this.viewTimer !== undefined) {
      clearTimeout(this.viewTimer);
      this.viewTimer = undefined;
      if (this.status !== 'pending') this.slow = false;
    }
    return waiting;
  }

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DataLoaderOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.options.script) {
      this.observer = new MutationObserver(() => {
        if (this.options.data() == null) {
          this.scriptVersion++;
          this.host.requestUpdate();
        }
      });
      this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    }
    // what a disconnect interrupted, or a child script that may have changed unseen, is read again
    if (this.interrupted || this.readScript) this.reload();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.abort) {
      this.abort.abort();
      this.abort = undefined;
      this.interrupted = true;
    }
    clearTimeout(this.timer);
  }

  hostUpdate(): void {
    const preset = this.options.preset?.();
    const source = [this.options.data(), this.options.src(), this.scriptVersion];
    const presetKey = preset ? `${preset.name}\u0000${JSON.stringify(preset.options)}` : undefined;
    const sameSource =
      !this.dirty && this.source !== undefined && source.every((a, i) => Object.is(a, this.source![i]));
    if (sameSource && presetKey === this.presetKey) return;
    this.presetKey = presetKey;
    // the same input under another preset or options: apply it to what was read, without reading again
    if (sameSource && (this.input || this.status === 'pending')) return this.reapply();
    this.source = source;
    this.dirty = false;
    this.run();
  }

  /** Reads the input again at the host's next update (e.g. after a child script was replaced). */
  reload(): void {
    this.dirty = true;
    this.host.requestUpdate();
  }

  /**
   * Applies the preset now asked for to the input already read. While a fetch is still on its way
   * there is nothing to do: the preset is read when the file arrives.
   */
  private reapply(): void {
    const input = this.input;
    if (!input) return;
    this.read(++this.token, () => input);
  }

  private run(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.interrupted = false;
    clearTimeout(this.timer);
    this.slow = false;
    const token = ++this.token;
    this.from = undefined;
    this.input = undefined;
    this.readScript = false;
    const data = this.options.data();
    if (data !== undefined && data !== null) return this.read(token, () => toRawData(data as DataInput));
    const script = this.options.script ? childScript(this.host) : null;
    if (script) {
      this.readScript = true;
      const text = script.textContent ?? '';
      const json = /json/i.test(script.type);
      return this.read(token, () =>
        json ? fromJsonText(text, 'the inline JSON') : fromCsvText(text, { source: 'the inline CSV' }),
      );
    }
    const src = this.options.src();
    if (!src) return this.settle('initial');
    this.from = src;
    const controller = new AbortController();
    this.abort = controller;
    this.settle('pending');
    this.timer = setTimeout(() => {
      if (token !== this.token || this.status !== 'pending') return;
      this.slow = true;
      this.host.requestUpdate();
    }, this.options.delay?.() ?? 0);
    fetchData(src, controller.signal).then(
      (raw) => token === this.token && this.read(token, () => raw),
      (error: unknown) => {
        if (token !== this.token || controller.signal.aborted) return;
        const why = `the file could not be loaded (${error instanceof Error ? error.message : String(error)})`;
        const issues = error instanceof SendDataError ? error.issues : [issue('load-failed', 0, '', src, why)];
        this.settle('error', undefined, { issues, status: (error as Partial<FetchDataError> | undefined)?.status });
      },
    );
  }

  /**
   * Reads the input, then applies the preset asked for when it is applied (at once when the
   * presets are loaded, else when they are).
   */
  private read(token: number, raw: () => RawData): void {
    let data: RawData;
    try {
      data = raw();
    } catch (error) {
      if (!(error instanceof SendDataError)) throw error;
      return this.settle('error', undefined, { issues: error.issues });
    }
    this.input = data;
    if (!this.options.preset?.()) return this.settle('complete', { raw: data, notes: [] });
    const apply = (presets: PresetModule) => {
      if (token !== this.token) return;
      const preset = this.options.preset?.();
      if (!preset) return this.settle('complete', { raw: data, notes: [] });
      try {
        const out = presets.applyPreset(preset.name, data, preset.options);
        this.settle('complete', { raw: out.data, notes: out.issues });
      } catch (error) {
        if (!(error instanceof SendDataError)) throw error;
        this.settle('error', undefined, { issues: error.issues });
      }
    };
    const loaded = loadedPresets();
    if (loaded) return apply(loaded);
    // presets are loaded when first asked for: pages that give the contracts' columns never download them
    this.settle('pending');
    const name = this.options.preset!()!.name;
    loadPresets().then(
      apply,
      (error: unknown) =>
        token === this.token && this.settle('error', undefined, { issues: [presetsFailed(name, error)] }),
    );
  }

  private settle(status: LoadStatus, value?: LoadedData, error?: LoadFailure): void {
    if (status !== 'pending') {
      clearTimeout(this.timer);
      this.slow = false;
      this.abort = undefined;
    }
    this.status = status;
    this.value = value;
    this.error = error;
    this.version++;
    this.options.onChange?.();
    this.host.requestUpdate();
  }
}

/** The element's first child `<script type="text/csv">` or `<script type="application/json">`. */
function childScript(host: HTMLElement): HTMLScriptElement | null {
  for (const child of Array.from(host.children)) {
    if (child instanceof HTMLScriptElement && /^(text\/csv|application\/json)$/i.test(child.type.trim())) return child;
  }
  return null;
}
