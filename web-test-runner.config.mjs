import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The test page's head: the Storybook's (`.storybook/preview-head.html`, a plain system font as a
 * council page sets it), so a label-fit test measures the text users see, not the browser's default
 * serif, which is narrower.
 */
const PREVIEW_HEAD = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), '.storybook/preview-head.html'),
  'utf8',
);

/** The real published files (../shared/data/real beside the repository; CI has them). */
const REAL_DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../shared/data/real');

/**
 * Test-only routes for fault injection: `/__test/delay/<ms>/<path>` serves a file late,
 * `/__test/status/<code>` answers with that status, `/__test/html` returns a web page.
 */
async function faultRoutes(ctx, next) {
  const path = ctx.path;
  if (!path.startsWith('/__test/')) return next();
  const [, , kind, arg, ...rest] = path.split('/');
  if (kind === 'delay') {
    await new Promise((r) => setTimeout(r, Math.min(Number(arg) || 0, 10_000)));
    ctx.url = '/' + rest.join('/');
    return next();
  }
  if (kind === 'status') {
    ctx.status = Number(arg) || 500;
    ctx.body = `status ${ctx.status}`;
    return;
  }
  if (kind === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html><body><h1>Page not found</h1></body></html>';
    return;
  }
  return next();
}

/**
 * `/__real/<file>` serves a real published file from ../shared/data/real (outside the served root),
 * by bare file name only. Absent: 404 "absent", so a test can skip, except on CI (CI=true), where
 * it is a 500 so the test fails.
 */
async function realDataRoute(ctx, next) {
  if (!ctx.path.startsWith('/__real/')) return next();
  const name = decodeURIComponent(ctx.path.slice('/__real/'.length));
  if (!/^[\w.-]+\.(csv|txt)$/.test(name) || name.startsWith('.')) {
    ctx.status = 400;
    ctx.body = 'bad file name';
    return;
  }
  const file = resolve(REAL_DATA, name);
  if (!existsSync(file)) {
    ctx.status = process.env.CI === 'true' ? 500 : 404;
    ctx.body = process.env.CI === 'true' ? `${name} is missing from ${REAL_DATA}; CI must have it` : 'absent';
    return;
  }
  ctx.type = name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8';
  ctx.body = readFileSync(file);
}

/** Element tests in real Chromium (Debian's, never a downloaded one). */
export default {
  files: ['packages/*/src/**/*.browser.test.ts', 'packages/*/test/**/*.browser.test.ts'],
  middleware: [faultRoutes, realDataRoute],
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head>${PREVIEW_HEAD}</head><body><script type="module" src="${testFramework}"></script></body></html>`,
  nodeResolve: { browser: true, exportConditions: ['send-insight-source'] },
  // a11ySnapshot: Chromium's own accessibility tree (names and descriptions as a screen reader gets them)
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.base.json', target: 'es2022' }), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs() },
      // each test file in its own browser context: a second page in a shared context is a
      // background tab, where animation frames never fire and fixtures wait for ever
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  concurrency: 2,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 30_000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter('.wtr-results.json')],
};
