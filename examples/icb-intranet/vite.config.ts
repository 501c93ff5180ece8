import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/**
 * The ICB intranet example: a React 19 app using the send-insight elements directly (no wrappers).
 * `npm run examples:build` writes dist/; `node examples/serve.mjs` serves it with a strict CSP at
 * http://127.0.0.1:8080/icb-intranet/. In the monorepo the workspace packages resolve to their
 * TypeScript sources; in your own app, `npm install send-insight` and the same imports work.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  resolve: { conditions: ['send-insight-source', ...defaultClientConditions] },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // no inline scripts or styles in the output: the page runs under script-src 'self'; style-src 'self'
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
  },
});
