/**
 * The types of the needs model, shared by the model and its parts (comparisons, notes), kept apart
 * so that the parts import no file that imports them.
 */
import type { NeedCode } from '../contracts/needs-codes.js';
import type { SuppressionReason } from '../disclosure.js';
import type { TextOptions, Wording } from '../text/wording.js';
import type { NeedsStringKey } from './strings.js';

/** SEN provision: SEN support, an EHC plan, or both together. */
export type Provision = 'sen_support' | 'ehc_plan' | 'all';

/** How the rows of a need breakdown are ordered. */
export type NeedSort =
  /** largest local share first (the default) */
  | 'share'
  /** largest England share first */
  | 'england'
  /** largest difference from England (local minus England) first */
  | 'difference'
  /** alphabetical by full need name */
  | 'name'
  /** the DfE's order of need codes */
  | 'code';

/** Why a figure is not shown: a disclosure reason, `linked` (hidden so a total of provisions cannot reveal a hidden part), or a missing value from the source. */
export type NeedHiddenReason = SuppressionReason | 'linked' | 'missing';

/** One need's count and share in one geography × phase × provision. Shares and intervals are fractions 0–1. */
export interface NeedCell {
  /** `shown`: the count may be shown; `suppressed`: hidden for disclosure (at source or here); `missing`: absent in the source for another reason (not applicable, not available…). */
  status: 'shown' | 'suppressed' | 'missing';
  /** The count, only when `status` is `shown`. */
  count?: number;
  /** Why the count is not shown. */
  reason?: NeedHiddenReason;
  /** Plain-English label of a missing value ("suppressed", "not applicable"). */
  missingLabel?: string;
  /** Share of the group's denominator, when it may be shown. */
  share?: number;
  /** Wilson 95% interval of the share. */
  lower?: number;
  upper?: number;
}

/**
 * Percentage-point difference from England with its 95% interval and test. The test is of the area
 * against the rest of England (England minus the area) when the area's counts are part of
 * England's, else against England (see {@link needDifference}).
 */
export interface NeedDifference {
  /** local share − England share, in percentage points (what the chart draws) */
  points: number;
  /** 95% interval of the difference (Newcombe's, of the area against the rest of England, scaled to the drawn difference), in percentage points */
  lower: number;
  upper: number;
  /** z of the pooled two-proportion test */
  z: number;
  /** two-sided p-value before adjustment */
  p: number;
  /** p-value after Holm's adjustment over the needs compared in the group (one phase × provision) */
  pAdjusted: number;
  /** `z`: two-proportion z-test; `fisher`: Fisher's exact test (an expected count below 5) */
  test: 'z' | 'fisher';
  /** `higher`/`lower` when the Holm-adjusted p is below 0.05, else `similar` */
  verdict: 'higher' | 'lower' | 'similar';
}

/** How a group's needs were compared with England. */
export interface NeedComparison {
  /** `rest`: with the rest of England (England's counts include the area's); `england`: with England as a whole (they do not). */
  against: 'rest' | 'england';
  /** Needs tested: the family Holm's method adjusts over (need not recorded is never tested). */
  tested: number;
  /** Of those, tested with Fisher's exact test. */
  fisher: number;
}

/** A row of a need breakdown: one need (or "Other needs"), local and England. */
export interface NeedRow {
  /** The need code, or `OTHER` for the grouped remainder. */
  key: NeedCode | 'OTHER';
  /** Full name, e.g. "Speech, language and communication needs". */
  name: string;
  /** The code as shown, e.g. "SLCN" ("" for Other needs). */
  code: string;
  /** Name with code: "Speech, language and communication needs (SLCN)". */
  label: string;
  local: NeedCell;
  /** England's figure for the same phase and provision, when the data has England. */
  england?: NeedCell;
  /** Difference from England, when both shares may be shown. */
  difference?: NeedDifference;
  /** For "Other needs": the needs folded into it. */
  members?: NeedCode[];
  /** For "Other needs": how many of its members are suppressed (their pupils are counted in the remainder when the total is complete). */
  suppressedMembers?: number;
}

/** A group's total pupils (the denominator of its shares). */
export interface GroupTotal {
  /** Total pupils, when it may be shown. */
  count?: number;
  /** The total is the group's published total row (need `ALL`), which counts everyone in the group, including needs suppressed at source or not recorded. */
  totalRow?: true;
  /** The denominator used for shares (the total, or the sum of known cells when the total is not complete); never shown on its own when `count` is undefined. */
  denominator?: number;
  /** False when some cells are missing at source, so the total is only of the known cells and shares are of those pupils. */
  complete: boolean;
  /** The whole group is hidden (its total is below the threshold) or absent. */
  suppressed: boolean;
}

/** Figures for one phase × provision: the local area and England. */
export interface NeedGroup {
  phase: string;
  provision: Provision;
  /** Worked out by adding other groups (SEN support + EHC plan, or all phases) rather than read from the data. */
  derived: boolean;
  local: GroupTotal;
  england?: GroupTotal;
  /** One row per need present in the data, in the DfE's order (never the total row). */
  needs: NeedRow[];
  /** Plain-English notes about this group's figures: what its shares are of, how it is compared with England. */
  notes?: string[];
  /** How its needs were compared with England, when they were. */
  comparison?: NeedComparison;
}

/** The view model of `<send-need-breakdown>`: every phase × provision, after disclosure control. JSON-serialisable. */
export interface NeedsModel {
  /** The local geography as it appears in the data ("local", or an area name). */
  local: string;
  /** How to name the local area in text ("this area" for "local"). */
  localLabel: string;
  /** The comparator geography as it appears in the data ("england"), if present. */
  comparator?: string;
  /** The period shown, when the data has `time_period`. */
  period?: string;
  /** Every period in the data, in order. */
  periods: string[];
  /** Phases (settings) in the data, school phases first, then others in order of appearance, then "all". */
  phases: string[];
  /** Provisions available (read or derived). */
  provisions: Provision[];
  groups: NeedGroup[];
  minCount: number;
  /** How many local or England cells of the data as read are hidden (suppressed at source or here); derived sums are not counted. */
  suppressedCells: number;
  /** Plain-English caveats (derived totals, incomplete denominators). */
  notes: string[];
}

/** Options for {@link buildNeedsModel}. */
export interface NeedsModelOptions {
  /** Disclosure threshold. Default {@link DEFAULT_MIN_COUNT}. */
  minCount?: number;
  /** Which `time_period` to use. Default: the latest. */
  period?: string;
  /** Which geography is the local area. Default: "local", else the only one that is not England. */
  geography?: string;
  /** How to name the local area in text. Default: "this area" for "local", else the geography as written. */
  localLabel?: string;
  /**
   * Whether the local area's counts are part of England's, as in every published file (an
   * authority's pupils are counted in England's figures). Then each need is compared with the rest
   * of England (England minus the area, counts and totals alike), so the two groups compared do not
   * overlap. Set false when England's figures leave the area out. Default true.
   */
  localInComparator?: boolean;
  /** Wording of need names, notes and labels (see {@link NEEDS_STRINGS}). */
  text?: TextOptions;
}

/** The wording of the needs model and summaries. */
export type NeedsWording = Wording<NeedsStringKey>;
