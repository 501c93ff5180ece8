import { formatPoints } from '@send-insight/core/layout';
import type { ChartView } from '@send-insight/core/view';
import {
  composeNeeds,
  selectNeeds,
  summariseComposition,
  summariseNeeds,
  wordingOf,
  PROVISIONS,
  type NeedSort,
  type NeedsModel,
  type Provision,
  type TextOptions,
} from '@send-insight/data';
import { layoutComposition, layoutNeedRows, type NeedLayout } from './need-breakdown.layout.js';
import { compositionNavigation, rowNavigation } from './need-breakdown.navigation.js';
import { NEED_BREAKDOWN_TEXT } from './need-breakdown.strings.js';
import { compositionTable, needsTable } from './need-breakdown.table.js';
import type { NeedFormat } from './need-breakdown.words.js';

/** What the chart shows: each need's share with England marked, the difference from England, or the make-up of each phase. */
export type NeedMode = 'shares' | 'difference' | 'composition';

/** The modes, for attribute checking. */
export const NEED_MODES: readonly NeedMode[] = ['shares', 'difference', 'composition'];

/** The composition view keeps at most six needs, one palette colour each (default six). */
function compositionTop(top: number | undefined): number {
  return Math.max(1, Math.min(6, Math.floor(top ?? 6) || 6));
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
export function needBreakdownView(
  model: NeedsModel,
  options: NeedViewOptions,
  strings: TextOptions,
  width: number,
): NeedBreakdownView {
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
