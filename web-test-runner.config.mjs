import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/** Element tests in real Chromium (Debian's, never a downloaded one). */
export default {
  files: ['packages/*/src/**/*.browser.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['send-insight-source'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.base.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs() },
    }),
  ],
  concurrency: 2,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 15_000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter('.wtr-results.json')],
};
