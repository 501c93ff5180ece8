/**
 * Checks shared by the security suites: nothing injected into a shadow root, the document or an
 * exported SVG, and no formula left live in an exported CSV.
 */
import { expect } from '@open-wc/testing';
import type { SendElement } from '@send-insight/core';
import { parseCsv } from '@send-insight/data';
import { CONTROL_TAGS, hasHandlerAttribute, INJECTED_SELECTOR } from '../../../core/src/test/hostile.js';

const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'srcdoc', 'data'];

/** Problems found in a tree: injected tags, handler attributes, script URLs. Empty when safe. */
export function injectionsIn(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll(INJECTED_SELECTOR))) found.push(`<${el.localName}> element`);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (hasHandlerAttribute(el))
      found.push(`<${el.localName}> with ${Array.from(el.attributes).find((a) => /^on/i.test(a.name))!.name}`);
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value !== null && /^\s*(javascript|data|vbscript)\s*:/i.test(value.replace(/[\u0000-\u001F]/g, '')))
        found.push(`<${el.localName} ${name}="${value.slice(0, 40)}">`);
    }
    if (el.shadowRoot && el.localName.startsWith('send-') === false) found.push(...injectionsIn(el.shadowRoot));
  }
  return found;
}

/** Counts of the tags a chart uses for its own controls, to compare with a benign render. */
export function controlCounts(root: ParentNode): Record<string, number> {
  const out: Record<string, number> = {};
  for (const tag of CONTROL_TAGS) out[tag] = root.querySelectorAll(tag).length;
  return out;
}

/** Asserts that neither the element's shadow root nor the page holds anything injected. */
export function expectNothingInjected(el: SendElement, what: string): void {
  const root = el.shadowRoot!;
  expect(injectionsIn(root), `${what}: shadow root`).to.deep.equal([]);
  expect(injectionsIn(el), `${what}: light DOM`).to.deep.equal([]);
  // nothing escaped into the document either (the test runner's own scripts are in <head>)
  expect(
    document.body.querySelectorAll('img, iframe, object, embed, svg[onload], video, audio').length,
    `${what}: document`,
  ).to.equal(0);
}

/** Asserts that an exported SVG parses and carries nothing that runs when opened on its own. */
export function expectSafeSvg(svgText: string, what: string): void {
  if (!svgText) return;
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  // compare text, never the element: chai's inspection of a parsererror node can hang the page
  expect(doc.querySelector('parsererror')?.textContent ?? null, `${what}: SVG parses`).to.equal(null);
  const problems = injectionsIn(doc).filter((p) => !/^<image href="data:image\/png/.test(p));
  expect(problems, `${what}: exported SVG`).to.deep.equal([]);
}

/** Asserts that no cell of an exported CSV would run as a spreadsheet formula. */
export function expectInertCsv(csvText: string, what: string): void {
  if (!csvText) return;
  // NUL is kept in the export as the data had it; the project's parser refuses it as binary
  const parsed = parseCsv(csvText.replace(/^\uFEFF/, '').replace(/\u0000/g, ''));
  for (const row of [parsed.header, ...parsed.rows]) {
    for (const cell of row) {
      const live = /^[=+\-@\t\r]/.test(cell) && !/^-?\d[\d,.]*%?$/.test(cell.trim());
      expect(live, `${what}: CSV cell ${JSON.stringify(cell.slice(0, 40))} would run as a formula`).to.equal(false);
    }
  }
}

/** Every cell of a CSV export (header included). */
export function csvCells(csvText: string): string[] {
  if (!csvText) return [];
  const parsed = parseCsv(csvText.replace(/^\uFEFF/, '').replace(/\u0000/g, ''));
  return [parsed.header, ...parsed.rows].flat();
}
