import { describe, expect, it } from 'vitest';
import { phaseFamilies } from './phase-hierarchy.js';

describe('phaseFamilies', () => {
  it('has the expected defaults: no subtotals and no "all" means no families', () => {
    expect(phaseFamilies(['primary', 'secondary', 'special'])).toEqual([]);
    expect(phaseFamilies([])).toEqual([]);
  });

  it('reads the EHC plans file placement types: subtotals of their group, "all" of the rest', () => {
    const phases = [
      'all',
      'AP/PRU - academy',
      'AP/PRU - total',
      'FE - general FE and tertiary colleges',
      'FE - total',
      'FE - UKRLP provider',
      'Mainstream - academy',
      'Mainstream - academy (SEN unit)',
      'Mainstream - total',
      'Non-maintained early years',
      'Placement not recorded',
      'Special - independent',
      'Special - total',
    ];
    expect(phaseFamilies(phases)).toEqual([
      { parent: 'AP/PRU - total', children: ['AP/PRU - academy'] },
      { parent: 'FE - total', children: ['FE - general FE and tertiary colleges', 'FE - UKRLP provider'] },
      { parent: 'Mainstream - total', children: ['Mainstream - academy', 'Mainstream - academy (SEN unit)'] },
      { parent: 'Special - total', children: ['Special - independent'] },
      {
        parent: 'all',
        children: [
          'AP/PRU - total',
          'FE - total',
          'Mainstream - total',
          'Non-maintained early years',
          'Placement not recorded',
          'Special - total',
        ],
      },
    ]);
  });

  it('treats "all" as the sum of every other phase when there are no subtotals, and ignores a subtotal with no parts', () => {
    expect(phaseFamilies(['primary', 'all', 'secondary', 'Special - total'])).toEqual([
      { parent: 'all', children: ['primary', 'secondary', 'Special - total'] },
    ]);
  });
});
