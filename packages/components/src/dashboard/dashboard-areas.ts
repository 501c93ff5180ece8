import { closeAreas, type AreaOption } from '@send-insight/data';

/** Lower case, letters and digits only: "Bristol, City of" and "bristol city of" are one name. */
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The words of a name, squashed: "Bristol, City of" → ["bristol", "city", "of"]. */
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * The areas of several charts as one list: one entry per GSS code (the first name given for it),
 * sorted by name in en-GB order.
 * @example mergeAreas([[{ code: 'E08000031', name: 'Wolverhampton' }], [{ code: 'E08000031', name: 'Wolverhampton' }, { code: 'E08000030', name: 'Walsall' }]]).map((a) => a.name) // ['Walsall', 'Wolverhampton']
 */
export function mergeAreas(lists: readonly (readonly AreaOption[])[]): AreaOption[] {
  const byCode = new Map<string, AreaOption>();
  for (const list of lists)
    for (const area of list) if (area.code && !byCode.has(area.code)) byCode.set(area.code, area);
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.code.localeCompare(b.code));
}

/**
 * The area `text` names exactly (GSS code, DfE's three-digit LA code, or name; case, spaces and
 * punctuation aside), if any.
 * @example areaNamed(AREAS, 'e08000031')?.name // 'Wolverhampton'
 */
export function areaNamed(areas: readonly AreaOption[], text: string | undefined): AreaOption | undefined {
  const q = squash(text ?? '');
  if (!q) return undefined;
  return areas.find(
    (a) => squash(a.code) === q || squash(a.name) === q || (a.oldCode !== undefined && a.oldCode === q),
  );
}

/**
 * The areas that match what has been typed so far, best first: the exact name or code, then names
 * that start with it, then names with a word that starts with it, then names that contain it, then
 * codes that start with it; alphabetical within each. Nothing typed matches every area.
 * @example matchAreas(AREAS, 'wol').map((a) => a.name) // ['Wolverhampton']
 */
export function matchAreas(areas: readonly AreaOption[], text: string): AreaOption[] {
  const q = squash(text);
  if (!q) return areas.slice();
  const typed = words(text);
  const ranked: { area: AreaOption; rank: number }[] = [];
  for (const area of areas) {
    const name = squash(area.name);
    const code = squash(area.code);
    let rank = -1;
    if (name === q || code === q || area.oldCode === q) rank = 0;
    else if (name.startsWith(q)) rank = 1;
    else if (typed.length && startsWords(words(area.name), typed)) rank = 2;
    else if (name.includes(q)) rank = 3;
    else if (code.startsWith(q) || (area.oldCode?.startsWith(q) ?? false)) rank = 4;
    if (rank >= 0) ranked.push({ area, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.area.name.localeCompare(b.area.name, 'en-GB'));
  return ranked.map((r) => r.area);
}

/** Whether the typed words start consecutive words of the name ("city of" in "Bristol, City of"). */
function startsWords(name: readonly string[], typed: readonly string[]): boolean {
  for (let i = 0; i + typed.length <= name.length; i++) {
    if (typed.every((t, j) => (j === typed.length - 1 ? name[i + j]!.startsWith(t) : name[i + j] === t))) return true;
  }
  return false;
}

/** What a submitted text names: one area, or none and up to five areas it may have meant. */
export type AreaResolution = { area: AreaOption } | { area?: undefined; suggestions: AreaOption[] };

/**
 * Resolves text submitted without choosing from the list: the area it names exactly, else the
 * areas it may have meant (those that match it, else those a few letters away, as the presets'
 * did-you-mean does). Never picks one of several by itself.
 * @example resolveArea(AREAS, 'Wolverhamton') // { suggestions: [{ code: 'E08000031', name: 'Wolverhampton' }] }
 */
export function resolveArea(areas: readonly AreaOption[], text: string): AreaResolution {
  const area = areaNamed(areas, text);
  if (area) return { area };
  const matches = matchAreas(areas, text);
  return { suggestions: (matches.length && squash(text) ? matches : closeAreas(areas, text)).slice(0, 5) };
}

/**
 * The area named in a page address's query (`?area=E08000031`), if any.
 * @example areaFromUrl('https://example.org/send/?area=E08000031#needs', 'area') // 'E08000031'
 */
export function areaFromUrl(href: string, param: string): string | undefined {
  if (!param) return undefined;
  const value = new URL(href).searchParams.get(param)?.trim();
  return value || undefined;
}

/**
 * The page address with the area in its query, everything else kept (other parameters, the
 * fragment); without an area, the parameter is removed.
 * @example urlWithArea('https://example.org/send/?view=print#needs', 'area', 'E10000034') // 'https://example.org/send/?view=print&area=E10000034#needs'
 */
export function urlWithArea(href: string, param: string, area: string | undefined): string {
  const url = new URL(href);
  if (area) url.searchParams.set(param, area);
  else url.searchParams.delete(param);
  return url.href;
}
