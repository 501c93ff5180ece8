/** Illustrative demo data for the four contracts (see each file for what is real and what is made up). */
export {
  illustrativeEnglandLsoaRows,
  DEPRIVATION_DEMO_NOTE,
  deprivationDemo,
  deprivationPeriodsDemo,
  deprivationLsoaDemo,
} from './deprivation.js';
export {
  demoActionsCsv,
  type DemoActionsRow,
  DEMO_ACTIONS_LABEL,
  DEMO_ACTIONS_AS_OF,
  DEMO_ACTIONS_PLANS,
  demoActions,
} from './actions.js';
export {
  demoOutcomesRows,
  demoOutcomesSuppressedRows,
  type DemoOutcomesRow,
  DEMO_OUTCOMES_LABEL,
  DEMO_OUTCOMES_GROUPS,
  DEMO_OUTCOMES_PERIODS,
  DEMO_OUTCOMES_SUPPRESSED_CELL,
} from './outcomes.js';
export { demoNeedsRows, type DemoNeedsRow, DEMO_NEEDS_LABEL, DEMO_NEEDS_PERIOD } from './needs.js';
export {
  demoLocalTimelinessRows,
  demoReviewBacklogRows,
  type DemoIndicatorRow,
  DEMO_LOCAL_INDICATORS_SOURCE,
  DEMO_REVIEWS_SOURCE,
} from './indicators.js';
/** Real published figures (small extracts, OGL v3.0): read them with the matching preset. */
export { REAL_EHC_NEEDS_SOURCE, REAL_EHC_NEEDS_AREAS, REAL_EHC_NEEDS_CSV } from './real-ehc-needs.js';
export { REAL_IOD_SOURCE, REAL_IOD_WOLVERHAMPTON_CSV } from './real-iod-wolverhampton.js';
export { REAL_EHC_CASELOAD_SOURCE, REAL_EHC_CASELOAD_CSV } from './real-ehc-caseload.js';
export { REAL_SEN2_MI_SOURCE, REAL_SEN2_MI_CSV } from './real-sen2-mi.js';
export { REAL_CIN_SEN_SOURCE, REAL_CIN_SEN_CSV } from './real-cin-sen.js';
