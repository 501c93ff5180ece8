/*
 * The presets (readers of published files as they are) are imported when first needed, so pages
 * that give the contracts' columns never download them. In the CDN build they are a file beside
 * send-insight.js (allowed by script-src 'self').
 */

import { issue, type DataIssue } from '@send-insight/data';

/** The `@send-insight/data/presets` module. */
export type PresetModule = typeof import('@send-insight/data/presets');

let pending: Promise<PresetModule> | undefined;
let loaded: PresetModule | undefined;

/** The presets module, imported once, on first use; a failed import can be tried again. */
export function loadPresets(): Promise<PresetModule> {
  pending ??= import('@send-insight/data/presets').then(
    (module) => (loaded = module),
    (error: unknown) => {
      pending = undefined; // let a later element try again
      throw error;
    },
  );
  return pending;
}

/** The presets module when it has already been imported (so a chart can use it without waiting), else undefined. */
export function loadedPresets(): PresetModule | undefined {
  return loaded;
}

/** The data problem shown when the presets cannot be loaded for `preset` (most often: a self-hosted CDN copy without its presets file). */
export function presetsFailed(preset: string, error: unknown): DataIssue {
  const why = error instanceof Error ? error.message : String(error);
  return issue(
    'load-failed',
    0,
    '',
    preset,
    `the presets could not be loaded (${why}); in the CDN build they are a file beside send-insight.js`,
  );
}
