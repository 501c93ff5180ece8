import type { RawData } from '../input.js';
import { issue, SendDataError, type DataIssue } from '../issues.js';
import { suggest } from '../suggest.js';

/** Options a preset reads: the local authority and the period to keep. */
export interface PresetOptions {
  /** GSS code (E08000031), old LA code (336) or name of the local authority. */
  area?: string;
  /** Time period to keep, when the file has several. */
  period?: string;
}

/** What a preset returns: data in a contract's shape, plus warnings (never errors: those throw). */
export interface PresetResult {
  data: RawData;
  issues: DataIssue[];
}

/** A preset: reads a published file as it is and reshapes it to a contract. CSP-safe (plain loops). */
export interface Preset {
  name: string;
  title: string;
  /** The published file it reads. */
  reads: string;
  /** The contract its output follows. */
  produces: string;
  description: string;
  apply(raw: RawData, options: PresetOptions): PresetResult;
}

const registry = new Map<string, Preset>();

/** Adds a preset to the registry that `applyPreset` (and so the elements' `preset` attribute) uses. */
export function registerPreset(preset: Preset): void {
  registry.set(preset.name, preset);
}

/** Every registered preset, for docs and pickers. */
export function listPresets(): Preset[] {
  return [...registry.values()];
}

/**
 * Reads a published file with a named preset.
 * @throws SendDataError for an unknown preset name (with a did-you-mean hint) or data the preset cannot read.
 */
export function applyPreset(name: string, raw: RawData, options: PresetOptions = {}): PresetResult {
  const preset = registry.get(name);
  if (!preset) {
    const names = [...registry.keys()];
    const hint = suggest(name, names);
    throw new SendDataError([
      issue('unknown-preset', 0, 'preset', name, `there is no preset called "${name}"${hint ? `; did you mean "${hint}"?` : names.length ? `; the presets are ${names.join(', ')}` : ''}`),
    ]);
  }
  return preset.apply(raw, options);
}
