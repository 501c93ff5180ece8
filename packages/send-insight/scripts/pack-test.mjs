#!/usr/bin/env node
/**
 * Packs the four packages with `npm pack` and uses the tarballs as a new user would, in one fresh
 * project outside the repository with no `overrides` (one `npm install`, registry access needed):
 * what the tarballs hold (no test code, no fixtures; every manifest path and export there), the
 * data package in Node (arquero, an optional peer, is not installed), the CLI's validate and
 * render, one element bundled alone from its entry point, and two apps, plain Vite and React 19
 * (`pack-apps/`), each type-checked, built with Vite and drawn in Chromium under a strict
 * Content-Security-Policy.
 *   npm run test:pack            (after npm run pack or npm run build, or with --build to build first; npm test does)
 * Prints `pack: N passed, N failed` and each step's time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPackages, PACKAGES, packTarballs } from '../../../scripts/pack.mjs';
import { launch, serve, STRICT_CSP } from '../../../test/security/serve.mjs';

const root = resolve(import.meta.dirname, '../../..');
const bin = (n) => join(root, 'node_modules/.bin', n);
const started = Date.now();
const results = [];
const check = async (name, fn) => {
  const t0 = Date.now();
  try {
    await fn();
    results.push(true);
    console.log(`  ✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (e) {
    results.push(false);
    console.log(
      `  ✗ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n      ${String(e?.message ?? e)
        .split('\n')
        .slice(0, 12)
        .join('\n      ')}`,
    );
  }
};
const assert = (ok, message) => {
  if (!ok) throw new Error(message);
};
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 50e6, ...opts });

if (process.argv.includes('--build')) {
  buildPackages();
  console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
for (const f of [
  'packages/send-insight/dist/cdn/send-insight.js',
  'packages/components/custom-elements.json',
  'packages/data/dist/index.js',
]) {
  if (!existsSync(join(root, f))) throw new Error(`${f} is missing: run npm run build first (or pass --build)`);
}

const work = mkdtempSync(join(tmpdir(), 'send-insight-pack-'));
const tarballs = join(work, 'tarballs');
const unpacked = join(work, 'unpacked');
const app = join(work, 'app');
mkdirSync(tarballs);
mkdirSync(app);
console.log(`pack test in ${work}`);

for (const pkg of Object.keys(PACKAGES)) {
  await check(`publint and attw (ESM only) find no problem in packages/${pkg}`, () => {
    const dir = join(root, 'packages', pkg);
    const lint = run(bin('publint'), ['--strict'], { cwd: dir });
    assert(lint.status === 0 && /All good/.test(lint.stdout), lint.stdout + lint.stderr);
    const types = run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii'], { cwd: dir });
    assert(types.status === 0, types.stdout.slice(-3000) + types.stderr);
  });
}

/** Test code by its path: suites, fixtures, harnesses, build info. */
const TEST_PATH =
  /(^|\/)(test|tests|__tests__|security|fixtures)\/|\.(test|spec)\.|\.browser\.|cli-harness|tsbuildinfo/;
/** Test code by what it imports. */
const TEST_IMPORT = /from ['"](@open-wc\/testing|vitest|mocha|chai|fast-check|@web\/test-runner[^'"]*|axe-core)['"]/;

await check(
  'npm pack makes four tarballs with no test code or fixtures, and every export, bin and manifest path inside',
  () => {
    const packs = packTarballs(tarballs);
    assert(packs.length === 4, `expected 4 tarballs, got ${packs.length}`);
    const problems = [];
    for (const p of packs) {
      console.log(`      ${p.filename}: ${(p.size / 1024).toFixed(0)} KB packed, ${p.entryCount} files`);
      for (const f of p.files)
        if (TEST_PATH.test(f.path)) problems.push(`${p.name} ships ${f.path} (a test file by its path)`);
      const dir = join(unpacked, p.name);
      mkdirSync(dir, { recursive: true });
      execFileSync('tar', ['xzf', join(tarballs, p.filename), '-C', dir, '--strip-components=1']);
      for (const f of p.files.filter((x) => /\.(js|mjs|ts|mts)$/.test(x.path))) {
        if (TEST_IMPORT.test(readFileSync(join(dir, f.path), 'utf8')))
          problems.push(`${p.name}: ${f.path} imports a test library`);
      }
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const targets = (v) =>
        typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(targets) : [];
      for (const t of [...targets(manifest.exports), ...targets(manifest.bin)]) {
        if (!t.includes('*') && !existsSync(join(dir, t)))
          problems.push(`${p.name}: package.json names ${t}, which the tarball lacks`);
      }
      if (manifest.customElements) {
        const cem = JSON.parse(readFileSync(join(dir, manifest.customElements), 'utf8'));
        for (const m of cem.modules)
          if (m.path.includes('node_modules') || !existsSync(join(dir, m.path)))
            problems.push(`${p.name}: custom-elements.json names module ${m.path}, which the tarball lacks`);
        const tags = cem.modules
          .flatMap((m) => m.declarations ?? [])
          .filter((d) => d.tagName)
          .map((d) => d.tagName);
        if (tags.length < 4) problems.push(`${p.name}: custom-elements.json declares ${tags.length} elements`);
      }
    }
    assert(!problems.length, problems.join('\n'));
  },
);

await check(
  'the tarballs, React 19, Vite and TypeScript install into one fresh project with no overrides, without arquero',
  () => {
    const dev = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
    const pin = (name) => `${name}@${dev[name]}`;
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'pack-test-app', private: true, type: 'module' }, null, 2),
    );
    const files = readdirSync(tarballs).map((f) => join(tarballs, f));
    const tools = [
      'react',
      'react-dom',
      '@types/react',
      '@types/react-dom',
      'vite',
      '@vitejs/plugin-react',
      'typescript',
      'puppeteer-core',
    ].map(pin);
    const t0 = Date.now();
    const r = run('npm', ['install', '--no-audit', '--no-fund', ...files, ...tools], {
      cwd: app,
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
    });
    assert(r.status === 0, r.stderr.slice(-2000));
    console.log(`      npm install: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8'));
    assert(!JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')).overrides, 'the app has overrides');
    const fetched = Object.keys(lock.packages).filter((k) => /node_modules\/(arquero|@uwdata\/)/.test(k));
    assert(!fetched.length, `the install fetched ${fetched.join(', ')}`);
  },
);

await check(
  'Node: @send-insight/data validates a published file with a preset; its arquero entry, without arquero, says what to install',
  () => {
    writeFileSync(
      join(app, 'node-check.mjs'),
      `import { applyPreset, fromCsvText, needsContract, validate } from '@send-insight/data';
import { REAL_EHC_NEEDS_CSV } from '@send-insight/data/demo';
const raw = applyPreset('ees-ehc-plans-by-need', fromCsvText(REAL_EHC_NEEDS_CSV), { area: 'E08000031' }).data;
const v = validate(raw, needsContract);
const arquero = await import('@send-insight/data/arquero').then(() => 'loaded', (e) => e.message);
console.log(JSON.stringify({ rows: v.numRows, errors: v.issues.filter((i) => i.severity === 'error').length, arquero }));
`,
    );
    const r = run(process.execPath, ['node-check.mjs'], { cwd: app });
    assert(r.status === 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert(out.rows > 0 && out.errors === 0, r.stdout);
    assert(
      out.arquero.includes('npm install arquero@8') && out.arquero.includes('optional peer dependency'),
      `the arquero entry said: ${out.arquero}`,
    );
  },
);

const cli = join(app, 'node_modules/.bin/send-insight');
const examples = join(root, 'examples/data');
await check(
  'CLI: send-insight validate passes a good file (exit 0) and fails a bad one with row and column (exit 1)',
  () => {
    const ok = run(cli, ['validate', 'outcomes', join(examples, 'outcomes-survey.csv')], { cwd: app });
    assert(ok.status === 0 && ok.stdout.includes('The file is valid'), ok.stdout + ok.stderr);
    writeFileSync(join(app, 'bad.csv'), 'outcome,group,period,respondents,agree\nhappy,Parents,2025,40,lots\n');
    const bad = run(cli, ['validate', 'outcomes', 'bad.csv'], { cwd: app });
    assert(bad.status === 1 && bad.stdout.includes('column "agree", row 2'), bad.stdout + bad.stderr);
  },
);

await check('CLI: send-insight render draws an SVG in Chromium from the installed CDN bundle', () => {
  const r = run(
    cli,
    [
      'render',
      'need-breakdown',
      '--data',
      join(examples, 'ehc-plans-by-need-2025.csv'),
      '--preset',
      'ees-ehc-plans-by-need',
      '--area',
      'E08000031',
      '--out',
      'needs.svg',
    ],
    { cwd: app, timeout: 90_000 },
  );
  assert(r.status === 0, r.stdout + r.stderr);
  const svg = readFileSync(join(app, 'needs.svg'), 'utf8');
  assert(svg.includes('<svg') && svg.includes('22.7%'), 'the SVG lacks the SLCN share 22.7%');
});

const browser = await launch();
/** Opens `dir` (a built app) under the strict CSP and returns what `probe` finds, with errors and policy violations. */
async function open(dir, probe) {
  const server = await serve({ mounts: { '/': dir }, csp: STRICT_CSP });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} for ${r.url()}`));
  try {
    await page.evaluateOnNewDocument(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
    const found = await page.evaluate(probe);
    return { ...found, errors };
  } finally {
    await page.close();
    await server.close();
  }
}

try {
  await check(
    'one chart from its per-component entry: bundles alone, registers only its tag, draws in Chromium',
    async () => {
      writeFileSync(join(app, 'one-chart.js'), "import '@send-insight/components/outcomes-radar';\n");
      const esbuild = (await import('esbuild')).default;
      const out = await esbuild.build({
        entryPoints: [join(app, 'one-chart.js')],
        absWorkingDir: app,
        bundle: true,
        minify: true,
        format: 'esm',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const code = out.outputFiles[0].text;
      const inputs = Object.keys(out.metafile.inputs);
      assert(!inputs.some((i) => /arquero|@uwdata|d3-dsv/.test(i)), 'the bundle contains arquero');
      assert(
        !inputs.some((i) => /need-breakdown|priority-tracker|deprivation-chart|indicator\//.test(i)),
        `the bundle contains other charts: ${inputs.filter((i) => /components\/dist/.test(i)).join(', ')}`,
      );
      console.log(
        `      outcomes radar alone: ${(code.length / 1024).toFixed(0)} KB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzip`,
      );
      const dir = join(work, 'one-chart');
      mkdirSync(dir);
      writeFileSync(join(dir, 'one-chart.js'), code);
      writeFileSync(join(dir, 'outcomes.csv'), readFileSync(join(examples, 'outcomes-survey.csv')));
      writeFileSync(
        join(dir, 'index.html'),
        '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>one chart</title></head><body><send-outcomes-radar heading="Outcomes" src="outcomes.csv"></send-outcomes-radar><script type="module" src="one-chart.js"></script></body></html>',
      );
      const found = await open(dir, async () => {
        const el = document.querySelector('send-outcomes-radar');
        for (let i = 0; i < 200 && el.state !== 'ready' && el.state !== 'error'; i++)
          await new Promise((r) => setTimeout(r, 50));
        return {
          state: el.state,
          others: ['send-need-breakdown', 'send-priority-tracker', 'send-deprivation-chart', 'send-indicator'].filter(
            (t) => customElements.get(t),
          ),
        };
      });
      assert(found.state === 'ready', `state ${found.state}`);
      assert(found.others.length === 0, `other elements were registered: ${found.others}`);
      assert(found.errors.length === 0, found.errors.join('\n'));
    },
  );

  const apps = join(import.meta.dirname, 'pack-apps');
  for (const [name, files] of [
    ['vanilla', { good: 'main.ts', bad: 'bad.ts' }],
    ['react', { good: 'main.tsx', bad: 'bad.tsx' }],
  ]) {
    const dir = join(app, name);
    cpSync(join(apps, name), dir, { recursive: true });
    if (name === 'vanilla')
      cpSync(join(examples, 'ehc-plans-by-need-2025.csv'), join(dir, 'public/ehc-plans-by-need-2025.csv'));
    const tsc = (config) =>
      run(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '-p', join(dir, config)], { cwd: dir });

    await check(
      `${name} app: type-checks against the installed packages (skipLibCheck off), and a wrong type in ${files.bad} is an error`,
      () => {
        const good = tsc('tsconfig.json');
        assert(good.status === 0, good.stdout + good.stderr);
        const config = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8'));
        writeFileSync(join(dir, 'tsconfig.bad.json'), JSON.stringify({ ...config, files: [files.bad] }));
        const bad = tsc('tsconfig.bad.json');
        assert(bad.status !== 0 && /TS2322/.test(bad.stdout), `tsc accepted ${files.bad}:\n${bad.stdout}${bad.stderr}`);
      },
    );

    await check(`${name} app: vite build`, () => {
      const r = run(
        process.execPath,
        [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(dir, 'vite.config.mjs')],
        { cwd: dir },
      );
      assert(r.status === 0 && existsSync(join(dir, 'dist/index.html')), r.stdout + r.stderr);
      const js = readdirSync(join(dir, 'dist/assets')).filter((f) => f.endsWith('.js'));
      const size = js.reduce((sum, f) => sum + statSync(join(dir, 'dist/assets', f)).size, 0);
      console.log(`      ${js.length} script files, ${(size / 1024).toFixed(0)} KB minified`);
    });

    await check(`${name} app: draws in Chromium under a strict CSP (script-src 'self'; style-src 'self')`, async () => {
      const found = await open(join(dir, 'dist'), async () => {
        const tags = ['send-need-breakdown', 'send-deprivation-chart', 'send-outcomes-radar'];
        const els = tags.flatMap((t) => [...document.querySelectorAll(t)]);
        const deadline = Date.now() + 20_000;
        while (
          Date.now() < deadline &&
          (els.length === 0 ||
            els.some((e) => e.state !== 'ready' && e.state !== 'error') ||
            !document.getElementById('summary')?.textContent)
        ) {
          await new Promise((r) => setTimeout(r, 50));
          if (!els.length) els.push(...tags.flatMap((t) => [...document.querySelectorAll(t)]));
        }
        return {
          charts: els.map((e) => ({ tag: e.localName, state: e.state, text: e.shadowRoot?.textContent ?? '' })),
          summary: document.getElementById('summary')?.textContent ?? '',
        };
      });
      assert(found.errors.length === 0, found.errors.join('\n'));
      assert(
        found.charts.length > 0 && found.charts.every((c) => c.state === 'ready'),
        `charts: ${JSON.stringify(found.charts.map((c) => [c.tag, c.state]))}`,
      );
      assert(found.summary.length > 20, `no summary from send-render: "${found.summary}"`);
      if (name === 'vanilla')
        assert(
          found.charts.find((c) => c.tag === 'send-need-breakdown').text.includes('22.7%'),
          'the need breakdown lacks the SLCN share 22.7%',
        );
    });
  }
} finally {
  await browser.close();
}

const passed = results.filter(Boolean).length;
if (passed === results.length) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work} to look at`);
console.log(`\npack test took ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`pack: ${passed} passed, ${results.length - passed} failed`);
process.exitCode = results.length === passed ? 0 : 1;
