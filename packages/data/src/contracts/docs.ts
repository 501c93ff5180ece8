import type { ColumnSpec, Contract } from '../schema.js';

/** What a column's documentation adds to its spec. */
export type ColumnDoc = Pick<ColumnSpec, 'description' | 'example'>;

/**
 * The documentation of the five charts' contracts, kept out of the contracts themselves so the
 * browser never loads it (issue 21: an element's file holds the contract it checks input against):
 * for each column an example value (for the data contracts page and its CSV templates) and, for
 * optional columns, what the column holds. A required column keeps its description in its
 * contract, where the missing-column message names it. Read through {@link documented}.
 */
export const CONTRACT_DOCS: Readonly<Record<string, Readonly<Record<string, ColumnDoc>>>> = {
  deprivation: {
    imd_decile: { example: '1' },
    pupils: { example: '5120' },
    sen_support: { example: '1014' },
    ehc_plan: { example: '215' },
    area_code: { description: 'GSS code of the local authority, e.g. E08000031', example: 'E08000031' },
    area_name: { description: 'name of the local authority', example: 'Wolverhampton' },
    lsoa_code: { description: 'LSOA code (2011), for area-level data', example: 'E01010519' },
    lsoa_name: { description: 'LSOA name', example: 'Wolverhampton 001A' },
    imd_rank: { description: 'IMD rank of the LSOA, 1 (most deprived) to 32,844', example: '1289' },
    time_period: { description: 'period, e.g. 2022/23 or 202223', example: '2022/23' },
    geography: { description: '"local" or "england"', example: 'local' },
  },
  needs: {
    geography: { example: 'local' },
    phase: { example: 'primary' },
    provision: { example: 'all' },
    need: { example: 'SLCN' },
    pupils: { example: '1210' },
    time_period: { description: 'period, e.g. 2022/23', example: '2022/23' },
    area_name: {
      description: 'optional: the name of the local area, used in the summary instead of "this area"',
      example: 'Wolverhampton',
    },
  },
  outcomes: {
    outcome: { example: 'voice_heard' },
    group: { example: 'Parents and carers' },
    period: { example: '2024' },
    respondents: { example: '212' },
    agree: { description: 'people who agreed (give this or percent)', example: '131' },
    percent: { description: 'per cent who agreed (when agree counts are not given)', example: '61.8' },
  },
  actions: {
    priority: { example: '1' },
    priority_title: { example: 'Develop a system underpinned by national standards' },
    action_id: { example: '1.1' },
    action: { example: 'Publish pre-diagnosis support options on the Local Offer' },
    owner: { example: 'SEND Improvement Advisor' },
    due: { example: '2025-03-31' },
    status: { example: 'on_track' },
    progress: { example: '60' },
    updated: { example: '2025-01-15' },
    plan: {
      description: 'plan name, e.g. SEND and Inclusion Improvement Plan, Written Statement of Action',
      example: 'SEND and Inclusion Improvement Plan',
    },
    outcome: {
      description: 'the outcome the action serves',
      example: 'Children and young people receive the right help at the right time',
    },
    evidence_url: {
      description: 'link to evidence (http or https)',
      example: 'https://www.wolverhampton.gov.uk/localoffer',
    },
    evidence_label: { description: 'text for the evidence link', example: 'Local Offer page' },
    measure: { description: 'what the measure counts', example: 'Overdue annual reviews' },
    unit: { description: 'unit of the measure, e.g. reviews, %, weeks', example: 'reviews' },
    baseline: { description: 'measure at the start', example: '200' },
    current: { description: 'measure now', example: '40' },
    target: { description: 'measure target', example: '0' },
    better: { description: 'which direction is better: higher or lower', example: 'lower' },
  },
  indicators: {
    area_code: { example: 'E08000031' },
    area_name: { description: 'name of the area', example: 'Wolverhampton' },
    geographic_level: { description: 'National, Regional or Local authority', example: 'Local authority' },
    time_period: { example: '2021' },
    indicator: { example: 'no_exc_20week_rate' },
    label: { description: 'what it measures, in words', example: 'New EHC plans within 20 weeks (%)' },
    unit: { example: 'percent' },
    value: { example: '38.1' },
    region_code: { description: "an authority's region (E12…)", example: 'E12000005' },
    numerator: { description: "a percentage's count", example: '121' },
    denominator: { description: 'the count it is a share of', example: '318' },
    better: { description: 'which way is better', example: 'higher' },
    target: { description: 'the value aimed for', example: '60' },
  },
};

/**
 * A contract with its documentation: each column's description and example from
 * {@link CONTRACT_DOCS} (a column's own values first). What the data contracts page, its
 * markdown copy and the playground show; checking data with it is the same as with the contract.
 *
 * @param contract a contract, e.g. `indicatorsContract`
 * @returns a copy whose columns carry their description and example (the contract itself when it has no documentation here)
 * @example documented(indicatorsContract).columns[1] // { name: 'area_name', type: 'text', description: 'name of the area', example: 'Wolverhampton' }
 */
export function documented(contract: Contract): Contract {
  const docs = CONTRACT_DOCS[contract.name];
  if (!docs) return contract;
  return { ...contract, columns: contract.columns.map((c) => ({ ...docs[c.name], ...c })) };
}
