/** A group of needs the model works out by adding other groups, because the data does not hold it. */
export interface DerivedNeedGroup {
  geography: string;
  phase: string;
  provision: string;
  /** The [phase, provision] groups of the same geography that add up to it. */
  parts: [string, string][];
}

const SCHOOL_PHASES = ['primary', 'secondary', 'special'];
const PROVISION_ORDER = ['sen_support', 'ehc_plan', 'all'];

/**
 * The groups the need breakdown adds up itself: "all" provision as SEN support plus EHC plans for
 * each phase that has both and no "all"; then, when the local area's phases are exactly school
 * phases (primary, secondary, special) and none is "all", an "all" phase for each provision as the sum
 * of them. Other phase labels are never added up: children-in-need cohorts overlap and placement
 * types hold their own subtotals, so a sum would count children twice. The model shows these groups
 * and the disclosure control protects them with the rest (see `protectNeedTable`).
 *
 * @param present the groups in the data, as geography, phase and provision joined by U+0001
 * @param geographies the local area and the comparator
 * @param localPhases the local area's phases, in the order shown
 * @returns the derived groups, provisions first (an "all" phase may add up derived "all" provisions)
 * @example derivedNeedGroups(new Set(['local\u0001primary\u0001ehc_plan', 'local\u0001secondary\u0001ehc_plan']), ['local'], ['primary', 'secondary'])
 * // [{ geography: 'local', phase: 'all', provision: 'ehc_plan', parts: [['primary', 'ehc_plan'], ['secondary', 'ehc_plan']] }]
 */
export function derivedNeedGroups(
  present: ReadonlySet<string>,
  geographies: readonly string[],
  localPhases: readonly string[],
): DerivedNeedGroup[] {
  const key = (g: string, p: string, v: string) => `${g}\u0001${p}\u0001${v}`;
  const out: DerivedNeedGroup[] = [];
  const has = (g: string, p: string, v: string) =>
    present.has(key(g, p, v)) || out.some((d) => d.geography === g && d.phase === p && d.provision === v);
  for (const g of geographies) {
    for (const p of localPhases) {
      if (has(g, p, 'all') || !has(g, p, 'sen_support') || !has(g, p, 'ehc_plan')) continue;
      out.push({
        geography: g,
        phase: p,
        provision: 'all',
        parts: [
          [p, 'sen_support'],
          [p, 'ehc_plan'],
        ],
      });
    }
  }
  const local = geographies[0]!;
  const provisions = PROVISION_ORDER.filter(
    (v) => [...present].some((k) => k.endsWith(`\u0001${v}`)) || localPhases.some((p) => has(local, p, v)),
  );
  const phaseParts = localPhases.filter((p) => p !== 'all');
  if (localPhases.includes('all') || phaseParts.length < 2 || !phaseParts.every((p) => SCHOOL_PHASES.includes(p)))
    return out;
  for (const g of geographies) {
    for (const v of provisions) {
      const parts = phaseParts.filter((p) => has(g, p, v)).map((p): [string, string] => [p, v]);
      if (parts.length === phaseParts.length) out.push({ geography: g, phase: 'all', provision: v, parts });
    }
  }
  return out;
}
