import { wordingOf, type TextOptions, type Wording } from '../text/wording.js';
import { composeNeeds } from './compose.js';
import { findNeedGroup } from './select.js';
import type { NeedGroup, NeedsModel, Provision } from './types.js';
import { NEEDS_STRINGS, type NeedsStringKey } from './strings.js';

/** Options for {@link needsNotes}: the view the notes are for. */
export interface NeedsNotesOptions {
  /** The phase or setting shown (default as {@link findNeedGroup}). */
  phase?: string;
  /** The provision shown (default as {@link findNeedGroup}). */
  provision?: Provision;
  /** The composition view: its bars across phases (for one provision) or across provisions (for one phase). */
  composition?: 'phase' | 'provision';
  /** Wording (the methods note, `methodsNote`). */
  text?: TextOptions | Wording<NeedsStringKey>;
}

/**
 * The notes under a need breakdown's data table for the view shown: the model's own (derived totals,
 * shares of known needs), those of each group the view draws (what its shares are of, how it is
 * compared with England), each once, and last where the methods are explained (`methodsNote`). Every note is written by the model from {@link NEEDS_STRINGS},
 * so the table and the summary take their claims from the same figures.
 *
 * @param model from {@link buildNeedsModel}
 * @param options the phase and provision shown, or the composition view
 * @returns the notes, in order, without repeats
 * @example needsNotes(model, { phase: 'CPPO at 31 March' }) // ['Shares are of the published total of each group, …']
 */
export function needsNotes(model: NeedsModel, options: NeedsNotesOptions = {}): string[] {
  let groups: NeedGroup[];
  if (options.composition) {
    groups = composeNeeds(model, {
      by: options.composition,
      phase: options.phase,
      provision: options.provision,
    }).bars.map((b) => b.group);
  } else {
    const group = findNeedGroup(model, options.phase, options.provision);
    groups = group ? [group] : [];
  }
  return groupNotes(model, groups, options.text);
}

/**
 * The notes for the groups a view draws (see {@link needsNotes}), for a view that has found its
 * groups already: the model's own notes, each group's, and the methods note, each once.
 *
 * @param model from {@link buildNeedsModel}
 * @param groups the groups drawn (an absent one is passed over)
 * @param text wording (the methods note, `methodsNote`)
 * @returns the notes, in order, without repeats
 */
export function groupNotes(
  model: NeedsModel,
  groups: readonly (NeedGroup | undefined)[],
  text?: TextOptions | Wording<NeedsStringKey>,
): string[] {
  const w = wordingOf(NEEDS_STRINGS, text);
  return [...new Set([...model.notes, ...groups.flatMap((g) => g?.notes ?? []), w.t('methodsNote')])];
}
