import { wordingOf, type TextOptions, type Wording } from '../text/wording.js';
import { outcomeChangeFamily, type OutcomesModel } from './model.js';
import { OUTCOMES_STRINGS, type OutcomesStringKey } from './strings.js';

/** Options for {@link outcomesNotes}: the chart view the notes are for. */
export interface OutcomesNotesOptions {
  /** The period the chart shows, every group drawn (default the latest)… */
  period?: string;
  /** …or the group it shows, every period drawn. */
  group?: string;
  /** Wording (see {@link OUTCOMES_STRINGS}). */
  text?: TextOptions | Wording<OutcomesStringKey>;
}

/**
 * The notes under the outcomes radar's data table for the view shown: how a change since the
 * previous period is tested and adjusted (only when the view shows a change), then where the
 * methods are explained (`methodsNote`). The count of changes is that of the family the model
 * adjusted over, so the note and every ▲ ▼ come from one computation.
 *
 * @param model from {@link buildOutcomesModel}, built with the same view
 * @param options the period or the group shown
 * @returns the notes, in order
 * @example outcomesNotes(model, { period: '2025' })[0] // "Each change since the previous period is tested …, adjusted for the 24 changes shown (Holm's method) …"
 */
export function outcomesNotes(model: OutcomesModel, options: OutcomesNotesOptions = {}): string[] {
  const w = wordingOf(OUTCOMES_STRINGS, options.text);
  const family = outcomeChangeFamily(
    model,
    options.group !== undefined ? { group: options.group } : { period: options.period },
  );
  const notes: string[] = [];
  if (family.length) {
    notes.push(
      w.t('outcomesNoteChanges', {
        fisher: family.some((c) => c.change!.test === 'fisher') ? w.t('outcomesNoteFisher') : '',
        family: w.plural('outcomesNoteFamily', family.length, { n: w.format.number(family.length) }),
      }),
    );
  }
  notes.push(w.t('methodsNote'));
  return notes;
}
