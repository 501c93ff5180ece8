import { needsContract } from '../contracts/needs.js';
import { NEED_CODES, NEED_TOTAL } from '../contracts/needs-codes.js';
import { canShowRate, DEFAULT_MIN_COUNT } from '../disclosure.js';
import { issue, SendDataError } from '../issues.js';
import { isMissing, isStructuralZero, isValue, type Missing } from '../missing.js';
import { wilson } from '../stats/wilson.js';
import type { ValidatedData } from '../validate.js';
import { wordingOf } from '../text/wording.js';
import { compareNeedFamily, needDifference } from './compare.js';
import { comparisonNotes, totalRowNotes } from './group-notes.js';
import { derivedNeedGroups } from './derived-groups.js';
import { protectNeedTable } from './protect.js';
import { NEEDS_STRINGS } from './strings.js';
import { isEngland, needLabel, needName, PROVISIONS, SCHOOL_PHASES, SUPPRESSED } from './labels.js';
import type {
  Provision,
  NeedHiddenReason,
  NeedCell,
  NeedRow,
  GroupTotal,
  NeedGroup,
  NeedsModel,
  NeedsModelOptions,
  NeedsWording,
} from './types.js';
export { needLabel, needName, PROVISIONS } from './labels.js';
export { findNeedGroup, selectNeeds, type NeedSelection, type NeedSelectionOptions } from './select.js';
export {
  composeNeeds,
  type CompositionBar,
  type CompositionSegment,
  type NeedComposition,
  type NeedCompositionOptions,
} from './compose.js';

export type {
  Provision,
  NeedSort,
  NeedHiddenReason,
  NeedCell,
  NeedDifference,
  NeedComparison,
  NeedRow,
  GroupTotal,
  NeedGroup,
  NeedsModel,
  NeedsModelOptions,
  NeedsWording,
} from './types.js';

interface Cell {
  value: number | Missing | undefined;
  /** the value as read, before disclosure control */
  raw: number | Missing | undefined;
  reason?: NeedHiddenReason;
  /** the data row it was read from (spreadsheet numbering), for errors */
  row?: number;
}

type Key = string;
const k = (...parts: string[]): Key => parts.join('\u0001');

/**
 * Builds the need-breakdown view model from validated **needs** data: chooses the period and the
 * local and England geographies; applies disclosure control to the whole table at once with
 * {@link protectNeedTable}, so that no hidden count can be worked out from a group's total, from a
 * subtotal or "all" phase minus the other phases (the EHC plans file's placement types: "Mainstream
 * - total" beside "Mainstream - academy"…, see {@link phaseFamilies}), or from "all" provision minus
 * a provision, nor from any combination of these; derives "all" provisions (SEN support + EHC plan)
 * and "all" phases (sum of phases) when the data does not hold them, hiding a derived cell when any
 * part is hidden; and works out each need's share with a Wilson interval and its percentage-point
 * difference from England with a two-proportion z-test. A share is computed only from a shown count
 * over a denominator of at least `minCount`; when cells are missing at source the denominator is
 * the sum of known cells and the model says so in `notes`.
 *
 * An explicit "all" cell is hidden whenever one of its provisions is hidden (reason `linked`). A
 * group whose total would give a hidden count away is hidden whole (its cells say `denominator`).
 *
 * @param data validated data for the needs contract
 * @param options threshold, period, local geography
 * @returns the view model
 * @throws SendDataError when the data is not for the needs contract or the local area is ambiguous
 * @example
 * const model = buildNeedsModel(validate(toRawData(csv), needsContract));
 * selectNeeds(model, { phase: 'primary' }).rows[0].local.share // 0.363
 */
export function buildNeedsModel(data: ValidatedData, options: NeedsModelOptions = {}): NeedsModel {
  const minCount = options.minCount ?? DEFAULT_MIN_COUNT;
  const nested = options.localInComparator ?? true;
  const w = wordingOf(NEEDS_STRINGS, options.text);
  if (data.contract.name !== needsContract.name) {
    throw new SendDataError([
      issue('wrong-contract', 0, '', data.contract.name, `expected needs data, got ${data.contract.title} data`),
    ]);
  }
  const col = (name: string) => data.columns.get(name);
  const geo = col('geography');
  const phaseCol = col('phase');
  const prov = col('provision');
  const needCol = col('need');
  const pupils = col('pupils');
  if (!geo || !phaseCol || !prov || !needCol || !pupils) {
    const absent = ['geography', 'phase', 'provision', 'need', 'pupils'].filter((c) => !col(c));
    throw new SendDataError(
      absent.map((c) => issue('missing-column', 1, c, '', `the required column "${c}" is missing`)),
    );
  }
  const periodCol = col('time_period');
  const n = data.numRows;

  // period: the one asked for, else the latest
  const periods = periodCol
    ? [...new Set(periodCol.filter((p): p is string => typeof p === 'string' && p !== ''))].sort()
    : [];
  let period: string | undefined;
  if (periods.length) {
    if (options.period !== undefined) {
      if (!periods.includes(options.period)) {
        throw new SendDataError([
          issue(
            'unknown-period',
            0,
            'time_period',
            options.period,
            `there is no data for the period "${options.period}"; the data has ${periods.join(', ')}`,
          ),
        ]);
      }
      period = options.period;
    } else period = periods[periods.length - 1];
  }

  // geographies
  const geographies = [...new Set(geo.filter((g): g is string => typeof g === 'string'))];
  const comparator = geographies.find(isEngland);
  let local = options.geography;
  if (local !== undefined) {
    if (!geographies.includes(local)) {
      throw new SendDataError([
        issue(
          'unknown-geography',
          0,
          'geography',
          local,
          `there is no geography "${local}" in the data; it has ${geographies.join(', ')}`,
        ),
      ]);
    }
  } else {
    const candidates = geographies.filter((g) => !isEngland(g));
    local = candidates.includes('local') ? 'local' : candidates.length === 1 ? candidates[0] : undefined;
    if (local === undefined) {
      const message = candidates.length
        ? `the data holds several areas (${candidates.slice(0, 5).join(', ')}${candidates.length > 5 ? '…' : ''}); mark one as "local" or choose one`
        : 'the data holds only England; add rows for the local area with geography "local"';
      throw new SendDataError([issue('ambiguous-geography', 0, 'geography', '', message)]);
    }
  }
  const localGeo = local;
  const geos = comparator && comparator !== localGeo ? [localGeo, comparator] : [localGeo];

  // read the cells of the period and geographies
  const cells = new Map<Key, Cell>();
  const order: Key[] = [];
  const groupOf: string[] = [];
  const rawValues: (number | Missing | undefined)[] = [];
  const phasesSeen: string[] = [];
  const provisionsSeen = new Set<Provision>();
  for (let r = 0; r < n; r++) {
    if (period !== undefined && periodCol![r] !== period) continue;
    const g = geo[r] as string;
    if (!geos.includes(g)) continue;
    const p = String(phaseCol[r] ?? '').trim();
    const v = prov[r] as Provision;
    const need = needCol[r] as string;
    if (!p || !v || !need) continue; // validation has reported these
    const value = pupils[r] as number | Missing | undefined;
    const key = k(g, p, v, need);
    if (cells.has(key)) continue; // duplicate keys are validation errors
    cells.set(key, { value, raw: value, row: data.rowNumbers[r] ?? r + 2 });
    order.push(key);
    groupOf.push(k(g, p, v));
    rawValues.push(value);
    if (g === localGeo && !phasesSeen.includes(p)) phasesSeen.push(p);
    provisionsSeen.add(v);
  }

  // disclosure control over the whole table at once: each group's total, phases that add up to
  // other phases (placement types, subtotals, "all"), "all" provision and the groups worked out
  // here, so that no hidden count can be worked out or narrowed from any combination of figures
  const localPhases = orderPhases(phasesSeen);
  const derivedList = derivedNeedGroups(new Set(groupOf), geos, localPhases);
  const table = protectNeedTable(
    order.map((key, i) => {
      const [g, p, v, need] = key.split('\u0001') as [string, string, string, string];
      return { geography: g, phase: p, provision: v, need, value: rawValues[i] };
    }),
    minCount,
    { derived: derivedList },
  );
  order.forEach((key, i) => {
    const cell = cells.get(key)!;
    cell.value = table.values[i];
    const reason = table.reasons[i];
    if (reason) cell.reason = reason;
    else if (isMissing(cell.value)) cell.reason = 'missing';
  });
  // an explicit "all" cell hidden because one of its provisions is hidden: linked
  for (const key of order) {
    const [g, p, v, need] = key.split('\u0001') as [string, string, string, string];
    const cell = cells.get(key)!;
    if (v !== 'all' || cell.reason !== 'secondary') continue;
    const parts = (['sen_support', 'ehc_plan'] as const).map((x) => cells.get(k(g, p, x, need)));
    if (parts.some((c) => c && isMissing(c.value) && c.reason !== 'missing')) cell.reason = 'linked';
  }

  // need cells hidden in the data as read (derived sums and total rows are not counted)
  let suppressedCells = 0;
  for (const [key, c] of cells)
    if (!key.endsWith(`\u0001${NEED_TOTAL}`) && isMissing(c.value) && c.reason !== 'missing') suppressedCells++;

  const notes: string[] = [];
  const derivedGroups = new Set<Key>();
  const groupTotals = new Map<Key, RawTotal>();
  const totalOf = (g: string, p: string, v: string) => {
    const key = k(g, p, v);
    let t = groupTotals.get(key);
    if (!t) {
      t = { raw: 0, complete: true, present: false, ...(table.hiddenTotals.has(key) ? { hidden: true } : {}) };
      for (const need of NEED_CODES) {
        const c = cells.get(k(g, p, v, need));
        if (!c) continue;
        t.present = true;
        if (isValue(c.raw)) t.raw += c.raw;
        else if (!isStructuralZero(c.raw)) t.complete = false;
      }
      // a published total row counts everyone, needs suppressed at source or not recorded included
      const all = cells.get(k(g, p, v, NEED_TOTAL));
      if (all && isValue(all.raw)) {
        for (const need of NEED_CODES) {
          const c = cells.get(k(g, p, v, need));
          if (c && isValue(c.raw) && c.raw > all.raw) {
            throw new SendDataError([
              issue(
                'exceeds-total',
                c.row ?? 0,
                'pupils',
                c.raw,
                `${need} has ${c.raw} pupils, more than the group's total (need ${NEED_TOTAL}, row ${all.row ?? 0}) of ${all.raw}; a total row counts everyone in its geography, phase and provision`,
              ),
            ]);
          }
        }
        Object.assign(t, { raw: all.raw, complete: true, present: true, totalRow: true });
      }
      groupTotals.set(key, t);
    }
    return t;
  };
  const derive = (g: string, p: string, v: Provision, parts: [string, string][]) => {
    // parts: [phase, provision] pairs to add up; what may be shown is the disclosure control's call
    let raw = 0;
    let complete = true;
    let totalRow = true;
    for (const [pp, vv] of parts) {
      const t = totalOf(g, pp, vv);
      raw += t.raw;
      complete &&= t.complete;
      totalRow &&= t.totalRow === true;
    }
    const hidden = table.hiddenTotals.has(k(g, p, v));
    for (const need of NEED_CODES) {
      const partCells = parts.map(([pp, vv]) => cells.get(k(g, pp, vv, need)));
      if (partCells.every((c) => !c)) continue;
      let value: number | Missing | undefined = 0;
      let rawValue: number | Missing | undefined = 0;
      let reason: NeedHiddenReason | undefined;
      for (const c of partCells) {
        if (!c) continue;
        if (isValue(c.raw) && isValue(rawValue)) rawValue += c.raw;
        else if (!isStructuralZero(c.raw)) rawValue = c.raw;
        if (isMissing(c.raw) && !isStructuralZero(c.raw) && isValue(value)) {
          value = c.reason === 'missing' ? c.value : SUPPRESSED;
          reason = c.reason === 'missing' ? 'missing' : 'linked';
        }
      }
      if (isValue(rawValue)) {
        value = rawValue;
        if (table.hiddenDerived.has(k(g, p, v, need))) ((value = SUPPRESSED), (reason = 'linked'));
      }
      cells.set(k(g, p, v, need), { value, raw: rawValue, ...(reason ? { reason } : {}) });
    }
    groupTotals.set(k(g, p, v), {
      raw,
      complete,
      present: true,
      ...(hidden ? { hidden } : {}),
      ...(totalRow ? { totalRow } : {}),
    });
    derivedGroups.add(k(g, p, v));
  };

  // the groups worked out here: "all" provision per phase, then "all" phases per provision
  for (const d of derivedList) derive(d.geography, d.phase, d.provision as Provision, d.parts);
  const provisions = PROVISIONS.filter(
    (v) => provisionsSeen.has(v) || localPhases.some((p) => derivedGroups.has(k(localGeo, p, v))),
  );
  const phaseParts = localPhases.filter((p) => p !== 'all');
  if (derivedGroups.has(k(localGeo, 'all', provisions[0]!))) {
    localPhases.push('all');
    const phaseName = (p: string) =>
      p === 'primary' || p === 'secondary' || p === 'special' ? w.t(`needsPhaseName.${p}`) : p;
    notes.push(w.t('needsNoteAllPhases', { phases: phaseParts.map(phaseName).join(w.template('listSeparator')) }));
  }
  if (provisions.includes('all') && !provisionsSeen.has('all')) notes.push(w.t('needsNoteAllProvision'));

  // a preset (or the data) may name the local area: "Wolverhampton" reads better than "this area"
  const names = col('area_name');
  let areaName: string | undefined;
  if (names) {
    for (let r = 0; r < n && areaName === undefined; r++) {
      const name = names[r];
      if (geo[r] === localGeo && typeof name === 'string' && name.trim()) areaName = name.trim();
    }
  }
  const localLabel =
    options.localLabel ?? (localGeo.toLowerCase() === 'local' ? (areaName ?? w.t('needsThisArea')) : localGeo);

  // groups
  const groups: NeedGroup[] = [];
  let incomplete = false;
  for (const p of localPhases) {
    for (const v of provisions) {
      const lt = totalOf(localGeo, p, v);
      if (!lt.present) continue;
      const local = groupTotal(lt, cells, localGeo, p, v, minCount);
      const england =
        comparator && comparator !== localGeo && totalOf(comparator, p, v).present
          ? groupTotal(totalOf(comparator, p, v), cells, comparator, p, v, minCount)
          : undefined;
      if (!local.complete || (england && !england.complete)) incomplete = true;
      const needs: NeedRow[] = [];
      const notes: string[] = [];
      for (const code of NEED_CODES) {
        const lc = cells.get(k(localGeo, p, v, code));
        const ec = england ? cells.get(k(comparator!, p, v, code)) : undefined;
        if (!lc && !ec) continue;
        const row: NeedRow = {
          key: code,
          name: needName(code, w),
          code,
          label: needLabel(code, w),
          local: needCell(lc, local, minCount, w),
        };
        if (england) row.england = needCell(ec, england, minCount, w);
        const diff = needDifference(row.local, local, row.england, england, nested);
        if (diff) row.difference = diff;
        needs.push(row);
      }
      const comparison = england ? compareNeedFamily(needs, nested ? 'rest' : 'england') : undefined;
      // the needs not published at source (named, never sized) and how the group is compared with England
      const unpublished = (geography: string) =>
        NEED_CODES.filter((code) => {
          const raw = cells.get(k(geography, p, v, code))?.raw;
          return isMissing(raw) && !isStructuralZero(raw);
        });
      notes.push(
        ...totalRowNotes(
          w,
          localLabel,
          local.totalRow ? unpublished(localGeo) : undefined,
          england?.totalRow ? unpublished(comparator!) : undefined,
        ),
        ...comparisonNotes(w, localLabel, needs, local, england, comparison),
      );
      groups.push({
        phase: p,
        provision: v,
        derived: derivedGroups.has(k(localGeo, p, v)),
        local,
        ...(england ? { england } : {}),
        needs,
        notes,
        ...(comparison?.tested ? { comparison } : {}),
      });
    }
  }
  if (incomplete) notes.push(w.t('needsNoteIncomplete'));

  return {
    local: localGeo,
    localLabel,
    ...(comparator && comparator !== localGeo ? { comparator } : {}),
    ...(period !== undefined ? { period } : {}),
    periods,
    phases: localPhases,
    provisions,
    groups,
    minCount,
    suppressedCells,
    notes,
  };
}

function orderPhases(seen: readonly string[]): string[] {
  const school = SCHOOL_PHASES.filter((p) => seen.includes(p));
  const others = seen.filter((p) => !SCHOOL_PHASES.includes(p) && p !== 'all');
  return [...school, ...others, ...(seen.includes('all') ? ['all'] : [])];
}

/** A group's total as read or derived: `raw` is the total row when there is one, else the sum of the needs. */
interface RawTotal {
  raw: number;
  complete: boolean;
  present: boolean;
  hidden?: boolean;
  totalRow?: boolean;
}

function groupTotal(t: RawTotal, cells: Map<Key, Cell>, g: string, p: string, v: string, minCount: number): GroupTotal {
  const row = t.totalRow ? { totalRow: true as const } : {};
  // a total that would give a hidden count away (through a subtotal or "all") hides the whole group
  if (t.hidden) return { ...row, complete: t.complete, suppressed: true };
  // a total below the threshold hides the whole group; otherwise the total may be shown
  if (t.complete) {
    if (t.raw > 0 && t.raw < minCount) return { ...row, complete: true, suppressed: true };
    return { count: t.raw, ...row, denominator: t.raw, complete: true, suppressed: false };
  }
  // some cells missing at source: shares are of the known cells (never of a hidden cell's value)
  let known = 0;
  for (const need of NEED_CODES) {
    const c = cells.get(k(g, p, v, need));
    if (!c) continue;
    if (isValue(c.raw) && !(isMissing(c.value) && c.reason === 'missing')) {
      // a cell we hid ourselves still belongs to the known total, which is published
      known += c.raw;
    }
  }
  if (known < minCount) return { complete: false, suppressed: true };
  return { denominator: known, complete: false, suppressed: false };
}

function needCell(cell: Cell | undefined, total: GroupTotal, minCount: number, w: NeedsWording): NeedCell {
  if (!cell || cell.value === undefined)
    return { status: 'missing', reason: 'missing', missingLabel: w.t('needsNotInData') };
  if (total.suppressed)
    return { status: 'suppressed', reason: 'denominator', missingLabel: w.t('needsSuppressedCell') };
  const v = cell.value;
  if (isMissing(v)) {
    if (cell.reason === 'missing')
      return { status: 'missing', reason: 'missing', missingLabel: w.t(`missing.${v.kind}`) };
    return { status: 'suppressed', reason: cell.reason ?? 'source', missingLabel: w.t('needsSuppressedCell') };
  }
  const out: NeedCell = { status: 'shown', count: v };
  const d = total.denominator;
  if (d !== undefined && d > 0 && canShowRate(v, d, minCount)) {
    const w = wilson(v, d)!;
    out.share = w.estimate;
    out.lower = w.lower;
    out.upper = w.upper;
  }
  return out;
}
