/** A phase (or setting) that is the sum of other phases in the same data. */
export interface PhaseFamily {
  /** The phase that adds up the others: "all" or a subtotal such as "Mainstream - total". */
  parent: string;
  /** The phases that add up to it. */
  children: string[];
}

const SUBTOTAL = /^(.*\S)\s+-\s+total$/i;

/**
 * Which phases add up to which, read from their labels as DfE publishes them: a label
 * "`Group` - total" is the sum of the labels "`Group` - …" (the EHC plans file's "Mainstream - total"
 * of "Mainstream - academy", "Mainstream - LA maintained"…), and "all" is the sum of the phases
 * that are not part of a subtotal (the subtotals themselves and labels such as "Placement not
 * recorded"). The needs model checks each family against the counts before relying on it.
 *
 * @param phases the phase labels in the data
 * @returns the families, subtotals first, then "all"
 * @example phaseFamilies(['all', 'Special - total', 'Special - independent', 'Special - LA maintained', 'Placement not recorded'])
 * // [{ parent: 'Special - total', children: ['Special - independent', 'Special - LA maintained'] },
 * //  { parent: 'all', children: ['Special - total', 'Placement not recorded'] }]
 */
export function phaseFamilies(phases: readonly string[]): PhaseFamily[] {
  const families: PhaseFamily[] = [];
  const inSubtotal = new Set<string>();
  for (const parent of phases) {
    const m = SUBTOTAL.exec(parent.trim());
    if (!m) continue;
    const prefix = `${m[1]!.toLowerCase()} - `;
    const children = phases.filter((p) => p !== parent && p.trim().toLowerCase().startsWith(prefix));
    for (const c of children) inSubtotal.add(c);
    if (children.length) families.push({ parent, children });
  }
  const all = phases.find((p) => p.trim().toLowerCase() === 'all');
  if (all !== undefined) {
    const children = phases.filter((p) => p !== all && !inSubtotal.has(p));
    if (children.length) families.push({ parent: all, children });
  }
  return families;
}
