#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order, each run even if an earlier one failed.
 * Prints one counted line per runner (`vitest: N passed, N failed`, `wtr: …`, …, `pack: …`) and exits
 * non-zero if anything failed or a runner ran no tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const env = {
  ...process.env,
  PUPPETEER_SKIP_DOWNLOAD: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
};
const failures = [];
const lines = [];

function run(label, command, args) {
  const started = Date.now();
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: false });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`◀ ${label} finished in ${seconds} s with exit code ${result.status}`);
  if (result.status !== 0) failures.push(`${label} (exit ${result.status})`);
  return result.status;
}

function readJson(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const bin = (name) => `node_modules/.bin/${name}`;

// the custom-elements manifest is generated from JSDoc; Storybook's preview imports it
run('manifest', bin('custom-elements-manifest'), [
  'analyze',
  '--config',
  'custom-elements-manifest.config.mjs',
  '--quiet',
]);
run('typecheck', bin('tsc'), ['-b']);
// the package boundaries, pure views and file sizes of ARCHITECTURE.md, and a few correctness rules (eslint.config.js)
run('lint', bin('eslint'), ['.', '--max-warnings', '0']);
// one layout for the code (.prettierrc.json); `npm run format` writes it
run('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);

rmSync('.vitest-results.json', { force: true });
run('vitest', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.vitest-results.json',
]);
const vitest = readJson('.vitest-results.json');
if (vitest) {
  lines.push(
    `vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed, ${vitest.numPendingTests + vitest.numTodoTests} skipped`,
  );
  if (vitest.numTotalTests === 0) failures.push('vitest ran no tests');
} else {
  lines.push('vitest: 0 passed, 1 failed');
  failures.push('vitest wrote no results');
}

rmSync('.wtr-results.json', { force: true });
run('wtr', bin('web-test-runner'), []);
const wtr = readJson('.wtr-results.json');
if (wtr) {
  lines.push(`wtr: ${wtr.passed} passed, ${wtr.failed + wtr.sessionErrors} failed, ${wtr.skipped} skipped`);
  if (wtr.passed + wtr.failed === 0) failures.push('wtr ran no tests');
} else {
  lines.push('wtr: 0 passed, 1 failed');
  failures.push('wtr wrote no results');
}

// Storybook story tests: every story renders in Chromium, logs no console error and passes axe
rmSync('.storybook-results.json', { force: true });
run('storybook', bin('vitest'), [
  'run',
  '-c',
  'vitest.storybook.config.ts',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.storybook-results.json',
]);
const stories = readJson('.storybook-results.json');
if (stories) {
  lines.push(
    `storybook: ${stories.numPassedTests} passed, ${stories.numFailedTests} failed, ${stories.numPendingTests + stories.numTodoTests} skipped`,
  );
  if (stories.numTotalTests === 0) failures.push('storybook ran no tests');
} else {
  lines.push('storybook: 0 passed, 1 failed');
  failures.push('storybook wrote no results');
}

// the examples (council site under strict CSP, React intranet, board paper PDF) in Chromium
rmSync('.examples-results.json', { force: true });
run('examples', process.execPath, ['examples/test/run-examples.mjs']);
const examples = readJson('.examples-results.json');
lines.push(
  examples
    ? `examples: ${examples.passed} passed, ${examples.failed} failed, ${examples.skipped ?? 0} skipped`
    : 'examples: 0 passed, 1 failed',
);
if (!examples) failures.push('examples wrote no results');
else if (examples.passed + examples.failed === 0) failures.push('examples ran no tests');

// strict CSP (script-src 'self'; style-src 'self'): every element, the CDN bundle and the council example
const csp = spawnSync(process.execPath, ['test/security/csp.mjs'], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env,
  encoding: 'utf8',
});
process.stdout.write(csp.stdout ?? '');
const cspLine = /csp: (\d+) passed, (\d+) failed/.exec(csp.stdout ?? '');
lines.push(cspLine ? cspLine[0] : 'csp: 0 passed, 1 failed');
if (csp.status !== 0 || !cspLine || Number(cspLine[2]) > 0 || Number(cspLine[1]) === 0)
  failures.push(`csp (exit ${csp.status})`);

// the packed tarballs in a fresh project with no overrides (needs the npm registry): a plain Vite app
// and a React 19 app type-checked, built and drawn in Chromium, the CLI, no test code shipped
const pack = spawnSync(process.execPath, ['packages/send-insight/scripts/pack-test.mjs', '--build'], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env,
  encoding: 'utf8',
});
process.stdout.write(pack.stdout ?? '');
const packLine = /pack: (\d+) passed, (\d+) failed/.exec(pack.stdout ?? '');
lines.push(packLine ? packLine[0] : 'pack: 0 passed, 1 failed');
if (pack.status !== 0 || !packLine || Number(packLine[2]) > 0 || Number(packLine[1]) === 0)
  failures.push(`pack (exit ${pack.status})`);

console.log('');
for (const line of lines) console.log(line);
if (failures.length) {
  console.log(`\nFAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\nAll checks passed.');
