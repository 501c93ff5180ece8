import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryExports, PACKAGES, publicApiMarkdown, readmeOf, withApi } from './public-api.js';

describe('the public API listed in each package README', () => {
  for (const pkg of PACKAGES)
    it(`${pkg}: the README lists what the entry points export now`, () => {
      const readme = readFileSync(readmeOf(pkg), 'utf8');
      expect(readme, 'out of date: run npm run docs:api').toBe(withApi(readme, publicApiMarkdown(pkg)));
    });

  it('reads names, types and renames from export lists, and refuses export *', () => {
    const names = entryExports(new URL('../packages/data/src/index.ts', import.meta.url).pathname);
    expect(names.find((e) => e.name === 'validate')).toMatchObject({ type: false, from: './validate.js' });
    expect(names.find((e) => e.name === 'DataIssue')).toMatchObject({ type: true });
    // internals stay out of the root entry
    expect(names.some((e) => e.name === 'protectNeedTable')).toBe(false);
  });
});
