#!/usr/bin/env node
/**
 * `npm run build`: typed ESM for every package (tsc -b), the single-file CDN bundle with its
 * size budget, the custom-elements manifest, and the static Storybook.
 * Size budgets are in size-budgets.json: the targets (CDN file ≤ 45 KB gzip for all elements,
 * each element ≤ 30 KB) and the ceilings enforced until the targets are met.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

step('custom-elements manifest', bin('custom-elements-manifest'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
step('TypeScript (tsc -b)', bin('tsc'), ['-b']);
step('package assets (themes, manifests)', process.execPath, ['packages/send-insight/scripts/package-manifest.mjs']);
step('CDN bundle', bin('vite'), ['build', '-c', 'packages/send-insight/vite.cdn.config.ts']);

// size budgets: the issue's targets and the ceilings the build enforces until they are met.
// The ES module (the CDN file) has the issue's budget; the classic script, which keeps everything
// inside, has its own ceiling; the files beside the ES module (presets, PNG export) are listed:
// they are loaded only when used.
const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const CDN_DIR = 'packages/send-insight/dist/cdn';
const limits = {
  'send-insight.js': { ceiling: budgets.cdn.ceiling, target: budgets.cdn.target },
  'send-insight.iife.js': { ceiling: budgets.cdnClassic.ceiling },
};
let over = false;
const cdnFiles = readdirSync(CDN_DIR).filter((f) => f.endsWith('.js'));
for (const name of ['send-insight.js', 'send-insight.iife.js'].filter((f) => !cdnFiles.includes(f))) {
  console.error(`${CDN_DIR}/${name} was not built`);
  over = true;
}
const order = (f) => (f === 'send-insight.js' ? 0 : f === 'send-insight.iife.js' ? 1 : 2);
for (const name of cdnFiles.sort((a, b) => order(a) - order(b) || a.localeCompare(b))) {
  const file = `${CDN_DIR}/${name}`;
  const bytes = readFileSync(file);
  const gz = gzipSync(bytes, { level: 9 }).length;
  const text = bytes.toString('utf8');
  const kb = (n) => (n / 1024).toFixed(1);
  const limit = limits[name];
  const toTarget = limit?.target === undefined ? undefined : gz / 1024 - limit.target;
  const note = !limit
    ? name.startsWith('presets-')
      ? 'loaded only when an element is given a preset'
      : name.startsWith('chart-export-')
        ? 'loaded only when a chart is exported or downloaded'
        : 'loaded on demand'
    : `ceiling ${limit.ceiling} KB${toTarget === undefined ? '' : `; target ${limit.target} KB${toTarget > 0 ? `, ${toTarget.toFixed(1)} KB to go` : ', met'}`}`;
  console.log(`${file}: ${kb(bytes.length)} KB minified, ${kb(gz)} KB gzip (${note})`);
  if (limit && gz / 1024 > limit.ceiling) {
    console.error(`  over the ceiling by ${kb(gz - limit.ceiling * 1024)} KB (size-budgets.json)`);
    over = true;
  }
  // the CDN file must not contain arquero or anything that compiles code at run time (judged by the
  // bundled modules in the source map: error messages may mention "an arquero Table")
  const sources = JSON.parse(readFileSync(`${file}.map`, 'utf8')).sources;
  if (sources.some((s) => /[\\/](arquero|@uwdata|d3-dsv)[\\/]/.test(s))) {
    console.error(`  ${file} contains arquero: components must not import it`);
    over = true;
  }
  if (sources.some((s) => /[\\/](d3-scale|d3-interpolate|d3-color|d3-format)[\\/]/.test(s))) {
    console.error(`  ${file} contains d3-scale (with d3-interpolate, d3-color and d3-format): import the scales from @send-insight/core/scale`);
    over = true;
  }
  if (/new Function\(|\bFunction\((["'`])/.test(text)) {
    console.error(`  ${file} calls Function(): this breaks under a strict Content-Security-Policy`);
    over = true;
  }
}
console.log('\n▶ per-element bundles (one chart per page)');
if (spawnSync(process.execPath, ['packages/send-insight/scripts/element-bundles.mjs'], { stdio: 'inherit', env }).status !== 0) over = true;
if (over) process.exit(1);

if (!skipStorybook && existsSync('.storybook/main.ts')) {
  step('static Storybook', bin('storybook'), ['build', '-o', 'storybook-static', '--quiet', '--disable-telemetry']);
}
console.log('\nBuild complete.');
