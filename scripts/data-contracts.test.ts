import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COPY, dataContractsMarkdown, PAGE } from './data-contracts.js';

describe('docs/data-contracts.md, the markdown copy of the Data contracts page', () => {
  it('is what npm run docs:contracts writes from the page and the contracts now', () => {
    expect(readFileSync(COPY, 'utf8'), 'out of date: run npm run docs:contracts').toBe(
      dataContractsMarkdown(readFileSync(PAGE, 'utf8')),
    );
  });

  it('has every column of the four contracts, and the symbols', () => {
    const text = readFileSync(COPY, 'utf8');
    for (const column of [
      'imd_decile',
      'sen_support',
      'ehc_plan',
      'need',
      'provision',
      'respondents',
      'agree',
      'action_id',
      'due',
      'progress',
    ])
      expect(text).toContain(`| \`${column}\` |`);
    expect(text).toContain('| `[c]` |');
  });
});
