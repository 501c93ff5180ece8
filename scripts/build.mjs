#!/usr/bin/env node
/**
 * `npm run build`: typed ESM for every package (tsc -b), the CDN files (the loader with its
 * shared files, and the classic script) with their size budgets, the custom-elements manifest,
 * and the static Storybook. Size budgets are in size-budgets.json: the targets (issue 23: a page
 * with one need breakdown ≤ 30 KB gzip, the deprivation chart in decile view ≤ 32 KB, all five
 * elements ≤ 80 KB, the loader ≤ 2 KB, the classic script ≤ 95 KB) and the ceilings enforced
 * until the targets are met.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { buildCdn } from '../packages/send-insight/scripts/build-cdn.mjs';
import { pageSizes } from '../packages/send-insight/scripts/cdn-pages.mjs';
import { gzipSync } from 'node:zlib';

const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };
const step = (label, cmd, args) => {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  console.log(`◀ ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (r.status !== 0) {
    console.error(`build failed at: ${label}`);
    process.exit(r.status ?? 1);
  }
};
const bin = (n) => `node_modules/.bin/${n}`;
const skipStorybook = process.argv.includes('--no-storybook');

step('custom-elements manifest', bin('custom-elements-manifest'), [
  'analyze',
  '--config',
  'custom-elements-manifest.config.mjs',
  '--quiet',
]);
step('TypeScript (tsc -b)', bin('tsc'), ['-b']);
step('package assets (themes, manifests)', process.execPath, ['packages/send-insight/scripts/package-manifest.mjs']);
// the CDN files: the loader with its shared files, and the classic script (in process, so the
// chunk graph is at hand for the page budgets)
console.log('\n▶ CDN files');
const cdnStarted = Date.now();
const chunks = await buildCdn();
console.log(`◀ CDN files: ${((Date.now() - cdnStarted) / 1000).toFixed(1)} s`);

// size budgets (size-budgets.json): what a page loads through the loader, per element and with
// all of them, the loader itself and the classic script. `target` is the issue's budget;
// `ceiling` is what the build enforces until the target is met (ceilings only fall).
const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const CDN_DIR = 'packages/send-insight/dist/cdn';
const kb = (n) => (n / 1024).toFixed(1);
let over = false;
const judge = (label, bytes, budget, what = '') => {
  if (!budget) {
    console.error(`${label}: no budget in size-budgets.json`);
    over = true;
    return;
  }
  const toGo = bytes / 1024 - budget.target;
  const target =
    budget.target === undefined
      ? ''
      : `; target ${budget.target} KB${toGo > 0 ? `, ${toGo.toFixed(1)} KB to go` : ', met'}`;
  console.log(`${label}: ${kb(bytes)} KB gzip (ceiling ${budget.ceiling} KB${target})${what}`);
  if (bytes / 1024 > budget.ceiling) {
    console.error(`  over the ceiling by ${kb(bytes - budget.ceiling * 1024)} KB (size-budgets.json)`);
    over = true;
  }
};
const { loader, pages, added } = pageSizes(chunks);
console.log('\nWhat a page loads through the loader (gzip; presets and export load only when used):');
judge('  the loader, send-insight.js', loader.bytes, budgets.loader);
for (const page of pages) {
  const label =
    page.name === 'all'
      ? '  a page with all five charts'
      : page.name === 'send-dashboard'
        ? '  a page with <send-dashboard> around all five charts'
        : `  a page with <${page.name}>`;
  judge(label, page.bytes, budgets.pages[page.name], ` — ${page.files.length} files`);
}
// what each element adds to a page beside the others (all five less the page without it); judged where a budget is set
console.log('\nWhat each element adds to a page with the other four (gzip):');
for (const element of added) {
  const budget = budgets.added?.[element.name];
  const what = ` — ${element.files.join(', ')}`;
  if (budget) judge(`  <${element.name}>`, element.bytes, budget, what);
  else console.log(`  <${element.name}>: ${kb(element.bytes)} KB gzip${what}`);
}
const classic = readFileSync(`${CDN_DIR}/send-insight.iife.js`);
judge(
  '  the classic script, send-insight.iife.js (everything)',
  gzipSync(classic, { level: 9 }).length,
  budgets.cdnClassic,
);

// no file may contain arquero, d3-scale, or anything that compiles code at run time (judged by
// the bundled modules in each source map: error messages may mention "an arquero Table")
for (const name of readdirSync(CDN_DIR).filter((f) => f.endsWith('.js'))) {
  const file = `${CDN_DIR}/${name}`;
  const text = readFileSync(file, 'utf8');
  // (an entry that only re-exports other files has no map: nothing of its own is bundled in it)
  const sources = existsSync(`${file}.map`) ? JSON.parse(readFileSync(`${file}.map`, 'utf8')).sources : [];
  if (sources.some((s) => /[\\/](arquero|@uwdata|d3-dsv)[\\/]/.test(s))) {
    console.error(`  ${file} contains arquero: components must not import it`);
    over = true;
  }
  if (sources.some((s) => /[\\/](d3-scale|d3-interpolate|d3-color|d3-format)[\\/]/.test(s))) {
    console.error(
      `  ${file} contains d3-scale (with d3-interpolate, d3-color and d3-format): import the scales from @send-insight/core/scale`,
    );
    over = true;
  }
  if (/new Function\(|\bFunction\((["'`])/.test(text)) {
    console.error(`  ${file} calls Function(): this breaks under a strict Content-Security-Policy`);
    over = true;
  }
}
if (over) process.exit(1);

if (!skipStorybook && existsSync('.storybook/main.ts')) {
  step('static Storybook', bin('storybook'), ['build', '-o', 'storybook-static', '--quiet', '--disable-telemetry']);
}
console.log('\nBuild complete.');
