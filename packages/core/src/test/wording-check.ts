import { SHARED_STRINGS } from '@send-insight/data';
import type { SendElement } from '../base-element.js';
import { DEFAULT_STRINGS } from '../strings.js';

/**
 * A pseudo-translation of every key of the given tables (and the shell's and the shared list
 * keys): each template becomes `⟦key⟧` followed by its placeholders. Rendered with it, a chart
 * must show no letter that is not inside a marker or taken from the data itself; any other letter
 * comes from text that `strings` cannot override.
 */
export function pseudoStrings(...tables: Readonly<Record<string, string>>[]): Record<string, string> {
  const all: Record<string, string> = Object.assign({}, DEFAULT_STRINGS, SHARED_STRINGS, ...tables);
  return Object.fromEntries(
    Object.entries(all).map(([key, template]) => {
      const holes = template.match(/\{\w+\}/g) ?? [];
      if (key === 'numberWords') return [key, ''];
      if (key.startsWith('list'))
        return [key, key === 'listSeparator' ? '⸴ ' : key === 'listSeparatorLong' ? '⁏ ' : ' + '];
      return [key, `⟦${key}⟧${holes.join('|')}`];
    }),
  );
}

/** The month names of a locale (its dates are formatted by `Intl`, not by `strings`). */
export function monthNames(locale: string): string[] {
  const f = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => f.format(new Date(Date.UTC(2025, m, 15))));
}

/**
 * Every text a reader or a screen reader meets in the element's shadow DOM: text nodes and the
 * labelling attributes. Lines of SVG text that a layout wrapped are joined again (per `<g>`), so
 * a word broken across lines is checked whole.
 */
export function shadowText(el: SendElement): string[] {
  const root = el.shadowRoot!;
  const out: string[] = [];
  const svgGroups = new Map<Element, string>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('style')) continue;
    const text = node.textContent?.trim();
    if (!text) continue;
    const svg = parent.closest('svg');
    if (svg) {
      const group = parent.closest('g') ?? svg;
      svgGroups.set(group, (svgGroups.get(group) ?? '') + text);
    } else out.push(text);
  }
  out.push(...svgGroups.values());
  for (const node of root.querySelectorAll('*')) {
    for (const attr of Array.from(node.attributes)) {
      if (
        /^(aria-label|aria-roledescription|aria-valuetext|title|alt|placeholder)$/.test(attr.name) &&
        attr.value.trim()
      )
        out.push(attr.value);
    }
  }
  return out;
}

/**
 * The letters left in a text once the `⟦key⟧` markers and the data's own words are removed
 * (longest first). Empty when every word came from `strings` or from the data. SVG lines are
 * joined without a space (a word broken across lines is whole again, but one wrapped at a space
 * loses it), so data words are also looked for with their spaces taken out.
 */
export function leftoverLetters(text: string, dataWords: readonly string[]): string {
  const words = [...dataWords].filter(Boolean).sort((a, b) => b.length - a.length);
  const left = (squeeze: (s: string) => string) => {
    let rest = squeeze(text.replace(/⟦[\w.\s]+⟧/g, ' '));
    for (const d of words) rest = rest.split(squeeze(d)).join(' ');
    return (rest.match(/\p{L}+/gu) ?? []).join(' ');
  };
  return left((s) => s) && left((s) => s.replace(/\s+/g, ''));
}

/** The texts that still hold letters that are neither a marker nor data, for an assertion message. */
export function untranslated(texts: readonly string[], dataWords: readonly string[]): string[] {
  return texts.filter((t) => leftoverLetters(t, dataWords) !== '');
}
