import { resolve } from 'node:path';
import { defaultClientConditions, defineConfig } from 'vite';
import { minifyTemplatesVite } from '../../scripts/minify-templates.mjs';

const root = resolve(import.meta.dirname, '../..');

/**
 * The CDN build: `dist/cdn/send-insight.js` (ES module, with the presets and the export code in
 * files beside it, loaded only when used) and `dist/cdn/send-insight.iife.js` (classic `<script>`,
 * everything in one file). Everything is bundled except arquero, which components never
 * import (a check in scripts/build.mjs proves it is absent). The markup and styles inside Lit
 * templates are minified too (scripts/minify-templates.mjs).
 */
export default defineConfig({
  root,
  logLevel: 'warn',
  plugins: [minifyTemplatesVite()],
  resolve: { conditions: ['send-insight-source', ...defaultClientConditions] },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/cdn'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    // The CDN files are final files for browsers, not inputs to another bundler: minify the ES
    // module fully too (Vite keeps whitespace and annotations in ES library output by default).
    // The presets (read published files as they are) are imported when an element is first given
    // a `preset`, and the export code (SVG, PNG, downloads) when a chart is first exported: in the
    // ES module they are files beside it (presets-[hash].js, chart-export-[hash].js), loaded from
    // the same origin (allowed by script-src 'self'). The classic script keeps them inside: a classic script cannot share
    // modules with a chunk. 'allow-extension' lets the code they share with the elements stay in
    // send-insight.js (exported to them) rather than in another file loaded at start.
    rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true, comments: { annotation: false, jsdoc: false, legal: false } } },
    lib: {
      entry: resolve(import.meta.dirname, 'src/cdn.ts'),
      name: 'SendInsight',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'send-insight.js' : 'send-insight.iife.js'),
    },
  },
});
