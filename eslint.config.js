// ESLint: the package boundaries of ARCHITECTURE.md, written as rules so that a change which breaks
// them fails `npm test`, and a small set of correctness rules. Formatting is prettier's
// (.prettierrc.json), not ESLint's.
import tseslint from 'typescript-eslint';

/** Imports no file in a package may make: another package's source by path, or what sits above it. */
const byPath = (message, ...group) => ({ group, message });

const NOT_ABOVE = {
  data: [
    byPath(
      'The data package sits below core and components: it may not import them.',
      '@send-insight/core',
      '@send-insight/core/*',
      '@send-insight/components',
      '@send-insight/components/*',
      'send-insight',
      'send-insight/*',
      '**/core/src/**',
      '**/components/src/**',
      '**/send-insight/src/**',
    ),
    byPath('The data package draws nothing: no Lit.', 'lit', 'lit/*', '@lit/*'),
  ],
  core: [
    byPath(
      'Core sits below components and send-insight: it may not import them.',
      '@send-insight/components',
      '@send-insight/components/*',
      'send-insight',
      'send-insight/*',
      '**/components/src/**',
      '**/send-insight/src/**',
    ),
    byPath('Use @send-insight/data, not its files by path.', '**/data/src/**'),
  ],
  components: [
    byPath(
      'Components may not import the send-insight package.',
      'send-insight',
      'send-insight/*',
      '**/send-insight/src/**',
    ),
    byPath(
      'Use the packages (@send-insight/core, @send-insight/data), not their files by path.',
      '**/core/src/**',
      '**/data/src/**',
    ),
  ],
};

/** What no code that runs in a browser page may import (it compiles code with Function(), or is replaced). */
const BROWSER = [
  byPath(
    'arquero and d3-dsv compile code with Function() and break under a strict Content-Security-Policy: only @send-insight/data/arquero may use them.',
    'arquero',
    'arquero/*',
    'd3-dsv',
    '@send-insight/data/arquero',
  ),
  byPath(
    'Import the scales from @send-insight/core/scale (d3-scale brings d3-interpolate, d3-color and d3-format).',
    'd3-scale',
  ),
];

/** Views, layouts and their parts are pure: testable in Node, no Lit. */
const PURE = byPath(
  'A view or layout is pure (no Lit): it returns data the element draws.',
  'lit',
  'lit/*',
  '@lit/*',
  'lit-html',
  'lit-html/*',
);

/**
 * Source files over the 500-line limit of issue 20 (none since 7 December 2026); the list only shrinks.
 * A file not listed here that grows past 500 lines fails the lint.
 */
const OVER_500 = [];

const restrict = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      'bench/out/**',
      'bench/optional/**',
      'packs/**',
      'coverage/**',
      '**/*.d.ts',
      'examples/**/build/**',
    ],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      'no-debugger': 'error',
      'no-dupe-keys': 'error',
      'no-duplicate-case': 'error',
      'no-unreachable': 'error',
      'no-unsafe-finally': 'error',
      'use-isnan': 'error',
      'valid-typeof': 'error',
      'no-var': 'error',
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  // a template placeholder in a plain string is a bug in code that runs; tests and fixtures hold such text on purpose
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test/**'],
    rules: { 'no-template-curly-in-string': 'error' },
  },
  {
    files: ['packages/data/src/**/*.ts'],
    ignores: ['packages/data/src/arquero/**'],
    rules: { 'no-restricted-imports': restrict(...NOT_ABOVE.data, BROWSER[1]) },
  },
  { files: ['packages/data/src/arquero/**/*.ts'], rules: { 'no-restricted-imports': restrict(...NOT_ABOVE.data) } },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict(...NOT_ABOVE.core, ...BROWSER) },
  },
  // the scale tests compare with d3-scale bit for bit
  { files: ['packages/core/src/**/*.test.ts'], rules: { 'no-restricted-imports': restrict(...NOT_ABOVE.core) } },
  {
    files: ['packages/components/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test/**'],
    rules: { 'no-restricted-imports': restrict(...NOT_ABOVE.components, ...BROWSER) },
  },
  {
    files: [
      'packages/*/src/**/*.{view,layout,navigation,table,words}.ts',
      'packages/*/src/**/*-layout.ts',
      'packages/core/src/layout/**/*.ts',
      'packages/core/src/view/**/*.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict(...NOT_ABOVE.components, ...BROWSER, PURE) },
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test/**', '**/demo/**', '**/fixtures/**', ...OVER_500],
    rules: { 'max-lines': ['error', { max: 500, skipBlankLines: false, skipComments: false }] },
  },
  {
    // what a module makes public is a decision made by name (npm run docs:api lists it in the README)
    files: ['packages/*/src/**/*.ts'],
    // the CDN entry is the package's entry itself, whose names are listed there
    ignores: ['packages/send-insight/src/cdn.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message: 'Export by name: what is public is a decision (ARCHITECTURE.md).',
        },
      ],
    },
  },
);
