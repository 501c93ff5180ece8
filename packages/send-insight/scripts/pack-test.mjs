#!/usr/bin/env node
/**
 * Packs the four packages with `npm pack`, installs the tarballs into a fresh project outside the
 * repository (needs registry access for lit, d3 and arquero) and uses them as a new user would:
 * the data package in Node, the CLI's validate and render, and one element bundled on its own from
 * its per-component entry point and drawn in Chromium.
 *   npm run test:pack            (after npm run build, or with --build to build first)
 * Prints `pack: N passed, N failed`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../../..');
const bin = (n) => join(root, 'node_modules/.bin', n);
const results = [];
const check = async (name, fn) => {
  try {
    await fn();
    results.push(true);
    console.log(`  ✓ ${name}`);
  } catch (e) {
    results.push(false);
    console.log(`  ✗ ${name}\n      ${String(e?.message ?? e).split('\n').slice(0, 8).join('\n      ')}`);
  }
};
const assert = (ok, message) => {
  if (!ok) throw new Error(message);
};
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 50e6, ...opts });

if (process.argv.includes('--build')) {
  for (const [cmd, args] of [
    [bin('tsc'), ['-b']],
    [bin('custom-elements-manifest'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']],
    [process.execPath, ['packages/send-insight/scripts/package-manifest.mjs']],
    [bin('vite'), ['build', '-c', 'packages/send-insight/vite.cdn.config.ts']],
  ]) execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
}
for (const f of ['packages/send-insight/dist/cdn/send-insight.js', 'packages/components/custom-elements.json', 'packages/data/dist/index.js']) {
  if (!existsSync(join(root, f))) throw new Error(`${f} is missing: run npm run build first (or pass --build)`);
}

const work = mkdtempSync(join(tmpdir(), 'send-insight-pack-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
mkdirSync(tarballs);
mkdirSync(app);
console.log(`pack test in ${work}`);

for (const pkg of ['data', 'core', 'components', 'send-insight']) {
  await check(`publint and attw (ESM only) find no problem in packages/${pkg}`, () => {
    const dir = join(root, 'packages', pkg);
    const lint = run(bin('publint'), ['--strict'], { cwd: dir });
    assert(lint.status === 0 && /All good/.test(lint.stdout), lint.stdout + lint.stderr);
    const types = run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii'], { cwd: dir });
    assert(types.status === 0, types.stdout.slice(-3000) + types.stderr);
  });
}

await check('npm pack makes four tarballs without test files', () => {
  const r = run('npm', ['pack', '-w', '@send-insight/data', '-w', '@send-insight/core', '-w', '@send-insight/components', '-w', 'send-insight', '--pack-destination', tarballs, '--json'], { cwd: root });
  assert(r.status === 0, r.stderr);
  const packs = JSON.parse(r.stdout);
  assert(packs.length === 4, `expected 4 tarballs, got ${packs.length}`);
  for (const p of packs) {
    const bad = p.files.filter((f) => /\.test\.|\/test\/|tsbuildinfo|cli-harness/.test(f.path));
    assert(!bad.length, `${p.name} ships ${bad.map((f) => f.path).join(', ')}`);
    console.log(`      ${p.filename}: ${(p.size / 1024).toFixed(0)} KB packed, ${p.entryCount} files`);
  }
});

await check('the tarballs install into a fresh project', () => {
  // the same registry gap the monorepo works around (arquero → @uwdata/flechette)
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'pack-test-app', private: true, type: 'module', overrides: { '@uwdata/flechette': '2.6.0' } }, null, 2));
  const files = readdirSync(tarballs).map((f) => join(tarballs, f));
  const puppeteer = JSON.parse(readFileSync(join(root, 'node_modules/puppeteer-core/package.json'), 'utf8')).version;
  const r = run('npm', ['install', '--no-audit', '--no-fund', ...files, `puppeteer-core@${puppeteer}`], { cwd: app, env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
  assert(r.status === 0, r.stderr.slice(-2000));
});

await check('Node: @send-insight/data validates a published file with a preset; the arquero and demo entries load', () => {
  writeFileSync(
    join(app, 'node-check.mjs'),
    `import { applyPreset, fromCsvText, needsContract, validate } from '@send-insight/data';
import { REAL_EHC_NEEDS_CSV } from '@send-insight/data/demo';
import { fromCSV } from '@send-insight/data/arquero';
const raw = applyPreset('ees-ehc-plans-by-need', fromCsvText(REAL_EHC_NEEDS_CSV), { area: 'E08000031' }).data;
const v = validate(raw, needsContract);
const t = fromCSV('imd_decile,pupils\\n1,500\\n2,400');
console.log(JSON.stringify({ rows: v.numRows, errors: v.issues.filter((i) => i.severity === 'error').length, tableRows: t.numRows() }));
`,
  );
  const r = run(process.execPath, ['node-check.mjs'], { cwd: app });
  assert(r.status === 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert(out.rows > 0 && out.errors === 0 && out.tableRows === 2, r.stdout);
});

const cli = join(app, 'node_modules/.bin/send-insight');
const examples = join(root, 'examples/data');
await check('CLI: send-insight validate passes a good file (exit 0) and fails a bad one with row and column (exit 1)', () => {
  const ok = run(cli, ['validate', 'outcomes', join(examples, 'outcomes-survey.csv')], { cwd: app });
  assert(ok.status === 0 && ok.stdout.includes('0 errors'), ok.stdout + ok.stderr);
  writeFileSync(join(app, 'bad.csv'), 'outcome,group,period,respondents,agree\nhappy,Parents,2025,40,lots\n');
  const bad = run(cli, ['validate', 'outcomes', 'bad.csv'], { cwd: app });
  assert(bad.status === 1 && bad.stdout.includes('column "agree", row 2'), bad.stdout + bad.stderr);
});

await check('CLI: send-insight render draws an SVG in Chromium from the installed CDN bundle', () => {
  const r = run(cli, ['render', 'need-breakdown', '--data', join(examples, 'ehc-plans-by-need-2025.csv'), '--preset', 'ees-ehc-plans-by-need', '--area', 'E08000031', '--out', 'needs.svg'], { cwd: app, timeout: 90_000 });
  assert(r.status === 0, r.stdout + r.stderr);
  const svg = readFileSync(join(app, 'needs.svg'), 'utf8');
  assert(svg.includes('<svg') && svg.includes('22.7%'), 'the SVG lacks the SLCN share 22.7%');
});

await check('one chart from its per-component entry: bundles alone, registers only its tag, draws in Chromium', async () => {
  writeFileSync(join(app, 'one-chart.js'), "import '@send-insight/components/outcomes-radar';\n");
  const esbuild = (await import('esbuild')).default;
  const out = await esbuild.build({ entryPoints: [join(app, 'one-chart.js')], absWorkingDir: app, bundle: true, minify: true, format: 'esm', write: false, metafile: true, logLevel: 'silent' });
  const code = out.outputFiles[0].text;
  const inputs = Object.keys(out.metafile.inputs);
  assert(!inputs.some((i) => /arquero|@uwdata|d3-dsv/.test(i)), 'the bundle contains arquero');
  assert(!inputs.some((i) => /need-breakdown|priority-tracker|deprivation-chart|indicator\//.test(i)), `the bundle contains other charts: ${inputs.filter((i) => /components\/dist/.test(i)).join(', ')}`);
  console.log(`      outcomes radar alone: ${(code.length / 1024).toFixed(0)} KB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzip`);
  const { default: puppeteer } = await import(join(app, 'node_modules/puppeteer-core/lib/esm/puppeteer/puppeteer-core.js'));
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.setContent('<!doctype html><html lang="en-GB"><body><send-outcomes-radar heading="Outcomes"></send-outcomes-radar></body></html>');
    await page.addScriptTag({ content: code, type: 'module' });
    const csv = readFileSync(join(examples, 'outcomes-survey.csv'), 'utf8');
    const state = await page.evaluate(async (text) => {
      const el = document.querySelector('send-outcomes-radar');
      const done = new Promise((r) => el.addEventListener('send-render', r, { once: true }));
      el.data = text;
      await done;
      return { state: el.state, others: ['send-need-breakdown', 'send-priority-tracker', 'send-deprivation-chart', 'send-indicator'].filter((t) => customElements.get(t)), summary: el.summary };
    }, csv);
    assert(state.state === 'ready', `state ${state.state}`);
    assert(state.others.length === 0, `other elements were registered: ${state.others}`);
    assert(errors.length === 0, errors.join('\n'));
  } finally {
    await browser.close();
  }
});

const passed = results.filter(Boolean).length;
console.log(`\npack: ${passed} passed, ${results.length - passed} failed`);
process.exitCode = results.length === passed ? 0 : 1;
