import { readdirSync, existsSync, readFileSync, mkdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { minifyTemplatesEsbuild } from '../../scripts/minify-templates.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = join(ROOT, 'bench/out');

/**
 * The esbuild options every bundle here is built with (also used by `npm run size`). Our sources'
 * Lit templates are minified as the CDN build minifies them; other libraries are left as published.
 */
export function buildOptions() {
  return {
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['send-insight-source'],
    tsconfig: join(ROOT, 'tsconfig.base.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'error',
    plugins: [minifyTemplatesEsbuild()],
  };
}

/**
 * Bundles one entry the same way for every library (esbuild, minified, ES module, browser,
 * production), so sizes compare like with like.
 */
export async function bundle(name, entry) {
  mkdirSync(OUT, { recursive: true });
  const outfile = join(OUT, `${name}.js`);
  await esbuild.build({ ...buildOptions(), entryPoints: [entry], outfile });
  const bytes = readFileSync(outfile);
  return { name, file: outfile, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The per-element entry points that exist (`packages/components/src/<element>/define.ts`). */
export function elementEntries() {
  const dir = join(ROOT, 'packages/components/src');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'define.ts')))
    .map((d) => ({ name: `send-${d.name}`, entry: join(dir, d.name, 'define.ts') }));
}

export const PEERS = [
  { name: 'chart.js', entry: join(ROOT, 'bench/entries/chartjs.js') },
  { name: 'observable-plot', entry: join(ROOT, 'bench/entries/plot.js') },
  { name: 'vega-lite+vega+vega-embed', entry: join(ROOT, 'bench/entries/vega.js') },
  { name: 'echarts (scatter, bar, radar)', entry: join(ROOT, 'bench/entries/echarts.js') },
];
