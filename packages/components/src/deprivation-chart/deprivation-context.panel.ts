import { loadedPresets, loadPresets, presetsFailed, type DataLoader } from '@send-insight/core';
import {
  buildDeprivationContext,
  deprivationContextContract,
  isPublishedIod2019,
  localAreaText,
  SendDataError,
  validate,
  type DataIssue,
  type DeprivationContext,
  type RawData,
  type ValidatedData,
} from '@send-insight/data';
import type { DeprivationWording } from './deprivation-chart.words.js';

/** The neighbourhood context shown under the SEN rates: ready, on its way, or not readable (with why). */
export type DeprivationContextPanel =
  | { status: 'ready'; context: DeprivationContext; name?: string }
  | { status: 'loading' }
  | { status: 'error'; message: string };

/** What reading the context needs from the element. */
export interface ContextPanelSource {
  /** The loader of `context` or `context-src`. */
  loader: Pick<DataLoader, 'status' | 'error' | 'value' | 'from'>;
  /** The SEN data, whose one local area the context is for when `area` is not given. */
  data: ValidatedData;
  area?: string;
  words: DeprivationWording;
  /** A data problem in the element's words. */
  issue(i: DataIssue): string;
}

/**
 * Reads the neighbourhood context given beside the SEN rates (`context` or the `context-src`
 * file): the published IoD2019 File 1 through its preset (loaded on first use; `onPresets` is
 * called when it has loaded, or failed, so the model is built again), LSOA rows or counts per
 * decile, for the area asked for or the SEN data's own. Keeps the last reading, so a model built
 * again for another measure does not count 32,844 rows again.
 */
export class ContextPanelReader {
  private cache?: { input: RawData; area: string; words: DeprivationWording; panel: DeprivationContextPanel };
  private presets?: { loaded: true } | { error: string };

  constructor(private readonly onPresets: () => void) {}

  /** The panel, or undefined when no context is given. */
  read(s: ContextPanelSource): DeprivationContextPanel | undefined {
    const { loader, words: w } = s;
    if (loader.status === 'initial') return undefined;
    if (loader.status === 'pending') return { status: 'loading' };
    if (loader.status === 'error') {
      const { issues, status } = loader.error!;
      const reasons = issues
        .slice(0, 3)
        .map((i) => s.issue(i))
        .join('; ');
      if (!loader.from) return { status: 'error', message: reasons };
      const reason = status
        ? w.t('deprivationContextStatus', { status })
        : issues[0]?.code === 'html-not-data'
          ? w.t('deprivationContextHtml')
          : reasons;
      return { status: 'error', message: w.t('deprivationContextUnreadable', { file: loader.from, reason }) };
    }
    const input = loader.value!.raw;
    const area = (s.area?.trim() ? s.area : localAreaText(s.data, 'area_code', s.area)) ?? '';
    const cached = this.cache;
    if (cached && cached.input === input && cached.area === area && cached.words === w) return cached.panel;
    let panel: DeprivationContextPanel;
    try {
      let raw = input;
      // the published IoD2019 File 1 is read by its preset, which is loaded on first use
      if (isPublishedIod2019(raw.columns)) {
        const presets = loadedPresets();
        if (!presets) return this.awaitPresets(s);
        raw = presets.applyPreset('iod2019-lsoa', raw, { area: area || undefined }).data;
      }
      const context = buildDeprivationContext(validate(raw, deprivationContextContract), { area: area || undefined });
      if (context.areas > 1 && !area) {
        panel = { status: 'error', message: w.plural('deprivationContextAreas', context.areas) };
      } else {
        // counts with no area columns (a county's districts added up) take the SEN data's name
        const name =
          context.areaName ??
          (context.areas === 0 ? localAreaText(s.data, 'area_name', s.area) : undefined) ??
          context.areaCode;
        panel = name ? { status: 'ready', context, name } : { status: 'ready', context };
      }
    } catch (error) {
      if (!(error instanceof SendDataError)) throw error;
      panel = {
        status: 'error',
        message: error.issues
          .slice(0, 3)
          .map((i) => s.issue(i))
          .join('; '),
      };
    }
    this.cache = { input, area, words: w, panel };
    return panel;
  }

  /** The panel while the presets load for a published IoD file (read again when they arrive), or why they could not. */
  private awaitPresets(s: ContextPanelSource): DeprivationContextPanel {
    const state = this.presets;
    if (state && 'error' in state) return { status: 'error', message: state.error };
    loadPresets().then(
      () => {
        this.presets = { loaded: true };
        this.onPresets();
      },
      (error: unknown) => {
        this.presets = { error: s.issue(presetsFailed('iod2019-lsoa', error)) };
        this.onPresets();
      },
    );
    return { status: 'loading' };
  }
}
