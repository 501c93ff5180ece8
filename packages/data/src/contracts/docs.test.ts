import { describe, expect, it } from 'vitest';
import { fromCsvText } from '../input.js';
import type { Contract } from '../schema.js';
import { validate } from '../validate.js';
import { actionsContract } from './actions.js';
import { deprivationContract } from './deprivation.js';
import { CONTRACT_DOCS, documented } from './docs.js';
import { indicatorsContract } from './indicators.js';
import { needsContract } from './needs.js';
import { outcomesContract } from './outcomes.js';

const CONTRACTS: Contract[] = [
  deprivationContract,
  needsContract,
  outcomesContract,
  actionsContract,
  indicatorsContract,
];

describe('the contracts and their documentation (issue 21: the browser loads the contracts, not their docs)', () => {
  it.each(CONTRACTS.map((c) => [c.name, c] as const))(
    '%s: every column is documented (what it holds and an example), and its docs name no column it lacks',
    (_, contract) => {
      const docs = CONTRACT_DOCS[contract.name]!;
      expect(Object.keys(docs)).toEqual(contract.columns.map((c) => c.name));
      for (const column of documented(contract).columns) {
        expect(column.description, `${contract.name}.${column.name}`).toMatch(/\S/);
        expect(column.example, `${contract.name}.${column.name}`).toMatch(/\S/);
      }
    },
  );

  it.each(CONTRACTS.map((c) => [c.name, c] as const))(
    '%s: the contract keeps only what checking uses: descriptions of required columns, no examples',
    (_, contract) => {
      for (const column of contract.columns) {
        expect(column.example, `${contract.name}.${column.name}`).toBeUndefined();
        expect(Boolean(column.description), `${contract.name}.${column.name}`).toBe(Boolean(column.required));
      }
    },
  );

  it('documented() adds the docs without changing what is checked, and keeps a column its own description', () => {
    const docs = documented(indicatorsContract);
    expect(docs).not.toBe(indicatorsContract);
    expect(docs.checks).toBe(indicatorsContract.checks);
    expect(docs.columns.map(({ description, example, ...rest }) => rest)).toEqual(
      indicatorsContract.columns.map(({ description, example, ...rest }) => rest),
    );
    expect(docs.columns.find((c) => c.name === 'value')?.description).toBe('the figure, or a symbol (z, x, c…)');
    expect(docs.columns.find((c) => c.name === 'numerator')).toMatchObject({
      description: "a percentage's count",
      example: '121',
    });
    const own = { name: 'own', title: 'own', columns: [{ name: 'n', type: 'count' as const }] };
    expect(documented(own)).toBe(own);
    const csv =
      'area_code,time_period,indicator,unit,value\nE08000031,2022,rate,percent,25.7\nE08000031,2021,rate,percent,101';
    expect(validate(fromCsvText(csv), docs).issues).toEqual(validate(fromCsvText(csv), indicatorsContract).issues);
  });

  it('the missing-column message still says what a required column holds; a column without a description is named alone', () => {
    const missing = validate(
      fromCsvText('area_code,time_period,indicator,unit\nE08000031,2022,rate,percent'),
      indicatorsContract,
    );
    expect(missing.issues.map((i) => i.message)).toContain(
      'the required column "value" (the figure, or a symbol (z, x, c…)) is missing from the header row',
    );
    const bare: Contract = {
      name: 'bare',
      title: 'bare',
      columns: [{ name: 'pupils', type: 'count', required: true }],
    };
    expect(validate(fromCsvText('other\n1'), bare).issues.map((i) => i.message)).toContain(
      'the required column "pupils" is missing from the header row',
    );
  });
});
