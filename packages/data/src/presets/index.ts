/** Presets: read published files as they are and reshape them for the contracts. CSP-safe (no arquero). */
export {
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
} from './apply.js';
export { eesAreas, selectEesRows, localFirst, EES_COLUMNS, EES_GEOGRAPHY, type EesRow, eesPreset } from './ees.js';
export { EHC_PLANS_SYMBOLS, SEN2_MI_SYMBOLS, IOD2019_SYMBOLS, SEN_2021_SYMBOLS } from './symbols.js';
export { EHC_NEED_COLUMNS, EHC_NEED_TOPICS, eesEhcPlansByNeedPreset } from './ees-ehc-plans-by-need.js';
export { CASELOAD_COLUMNS, CASELOAD_LABELS, ehcCaseloadContract, eesEhcCaseloadPreset } from './ees-ehc-caseload.js';
export {
  IOD2019_COLUMNS,
  IOD2019_LSOAS,
  isPublishedIod2019,
  IOD2019_AREA_HINT,
  iod2019LsoaPreset,
} from './iod2019-lsoa.js';
export { lsoaDecileCounts, type LsoaDecileCount } from './lsoa-decile-counts.js';
export { checkCinShare, checkCinSum, CIN_NEEDS, CIN_SYMBOLS, CIN_PROVISION_SHARES } from './cin-sen-columns.js';
export { CIN_ROUNDED_TO, eesCinSenLaPreset } from './ees-cin-sen-la.js';
export { CIN_NATIONAL_PROVISIONS, eesCinSenNationalPreset } from './ees-cin-sen-national.js';
export { type Sen2Indicator, SEN2_INDICATORS, SEN2_HEADLINE_INDICATOR, eesSen2MiPreset } from './ees-sen2-mi.js';
export { ReadProblems, readMeasure, shareDisagrees } from './read-cells.js';
// the contract the ees-sen2-mi preset writes (kept beside it until the contracts are re-exported from the package index)
export {
  INDICATOR_UNITS,
  type IndicatorUnit,
  GEOGRAPHIC_LEVELS,
  INDICATOR_DIRECTIONS,
  type IndicatorDirection,
  indicatorsContract,
} from '../contracts/indicators.js';
export { periodLabel } from './read-cells.js';
