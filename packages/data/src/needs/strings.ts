import { NEED_NAMES, type NeedCode } from '../contracts/needs-codes.js';

/**
 * The en-GB templates of every sentence and label the needs model and summaries write. Override
 * any of them through the `strings` option (or an element's `strings` property) to reword or
 * translate; `{name}` placeholders are filled in, and keys ending `_one`/`_other` (add `_two`,
 * `_few`, `_many`, `_zero` as your language needs) are plural forms chosen by the locale.
 *
 * Need names are keyed `need.<code>` (e.g. `need.SLCN`).
 */
export const NEEDS_STRINGS = {
  ...(Object.fromEntries(Object.entries(NEED_NAMES).map(([code, name]) => [`need.${code}`, name])) as Record<
    `need.${NeedCode}`,
    string
  >),
  /** A need's name with its code, as a row label. */
  needsLabel: '{name} ({code})',
  /** A need inside a sentence ({name} has its first letter lowered when it is an ordinary word). */
  needsInSentence: '{name} ({code})',
  /** The remainder when only the top N needs are shown. */
  needsOther: 'Other needs',
  needsOtherLabel: 'Other needs ({count})',
  /** The block of pupils in hidden cells in the composition view. */
  needsSuppressedBlock: 'Suppressed',
  /** How the local area is named when the data calls it "local" and gives no area name. */
  needsThisArea: 'this area',
  needsNoteAllPhases: '“All” phases adds up {phases}.',
  /** School phases as named in that note (other settings are named as the data writes them). */
  'needsPhaseName.primary': 'primary',
  'needsPhaseName.secondary': 'secondary',
  'needsPhaseName.special': 'special',
  needsNoteAllProvision: '“All” provision adds up SEN support and EHC plans.',
  needsNoteIncomplete:
    'Some counts were missing in the source, so some shares are of the pupils whose need is published rather than of all pupils.',
  /** A group with a published total row (need ALL): shares are of it. */
  needsNoteTotalRow: 'Shares are of the published total of each group, which counts everyone in it.',
  needsNoteTotalRowUnpublished:
    'Shares are of the published total of each group, which counts everyone in it, including pupils whose need is not published at source ({unpublished}).',
  needsNoteUnpublishedIn: '{needs} in {area}',
  /** England, as named in notes. */
  needsEngland: 'England',
  /** How a group is compared with England: {against}, {fisher} and {family} are the phrases below. */
  needsNoteCompare:
    'Each need is compared with {against} by a two-proportion z-test{fisher}; {family}, and only a need whose adjusted p is below 0.05 is called significantly higher or lower. Each 95% interval is the need’s own, without that allowance.',
  needsAgainstRest: 'the rest of England (England without {area}, whose counts England’s include)',
  needsAgainstEngland: 'England',
  needsCompareFisher: ' (Fisher’s exact test where an expected count is below 5)',
  needsCompareFamily_one: 'one need is compared',
  needsCompareFamily_other: 'the p-values are adjusted for the {n} needs compared (Holm’s method)',
  needsNoteNotCompared:
    'Shares here are of the pupils whose need is published, and England’s are of all its pupils, so they are not compared; a total row (need ALL) would put them on one base.',
  needsNoteUnknown:
    'Need not recorded is shown as it is published, but never compared with England or ranked as a need.',
  /** Labels of cells that are not shown. */
  needsNotInData: 'not in the data',
  needsSuppressedCell: 'suppressed',

  // populations: "primary pupils with an EHC plan"
  'needsWho.sen_support': 'on SEN support',
  'needsWho.ehc_plan': 'with an EHC plan',
  'needsWho.all': 'with special educational needs',
  needsPopulationPrimary: 'primary pupils {who}',
  needsPopulationSecondary: 'secondary pupils {who}',
  needsPopulationSpecial: 'pupils {who} in special schools',
  needsPopulationAll: 'pupils {who}',
  needsPopulationSetting: 'pupils {who} in the setting “{setting}”',
  /** EHC plans run from birth to 25, so outside the school phases they are not all pupils. */
  needsPopulationChildren: 'children and young people {who}',
  needsPopulationChildrenSetting: 'children and young people {who} in the setting “{setting}”',

  // summariseNeeds
  needsSummaryWhen: ' ({period})',
  needsSummaryNoGroup: 'There are no figures for {phase} in the data.',
  needsSummaryThisPhase: 'this phase',
  needsSummaryAllSuppressed: 'Figures for {who} in {area}{when} are suppressed to protect small numbers.',
  needsSummaryMostCommon:
    'Among {who} in {area}{when}, the most common primary need is {need}{tied}: {share}{england}.',
  needsSummaryTied: ' (level with {needs})',
  needsSummaryAgainstEngland: ', against {share} in England',
  needsSummaryDifferenceFirst: '{need}, {points} percentage points {direction} ({share} against {england})',
  needsSummaryDifferenceNext: '{need}, {points} points {direction} ({share} against {england})',
  needsSummaryHigher: 'higher',
  needsSummaryLower: 'lower',
  needsSummaryDifferences_one: 'The largest significant difference from England is {list}.',
  needsSummaryDifferences_other: 'The largest significant differences from England are {list}.',
  needsSummaryNoDifference: 'No need’s share differs significantly from England’s.',
  needsSummarySuppressed_one: 'The figure for one need is suppressed to protect small numbers.',
  needsSummarySuppressed_other: 'Figures for {n} needs are suppressed to protect small numbers.',
  needsSummaryIncomplete: 'Some counts are missing in the source, so shares are of the pupils whose need is published.',

  // summariseComposition
  'needsIn.primary': 'in primary',
  'needsIn.secondary': 'in secondary',
  'needsIn.special': 'in special schools',
  'needsIn.all': 'across all phases',
  needsInSetting: 'in the setting “{setting}”',
  'needsAmong.sen_support': 'among pupils on SEN support',
  'needsAmong.ehc_plan': 'among those with an EHC plan',
  'needsAmong.all': 'among all pupils with SEN',
  needsCompositionPlace: '{where} ({share})',
  needsCompositionPart: '{need} {places}',
  needsCompositionMostCommon: 'In {area}{when}, the most common primary need is {parts}.',
  needsCompositionHidden: 'Figures {places} are suppressed to protect small numbers.',
  needsCompositionSomeHidden:
    'Some figures are suppressed to protect small numbers; their pupils are drawn together as one hatched block.',
  needsCompositionNothing: 'There are no figures to compare{when}.',
} as const;

/** A key of {@link NEEDS_STRINGS}. */
export type NeedsStringKey = keyof typeof NEEDS_STRINGS;
