/*
 * Did-you-mean for areas, in a module of its own: the dashboard's picker uses it in every bundle
 * that has the dashboard, and the presets file (loaded on demand) shares it from there without
 * bringing the rest of the presets' area finding along.
 */
import { editDistance } from '../suggest.js';
import type { AreaOption } from './preset.js';

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A whole GSS code (a letter and eight digits), e.g. E08000031. */
const GSS_CODE = /^[a-z]\d{8}$/i;

/**
 * Up to five areas whose names are closest to `query` (prefix, substring or few edits), or whose
 * codes start with it. A whole GSS code that is not in the list has no near miss: codes one digit
 * apart are different places (E10000034 is Worcestershire, E07000034 Chesterfield).
 */
export function closeAreas(areas: readonly AreaOption[], query: string, max = 5): AreaOption[] {
  const q = squash(query);
  if (!q) return [];
  const wholeCode = GSS_CODE.test(q);
  const scored: { area: AreaOption; score: number }[] = [];
  for (const area of areas) {
    const name = squash(area.name);
    let score = wholeCode ? Infinity : editDistance(q, name);
    if (name.startsWith(q) || q.startsWith(name)) score = Math.min(score, 1);
    else if (name.includes(q)) score = Math.min(score, 2);
    const code = area.code.toLowerCase();
    if (code.startsWith(q) && q.length >= 3) score = Math.min(score, 2);
    if (score <= Math.max(2, Math.floor(q.length / 3))) scored.push({ area, score });
  }
  scored.sort((a, b) => a.score - b.score || a.area.name.localeCompare(b.area.name, 'en-GB'));
  return scored.slice(0, max).map((s) => s.area);
}
