import type { RawData } from '../input.js';
import type { MissingKind } from '../missing.js';
import type { Contract } from '../schema.js';
import { issue, SendDataError } from '../issues.js';
import { suggest } from '../suggest.js';
import { eesPreset } from './ees.js';
import { eesEhcCaseloadPreset } from './ees-ehc-caseload.js';
import { eesCinSenLaPreset } from './ees-cin-sen-la.js';
import { eesCinSenNationalPreset } from './ees-cin-sen-national.js';
import { eesEhcPlansByNeedPreset } from './ees-ehc-plans-by-need.js';
import { eesSen2MiPreset } from './ees-sen2-mi.js';
import { iod2019LsoaPreset } from './iod2019-lsoa.js';
import type { AreaOption, Preset, PresetOptions, PresetResult } from './preset.js';

export type { AreaOption, Preset, PresetOptions, PresetResult } from './preset.js';

/** A preset's description, for docs, the playground and the CLI. */
export interface PresetInfo {
  name: string;
  title: string;
  /** The published file it reads. */
  file: string;
  /** The contract (or row shape) it produces. */
  contract: string;
  description: string;
  /** Columns it requires, exactly as published. */
  requires: readonly string[];
}

const BUILT_IN: readonly Preset[] = [
  eesEhcPlansByNeedPreset,
  iod2019LsoaPreset,
  eesEhcCaseloadPreset,
  eesCinSenLaPreset,
  eesCinSenNationalPreset,
  eesSen2MiPreset,
  eesPreset,
];

const registry = new Map<string, Preset>(BUILT_IN.map((p) => [p.name, p]));

const info = (p: Preset): PresetInfo => ({
  name: p.name,
  title: p.title,
  file: p.reads,
  contract: p.produces,
  description: p.description,
  requires: p.requires,
});

/**
 * The built-in presets: `ees-ehc-plans-by-need`, `iod2019-lsoa`, `ees-ehc-caseload`,
 * `ees-cin-sen-la`, `ees-cin-sen-national`, `ees-sen2-mi` and `ees`.
 * @example PRESETS.map((p) => p.name) // ['ees-ehc-plans-by-need', 'iod2019-lsoa', 'ees-ehc-caseload', 'ees-cin-sen-la', 'ees-cin-sen-national', 'ees-sen2-mi', 'ees']
 */
export const PRESETS: readonly PresetInfo[] = Object.freeze(BUILT_IN.map(info));

/** Adds (or replaces) a preset that {@link applyPreset}, and so the elements' `preset` attribute, can use. */
export function registerPreset(preset: Preset): void {
  registry.set(preset.name, preset);
}

/** Every registered preset (built-in and added), for docs and pickers. */
export function listPresets(): PresetInfo[] {
  return [...registry.values()].map(info);
}

function presetNamed(name: string): Preset {
  const preset = registry.get(name.trim());
  if (preset) return preset;
  const names = [...registry.keys()];
  const hint = suggest(name, names);
  throw new SendDataError([
    issue(
      'unknown-preset',
      0,
      'preset',
      name,
      `there is no preset called "${name}"${hint ? `; did you mean "${hint}"?` : `; the presets are ${names.join(', ')}`}`,
    ),
  ]);
}

/**
 * Reads a published file with a named preset and reshapes it for a contract. CSP-safe.
 *
 * @param name preset name, e.g. `ees-ehc-plans-by-need`
 * @param raw the file as read by `toRawData` (headers exactly as published)
 * @param options `area` (GSS code, old LA code or name) and `period`
 * @returns `{data, issues}`: the reshaped data and warnings (e.g. a recomputed share that differs from the published percentage)
 * @throws SendDataError for an unknown preset (with a did-you-mean hint), an unknown area (listing close names) or period, or missing columns
 * @example
 * const { data, issues } = applyPreset('ees-ehc-plans-by-need', toRawData(csvText), { area: 'E08000031' });
 * validate(data, needsContract).issues; // []
 */
export function applyPreset(name: string, raw: RawData, options: PresetOptions = {}): PresetResult {
  return presetNamed(name).apply(raw, options);
}

/**
 * The contract a preset's output follows, so its output can be validated without naming one.
 * @param name preset name
 * @returns the contract, or undefined when the preset passes the file's own columns through (`ees`)
 * @throws SendDataError for an unknown preset
 * @example presetContract('ees-sen2-mi')?.name // 'indicators'
 */
export function presetContract(name: string): Contract | undefined {
  return presetNamed(name).contract;
}

/**
 * The symbols a preset reads in its file, with their meanings as its publication defines them
 * (such as the `k` of the children-in-need files).
 * @param name preset name
 * @returns symbol → kind of missing value
 * @example presetSymbols('ees-cin-sen-national').k // 'low'
 */
export function presetSymbols(name: string): Readonly<Record<string, MissingKind>> {
  return presetNamed(name).symbols;
}

/**
 * The symbols a preset's publication defines as zero by definition (structural zeros): none for the
 * built-in presets, so a `z` never counts as 0 in their totals.
 * @param name preset name
 * @returns the symbols
 * @example presetStructuralZeros('ees-cin-sen-la') // []
 */
export function presetStructuralZeros(name: string): readonly string[] {
  return presetNamed(name).structuralZeros ?? [];
}

/**
 * Every area (local authority or district) in a published file, sorted by name, for an area picker.
 * @param raw the file as read by `toRawData`
 * @param presetName the preset the file is for
 * @returns `{code, name, oldCode?}` for each area
 * @example listAreas(toRawData(csvText), 'ees-ehc-plans-by-need').find((a) => a.code === 'E08000031') // { code: 'E08000031', name: 'Wolverhampton', oldCode: '336' }
 */
export function listAreas(raw: RawData, presetName: string): AreaOption[] {
  return presetNamed(presetName).areas(raw);
}
