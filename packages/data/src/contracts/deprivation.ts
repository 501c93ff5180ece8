import type { Contract } from '../schema.js';
import { notMoreThan } from './not-more-than.js';

/**
 * **deprivation**: one row per area × IMD decile, per LSOA, or per pupil.
 * Rates are per 100 pupils; decile 1 is the most deprived tenth of areas in England.
 */
export const deprivationContract: Contract = {
  name: 'deprivation',
  title: 'deprivation',
  columns: [
    {
      name: 'imd_decile',
      type: 'integer',
      min: 1,
      max: 10,
      required: true,
      description: 'IMD decile of the home area, 1 (most deprived) to 10 (least deprived)',
      aliases: ['decile', 'index of multiple deprivation (imd) decile'],
    },
    { name: 'pupils', type: 'count', required: true, description: 'number of pupils' },
    {
      name: 'sen_support',
      type: 'count',
      required: true,
      description: 'pupils receiving SEN support',
    },
    {
      name: 'ehc_plan',
      type: 'count',
      required: true,
      description: 'pupils with an education, health and care plan',
      aliases: ['ehc_plans', 'ehcp'],
    },
    {
      name: 'area_code',
      type: 'text',
    },
    { name: 'area_name', type: 'text' },
    { name: 'lsoa_code', type: 'text' },
    { name: 'lsoa_name', type: 'text' },
    {
      name: 'imd_rank',
      type: 'integer',
      min: 1,
      max: 32844,
    },
    { name: 'time_period', type: 'text' },
    { name: 'geography', type: 'text' },
  ],
  checks: [notMoreThan('sen_support', 'pupils'), notMoreThan('ehc_plan', 'pupils')],
};
