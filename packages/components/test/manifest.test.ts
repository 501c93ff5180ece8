/**
 * The custom-elements manifest (custom-elements.json, written by `npm run manifest` from the
 * JSDoc) against the code: every `--send-*` custom property the styles and scripts of core and
 * the components use is documented for each element that uses it, each shared one is a token of
 * the Theming page (DEFAULT_TOKENS) with the same default, nothing documented is unused, and every
 * event is named.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOKENS } from '../../core/src/theme.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const MANIFEST = join(ROOT, 'custom-elements.json');

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  cssProperties?: { name: string; default?: string }[];
  events?: { name?: string; type?: { text: string } }[];
}

function elements(): Declaration[] {
  if (!existsSync(MANIFEST))
    throw new Error('custom-elements.json is missing: run npm run manifest (npm test does it first)');
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
}

/** The source files that ship (no tests, no test helpers). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && f.name.endsWith('.ts') && !f.name.endsWith('.test.ts'))
    .map((f) => join(f.parentPath, f.name))
    .filter((f) => !/[\\/]test[\\/]/.test(relative(dir, f)));
}

/** `--send-*` names written out in code (comments, where the documentation lives, left out; `--send-color-${i}` is not a name). */
function tokensIn(file: string): Set<string> {
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
  return new Set(code.match(/--send-[a-z0-9-]*[a-z0-9](?![a-z0-9-]|\$\{)/g) ?? []);
}

const union = (sets: Iterable<Set<string>>) => new Set([...sets].flatMap((s) => [...s]));

/** Layout elements: not charts (no SendElement, so none of core's shell), they use only the tokens their own styles name, and fire their own events. */
const LAYOUT = new Set(['send-dashboard']);
const core = union(sources(join(ROOT, 'packages/core/src')).map(tokensIn));
const COMPONENTS = join(ROOT, 'packages/components/src');
/** Tokens each element's own folder uses, by tag (`send-<folder>`). */
const own = new Map(
  readdirSync(COMPONENTS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(COMPONENTS, d.name, 'define.ts')))
    .map((d) => [`send-${d.name}`, union(sources(join(COMPONENTS, d.name)).map(tokensIn))]),
);

describe('custom-elements.json against the code', () => {
  it('lists every element that has a define module, and no other', () => {
    expect(
      elements()
        .map((d) => d.tagName)
        .sort(),
    ).toEqual([...own.keys()].sort());
  });

  it('documents, for each element, every --send-* property its styles or core use', () => {
    const missing: string[] = [];
    for (const d of elements()) {
      const documented = new Set((d.cssProperties ?? []).map((p) => p.name));
      const used = LAYOUT.has(d.tagName!)
        ? (own.get(d.tagName!) ?? new Set<string>())
        : union([core, own.get(d.tagName!) ?? new Set()]);
      for (const token of used) if (!documented.has(token)) missing.push(`${d.tagName}: ${token}`);
    }
    expect(missing, 'used in CSS but not in the manifest (add @cssprop to the class header)').toEqual([]);
  });

  it('documents no --send-* property that nothing uses', () => {
    const unused: string[] = [];
    for (const d of elements()) {
      const used = LAYOUT.has(d.tagName!)
        ? (own.get(d.tagName!) ?? new Set<string>())
        : union([core, own.get(d.tagName!) ?? new Set()]);
      for (const p of d.cssProperties ?? []) if (!used.has(p.name)) unused.push(`${d.tagName}: ${p.name}`);
    }
    expect(unused, 'documented but used by no style or script').toEqual([]);
  });

  it('has every property that core uses among the Theming page tokens (DEFAULT_TOKENS), and every token is used', () => {
    const tokens = Object.keys(DEFAULT_TOKENS);
    const shared = [...core].filter((t) => !tokens.includes(t));
    expect(shared, 'used by core but not a token on the Theming page').toEqual([]);
    const everywhere = union([core, ...own.values()]);
    expect(
      tokens.filter((t) => !everywhere.has(t)),
      'tokens that no style or script uses',
    ).toEqual([]);
  });

  it("documents each token with the Theming page's default, on every element", () => {
    const wrong: string[] = [];
    for (const d of elements()) {
      for (const [token, value] of Object.entries(DEFAULT_TOKENS)) {
        const p = d.cssProperties?.find((c) => c.name === token);
        if (!p && LAYOUT.has(d.tagName!)) continue; // a layout element documents the tokens it uses (checked above)
        if (!p) wrong.push(`${d.tagName}: ${token} missing`);
        else if (p.default !== undefined && p.default !== value && !p.default.includes(value))
          wrong.push(`${d.tagName}: ${token} default ${p.default}, token ${value}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names every event, and each chart fires send-render, send-select and send-data-error', () => {
    for (const d of elements()) {
      const events = d.events ?? [];
      expect(
        events.filter((e) => !e.name).map((e) => e.type?.text),
        `${d.tagName} has unnamed events`,
      ).toEqual([]);
      if (LAYOUT.has(d.tagName!)) continue;
      expect(events.map((e) => e.name).sort(), d.tagName).toEqual(
        expect.arrayContaining(['send-data-error', 'send-render', 'send-select']),
      );
    }
  });

  it('documents the dashboard: its attributes, slot, parts and its send-change event', () => {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as {
      modules: {
        declarations?: (Declaration & {
          attributes?: { name: string }[];
          slots?: { name: string }[];
          cssParts?: { name: string }[];
        })[];
      }[];
    };
    const dashboard = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === 'send-dashboard')!;
    expect(dashboard.attributes!.map((a) => a.name)).toEqual(
      expect.arrayContaining(['area', 'period', 'theme', 'locale', 'min-count', 'url-param', 'areas-from', 'strings']),
    );
    expect(dashboard.slots!.map((s) => s.name)).toEqual(['']);
    expect(dashboard.cssParts!.map((p) => p.name)).toEqual(
      expect.arrayContaining(['picker', 'input', 'listbox', 'error', 'grid']),
    );
    expect(dashboard.events!.map((e) => e.name)).toEqual(['send-change']);
  });
});
