import { rowAreas, SendDataError, type AreaOption, type RawData } from '@send-insight/data';
import { loadedPresets } from '../presets-loader.js';

/**
 * The local authorities a chart's data holds, worked out once per input and preset: every
 * authority in a published file read with a `preset` (not only the one shown), else those the
 * rows name in `area_code` and `area_name`.
 */
export class DataAreas {
  private cache?: { input: RawData; preset?: string; areas: readonly AreaOption[] };

  /** The areas of `input` (read with `preset`, when given); empty while the presets' code is on its way. */
  of(input: RawData | undefined, preset?: string): readonly AreaOption[] {
    if (!input) return [];
    const cached = this.cache;
    if (cached && cached.input === input && cached.preset === preset) return cached.areas;
    let areas: readonly AreaOption[] = [];
    if (preset) {
      const presets = loadedPresets();
      if (!presets) return []; // the presets are on their way: the areas are known when they are
      try {
        areas = presets.listAreas(input, preset);
      } catch (error) {
        if (!(error instanceof SendDataError)) throw error; // an unknown preset or a file without its columns: no areas
      }
    } else {
      areas = rowAreas(input);
    }
    this.cache = { input, preset, areas };
    return areas;
  }
}
