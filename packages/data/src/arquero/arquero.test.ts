import { describe, expect, it } from 'vitest';
import { arqueroMissing, table } from './arquero.js';

describe('the arquero entry loads arquero, an optional peer dependency', () => {
  it('loads arquero when it is installed (as in this repository)', () => {
    expect(table({ a: [1, 2] }).numRows()).toBe(2);
  });

  it('says what to install when arquero is not installed (Node and bundler wordings)', () => {
    for (const message of [
      "Cannot find package 'arquero' imported from /app/node_modules/@send-insight/data/dist/arquero/arquero.js",
      'Cannot find module "arquero"',
    ]) {
      const text = arqueroMissing(Object.assign(new Error(message), { code: 'ERR_MODULE_NOT_FOUND' }));
      expect(text).toContain('npm install arquero@8');
      expect(text).toContain('optional peer dependency');
    }
  });

  it('passes on any other failure to load arquero, without calling it missing', () => {
    const text = arqueroMissing(
      new Error("Cannot find package '@uwdata/flechette' imported from /app/node_modules/arquero/src/index.js"),
    );
    expect(text).toBe(
      "@send-insight/data/arquero could not load arquero: Cannot find package '@uwdata/flechette' imported from /app/node_modules/arquero/src/index.js",
    );
    expect(text).not.toContain('npm install');
  });
});
