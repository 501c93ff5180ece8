import type { GroupTotal, NeedComparison, NeedRow, NeedsWording } from './types.js';

/**
 * What a group's notes say about its total row: that its shares are of the published total, and
 * which needs are not published at source, here and in England (named, never sized).
 *
 * @param w the model's wording
 * @param area how the local area is named
 * @param here the needs not published locally, when the local group has a total row
 * @param there the needs not published in England, when England's group has one
 * @returns no note without a total row; otherwise one
 */
export function totalRowNotes(
  w: NeedsWording,
  area: string,
  here: readonly string[] | undefined,
  there: readonly string[] | undefined,
): string[] {
  if (!here && !there) return [];
  const parts = [
    ...(here?.length ? [w.t('needsNoteUnpublishedIn', { needs: w.list(here), area })] : []),
    ...(there?.length ? [w.t('needsNoteUnpublishedIn', { needs: w.list(there), area: w.t('needsEngland') })] : []),
  ];
  return [
    parts.length
      ? w.t('needsNoteTotalRowUnpublished', { unpublished: w.list(parts, { long: true }) })
      : w.t('needsNoteTotalRow'),
  ];
}

/**
 * What a group's notes say about its comparison with England: how it was made (against what, by
 * which test, adjusted over how many needs), or why it was not (shares on different bases), and that
 * need not recorded is never compared.
 *
 * @returns the notes, none without England
 */
export function comparisonNotes(
  w: NeedsWording,
  area: string,
  needs: readonly NeedRow[],
  lt: GroupTotal,
  et: GroupTotal | undefined,
  comparison: NeedComparison | undefined,
): string[] {
  if (!et || !comparison) return [];
  const notes: string[] = [];
  if (comparison.tested) {
    notes.push(
      w.t('needsNoteCompare', {
        against: w.t(comparison.against === 'rest' ? 'needsAgainstRest' : 'needsAgainstEngland', { area }),
        fisher: comparison.fisher ? w.t('needsCompareFisher') : '',
        family: w.plural('needsCompareFamily', comparison.tested, { n: w.format.number(comparison.tested) }),
      }),
    );
  } else if (!lt.suppressed && !et.suppressed && (!lt.complete || !et.complete)) {
    notes.push(w.t('needsNoteNotCompared'));
  }
  if (needs.some((r) => r.key === 'UNKNOWN')) notes.push(w.t('needsNoteUnknown'));
  return notes;
}
