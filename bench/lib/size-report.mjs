#!/usr/bin/env node
/**
 * `npm run size`: what the bundles are made of. Builds the CDN entry and each element's entry the
 * way the bench does (bench/lib/bundle.mjs: esbuild, minified, ES module, presets split off) and
 * lists the minified bytes each package or source folder contributes to what a page loads at once,
 * largest first, with the gzip total, then the files loaded on demand.
 * The sizes the build enforces come from Vite (scripts/build.mjs); esbuild's differ by a few KB,
 * so use this to see where the bytes are, not to check a budget.
 *
 * Options: `--modules` lists single files instead of folders; `--only <name>` limits the report
 * to one bundle (`cdn`, `deprivation-chart`, …); `--top <n>` shows n rows (default 30).
 */
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { buildOptions, elementEntries, ROOT, staticClosure } from './bundle.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const byModule = flag('--modules');
const only = value('--only');
const top = Number(value('--top', 30));
const kb = (n) => (n / 1024).toFixed(1);

/** The group a bundled input belongs to: an npm package, or a source folder of ours. */
export function groupOf(input, modules = false) {
  const path = input.replace(/\\/g, '/');
  const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  if (modules) return path;
  // packages/<pkg>/src/<folder or file>
  const parts = path.split('/');
  return parts[0] === 'packages' ? parts.slice(0, 4).join('/') : path;
}

/**
 * Bundles `entry` in memory, split as the CDN build is (code imported on demand in files of its
 * own), and returns the sizes of what a page loads at once (the entry and its static imports), the
 * minified bytes per group in it, and the sizes of the files loaded on demand.
 */
export async function sizeReport(entry, modules = false) {
  const result = await esbuild.build({
    ...buildOptions({ split: true }),
    entryPoints: [entry],
    write: false,
    metafile: true,
    outdir: 'size-out',
    entryNames: 'entry',
  });
  const loaded = staticClosure(result.metafile, 'size-out/entry.js');
  const contents = (path) =>
    result.outputFiles.find((f) => relative(process.cwd(), f.path).replace(/\\/g, '/') === path).contents;
  const groups = new Map();
  for (const path of loaded) {
    for (const [input, { bytesInOutput }] of Object.entries(result.metafile.outputs[path].inputs)) {
      const g = groupOf(relative(ROOT, join(process.cwd(), input)), modules);
      groups.set(g, (groups.get(g) ?? 0) + bytesInOutput);
    }
  }
  const onDemand = Object.keys(result.metafile.outputs).filter((p) => p.endsWith('.js') && !loaded.includes(p));
  return {
    minified: loaded.reduce((sum, p) => sum + contents(p).length, 0),
    gzip: loaded.reduce((sum, p) => sum + gzipSync(contents(p), { level: 9 }).length, 0),
    groups: [...groups].sort((a, b) => b[1] - a[1]),
    onDemand: onDemand.map((p) => ({
      file: p.replace(/^size-out\//, ''),
      minified: contents(p).length,
      gzip: gzipSync(contents(p), { level: 9 }).length,
    })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.chdir(ROOT);
  const bundles = [
    { name: 'cdn', entry: join(ROOT, 'packages/send-insight/src/cdn.ts') },
    ...elementEntries().map((e) => ({ name: e.name.replace(/^send-/, ''), entry: e.entry })),
  ];
  for (const b of bundles.filter((b) => !only || b.name === only)) {
    const r = await sizeReport(b.entry, byModule);
    console.log(`\n${b.name}: ${kb(r.minified)} KB minified, ${kb(r.gzip)} KB gzip (esbuild)`);
    for (const [g, bytes] of r.groups.slice(0, top)) console.log(`${kb(bytes).padStart(8)}  ${g}`);
    const rest = r.groups.slice(top).reduce((s, [, n]) => s + n, 0);
    if (rest) console.log(`${kb(rest).padStart(8)}  (${r.groups.length - top} more)`);
    for (const f of r.onDemand)
      console.log(`  on demand: ${f.file}, ${kb(f.minified)} KB minified, ${kb(f.gzip)} KB gzip`);
  }
}
