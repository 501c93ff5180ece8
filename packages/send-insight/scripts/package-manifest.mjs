#!/usr/bin/env node
/**
 * Package assets made at build time (run from the repository root after `tsc -b` and `npm run manifest`).
 *
 * 1. Theme style sheets `@send-insight/core/themes/<name>.css` (`.send-theme-<name> { --send-…: … }`),
 *    from the same token tables the elements use, for pages that theme a whole section at once.
 * 2. Writes the custom-elements manifest each published package points at (`"customElements"` in its
 * package.json) from the repository's `custom-elements.json`: module paths become the published
 * `dist/*.js` files, and the base class is referenced in `@send-insight/core`. The umbrella
 * `send-insight` lists the same elements in its own entry, `dist/index.js`.
 * Run from the repository root after `npm run manifest`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { THEMES, themeCss } from '@send-insight/core';

mkdirSync('packages/core/themes', { recursive: true });
for (const name of Object.keys(THEMES)) {
  writeFileSync(
    `packages/core/themes/${name}.css`,
    `/* send-insight theme "${name}": generated from @send-insight/core THEMES; apply with class="send-theme-${name}" on any ancestor. */\n${themeCss(name)}`,
  );
}
console.log(
  `themes written: ${Object.keys(THEMES)
    .map((n) => `packages/core/themes/${n}.css`)
    .join(', ')}`,
);

const source = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const COMPONENTS = 'packages/components/src/';
const CORE = 'packages/core/src/';
const toDist = (path, prefix) => 'dist/' + path.slice(prefix.length).replace(/\.ts$/, '.js');

/** Rewrites `{module: 'packages/…/x.ts'}` references for a package. */
function reference(ref, ownPrefix, ownPackage) {
  if (!ref || typeof ref !== 'object' || typeof ref.module !== 'string') return ref;
  if (ref.module.startsWith(ownPrefix))
    return { ...ref, module: toDist(ref.module, ownPrefix), ...(ownPackage ? { package: ownPackage } : {}) };
  if (ref.module.startsWith(CORE)) return { ...ref, package: '@send-insight/core', module: toDist(ref.module, CORE) };
  return ref;
}

function rewrite(value, ownPrefix, ownPackage) {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, ownPrefix, ownPackage));
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = rewrite(v, ownPrefix, ownPackage);
  return reference(out, ownPrefix, ownPackage);
}

/** Modules that define or export an element, and the entry points. */
const isPublic = (m) =>
  m.path.startsWith(COMPONENTS) &&
  (m.path.endsWith('/define.ts') ||
    m.path === `${COMPONENTS}index.ts` ||
    (m.declarations ?? []).some((d) => d.customElement));

const modules = source.modules.filter(isPublic);
const components = {
  ...source,
  modules: modules.map((m) => ({ ...rewrite(m, COMPONENTS), path: toDist(m.path, COMPONENTS) })),
};
writeFileSync('packages/components/custom-elements.json', JSON.stringify(components, null, 2) + '\n');

// the umbrella re-exports the same elements from its own entry: one module, dist/index.js (a file the
// package ships), holding each element's declaration and its tag; base classes are referenced in
// @send-insight/core
const UMBRELLA_ENTRY = 'dist/index.js';
const elements = modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.customElement).map((d) => rewrite(d, COMPONENTS, '@send-insight/components')),
);
const own = { name: undefined, module: UMBRELLA_ENTRY };
const umbrella = {
  ...source,
  modules: [
    {
      kind: 'javascript-module',
      path: UMBRELLA_ENTRY,
      declarations: elements,
      exports: elements.flatMap((d) => [
        { kind: 'js', name: d.name, declaration: { ...own, name: d.name } },
        { kind: 'custom-element-definition', name: d.tagName, declaration: { ...own, name: d.name } },
      ]),
    },
  ],
};
writeFileSync('packages/send-insight/custom-elements.json', JSON.stringify(umbrella, null, 2) + '\n');
const tags = modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName));
console.log(`custom-elements.json written for @send-insight/components and send-insight: ${tags.join(', ')}`);
