/** Custom-elements manifest over the components' JSDoc (attributes, events, parts, custom properties). */
export default {
  globs: ['packages/core/src/base-element.ts', 'packages/components/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.layout.ts', '**/*.styles.ts', '**/test/**'],
  outdir: '.',
  litelement: true,
  dev: false,
};
