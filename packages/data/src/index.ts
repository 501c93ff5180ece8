/**
 * @send-insight/data: the arquero-free entry. Safe under a strict Content-Security-Policy:
 * nothing here compiles code. Components import only from here.
 */
export {
  missing,
  isStructuralZero,
  isMissing,
  isValue,
  symbolToMissing,
  type MissingKind,
  MISSING_LABELS,
  Missing,
  DEFAULT_SYMBOLS,
} from './missing.js';
export { issue, formatIssue, hasErrors, type DataIssue, SendDataError } from './issues.js';
export { parseCsv, formatCsv, type ParsedCsv, type ParseCsvOptions, type FormatCsvOptions } from './csv.js';
export type { ParsedNumber, Cell } from './values.js';
export { formatIsoDate, parseIsoDate, todayIso } from './dates.js';
// nothing public from './suggest.js'
export {
  fromCsvText,
  fromJsonText,
  fromRows,
  toRawData,
  type ColumnarTable,
  type RawData,
  type DataInput,
} from './input.js';
export type { ColumnType, ColumnSpec, Contract, CheckInput, ContractCheck } from './schema.js';
export { MAX_CELL_TEXT, validate, validatedRows, type ValidatedData, type ValidateOptions } from './validate.js';
export { NEED_CODES, type NeedCode, NEED_NAMES } from './contracts/needs-codes.js';
export { deprivationContract } from './contracts/deprivation.js';
export { needsContract } from './contracts/needs.js';
export { OUTCOME_CODES, type OutcomeCode, OUTCOME_LABELS, outcomesContract } from './contracts/outcomes.js';
export { ACTION_STATUSES, type ActionStatus, actionsContract } from './contracts/actions.js';
export { type IndicatorUnit, type IndicatorDirection, indicatorsContract } from './contracts/indicators.js';
export { describeColumn, symbolsAllowed } from './contracts/describe-column.js';
export { CONTRACT_DOCS, type ColumnDoc, documented } from './contracts/docs.js';
export { wilson, type Interval } from './stats/wilson.js';
export { compareProportions, type ProportionComparison } from './stats/two-proportion.js';
export { weightedLinearFit, type LinearFit } from './stats/regression.js';
export { holmAdjust } from './stats/holm.js';
export { fisherExact } from './stats/fisher-exact.js';
export { cochranArmitage, type TrendTest } from './stats/trend-test.js';
export { rateRatio, type RateRatio } from './stats/rate-ratio.js';
export {
  protectCounts,
  canShowRate,
  DEFAULT_MIN_COUNT,
  type DisclosureOptions,
  type SuppressionReason,
  type ProtectedCounts,
} from './disclosure.js';
export {
  fillTemplate,
  wordingOf,
  type TextValues,
  type StringOverrides,
  type TextFormat,
  type TextOptions,
  SHARED_STRINGS,
  type SharedStringKey,
  type PluralStem,
  Wording,
} from './text/wording.js';
export {
  periodLabel,
  registerPreset,
  listPresets,
  applyPreset,
  presetContract,
  presetSymbols,
  presetStructuralZeros,
  listAreas,
  type AreaOption,
  type Preset,
  type PresetOptions,
  type PresetResult,
  type PresetInfo,
  PRESETS,
  SEN_2021_SYMBOLS,
  ehcCaseloadContract,
  IOD2019_COLUMNS,
  isPublishedIod2019,
  lsoaDecileCounts,
  SEN2_INDICATORS,
  SEN2_HEADLINE_INDICATOR,
} from './presets/index.js';
export { closeAreas } from './presets/areas.js';
export { rowAreas } from './row-areas.js';
export {
  outcomeCell,
  buildOutcomesModel,
  suppressionLabel,
  type OutcomeSuppression,
  type OutcomeChange,
  type OutcomeCell,
  type OutcomesModel,
  type OutcomesModelOptions,
} from './outcomes/model.js';
export {
  summariseOutcomes,
  summariseOutcomesParts,
  type OutcomesSummaryOptions,
  type OutcomesSummaryParts,
} from './outcomes/summary.js';
export { outcomesNotes, type OutcomesNotesOptions } from './outcomes/notes.js';
export { OUTCOMES_STRINGS, type OutcomesStringKey } from './outcomes/strings.js';
export {
  aggregateDeciles,
  type DeprivationCountColumn,
  type DeprivationGeography,
  type CountCell,
  type DecileColumns,
  type DecileTotals,
  type DecileAggregation,
} from './deprivation/aggregate.js';
export {
  buildDeprivationModel,
  isDeprivationModelEmpty,
  type DeprivationMeasure,
  type DecileStatus,
  type DecileRate,
  type DeprivationTrend,
  type DeprivationContrast,
  type MeasureSeries,
  type LsoaSeries,
  type DeprivationModel,
  type DeprivationModelOptions,
  DEPRIVATION_MEASURES,
} from './deprivation/model.js';
export {
  summariseDeprivation,
  summariseDeprivationParts,
  type DeprivationSummaryParts,
  type DeprivationMeasureChoice,
  type DeprivationSummaryOptions,
} from './deprivation/summary.js';
export { deprivationFindings, type GradientClaim, type DeprivationFinding } from './deprivation/findings.js';
export { deprivationNotes, type DeprivationNotesOptions } from './deprivation/notes.js';
export { DEPRIVATION_STRINGS, type DeprivationStringKey } from './deprivation/strings.js';
export {
  standingWords,
  type MeasureDirection,
  type MeasureStanding,
  type ActionMeasure,
  type MeasureInput,
  ragRule,
  type RagRating,
  type StatusCounts,
  type TimelinePoint,
  isOverdue,
  buildActionsModel,
  type ActionItem,
  type ActionsDataset,
  type ActionsFilter,
  type PriorityRollup,
  type ActionsModel,
  type ActionsModelOptions,
  checkActions,
  readActions,
  summariseActions,
  summariseActionsParts,
  type ActionsSummaryParts,
  type ActionsSummaryOptions,
  ACTIONS_STRINGS,
  type ActionsStringKey,
} from './actions/index.js';
export {
  buildNeedsModel,
  needLabel,
  needName,
  PROVISIONS,
  findNeedGroup,
  selectNeeds,
  type NeedSelection,
  type NeedSelectionOptions,
  composeNeeds,
  type CompositionBar,
  type CompositionSegment,
  type NeedComposition,
  type NeedCompositionOptions,
  type Provision,
  type NeedSort,
  type NeedHiddenReason,
  type NeedCell,
  type NeedDifference,
  type NeedComparison,
  type NeedRow,
  type GroupTotal,
  type NeedGroup,
  type NeedsModel,
  type NeedsModelOptions,
  type NeedsWording,
} from './needs/model.js';
export {
  summariseNeeds,
  summariseComposition,
  type NeedsSummaryOptions,
  type CompositionSummaryOptions,
} from './needs/summary.js';
export { groupNotes, type NeedsNotesOptions } from './needs/notes.js';
export { NEEDS_STRINGS, type NeedsStringKey } from './needs/strings.js';
export { isDeprivationContextHeader, deprivationContextContract } from './contracts/deprivation-context.js';
export {
  buildDeprivationContext,
  type DeprivationContext,
  type DeprivationContextOptions,
} from './deprivation/context.js';
export { readDeprivationContext } from './deprivation/read-context.js';
export { localAreaText } from './deprivation/local-area.js';
export {
  summariseDeprivationContext,
  deprivationContextSentence,
  type DeprivationContextSummaryOptions,
} from './deprivation/context-summary.js';
export { protectLinkedCounts, type LinearConstraint, type LinkedDisclosureOptions } from './linked-disclosure.js';
// nothing public from './needs/phase-hierarchy.js'
// nothing public from './needs/protect.js'
export type { AreaLevel, IndicatorRow } from './indicators/read.js';
export type { IndicatorPoint } from './indicators/points.js';
// nothing public from './indicators/rank.js'
export type { ChangeVerdict, IndicatorChange } from './indicators/change.js';
export {
  buildIndicatorModel,
  type IndicatorComparator,
  type SeriesRole,
  type IndicatorSeries,
  type IndicatorComparison,
  type IndicatorAuthority,
  type IndicatorModel,
  type IndicatorModelOptions,
} from './indicators/model.js';
export { INDICATOR_STRINGS, type IndicatorStringKey } from './indicators/strings.js';
export {
  indicatorValue,
  gapReason,
  currentPoint,
  countsText,
  changeSentence,
  comparisonSentence,
  sinceSentence,
  targetSentence,
  rankSentence,
  summariseIndicator,
  type IndicatorWording,
} from './indicators/words.js';
