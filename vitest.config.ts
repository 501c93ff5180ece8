import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Node-side tests: the data layer, pure layout functions and the CLI.
 * Element tests (`*.browser.test.ts`) run in Chromium under @web/test-runner instead.
 * The `send-insight-source` condition points workspace packages at their TypeScript sources.
 */
export default defineConfig({
  resolve: { conditions: ['send-insight-source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['send-insight-source', ...defaultServerConditions] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', '**/*.browser.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
