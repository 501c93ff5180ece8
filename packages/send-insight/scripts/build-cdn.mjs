#!/usr/bin/env node
/**
 * The CDN build, into `dist/cdn/` (or `--out DIR`), in two passes:
 *
 * 1. ES modules: `send-insight.js`, the loader (it defines each element the first time its tag
 *    appears), `send-insight-all.js` (every element at once, with the library's API as exports),
 *    and beside them the files both import: one per element, the code elements share (Lit, the
 *    base element, the kernels) and the parts loaded on first use (presets, export, the
 *    deprivation chart's other views). Shared code is in shared files, so a page never loads it
 *    twice.
 * 2. The classic script `send-insight.iife.js`: everything in one file, for pages that cannot
 *    use modules (each dynamic import made static: see {@link staticImportsVite}).
 *
 * Everything is bundled except arquero, which elements never import (scripts/build.mjs checks).
 * The markup and styles inside Lit templates are minified too (scripts/minify-templates.mjs).
 * Run from the repository root: `node packages/send-insight/scripts/build-cdn.mjs [--out DIR]`.
 * As a module, `buildCdn(outDir)` returns the ES pass's output (the chunk graph, for the budgets).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions } from 'vite';
import { minifyTemplatesVite } from '../../../scripts/minify-templates.mjs';

const here = import.meta.dirname;
const root = resolve(here, '../../..');
const src = (file) => resolve(here, '../src', file);

/** Settings both passes share. */
function shared(outDir, emptyOutDir) {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyTemplatesVite()],
    resolve: { conditions: ['send-insight-source', ...defaultClientConditions] },
    build: { outDir, emptyOutDir, target: 'es2022', minify: true, sourcemap: true, reportCompressedSize: false },
  };
}

// The CDN files are final files for browsers, not inputs to another bundler: minify fully
// (Vite keeps whitespace and annotations in library output by default).
const output = { minify: true, comments: { annotation: false, jsdoc: false, legal: false } };

/**
 * Names the files beside the loader after what they hold: `send-<element>-<hash>.js` for an
 * element, `shared-<hash>.js` for the code every element uses (Lit, the base element), and
 * otherwise after their first module (`presets-…`, `chart-export-…`).
 * @param {{ moduleIds: string[] }} chunk
 */
function chunkFileNames(chunk) {
  const element = chunk.moduleIds
    .map((id) => id.match(/components[\\/]src[\\/]([^\\/]+)[\\/]define\.ts$/))
    .find(Boolean);
  if (element) return `send-${element[1]}-[hash].js`;
  if (chunk.moduleIds.some((id) => /[\\/]lit-html[\\/]lit-html\.js$/.test(id))) return 'shared-[hash].js';
  return '[name]-[hash].js';
}

/** Our source files (not the arquero entry, which the CDN files never hold). */
const OWN_SOURCE = /[\\/]packages[\\/](core|components|data)[\\/]src[\\/](?!arquero[\\/]).*\.ts$/;

/**
 * For the classic script, which holds everything in one file: each `import('…')` in our source
 * becomes the module imported statically, already loaded (`Promise.resolve(namespace)`). A part
 * loaded on first use gains nothing there, and a bundler wraps each module it reaches through a
 * dynamic import in code that initialises it on first use (issue 23: the classic script's bytes).
 */
export function staticImportsVite() {
  return {
    name: 'send-insight:static-imports',
    transform(code, id) {
      if (!OWN_SOURCE.test(id.split('?')[0]) || !code.includes('import(')) return null;
      const hoisted = [];
      const out = code.replace(/\bimport\((['"])([^'"]+)\1\)/g, (_, quote, spec) => {
        const name = `__sendStatic${hoisted.length}`;
        hoisted.push(`import * as ${name} from ${quote}${spec}${quote};`);
        return `Promise.resolve(${name})`;
      });
      return hoisted.length ? { code: `${hoisted.join('\n')}\n${out}`, map: null } : null;
    },
  };
}

/** Our data contracts, and the presets that reshape files for them. */
const CONTRACT = /[\\/]packages[\\/]data[\\/]src[\\/]contracts[\\/][^\\/]+\.ts$/;
const PRESET = /[\\/]packages[\\/]data[\\/]src[\\/]presets[\\/]/;
const COPY = '?presets-copy';

/**
 * For the ES pass: the presets file holds its own copy of each contract it imports (`?presets-copy`
 * on the module's id), so a contract an element checks its input against is bundled in that
 * element's file instead of a file of its own shared with the presets. A separate file costs a
 * page its own gzip stream and the imports between the files (issue 21: 0.37 KB gzip on the
 * indicator's page for the indicators contract). The presets load only when a page asks for one;
 * an element's page that does then loads the contract twice (once in each file), as the build's
 * report of files loaded on first use shows. The copies are the same source: nothing in the browser
 * compares a preset's contract with an element's (the CLI, which does, runs in Node, unbundled).
 */
export function presetsOwnContractsVite() {
  return {
    name: 'send-insight:presets-own-contracts',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !(PRESET.test(importer) || importer.endsWith(COPY))) return null;
      const resolved = await this.resolve(source, importer.replace(COPY, ''), { ...options, skipSelf: true });
      return resolved && !resolved.external && CONTRACT.test(resolved.id) ? `${resolved.id}${COPY}` : null;
    },
    load(id) {
      return id.endsWith(COPY) ? readFileSync(id.slice(0, -COPY.length), 'utf8') : null;
    },
  };
}

/**
 * One shared file for what every chart uses: the modules of Lit, core and data that at least six
 * of the build's entries import (the loader's file for each element, the all-in-one module and the
 * files loaded on first use), in practice what all five charts and the dashboard load. Left to
 * itself the bundler splits that code by the set of entries that use each part (Lit and the
 * wording for the dashboard too; the base element and data checks for the charts), which gzips as
 * separate files: one file is 0.7–0.9 KB smaller on every page, and no page gains code it does not
 * use (issue 23; measured with the build's page table at 2 to 7: at 5 or fewer the file takes in
 * code only some charts use, and pages grow).
 */
const SHARED = {
  name: 'shared',
  test: /[\\/](lit|lit-html|lit-element|@lit)[\\/]|[\\/]packages[\\/](core|data)[\\/]src[\\/]/,
  minShareCount: 6,
};

/**
 * Builds both passes.
 * @param {string} outDir the folder to write (emptied first)
 * @returns {Promise<import('rolldown').OutputChunk[]>} the ES pass's chunks
 */
export async function buildCdn(outDir = resolve(here, '../dist/cdn')) {
  const base = shared(outDir, true);
  const es = await build({
    ...base,
    plugins: [...base.plugins, presetsOwnContractsVite()],
    build: {
      ...base.build,
      lib: { entry: { 'send-insight': src('loader.ts'), 'send-insight-all': src('cdn.ts') }, formats: ['es'] },
      rolldownOptions: {
        // the entries export only their own API; shared code goes to shared files
        preserveEntrySignatures: 'strict',
        checks: { pluginTimings: false },
        output: { ...output, entryFileNames: '[name].js', chunkFileNames, codeSplitting: { groups: [SHARED] } },
      },
    },
  });
  const classicBase = shared(outDir, false);
  await build({
    ...classicBase,
    plugins: [...classicBase.plugins, staticImportsVite()],
    build: {
      ...classicBase.build,
      lib: { entry: src('cdn.ts'), name: 'SendInsight', formats: ['iife'], fileName: () => 'send-insight.iife.js' },
      rolldownOptions: { checks: { pluginTimings: false }, output },
    },
  });
  return [es]
    .flat()
    .flatMap((r) => r.output)
    .filter((o) => o.type === 'chunk');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  await buildCdn(at > 0 ? resolve(process.argv[at + 1]) : undefined);
}
