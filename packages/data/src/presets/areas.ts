/*
 * Finding a local authority by code or name in a file's list of areas. In a module of its own
 * because the deprivation chart's context uses it without the rest of the preset readers (which
 * load on demand): a bundler splits code by module, so sharing read-cells.ts would pull all of it
 * into every page.
 */
import { issue, SendDataError } from '../issues.js';
import { closeAreas } from './close-areas.js';
import type { AreaOption } from './preset.js';

export { closeAreas } from './close-areas.js';

/**
 * Finds the area that `query` names (code, old code or name, any case), or throws a
 * {@link SendDataError} listing the closest names in the file. `hint` says, for a file whose
 * areas are not the usual authorities, why an authority may be missing from it.
 */
export function findArea(areas: readonly AreaOption[], query: string, hint?: string): AreaOption {
  const q = query.trim().toLowerCase();
  for (const a of areas) {
    if (a.code.toLowerCase() === q || a.name.toLowerCase() === q || (a.oldCode !== undefined && a.oldCode === q))
      return a;
  }
  const close = closeAreas(areas, query);
  const didYouMean = close.length ? `; did you mean ${close.map((a) => `${a.name} (${a.code})`).join(', ')}?` : '.';
  const advice =
    hint ?? `Use a GSS code such as E08000031 or a name as the file writes it (${areas.length} areas in this file).`;
  throw new SendDataError([
    issue('unknown-area', 0, 'area', query, `the file has no local authority "${query}"${didYouMean} ${advice}`),
  ]);
}

/** Sorts areas by name (en-GB) and removes repeats of the same code and name. */
export function uniqueAreas(list: readonly AreaOption[]): AreaOption[] {
  const seen = new Map<string, AreaOption>();
  for (const a of list) if (a.code || a.name) seen.set(`${a.code}\u0001${a.name}`, a);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.code.localeCompare(b.code));
}
