#!/usr/bin/env node
/**
 * `npm run size`: what a page loads, and what it is made of, from the same CDN build and page
 * table as `npm run build` (packages/send-insight/scripts/build-cdn.mjs, cdn-pages.mjs), so its
 * totals are the build's: for each page (one element through the loader, all five, the dashboard)
 * its gzip total and files, then the minified bytes each package or source folder contributes to
 * it, largest first, and the files loaded on first use. The build is written to a temporary folder,
 * not to dist/cdn.
 *
 * Options: `--modules` lists single files instead of folders; `--only <page>` limits the report to
 * one page (`send-indicator`, `all`, `send-dashboard`, …); `--top <n>` shows n rows (default 15).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildCdn } from '../../packages/send-insight/scripts/build-cdn.mjs';
import { pageSizes } from '../../packages/send-insight/scripts/cdn-pages.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const argv = process.argv.slice(2);
const value = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const byModule = argv.includes('--modules');
const only = value('--only');
const top = Number(value('--top', 15));
const kb = (n) => (n / 1024).toFixed(1);

/** The group a bundled module belongs to: an npm package, or a source folder of ours. */
export function groupOf(id, modules = false) {
  const path = relative(ROOT, id).replace(/\\/g, '/');
  const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  if (modules) return path;
  // packages/<pkg>/src/<folder or file>
  const parts = path.split('/');
  return parts[0] === 'packages' ? parts.slice(0, 4).join('/') : path;
}

/**
 * The build's pages with what each is made of: gzip per file, minified bytes per group, and the
 * files a page's elements load on first use (not counted in its total).
 * @param {import('rolldown').OutputChunk[]} chunks the CDN build's ES chunks
 */
export function sizeReport(chunks, modules = false) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const { loader, pages } = pageSizes(chunks);
  return {
    loader,
    pages: pages.map((page) => {
      const groups = new Map();
      for (const file of page.files)
        for (const [id, m] of Object.entries(byName.get(file)?.modules ?? {})) {
          const g = groupOf(id, modules);
          groups.set(g, (groups.get(g) ?? 0) + m.renderedLength);
        }
      // what the page's elements import on first use (another element's file is another page), each
      // with the files it brings that the page has not loaded
      const loaded = new Set(page.files);
      const elements = new Set(byName.get('send-insight.js')?.dynamicImports ?? []);
      const closure = (name, seen) => {
        if (seen.has(name) || loaded.has(name)) return seen;
        seen.add(name);
        for (const f of byName.get(name)?.imports ?? []) closure(f, seen);
        return seen;
      };
      const onDemand = [...new Set(page.files.flatMap((f) => byName.get(f)?.dynamicImports ?? []))]
        .filter((f) => !loaded.has(f) && !elements.has(f))
        .map((f) => {
          const files = [...closure(f, new Set())];
          const gzip = files.reduce((sum, n) => sum + gzipSync(byName.get(n).code, { level: 9 }).length, 0);
          return { file: f, files, gzip };
        });
      return {
        ...page,
        minified: page.files.reduce((sum, f) => sum + (byName.get(f)?.code.length ?? 0), 0),
        groups: [...groups].sort((a, b) => b[1] - a[1]),
        onDemand,
      };
    }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.chdir(ROOT);
  const out = mkdtempSync(join(tmpdir(), 'send-insight-size-'));
  try {
    const { loader, pages } = sizeReport(await buildCdn(out), byModule);
    console.log(`the loader, send-insight.js: ${kb(loader.bytes)} KB gzip (as npm run build measures it)`);
    for (const page of pages.filter((p) => !only || p.name === only)) {
      const name = page.name === 'all' ? 'all five charts' : `<${page.name}>`;
      console.log(
        `\n${name}: ${kb(page.bytes)} KB gzip, ${kb(page.minified)} KB minified, ${page.files.length} files (${page.files.join(', ')})`,
      );
      for (const [g, bytes] of page.groups.slice(0, top)) console.log(`${kb(bytes).padStart(8)}  ${g}`);
      const rest = page.groups.slice(top).reduce((s, [, n]) => s + n, 0);
      if (rest) console.log(`${kb(rest).padStart(8)}  (${page.groups.length - top} more)`);
      for (const f of page.onDemand) console.log(`  on first use: ${f.files.join(' + ')}, ${kb(f.gzip)} KB gzip`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
