import type { IndicatorDirection, IndicatorUnit } from '../contracts/indicators.js';
import { DEFAULT_MIN_COUNT } from '../disclosure.js';
import { hasErrors, issue, SendDataError } from '../issues.js';
import { isValue } from '../missing.js';
import { orderPeriods } from '../periods.js';
import { suggest } from '../suggest.js';
import type { ValidatedData } from '../validate.js';
import { changeBetween, compareShares, type IndicatorChange } from './change.js';
import { gapPoint, percentPoint, type IndicatorGap, type IndicatorPoint } from './points.js';
import { rankAmong, type RankPlace } from './rank.js';
import { readIndicatorRows, type AreaLevel, type IndicatorRow } from './read.js';
import { safePoints } from './safe-points.js';

/** The comparators a tile and the trend can show beside the area. */
export type IndicatorComparator = 'england' | 'region' | 'neighbours';

/** What one line of the trend is. */
export type SeriesRole = 'area' | 'england' | 'region' | 'neighbour';

/** One area's series, a point per period of the model. */
export interface IndicatorSeries {
  code: string;
  name: string;
  role: SeriesRole;
  points: IndicatorPoint[];
}

/** The area against one comparator in the current period. */
export interface IndicatorComparison {
  role: Exclude<SeriesRole, 'area'>;
  code: string;
  name: string;
  /** The comparator's period: the current one, or its latest earlier one when it has no figure then. */
  period: string;
  status: 'shown' | 'unavailable';
  value?: number;
  /** Percentages: the area's value less the comparator's, in points. */
  gap?: number;
  /**
   * Percentages with numerators and denominators for both, in the same period: the area against
   * the rest of England (or of its region; a neighbour as it is), pooled two-proportion z-test at
   * the 5% level.
   */
  verdict?: 'higher' | 'lower' | 'similar';
  /** Counts: the comparator's own change over the area's two periods, as a percentage. */
  relative?: number;
}

/** An authority in the current period, for the comparison view. */
export interface IndicatorAuthority {
  code: string;
  name: string;
  region?: string;
  point: IndicatorPoint;
}

/** The indicator view model: JSON-serialisable, every figure in it already safe to show. */
export interface IndicatorModel {
  indicator: string;
  label: string;
  unit: IndicatorUnit;
  better?: IndicatorDirection;
  /** Every indicator the data holds, in data order. */
  indicators: string[];
  /** The area's periods and its comparators', oldest first (see `orderPeriods`). */
  periods: string[];
  /** The period shown: the one asked for, else the area's latest with a figure; undefined when it has none. */
  period?: string;
  /** The area's period before it (the latest earlier one the area has a row for). */
  previous?: string;
  area: { code: string; name: string; level: AreaLevel; region?: string; regionName?: string };
  /** The area first, then England, the region and the neighbours asked for. */
  series: IndicatorSeries[];
  /** The area's change since the previous period. */
  change?: IndicatorChange;
  /** The area against each comparator in the current period. */
  comparisons: IndicatorComparison[];
  target?: { value: number; met?: boolean };
  /** Among authorities with a value shown in the current period, 1st the best; only with a direction. */
  rank?: { all: RankPlace; region?: RankPlace };
  /** Every authority with a row in the current period (after disclosure control). */
  authorities: IndicatorAuthority[];
  /** Counts: the first period in which every series has a figure, indexed as 100. */
  indexBase?: string;
  minCount: number;
}

export interface IndicatorModelOptions {
  /** The indicator (default: the only one, else the SEN2 headline measure if present, else the first). */
  indicator?: string;
  /** GSS code or name (default: the first area that is not England). */
  area?: string;
  /** The period to show (default: the area's latest with a figure). */
  period?: string;
  /** Comparators (default England and the region, and neighbours when any are named). */
  compare?: readonly IndicatorComparator[];
  /** GSS codes of neighbour authorities. */
  neighbours?: readonly string[];
  /** Overrides the data's `better`. */
  better?: IndicatorDirection;
  /** Overrides the data's `target`. */
  target?: number;
  /** Disclosure threshold. Default {@link DEFAULT_MIN_COUNT}. */
  minCount?: number;
}

/** Each data's rows, as `readIndicatorRows` reads them (never changed here), and the same rows by indicator. */
const ROWS = new WeakMap<ValidatedData, { all: IndicatorRow[]; by: Map<string, IndicatorRow[]> }>();

/** Reads a data's rows once and groups them by indicator, so another measure of the same data does not scan them all. */
function rowsOf(data: ValidatedData) {
  let kept = ROWS.get(data);
  if (!kept) {
    const all = readIndicatorRows(data);
    const by = new Map<string, IndicatorRow[]>();
    for (const r of all) (by.get(r.indicator) ?? by.set(r.indicator, []).get(r.indicator)!).push(r);
    ROWS.set(data, (kept = { all, by }));
  }
  return kept;
}
/** The SEN2 headline measure (`SEN2_HEADLINE_INDICATOR` of the presets, named here so the element does not load them). */
const HEADLINE = 'no_exc_20week_rate';
const fail = (column: string, value: string, message: string): never => {
  throw new SendDataError([issue('invalid-attribute', 0, column, value, message)]);
};

/** The row of an area named by its GSS code, else by its name (either in any case). */
const named = (rows: readonly IndicatorRow[], key: string) =>
  rows.find((r) => r.code.toLowerCase() === key) ?? rows.find((r) => r.name.toLowerCase() === key);

/** The area asked for, by code or name; an unknown one throws, naming the closest. */
function findArea(rows: readonly IndicatorRow[], wanted: string | undefined): IndicatorRow {
  const key = wanted?.trim().toLowerCase();
  if (!key) return rows.find((r) => r.level === 'authority') ?? rows.find((r) => r.level !== 'national') ?? rows[0]!;
  if (key === 'england')
    return rows.find((r) => r.level === 'national') ?? fail('area', wanted!, 'the data has no figures for England');
  const found = named(rows, key);
  if (found) return found;
  const hint = suggest(wanted!, [...new Set(rows.map((r) => r.name))]);
  // an area the data does not hold (code `unknown-area`, as the presets say it): the element shows nothing for it, and why
  throw new SendDataError([
    issue(
      'unknown-area',
      0,
      'area',
      wanted!,
      `the data has no area "${wanted}"${hint ? `; did you mean "${hint}"?` : ''}`,
    ),
  ]);
}

/** The indicator asked for; an unknown one throws, listing or suggesting the data's. */
function findIndicator(names: readonly string[], wanted: string | undefined): string {
  if (!wanted?.trim()) return names.length === 1 ? names[0]! : names.includes(HEADLINE) ? HEADLINE : names[0]!;
  if (names.includes(wanted.trim())) return wanted.trim();
  const hint = suggest(wanted, names);
  return fail(
    'indicator',
    wanted,
    `the data has no indicator "${wanted}"; ${hint ? `did you mean "${hint}"?` : `it has ${names.slice(0, 8).join(', ')}${names.length > 8 ? '…' : ''}`}`,
  );
}

/**
 * Builds the model of one headline measure from validated **indicators** data (as written by the
 * `ees-sen2-mi` preset, or by `ees-ehc-caseload` with its `indicators` option): the area's series with England, its
 * region and any neighbours; the change since the previous period (tested for percentages with
 * numerators and denominators, see {@link changeBetween}); each comparator's value and gap (tested
 * against the rest of England or of the region); the target and whether it is met; the rank among
 * authorities with a value shown, 1st the best by `better`; every authority's figure for the
 * comparison view; and, for counts, an index (first common period = 100).
 *
 * Disclosure: a count from 1 to `minCount − 1` is never kept, nor any other count from which one
 * could be worked out through England's and the regions' totals; a percentage is hidden when its
 * denominator is below `minCount`, or when its numerator or the rest of its denominator is a small
 * count, and so is any other whose counts (numerator, rest and denominator, which add up from
 * authorities to regions and England) would give one away, since any area can be chosen as the
 * area and show its own (see `familyPoints`). A percentage and the count indicators it is made
 * from (its family, see `familiesOf`) are protected as one, so tiles of the same family on one page
 * show what one protection allows. Only the area's own series keeps numerators,
 * denominators and intervals. Disclosure control is kept per data, indicator, period and
 * threshold, so choosing another area or period does not repeat it. Ranks count the
 * values shown of every authority (a value hidden here is not ranked: where it stood would narrow
 * it), and a rank is only given for an area whose own figure is shown.
 *
 * @param data validated indicators data
 * @param options indicator, area, period, comparators, direction, target, threshold
 * @returns the view model
 * @throws {SendDataError} for data errors, or an indicator, area or neighbour the data does not have
 * @example
 * const model = buildIndicatorModel(validate(toRawData(csv), indicatorsContract), { area: 'E08000031', indicator: 'no_exc_20week_rate' });
 * model.series[0].points.at(-1)?.value // 25.714
 */
export function buildIndicatorModel(data: ValidatedData, options: IndicatorModelOptions = {}): IndicatorModel {
  const minCount = options.minCount ?? DEFAULT_MIN_COUNT;
  if (!(minCount >= 0)) throw new RangeError('minCount must be a number of 0 or more');
  if (hasErrors(data.issues)) throw new SendDataError(data.issues.filter((i) => i.severity === 'error'));
  // the rows are read and grouped once per data: another area, period or indicator of the same data does not read them again
  const { all, by } = rowsOf(data);
  const indicators = [...by.keys()];
  const indicator = findIndicator(indicators, options.indicator);
  const rows = by.get(indicator)!;
  const first = rows[0]!;
  const unit = first.unit;
  const better = options.better ?? rows.find((r) => r.better)?.better;
  const areaRow = findArea(rows, options.area);
  const regionRow = rows.find((r) => r.level === 'regional' && r.code === areaRow.region);
  const area = {
    code: areaRow.code,
    name: areaRow.name,
    level: areaRow.level,
    region: areaRow.region,
    regionName: regionRow?.name,
  };

  // which areas are drawn
  const neighbours = (options.neighbours ?? []).map((c) => c.trim()).filter(Boolean);
  const compare =
    options.compare ??
    (['england', 'region', ...(neighbours.length ? ['neighbours' as const] : [])] as IndicatorComparator[]);
  const wanted: { code: string; role: SeriesRole }[] = [{ code: area.code, role: 'area' }];
  const england = rows.find((r) => r.level === 'national');
  if (compare.includes('england') && area.level !== 'national' && england)
    wanted.push({ code: england.code, role: 'england' });
  if (compare.includes('region') && regionRow) wanted.push({ code: regionRow.code, role: 'region' });
  if (compare.includes('neighbours')) {
    for (const code of neighbours) {
      const n = named(rows, code.toLowerCase());
      if (!n) fail('neighbours', code, `the data has no area "${code}" to compare with`);
      else if (!wanted.some((w) => w.code === n.code)) wanted.push({ code: n.code, role: 'neighbour' });
    }
  }
  const drawn = new Set(wanted.map((w) => w.code));
  const periods = orderPeriods(rows.filter((r) => drawn.has(r.code)).map((r) => r.period));

  // disclosure control, period by period, over every area of the indicator (counts add up)
  const byPeriod = new Map<string, IndicatorRow[]>();
  for (const r of rows) (byPeriod.get(r.period) ?? byPeriod.set(r.period, []).get(r.period)!).push(r);
  const points = new Map<string, Map<string, IndicatorPoint>>();
  for (const [period, list] of byPeriod) {
    // disclosure control does not depend on the area, so it is kept for the next area or period asked for
    const shared = safePoints(data, all, indicator, period, minCount);
    // the area keeps its own counts where its share is shown
    const safe = shared.map((p, i) =>
      unit === 'percent' && p.status === 'shown' && list[i]!.code === area.code
        ? percentPoint(list[i]!, minCount, true)
        : p,
    );
    points.set(period, new Map(list.map((r, i) => [r.code, safe[i]!])));
  }
  const pointAt = (code: string, period: string) => points.get(period)?.get(code) ?? gapPoint(period, undefined);
  const series: IndicatorSeries[] = wanted.map(({ code, role }) => ({
    code,
    name: rows.find((r) => r.code === code)!.name,
    role,
    points: periods.map((p) => pointAt(code, p)),
  }));

  // the period shown and the one before it
  const own = series[0]!.points;
  const asked = options.period?.trim();
  const period = asked
    ? periods.includes(asked)
      ? asked
      : undefined
    : ([...own].reverse().find((p) => p.status === 'shown')?.period ?? own.at(-1)?.period);
  const at = period === undefined ? -1 : periods.indexOf(period);
  // the area's previous period: the latest earlier one it has a row for (a comparator's periods do not count)
  const mine = new Set(rows.filter((r) => r.code === area.code).map((r) => r.period));
  let before = at - 1;
  while (before >= 0 && !mine.has(periods[before]!)) before--;
  const previous = before >= 0 ? periods[before] : undefined;
  const now = at >= 0 ? own[at]! : undefined;
  const change = now && previous ? changeBetween(now, own[before]!, unit, better) : undefined;

  // each comparator now (or its latest earlier figure), with the gap and, where possible, a test
  const rowAt = (code: string, p: string) => byPeriod.get(p)?.find((r) => r.code === code);
  const comparisons: IndicatorComparison[] = [];
  for (const s of series.slice(1)) {
    if (at < 0) break;
    let i = at;
    while (i >= 0 && s.points[i]!.status !== 'shown') i--;
    const p = s.points[i];
    const base = {
      role: s.role as IndicatorComparison['role'],
      code: s.code,
      name: s.name,
      period: p?.period ?? period!,
    };
    if (!p) {
      comparisons.push({ ...base, status: 'unavailable' });
      continue;
    }
    const c: IndicatorComparison = { ...base, status: 'shown', value: p.value };
    if (unit === 'percent' && now?.status === 'shown') {
      c.gap = now.value! - p.value!;
      const mine = rowAt(area.code, period!)!;
      const theirs = i === at ? rowAt(s.code, period!) : undefined;
      const verdict =
        theirs && isValue(now.numerator)
          ? compareShares(mine, theirs, s.role === 'england' || (s.role === 'region' && area.region === s.code))
          : undefined;
      if (verdict) c.verdict = verdict;
    }
    if (unit === 'count' && change?.status === 'shown' && i === at) {
      const then = s.points[before];
      if (then?.status === 'shown' && then.value! > 0) c.relative = ((p.value! - then.value!) / then.value!) * 100;
    }
    comparisons.push(c);
  }

  // target
  const targetValue =
    options.target ??
    rows.find((r) => r.code === area.code && r.target !== undefined)?.target ??
    rows.find((r) => r.target !== undefined)?.target;
  const target =
    targetValue === undefined
      ? undefined
      : {
          value: targetValue,
          met:
            better && now?.status === 'shown'
              ? better === 'higher'
                ? now.value! >= targetValue
                : now.value! <= targetValue
              : undefined,
        };

  // authorities now, and the area's rank among those with a value shown
  const current = period === undefined ? [] : (byPeriod.get(period) ?? []).filter((r) => r.level === 'authority');
  const authorities = current.map((r) => ({
    code: r.code,
    name: r.name,
    region: r.region,
    point: pointAt(r.code, period!),
  }));
  let rank: IndicatorModel['rank'];
  if (better && now?.status === 'shown' && area.level === 'authority' && current.length > 1) {
    // only values shown are ranked: where a hidden one stood would say something about it
    const published = (list: readonly IndicatorRow[]) =>
      list.map((r) => {
        const p = pointAt(r.code, period!);
        return p.status === 'shown' ? p.value! : NaN;
      });
    const mine = now.value!;
    const inRegion = current.filter((r) => area.region && r.region === area.region);
    const all = rankAmong(mine, published(current), better);
    const region = inRegion.length > 1 ? rankAmong(mine, published(inRegion), better) : undefined;
    if (all) rank = { all, region };
  }

  // counts: the index base is the first period every series has a figure in
  let indexBase: string | undefined;
  if (unit === 'count') {
    const b = periods.findIndex((_, i) =>
      series.every((s) => s.points[i]!.status === 'shown' && s.points[i]!.value! > 0),
    );
    if (b >= 0) {
      indexBase = periods[b];
      for (const s of series) {
        const base = s.points[b]!.value!;
        s.points = s.points.map((p) => (p.status === 'shown' ? { ...p, index: (p.value! / base) * 100 } : p));
      }
    }
  }

  // an optional figure the model does not have is left undefined
  return {
    indicator,
    label: first.label ?? indicator,
    unit,
    better,
    indicators,
    periods,
    period,
    previous,
    area,
    series,
    change,
    comparisons,
    target,
    rank,
    authorities,
    indexBase,
    minCount,
  };
}

export type { IndicatorGap, IndicatorPoint };
