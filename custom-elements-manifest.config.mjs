/** Custom-elements manifest over the components' JSDoc (attributes, events, parts, custom properties). */
export default {
  globs: ['packages/core/src/chart-attributes.ts', 'packages/core/src/base-element.ts', 'packages/core/src/hooks-element.ts', 'packages/components/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.layout.ts', '**/*.view.ts', '**/*.table.ts', '**/*.styles.ts', '**/test/**'],
  outdir: '.',
  litelement: true,
  dev: false,
};
