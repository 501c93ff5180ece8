/** DfE primary type of need codes, in the order DfE publishes them, with their full names. */
export const NEED_CODES = [
  'SLCN',
  'ASD',
  'SEMH',
  'MLD',
  'SpLD',
  'SLD',
  'PMLD',
  'HI',
  'VI',
  'MSI',
  'PD',
  'OTH',
  'NSA',
  'UNKNOWN',
] as const;

export type NeedCode = (typeof NEED_CODES)[number];

/** Full names as the DfE writes them (SEN in England; SEN2 data guidance). */
export const NEED_NAMES: Readonly<Record<NeedCode, string>> = {
  SLCN: 'Speech, language and communication needs',
  ASD: 'Autistic spectrum disorder',
  SEMH: 'Social, emotional and mental health',
  MLD: 'Moderate learning difficulty',
  SpLD: 'Specific learning difficulty',
  SLD: 'Severe learning difficulty',
  PMLD: 'Profound and multiple learning difficulty',
  HI: 'Hearing impairment',
  VI: 'Visual impairment',
  MSI: 'Multi-sensory impairment',
  PD: 'Physical disability',
  OTH: 'Other difficulty or disability',
  NSA: 'SEN support but no specialist assessment of type of need',
  UNKNOWN: 'Need not recorded',
};

/**
 * The `need` value of a group's total row: everyone in that geography × phase × provision × period,
 * including needs suppressed at source or not recorded. Not a need: it is never drawn as one, and
 * when a group has it, every share in the group is of it. Written `ALL`, `all` or `total`.
 */
export const NEED_TOTAL = 'ALL';

/** Spellings met in published files, mapped to codes. */
export const NEED_ALIASES: Readonly<Record<string, NeedCode>> = {
  autism: 'ASD',
  asc: 'ASD',
  spld: 'SpLD',
  other: 'OTH',
  need_unknown: 'UNKNOWN',
  unknown: 'UNKNOWN',
  'not recorded': 'UNKNOWN',
};
