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
      example: '1',
      aliases: ['decile', 'index of multiple deprivation (imd) decile'],
    },
    { name: 'pupils', type: 'count', required: true, description: 'number of pupils', example: '5120' },
    {
      name: 'sen_support',
      type: 'count',
      required: true,
      description: 'pupils receiving SEN support',
      example: '1014',
    },
    {
      name: 'ehc_plan',
      type: 'count',
      required: true,
      description: 'pupils with an education, health and care plan',
      example: '215',
      aliases: ['ehc_plans', 'ehcp'],
    },
    {
      name: 'area_code',
      type: 'text',
      description: 'GSS code of the local authority, e.g. E08000031',
      example: 'E08000031',
    },
    { name: 'area_name', type: 'text', description: 'name of the local authority', example: 'Wolverhampton' },
    { name: 'lsoa_code', type: 'text', description: 'LSOA code (2011), for area-level data', example: 'E01010519' },
    { name: 'lsoa_name', type: 'text', description: 'LSOA name', example: 'Wolverhampton 001A' },
    {
      name: 'imd_rank',
      type: 'integer',
      min: 1,
      max: 32844,
      description: 'IMD rank of the LSOA, 1 (most deprived) to 32,844',
      example: '1289',
    },
    { name: 'time_period', type: 'text', description: 'period, e.g. 2022/23 or 202223', example: '2022/23' },
    { name: 'geography', type: 'text', description: '"local" or "england"', example: 'local' },
  ],
  checks: [notMoreThan('sen_support', 'pupils'), notMoreThan('ehc_plan', 'pupils')],
};
