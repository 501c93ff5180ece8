import type { Contract } from '../schema.js';
import { NEED_ALIASES, NEED_CODES, NEED_TOTAL } from './needs-codes.js';

/** **needs**: pupils by primary type of need, per geography × phase × provision. */
export const needsContract: Contract = {
  name: 'needs',
  title: 'needs',
  key: ['geography', 'phase', 'provision', 'need', 'time_period'],
  columns: [
    {
      name: 'geography',
      type: 'text',
      required: true,
      description: '"local", "england" or an area name',
    },
    {
      name: 'phase',
      type: 'text',
      required: true,
      description: 'primary, secondary, special, all, or a setting such as a placement type',
    },
    {
      name: 'provision',
      type: 'code',
      values: ['sen_support', 'ehc_plan', 'all'],
      valueAliases: { 'sen support': 'sen_support', ehcp: 'ehc_plan', 'ehc plan': 'ehc_plan', total: 'all' },
      required: true,
      description: 'sen_support, ehc_plan or all',
    },
    {
      name: 'need',
      type: 'code',
      values: [...NEED_CODES, NEED_TOTAL],
      valueAliases: { ...NEED_ALIASES, total: NEED_TOTAL },
      required: true,
      description:
        'DfE primary need code (SLCN, ASD, SEMH, MLD, SpLD, SLD, PMLD, HI, VI, MSI, PD, OTH, NSA, UNKNOWN), or ALL (also "total") for the group\'s total: everyone in it, including needs suppressed at source or not recorded; shares are then of that total',
    },
    {
      name: 'pupils',
      type: 'count',
      required: true,
      description: 'number of pupils with this primary need',
    },
    { name: 'time_period', type: 'text' },
    {
      name: 'area_name',
      type: 'text',
    },
  ],
};
