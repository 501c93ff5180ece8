import type { RawData } from '../input.js';
import type { DataIssue } from '../issues.js';
import type { MissingKind } from '../missing.js';
import type { Contract } from '../schema.js';

/** Options a preset reads: the local authority and the period to keep. */
export interface PresetOptions {
  /** GSS code (E08000031), old LA code (336) or name of the local authority (any case). England is always kept as the comparator. */
  area?: string;
  /** Time period to keep, as published (`202425`) or as a label (`2024/25`); default: every period in the file. */
  period?: string;
  /**
   * Keep every area the file holds, not only one authority and England: each local authority and
   * region under its own name as `geography` (England stays "england"). For checking a whole file
   * (`send-insight validate --preset … file.csv` without `--area`); a chart needs one area. Ignored
   * when `area` is given.
   */
  everyArea?: boolean;
  /**
   * Write the **indicators** contract, where a preset can (`ees-sen2-mi` always does;
   * `ees-ehc-caseload` writes each of its counts as a count indicator), for `<send-indicator>`.
   */
  indicators?: boolean;
  /**
   * Presets that write the **indicators** contract: keep only this measure (e.g. `no_exc_20week_rate`, `ehc_plans`),
   * with the measures of its family where it has one (a percentage and the counts it is worked out from, which
   * disclosure control protects as one), this measure's rows first.
   */
  indicator?: string;
}

/** What a preset returns: data in a contract's shape, plus warnings (never errors: those throw). */
export interface PresetResult {
  data: RawData;
  issues: DataIssue[];
}

/** An area a file holds, for pickers. */
export interface AreaOption {
  /** GSS code, e.g. E08000031. */
  code: string;
  /** Name as published, e.g. Wolverhampton. */
  name: string;
  /** The DfE three-digit LA code (EES files only), e.g. 336. */
  oldCode?: string;
}

/** A preset: reads a published file exactly as it is and reshapes it. CSP-safe: plain loops only. */
export interface Preset {
  /** The name used in `preset="…"`. */
  name: string;
  /** Plain-English title. */
  title: string;
  /** The published file it reads (name as in the release), with its publisher. */
  reads: string;
  /** The contract its output follows (`needs`, `deprivation`…), or a description of the rows when it is not a full contract. */
  produces: string;
  /** What it does, for docs and the playground. */
  description: string;
  /** The columns it requires, exactly as published. */
  requires: readonly string[];
  /** The contract its output follows, so it can be validated without naming one (absent when the output is the file's own columns). */
  contract?: Contract;
  /** The symbols the publication uses and their meanings, as its own guidance defines them (e.g. `z` "not applicable" in most EES files, "not available" in SEN in England 2020/21; a legacy `k`). */
  symbols: Readonly<Record<string, MissingKind>>;
  /**
   * Symbols the publication defines as a count of zero by definition (structural zeros), which
   * totals may count as 0. Only a publication's own definition makes a symbol one; none of the
   * built-in presets' publications does. Default none.
   */
  structuralZeros?: readonly string[];
  apply(raw: RawData, options: PresetOptions): PresetResult;
  /** Every area in the file, for an area picker. */
  areas(raw: RawData): AreaOption[];
}
