#!/usr/bin/env node
/**
 * `npm run size`: what the bundles are made of. Builds the CDN entry and each element's entry the
 * way the bench does (bench/lib/bundle.mjs: esbuild, minified, ES module) and lists the minified
 * bytes each package or source folder contributes, largest first, with the file's gzip total.
 * The sizes the build enforces come from Vite (scripts/build.mjs); esbuild's differ by a few KB,
 * so use this to see where the bytes are, not to check a budget.
 *
 * Options: `--modules` lists single files instead of folders; `--only <name>` limits the report
 * to one bundle (`cdn`, `deprivation-chart`, …); `--top <n>` shows n rows (default 30).
 */
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { buildOptions, elementEntries, ROOT } from './bundle.mjs';

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

/** Bundles `entry` in memory and returns its sizes and the minified bytes per group. */
export async function sizeReport(entry, modules = false) {
  const result = await esbuild.build({ ...buildOptions(), entryPoints: [entry], write: false, metafile: true, outfile: 'out.js' });
  const file = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  const groups = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const g = groupOf(relative(ROOT, join(process.cwd(), input)), modules);
    groups.set(g, (groups.get(g) ?? 0) + bytesInOutput);
  }
  return {
    minified: file.contents.length,
    gzip: gzipSync(file.contents, { level: 9 }).length,
    groups: [...groups].sort((a, b) => b[1] - a[1]),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.chdir(ROOT);
  const bundles = [{ name: 'cdn', entry: join(ROOT, 'packages/send-insight/src/cdn.ts') }, ...elementEntries().map((e) => ({ name: e.name.replace(/^send-/, ''), entry: e.entry }))];
  for (const b of bundles.filter((b) => !only || b.name === only)) {
    const r = await sizeReport(b.entry, byModule);
    console.log(`\n${b.name}: ${kb(r.minified)} KB minified, ${kb(r.gzip)} KB gzip (esbuild)`);
    for (const [g, bytes] of r.groups.slice(0, top)) console.log(`${kb(bytes).padStart(8)}  ${g}`);
    const rest = r.groups.slice(top).reduce((s, [, n]) => s + n, 0);
    if (rest) console.log(`${kb(rest).padStart(8)}  (${r.groups.length - top} more)`);
  }
}
