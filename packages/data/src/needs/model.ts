import { needsContract } from '../contracts/needs.js';
import { NEED_CODES, NEED_NAMES, NEED_TOTAL, type NeedCode } from '../contracts/needs-codes.js';
import { canShowRate, DEFAULT_MIN_COUNT } from '../disclosure.js';
import { issue, SendDataError } from '../issues.js';
import { isMissing, isStructuralZero, isValue, missing, type Missing } from '../missing.js';
import { wilson } from '../stats/wilson.js';
import type { ValidatedData } from '../validate.js';
import { wordingOf, type TextOptions } from '../text/wording.js';
import { compareNeedFamily, needDifference } from './compare.js';
import { comparisonNotes, totalRowNotes } from './group-notes.js';
import { derivedNeedGroups } from './derived-groups.js';
import { protectNeedTable } from './protect.js';
import { NEEDS_STRINGS } from './strings.js';
import type {
  Provision,
  NeedSort,
  NeedHiddenReason,
  NeedCell,
  NeedRow,
  GroupTotal,
  NeedGroup,
  NeedsModel,
  NeedsModelOptions,
  NeedsWording,
} from './types.js';

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

const CODE_ORDER = new Map<string, number>(NEED_CODES.map((c, i) => [c, i]));

/** The provisions in the order they are shown. */
export const PROVISIONS: readonly Provision[] = ['sen_support', 'ehc_plan', 'all'];
const SCHOOL_PHASES = ['primary', 'secondary', 'special'];
const isEngland = (g: string) => g.trim().toLowerCase() === 'england';
const SUPPRESSED = missing('suppressed', 'c');

/** Full name with the DfE code: "Speech, language and communication needs (SLCN)" (worded by `text` when given). */
export function needLabel(code: NeedCode, text?: TextOptions | NeedsWording): string {
  if (!text) return `${NEED_NAMES[code]} (${code})`;
  const w = wordingOf(NEEDS_STRINGS, text);
  return w.t('needsLabel', { name: w.t(`need.${code}`), code });
}

/** A need's full name (worded by `text` when given). */
export function needName(code: NeedCode, text?: TextOptions | NeedsWording): string {
  return text ? wordingOf(NEEDS_STRINGS, text).t(`need.${code}`) : NEED_NAMES[code];
}

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

/** Options for {@link selectNeeds}. */
export interface NeedSelectionOptions {
  /** Phase or setting label. Default: "all" when present, else the first phase. */
  phase?: string;
  /** Default: "all" when present, else the first provision in the data. */
  provision?: Provision;
  /** Show the top N needs by local share and group the rest as "Other needs". Default: all needs. */
  top?: number;
  /** Row order. Default "share". */
  sort?: NeedSort;
  /** Wording of "Other needs" (see {@link NEEDS_STRINGS}). */
  text?: TextOptions | NeedsWording;
}

/** The rows one breakdown shows. */
export interface NeedSelection {
  group: NeedGroup;
  rows: NeedRow[];
}

/** The group for a phase and provision (with the defaults of {@link selectNeeds}), or undefined. */
export function findNeedGroup(model: NeedsModel, phase?: string, provision?: Provision): NeedGroup | undefined {
  const p = phase ?? (model.phases.includes('all') ? 'all' : model.phases[0]);
  const v = provision ?? (model.provisions.includes('all') ? 'all' : model.provisions[0]);
  return model.groups.find((g) => g.phase === p && g.provision === v);
}

const shareOf = (c: NeedCell | undefined) => c?.share ?? -Infinity;

function compareRows(sort: NeedSort): (a: NeedRow, b: NeedRow) => number {
  const byCode = (a: NeedRow, b: NeedRow) => (CODE_ORDER.get(a.key) ?? 99) - (CODE_ORDER.get(b.key) ?? 99);
  switch (sort) {
    case 'code':
      return byCode;
    case 'name':
      return (a, b) => a.name.localeCompare(b.name, 'en-GB') || byCode(a, b);
    case 'england':
      return (a, b) => shareOf(b.england) - shareOf(a.england) || byCode(a, b);
    case 'difference':
      return (a, b) =>
        (b.difference?.points ?? -Infinity) - (a.difference?.points ?? -Infinity) ||
        shareOf(b.local) - shareOf(a.local) ||
        byCode(a, b);
    default:
      return (a, b) => shareOf(b.local) - shareOf(a.local) || byCode(a, b);
  }
}

/**
 * Picks the rows for one phase × provision: sorted, optionally the top N by local share with the
 * rest added up as "Other needs". Suppressed and missing needs go after the shown ones (and into
 * "Other needs" when `top` is set: when the group's total is complete, Other needs is the total
 * minus the top needs, which counts the hidden pupils without revealing any hidden cell; its
 * `suppressedMembers` says so).
 *
 * @param model from {@link buildNeedsModel}
 * @param options phase, provision, top, sort
 * @returns the group and its rows, or undefined when the data has no such group
 * @example selectNeeds(model, { phase: 'secondary', top: 5 }).rows.map((r) => r.code) // ['MLD', 'SEMH', …, '']
 */
export function selectNeeds(model: NeedsModel, options: NeedSelectionOptions = {}): NeedSelection | undefined {
  const group = findNeedGroup(model, options.phase, options.provision);
  if (!group) return undefined;
  const sort = options.sort ?? 'share';
  // need not recorded is shown, but never ranked among the needs: it goes after them
  const shown = group.needs.filter((r) => r.local.share !== undefined && r.key !== 'UNKNOWN');
  const unranked = group.needs.filter((r) => r.local.share !== undefined && r.key === 'UNKNOWN');
  const hidden = group.needs.filter((r) => r.local.share === undefined);
  const top = options.top;
  if (top === undefined || !(top >= 1) || group.needs.length - Math.floor(top) <= 1) {
    return { group, rows: [...shown.sort(compareRows(sort)), ...unranked, ...hidden.sort(compareRows('code'))] };
  }
  const ranked = [...shown].sort(compareRows('share'));
  const kept = ranked.slice(0, Math.floor(top));
  const rest = [...ranked.slice(Math.floor(top)), ...unranked, ...hidden];
  const other = otherRow(group, kept, rest, model.minCount, wordingOf(NEEDS_STRINGS, options.text));
  return { group, rows: [...kept.sort(compareRows(sort)), other] };
}

/** Adds up the needs not in the top N ("Other needs") for the local area and England. */
function otherRow(group: NeedGroup, kept: NeedRow[], rest: NeedRow[], minCount: number, w: NeedsWording): NeedRow {
  const side = (total: GroupTotal | undefined, pick: (r: NeedRow) => NeedCell | undefined): NeedCell | undefined => {
    if (!total) return undefined;
    if (total.suppressed || total.denominator === undefined)
      return { status: 'suppressed', reason: 'denominator', missingLabel: w.t('needsSuppressedCell') };
    let count: number;
    if (total.complete) {
      // total minus the top needs: includes hidden pupils, as anyone could work out from the shown figures
      count = total.denominator;
      for (const r of kept) {
        const c = pick(r);
        if (c?.status === 'shown') count -= c.count!;
        else return { status: 'suppressed', reason: 'linked', missingLabel: w.t('needsSuppressedCell') };
      }
    } else {
      count = 0;
      for (const r of rest) {
        const c = pick(r);
        if (c?.status === 'shown') count += c.count!;
      }
    }
    const cell: NeedCell = { status: 'shown', count };
    if (total.denominator > 0 && canShowRate(count, total.denominator, minCount)) {
      const w = wilson(count, total.denominator)!;
      Object.assign(cell, { share: w.estimate, lower: w.lower, upper: w.upper });
    } else if (count > 0) return { status: 'suppressed', reason: 'primary', missingLabel: w.t('needsSuppressedCell') };
    return cell;
  };
  const local = side(group.local, (r) => r.local)!;
  const england = side(group.england, (r) => r.england);
  const row: NeedRow = {
    key: 'OTHER',
    name: w.t('needsOther'),
    code: '',
    label: w.t('needsOtherLabel', { count: w.format.number(rest.length) }),
    local,
    members: rest.map((r) => r.key as NeedCode),
    suppressedMembers: rest.filter((r) => r.local.status === 'suppressed').length,
  };
  if (england) row.england = england;
  // a mix of needs is not compared with England: it is not one of the needs the family tests
  return row;
}

/** Options for {@link composeNeeds}. */
export interface NeedCompositionOptions {
  /** Bars across phases (for one provision) or across provisions (for one phase). Default "phase". */
  by?: 'phase' | 'provision';
  /** The phase when `by` is "provision". */
  phase?: string;
  /** The provision when `by` is "phase". */
  provision?: Provision;
  /** Keep the N needs with the most pupils across the bars; add the rest up as "Other needs". Default 6. */
  top?: number;
  /** Wording of need labels, "Other needs" and "Suppressed" (see {@link NEEDS_STRINGS}). */
  text?: TextOptions | NeedsWording;
}

/** One segment of a 100% stacked bar. */
export interface CompositionSegment {
  /** A need code, `OTHER`, or `SUPPRESSED` (the pupils in hidden cells, as one block). */
  key: string;
  label: string;
  status: 'shown' | 'suppressed' | 'missing';
  count?: number;
  /** Share of the bar's denominator (fraction). */
  share?: number;
}

/** One 100% stacked bar. */
export interface CompositionBar {
  /** Phase or provision value. */
  key: string;
  group: NeedGroup;
  segments: CompositionSegment[];
  /** Shares are of known cells only (some cells missing at source). */
  partial: boolean;
  /** The whole bar is hidden (its total is below the threshold). */
  suppressed: boolean;
}

/** Bars of a composition view with the needs (legend entries) they use. */
export interface NeedComposition {
  by: 'phase' | 'provision';
  /** Legend entries in stacking order. */
  keys: { key: string; label: string }[];
  bars: CompositionBar[];
}

/**
 * Need composition as 100% stacked bars across phases or provisions. The needs kept are the same
 * in every bar (the top N by local pupils over all bars), then "Other needs", then one
 * "Suppressed" block holding the pupils of every hidden cell, which is the total minus the shown
 * cells and so reveals nothing; it is left out (and the bar is `partial`) when the total is not known.
 *
 * @example composeNeeds(model, { by: 'phase', provision: 'all' }).bars.map((b) => b.key) // ['primary', 'secondary', 'special']
 */
export function composeNeeds(model: NeedsModel, options: NeedCompositionOptions = {}): NeedComposition {
  const by = options.by ?? 'phase';
  const w = wordingOf(NEEDS_STRINGS, options.text);
  const needLabel = (c: NeedCode) => w.t('needsLabel', { name: w.t(`need.${c}`), code: c });
  let groups: NeedGroup[];
  if (by === 'phase') {
    const v = options.provision ?? (model.provisions.includes('all') ? 'all' : model.provisions[0]);
    const phases = model.phases.filter((p) => p !== 'all');
    groups = model.groups.filter((g) => g.provision === v && (phases.length ? phases.includes(g.phase) : true));
  } else {
    const p = options.phase ?? (model.phases.includes('all') ? 'all' : model.phases[0]);
    const parts = model.groups.filter((g) => g.phase === p && g.provision !== 'all');
    groups = parts.length ? parts : model.groups.filter((g) => g.phase === p);
  }
  const topN = Math.max(1, Math.floor(options.top ?? 6));
  const totals = new Map<NeedCode, number>();
  // need not recorded is never ranked among the needs: it stays in "Other needs"
  for (const g of groups)
    for (const r of g.needs)
      if (r.local.status === 'shown' && !g.local.suppressed && r.key !== 'UNKNOWN')
        totals.set(r.key as NeedCode, (totals.get(r.key as NeedCode) ?? 0) + r.local.count!);
  const ranked = [...totals.entries()]
    .filter(([, c]) => c > 0)
    .sort((a, b) => b[1] - a[1] || CODE_ORDER.get(a[0])! - CODE_ORDER.get(b[0])!)
    .map(([c]) => c);
  // strictly N (each kept need gets its own colour), the rest as "Other needs"
  const keptCodes = ranked.slice(0, topN);
  const keys = keptCodes.map((c) => ({ key: c as string, label: needLabel(c) }));
  let anyOther = false;
  let anySuppressed = false;
  const bars: CompositionBar[] = groups.map((g) => {
    const key = by === 'phase' ? g.phase : g.provision;
    // a group whose total is below the threshold is a bar with nothing drawn, said in words
    if (g.local.suppressed || g.local.denominator === undefined)
      return { key, group: g, segments: [], partial: false, suppressed: true };
    const d = g.local.denominator;
    const segments: CompositionSegment[] = [];
    let shownSum = 0;
    for (const c of keptCodes) {
      const r = g.needs.find((x) => x.key === c);
      if (!r || r.local.status === 'missing') {
        segments.push({ key: c, label: needLabel(c), status: 'missing' });
        continue;
      }
      if (r.local.status === 'suppressed') {
        segments.push({ key: c, label: needLabel(c), status: 'suppressed' });
        continue;
      }
      shownSum += r.local.count!;
      segments.push({ key: c, label: needLabel(c), status: 'shown', count: r.local.count!, share: r.local.count! / d });
    }
    let other = 0;
    let hiddenAny = false;
    for (const r of g.needs) {
      if (keptCodes.includes(r.key as NeedCode)) {
        if (r.local.status === 'suppressed') hiddenAny = true;
        continue;
      }
      if (r.local.status === 'shown') other += r.local.count!;
      else if (r.local.status === 'suppressed') hiddenAny = true;
    }
    shownSum += other;
    if (other > 0) {
      anyOther = true;
      segments.push({ key: 'OTHER', label: w.t('needsOther'), status: 'shown', count: other, share: other / d });
    }
    let partial = !g.local.complete;
    if (hiddenAny && g.local.complete) {
      const hidden = d - shownSum;
      // protectCounts keeps every group's hidden pupils at or above the threshold; check anyway
      if (hidden >= model.minCount) {
        anySuppressed = true;
        segments.push({
          key: 'SUPPRESSED',
          label: w.t('needsSuppressedBlock'),
          status: 'shown',
          count: hidden,
          share: hidden / d,
        });
      } else if (hidden > 0) partial = true;
    }
    return { key, group: g, segments, partial, suppressed: false };
  });
  if (anyOther) keys.push({ key: 'OTHER', label: w.t('needsOther') });
  if (anySuppressed) keys.push({ key: 'SUPPRESSED', label: w.t('needsSuppressedBlock') });
  return { by, keys, bars };
}
