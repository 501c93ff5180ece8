import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
// @ts-expect-error: plain ESM helper without type declarations
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/**
 * Story tests: every story in /stories runs in Debian's Chromium (no browser is downloaded).
 * Each story must render, run its play function, log no console error and pass axe
 * (`a11y.test: 'error'` in .storybook/preview.ts). Run with `npx vitest run -c vitest.storybook.config.ts`.
 */
export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook', storybookUrl: 'http://localhost:6006' })],
  optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
  test: {
    name: 'storybook',
    setupFiles: ['.storybook/vitest.setup.ts'],
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs() },
      }),
      instances: [{ browser: 'chromium', viewport: { width: 1024, height: 800 } }],
    },
  },
});
