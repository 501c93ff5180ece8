import { DEPRIVATION_CHART_TEXT } from './deprivation-chart.strings.js';

/**
 * The deprivation chart's text for the neighbourhood (LSOA) context, alone or under the rates,
 * loaded with that view: its heading, reference line and axes, the words announced for each
 * decile of neighbourhoods, and its table and notes. Overridden through the element's `strings`,
 * like `DEPRIVATION_CHART_STRINGS`.
 */
export const DEPRIVATION_CONTEXT_STRINGS = {
  deprivationLsoas: 'Neighbourhoods (LSOAs)',
  deprivationLsoaShare: 'Share of the neighbourhoods',
  deprivationNationalDecile: 'National IMD decile (1 = most deprived)',
  deprivationEvenSpread: 'England: {share} in each decile',
  deprivationStripTitle: 'Neighbourhoods (LSOAs) in each decile: {n} in all',
  deprivationLsoaWords: '{decile}: {n} of the {lsoas}{in}, {share} ({even})',
  deprivationLsoaCaption: 'Neighbourhoods (LSOAs){in} by national IMD decile',
  deprivationColNationalDecile: 'National IMD decile',
  deprivationColEven: 'England (each decile a tenth)',
  deprivationLsoaCount_one: '{n} LSOA',
  deprivationLsoaCount_other: '{n} LSOAs',
  deprivationNoteLsoas:
    "Neighbourhoods: {lsoas}{in} by national IMD decile (each decile is a tenth of England's LSOAs).",
  deprivationNoteContext:
    "{lsoas}{in}. The deciles are national: each holds a tenth of England's LSOAs, so an area spread like England would have {even} in each.",
  deprivationNoteNotPeople: 'These are counts of areas, not of people.',
} as const;

/** Every text the context view writes: the chart's ({@link DEPRIVATION_CHART_TEXT}) and its own. */
export const DEPRIVATION_CONTEXT_TEXT = { ...DEPRIVATION_CHART_TEXT, ...DEPRIVATION_CONTEXT_STRINGS };

/** A key of {@link DEPRIVATION_CONTEXT_TEXT}. */
export type DeprivationContextTextKey = keyof typeof DEPRIVATION_CONTEXT_TEXT;
