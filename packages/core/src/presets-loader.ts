/*
 * The presets (readers of published files as they are) are imported when first needed, so pages
 * that give the contracts' columns never download them. In the CDN build they are a file beside
 * send-insight.js (allowed by script-src 'self').
 */

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
