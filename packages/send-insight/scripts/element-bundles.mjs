#!/usr/bin/env node
/**
 * One ES module per element (`dist/cdn/elements/send-<thing>.js`): what a page that shows a single
 * chart loads, and the measure of what one chart costs. Prints each file's size and checks the
 * per-element budget (gzip). Run from the repository root: `node packages/send-insight/scripts/element-bundles.mjs [--out DIR]`.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, defaultClientConditions } from 'vite';
import { minifyTemplatesVite } from '../../../scripts/minify-templates.mjs';

const here = import.meta.dirname;
const root = resolve(here, '../../..');
// `--out DIR` writes them elsewhere (the strict-CSP harness builds its own copy)
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? resolve(process.argv[outArg + 1]) : resolve(here, '../dist/cdn/elements');
const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
/** Enforced ceiling (gzip KB) and the target, from size-budgets.json at the repository root. */
const BUDGET_KB = Number(process.env.SEND_ELEMENT_BUDGET_KB || budgets.element.ceiling);
const TARGET_KB = budgets.element.target;
const ELEMENTS = ['deprivation-chart', 'need-breakdown', 'outcomes-radar', 'priority-tracker', 'indicator', 'dashboard'];

rmSync(outDir, { recursive: true, force: true });
let over = false;
for (const name of ELEMENTS) {
  const entry = resolve(root, `packages/components/src/${name}/define.ts`);
  if (!existsSync(entry)) {
    console.log(`send-${name}: no define.ts yet, skipped`);
    continue;
  }
  const result = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyTemplatesVite()],
    resolve: { conditions: ['send-insight-source', ...defaultClientConditions] },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: () => `send-${name}.js` },
      // the presets and the export code (SVG, PNG, downloads) load on demand from files beside the entry (see vite.cdn.config.ts)
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true, comments: { annotation: false, jsdoc: false, legal: false } } },
    },
  });
  const bytes = readFileSync(resolve(outDir, `send-${name}.js`));
  const gz = gzipSync(bytes, { level: 9 }).length / 1024;
  const text = bytes.toString('utf8');
  const modules = [result].flat().flatMap((r) => r.output.flatMap((o) => Object.keys(o.modules ?? {})));
  const problems = [];
  const notes = [];
  // each element may have its own, lower ceiling (size-budgets.json element.ceilings), so one
  // element's room cannot hide another's growth
  const ceiling = Number(process.env.SEND_ELEMENT_BUDGET_KB || budgets.element.ceilings?.[`send-${name}`] || BUDGET_KB);
  if (gz > ceiling) problems.push(`over the ceiling by ${(gz - ceiling).toFixed(1)} KB (size-budgets.json)`);
  else if (gz > TARGET_KB) notes.push(`${(gz - TARGET_KB).toFixed(1)} KB above the target`);
  if (!modules.length) problems.push('could not list the bundled modules');
  // judged by the modules bundled, not by text (error messages may mention "an arquero Table")
  if (modules.some((m) => /[\\/](arquero|@uwdata|d3-dsv)[\\/]/.test(m))) problems.push('contains arquero or d3-dsv');
  if (modules.some((m) => /[\\/](d3-scale|d3-interpolate|d3-color|d3-format)[\\/]/.test(m))) problems.push('contains d3-scale: import the scales from @send-insight/core/scale');
  // the other files of this build, loaded only when used: the presets and the export code
  const extra = [result].flat().flatMap((r) => r.output).filter((o) => o.type === 'chunk' && o.fileName !== `send-${name}.js`);
  if ([text, ...extra.map((c) => c.code)].some((code) => /new Function\(|\bFunction\((["'`])/.test(code))) problems.push('calls Function()');
  const extraGz = extra.reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0) / 1024;
  if (extra.length) notes.push(`+ ${extraGz.toFixed(1)} KB gzip loaded only when used (${extra.map((c) => c.fileName).join(', ')})`);
  console.log(`dist/cdn/elements/send-${name}.js: ${(bytes.length / 1024).toFixed(1)} KB minified, ${gz.toFixed(1)} KB gzip (ceiling ${ceiling} KB, target ${TARGET_KB} KB gzip)${[...problems, ...notes].length ? ' — ' + [...problems, ...notes].join('; ') : ''}`);
  if (problems.length) over = true;
}
if (over) process.exitCode = 1;
