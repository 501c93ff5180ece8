import type { NeedCode } from '../contracts/needs-codes.js';
import { canShowRate } from '../disclosure.js';
import { wilson } from '../stats/wilson.js';
import { wordingOf, type TextOptions } from '../text/wording.js';
import { CODE_ORDER } from './labels.js';
import { NEEDS_STRINGS } from './strings.js';
import type {
  GroupTotal,
  NeedCell,
  NeedGroup,
  NeedRow,
  NeedSort,
  NeedsModel,
  NeedsWording,
  Provision,
} from './types.js';

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
