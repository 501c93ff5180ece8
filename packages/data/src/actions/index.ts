export {
  isCountUnit,
  buildMeasure,
  judgeMeasure,
  standingWords,
  type MeasureDirection,
  type MeasureStanding,
  type ActionMeasure,
  type MeasureInput,
} from './measure.js';
export { ragRule, ragRating, type RagRating, type RagResult, type RagAction, RAG_LABELS, RAG_RULE } from './rag.js';
export {
  emptyStatusCounts,
  reviewPoints,
  actionsTimeline,
  type StatusCounts,
  type TimelinePoint,
  type TimelineAction,
} from './timeline.js';
export {
  isOverdue,
  httpHref,
  isHttpUrl,
  weightedProgress,
  meanProgress,
  describeFilter,
  buildActionsModel,
  countsWords,
  OPEN_STATUSES,
  STATUS_LABELS,
  type ActionItem,
  type ActionsDataset,
  type ActionsFilter,
  type PriorityRollup,
  type ActionsModel,
  type ActionsModelOptions,
} from './model.js';
export { checkActions, readActions } from './read.js';
export {
  summariseActions,
  summariseActionsParts,
  type ActionsSummaryOptions,
  type ActionsSummaryParts,
} from './summary.js';
export { ACTIONS_STRINGS, type ActionsStringKey } from './strings.js';
