import { formatPoints } from '@send-insight/core/layout';
import type { ChartView, NavSeries } from '@send-insight/core/view';
import {
  composeNeeds,
  selectNeeds,
  summariseComposition,
  summariseNeeds,
  wordingOf,
  PROVISIONS,
  type NeedCell,
  type NeedRow,
  type NeedSort,
  type NeedsModel,
  type Provision,
  type TextOptions,
} from '@send-insight/data';
import {
  compositionTop,
  gapText,
  layoutComposition,
  layoutNeedRows,
  NEED_MODES,
  phaseLabel,
  provisionLabel,
  type CompositionLayout,
  type DifferenceLayout,
  type NeedFormat,
  type NeedLayout,
  type NeedMode,
  type NeedWording,
  type SharesLayout,
} from './need-breakdown.layout.js';
import { NEED_BREAKDOWN_TEXT } from './need-breakdown.strings.js';
import { compositionTable, needsTable } from './need-breakdown.table.js';

/** What `send-select` carries: the need and only the figures that may be shown. */
export interface NeedDatum {
  need: string;
  label: string;
  phase: string;
  provision: Provision;
  pupils?: number;
  share?: number;
  englandShare?: number;
  differencePoints?: number;
  verdict?: 'higher' | 'lower' | 'similar';
  status: NeedCell['status'];
}

/** The orders the rows can be sorted in. */
export const NEED_SORTS: readonly NeedSort[] = ['share', 'england', 'difference', 'name', 'code'];

/** The element's attributes as given: any text, checked by {@link needViewOptions}. */
export interface NeedViewAttributes {
  mode?: string;
  phase?: string;
  provision?: string;
  top?: number;
  sort?: string;
  compositionBy?: string;
  hidden?: readonly string[];
  heading?: string;
}

/** What the view shows, every default resolved. */
export interface NeedViewOptions {
  mode: NeedMode;
  /** Phase or setting label; undefined: `all` when the data has it, else its first phase. */
  phase?: string;
  /** Undefined: `all` when the data has it, else its first provision. */
  provision?: Provision;
  /** Shares and difference: the N most common needs, the rest as "Other needs" (undefined: all). Composition: 1–6. */
  top?: number;
  sort: NeedSort;
  /** Composition: bars per phase or per provision. */
  by: 'phase' | 'provision';
  /** Composition: needs switched off in the legend. */
  hidden: readonly string[];
  /** The chart's heading, for the table's caption. */
  heading?: string;
}

/**
 * The need breakdown's options from its attributes, each default written here and nowhere else:
 * mode `shares`; sort by share, or by difference in the difference view; every need, or at most
 * six (default six) in the composition view; bars per phase.
 *
 * @example needViewOptions({ mode: 'difference' }).sort // "difference"
 */
export function needViewOptions(a: NeedViewAttributes): NeedViewOptions {
  const mode = NEED_MODES.find((m) => m === a.mode) ?? 'shares';
  const top = a.top !== undefined && Number.isFinite(a.top) && a.top >= 1 ? Math.floor(a.top) : undefined;
  const options: NeedViewOptions = {
    mode,
    phase: a.phase,
    provision: PROVISIONS.find((p) => p === a.provision),
    top: mode === 'composition' ? compositionTop(top) : top,
    sort: NEED_SORTS.find((s) => s === a.sort) ?? (mode === 'difference' ? 'difference' : 'share'),
    by: a.compositionBy === 'provision' ? 'provision' : 'phase',
    hidden: a.hidden ?? [],
  };
  if (a.heading) options.heading = a.heading;
  return options;
}

/** The need breakdown's view: {@link ChartView} with the phase or setting it shows (the phase control's choice). */
export interface NeedBreakdownView extends ChartView<NeedLayout> {
  phase?: string;
}

/**
 * The pure view of `<send-need-breakdown>`: the selection (one phase × provision group, or the
 * composition's bars) is looked up once, and its layout, keyboard order, table and summary are
 * all made from it. No Lit, no DOM.
 *
 * @param model from `buildNeedsModel`
 * @param options from {@link needViewOptions}
 * @param strings the element's `strings` overrides, locale and formatters (none: en-GB)
 * @param width in CSS pixels
 * @example needBreakdownView(model, needViewOptions({ phase: 'primary' }), {}, 640).summary // "Among primary pupils …"
 */
export function needBreakdownView(model: NeedsModel, options: NeedViewOptions, strings: TextOptions, width: number): NeedBreakdownView {
  const words = wordingOf(NEED_BREAKDOWN_TEXT, strings);
  const format: NeedFormat = {
    share: (fraction, digits = 1) => words.format.percent(fraction * 100, digits),
    points: (value, digits = 1) => formatPoints(value, words.locale, digits, words.t('pointsShort')),
  };
  const context = { model, heading: options.heading || words.t('needTableHeading'), words, format };
  const { phase, provision } = options;
  if (options.mode === 'composition') {
    const comp = composeNeeds(model, { by: options.by, phase, provision, top: options.top, text: words });
    const layout = layoutComposition(comp, width, { hidden: options.hidden, format, text: words });
    const view: NeedBreakdownView = {
      layout,
      height: layout.height,
      navigation: compositionNavigation(layout, words, format),
      table: compositionTable(comp, options.hidden, context),
      summary: summariseComposition(model, { ...strings, by: options.by, phase, provision }),
      phase: options.by === 'provision' ? (comp.bars[0]?.group.phase ?? phase) : phase,
    };
    if (!model.groups.length) view.state = 'empty';
    else if (model.groups.every((g) => g.local.suppressed)) view.state = 'suppressed';
    return view;
  }
  const selection = selectNeeds(model, { phase, provision, top: options.top, sort: options.sort, text: words });
  const layout = layoutNeedRows(model, selection, options.mode, width, { format, text: words });
  const group = selection?.group;
  const view: NeedBreakdownView = {
    layout,
    height: layout.height,
    navigation: group ? rowNavigation(layout, model, words, format) : [],
    table: needsTable(selection, context),
    summary: summariseNeeds(model, { ...strings, phase, provision }),
    phase: group?.phase ?? phase,
  };
  if (!group) view.state = 'empty';
  else if (group.local.suppressed || group.needs.every((r) => r.local.status !== 'shown')) view.state = 'suppressed';
  return view;
}

/** One series down the rows: Down and Up move between needs, each announced in words. */
function rowNavigation(layout: SharesLayout | DifferenceLayout, model: NeedsModel, w: NeedWording, f: NeedFormat): NavSeries[] {
  const g = layout.group;
  return [
    {
      label: w.t('needGroupLabel', { phase: phaseLabel(g.phase, w), provision: provisionLabel(g.provision, w) }),
      // bars are listed top to bottom: Down and Up move between needs
      vertical: true,
      points: layout.rows.map((r) => ({ id: r.key, label: rowWords(r.row, model, w, f), x: r.focus.x, y: r.focus.y, datum: datumOf(r.row, g.phase, g.provision) })),
    },
  ];
}

/** A series per bar: Left and Right move along a bar's segments, Up and Down between bars. */
function compositionNavigation(layout: CompositionLayout, w: NeedWording, f: NeedFormat): NavSeries[] {
  return layout.bars.map((bar) => {
    const name = layout.by === 'phase' ? phaseLabel(bar.key, w) : provisionLabel(bar.key as Provision, w);
    return {
      label: name,
      points: bar.segments.map((s) => ({
        id: `${bar.key}:${s.key}`,
        label: w.t('needSegmentWords', { bar: name, need: s.label, share: f.share(s.share), pupils: w.format.number(s.count) }),
        x: s.box.x + s.box.width / 2,
        y: s.box.y,
        datum: { need: s.key, label: s.label, setting: bar.key, share: s.share, pupils: s.count },
      })),
    };
  });
}

/** A need in words: its share here (with the interval) or why none, England's, the difference and its verdict. */
function rowWords(row: NeedRow, model: NeedsModel, w: NeedWording, f: NeedFormat): string {
  const area = model.localLabel;
  const parts: string[] = [];
  if (row.local.share !== undefined) {
    const interval = row.local.lower !== undefined ? w.t('needIntervalWords', { lower: f.share(row.local.lower), upper: f.share(row.local.upper!) }) : '';
    parts.push(w.t('needShareWords', { share: f.share(row.local.share), area, interval }));
  } else parts.push(w.t('needGapWords', { area, gap: gapText(row.local, w) }));
  if (model.comparator) {
    parts.push(row.england?.share !== undefined ? w.t('needEnglandShare', { share: f.share(row.england.share) }) : w.t('needEnglandGap', { gap: gapText(row.england, w) }));
  }
  if (row.difference) parts.push(w.t('needDifferenceWords', { points: f.points(row.difference.points), verdict: w.t(`needVerdict.${row.difference.verdict}`) }));
  if (row.members?.length) {
    const suppressed = row.suppressedMembers ? w.t('needAddsUpSuppressed', { n: w.format.number(row.suppressedMembers) }) : '';
    parts.push(w.plural('needAddsUp', row.members.length, { suppressed }));
  }
  return w.t('needRowWords', { need: row.label, parts: parts.join(w.template('listSeparatorLong')) });
}

/** What `send-select` carries for a need: its figures only when they are shown. */
function datumOf(row: NeedRow, phase: string, provision: Provision): NeedDatum {
  const d: NeedDatum = { need: row.key, label: row.label, phase, provision, status: row.local.status };
  if (row.local.status === 'shown') d.pupils = row.local.count;
  if (row.local.share !== undefined) d.share = row.local.share;
  if (row.england?.share !== undefined) d.englandShare = row.england.share;
  if (row.difference) {
    d.differencePoints = row.difference.points;
    d.verdict = row.difference.verdict;
  }
  return d;
}
