import { readdirSync, existsSync, readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { minifyTemplatesEsbuild } from '../../scripts/minify-templates.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = join(ROOT, 'bench/out');
/** Where peers that are not dependencies of this repository are installed by whoever runs the bench. */
export const OPTIONAL_MODULES = join(ROOT, 'bench/optional/node_modules');

/**
 * The esbuild options every bundle here is built with (also used by `npm run size`). Our sources'
 * Lit templates are minified as the CDN build minifies them; other libraries are left as published.
 */
export function buildOptions({ split = false } = {}) {
  return {
    // with `split`, code imported on demand (the presets) goes to a file beside the entry, as in the CDN build
    ...(split ? { splitting: true, chunkNames: 'chunks/[name]-[hash]' } : {}),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['send-insight-source'],
    tsconfig: join(ROOT, 'tsconfig.base.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    nodePaths: [OPTIONAL_MODULES],
    logLevel: 'error',
    plugins: [minifyTemplatesEsbuild()],
  };
}

/**
 * Bundles one entry the same way for every library (esbuild, minified, ES module, browser,
 * production), so sizes compare like with like.
 */
export async function bundle(name, entry, { split = false } = {}) {
  mkdirSync(OUT, { recursive: true });
  const outfile = join(OUT, `${name}.js`);
  const result = await esbuild.build({
    ...buildOptions({ split }),
    entryPoints: [entry],
    metafile: true,
    ...(split ? { outdir: OUT, entryNames: name } : { outfile }),
  });
  // the entry and every file it imports statically (a page loads them all at once); files imported
  // on demand (the presets) are not counted
  const files = staticClosure(result.metafile, relative(process.cwd(), outfile));
  const sizes = files.map((f) => readFileSync(resolve(process.cwd(), f)));
  return {
    name,
    file: outfile,
    minified: sizes.reduce((sum, b) => sum + b.length, 0),
    gzip: sizes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
  };
}

/** The output files loaded with `start`: itself and its static imports, transitively (metafile paths). */
export function staticClosure(metafile, start) {
  const seen = new Set([start.replace(/\\/g, '/')]);
  for (const file of seen) {
    for (const i of metafile.outputs[file]?.imports ?? [])
      if (i.kind === 'import-statement' && !i.external) seen.add(i.path);
  }
  return [...seen];
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

/**
 * Peers measured only when installed under bench/optional (see bench/README.md): Highcharts is
 * not open source, and its licence is for each person who installs it to accept.
 */
export const OPTIONAL_PEERS = [
  {
    name: 'highcharts (bubble, boost)',
    file: 'highcharts',
    entry: join(ROOT, 'bench/entries/highcharts.js'),
    installed: () => {
      try {
        createRequire(join(OPTIONAL_MODULES, 'x.js')).resolve('highcharts/package.json');
        return true;
      } catch {
        return false;
      }
    },
  },
];
