import { formatNumber, formatShare } from '@send-insight/core/layout';
import type { ChartView, DataTableSpec, NavPoint, NavSeries, TableCell } from '@send-insight/core/view';
import {
  deprivationContextSentence,
  summariseDeprivationContext,
  wordingOf,
  type DeprivationContext,
  type DeprivationModel,
  type TextOptions,
} from '@send-insight/data';
import type { DeprivationLayout } from './deprivation-chart.layout.js';
import type { DeprivationView } from './deprivation-chart.view.js';
import { decileName, inArea } from './deprivation-chart.words.js';
import { layoutDeprivationContext, type ContextLayout } from './deprivation-context.layout.js';
import { DEPRIVATION_CONTEXT_TEXT } from './deprivation-context.strings.js';
import { DEFAULT_CONTEXT_WORDING, type DeprivationContextWording } from './deprivation-context.words.js';

/** What `send-select` carries for a decile of the neighbourhood context. */
export interface DeprivationContextDatum {
  kind: 'context';
  /** National IMD decile, 1 (most deprived) to 10. */
  decile: number;
  /** The area's LSOAs in the decile. */
  lsoas: number;
  /** Their share of the area's LSOAs, 0–1. */
  share: number;
  /** The share an even (national) spread gives: 0.1. */
  evenShare: number;
}

/** The context view's geometry: the whole chart. */
export type ContextViewLayout = ContextLayout & { kind: 'context' };

/** The chart by decile with the neighbourhood strip under its panels. */
export type DecileStripLayout = DeprivationLayout & { strip: ContextLayout };

/**
 * A decile of the context in words, for the live region, the tooltip and `send-select`'s label:
 * "Decile 1 (most deprived): 33 of the 158 neighbourhoods (LSOAs) in Wolverhampton, 20.9% (England: 10% in each decile)".
 */
export function describeContextDecile(
  context: DeprivationContext,
  index: number,
  name: string | undefined,
  w: DeprivationContextWording = DEFAULT_CONTEXT_WORDING,
): string {
  const locale = w.locale;
  return w.t('deprivationLsoaWords', {
    decile: decileName(index + 1, w),
    n: formatNumber(context.lsoas[index]!, locale),
    lsoas: w.plural('deprivationNeighbourhoods', context.total),
    in: inArea(w, name),
    share: formatShare(context.shares[index]!, locale),
    even: w.t('deprivationEvenSpread', { share: formatShare(context.evenShare, locale, 0) }),
  });
}

/** The datum `send-select` carries for a decile. */
export function contextDatum(context: DeprivationContext, index: number): DeprivationContextDatum {
  return {
    kind: 'context',
    decile: index + 1,
    lsoas: context.lsoas[index]!,
    share: context.shares[index]!,
    evenShare: context.evenShare,
  };
}

/** The two table cells of a decile: its LSOAs and their share. */
export function contextCells(
  context: DeprivationContext,
  index: number,
  locale: string,
): { lsoas: TableCell; share: TableCell } {
  const n = context.lsoas[index]!;
  const f = context.shares[index]!;
  return { lsoas: { text: formatNumber(n, locale), sort: n }, share: { text: formatShare(f, locale), sort: f } };
}

/**
 * The data table of the context view: for each decile, the area's LSOAs, their share, and the
 * share an even spread over England's deciles gives. Counts of neighbourhoods, not people, so no
 * disclosure control applies.
 */
export function contextTable(
  context: DeprivationContext,
  caption: string,
  name: string | undefined,
  w: DeprivationContextWording = DEFAULT_CONTEXT_WORDING,
): DataTableSpec {
  const locale = w.locale;
  const columns: DataTableSpec['columns'] = [
    { key: 'decile', label: w.t('deprivationColNationalDecile') },
    { key: 'lsoas', label: w.t('deprivationLsoas'), numeric: true },
    { key: 'share', label: w.t('deprivationLsoaShare'), numeric: true },
    { key: 'even', label: w.t('deprivationColEven'), numeric: true },
  ];
  const even = formatShare(context.evenShare, locale);
  const rows = context.lsoas.map((_, i) => ({
    decile: { text: decileName(i + 1, w), sort: i + 1 },
    ...contextCells(context, i, locale),
    even: { text: even, sort: context.evenShare },
  }));
  const note = w.t('deprivationNoteContext', {
    lsoas: w.plural('deprivationNeighbourhoods', context.total),
    in: inArea(w, name),
    even: formatShare(context.evenShare, locale, 0),
  });
  return { caption, columns, rows, notes: [`${note} ${w.t('deprivationNoteNotPeople')}`] };
}

/** One keyboard stop per decile of the neighbourhoods, `offsetY` below the top of the chart. */
function contextNavigation(
  context: DeprivationContext,
  name: string | undefined,
  bars: ContextLayout['bars'],
  offsetY: number,
  w: DeprivationContextWording,
): NavSeries {
  return {
    label: w.t('deprivationLsoas'),
    points: context.lsoas.map((_, i): NavPoint => ({
      id: `context|${i + 1}`,
      label: describeContextDecile(context, i, name, w),
      datum: contextDatum(context, i),
      x: bars[i]!.anchor.x,
      y: bars[i]!.anchor.y + offsetY,
    })),
  };
}

/** Options of the context view. */
export interface ContextViewOptions {
  /** The area's name (or code), for words. */
  name?: string;
  /** The chart's heading, for the table's caption. */
  heading?: string;
  orientation: 'vertical' | 'horizontal' | 'auto';
}

function layoutOptions(w: DeprivationContextWording) {
  return {
    formatCount: (n: number) => formatNumber(n, w.locale),
    formatShare: (f: number) => formatShare(f, w.locale, 0),
    text: w,
  };
}

/**
 * The pure view of the neighbourhood context alone (the chart given neighbourhoods without
 * pupils): how many of the area's LSOAs fall in each of England's IMD deciles, against an even
 * spread of a tenth per decile. No Lit, no DOM.
 *
 * @example deprivationContextView(context, { name: 'Wolverhampton', orientation: 'auto' }, {}, 640).table.rows.length // 10
 */
export function deprivationContextView(
  context: DeprivationContext,
  options: ContextViewOptions,
  strings: TextOptions,
  width: number,
): ChartView<ContextViewLayout> {
  const w = wordingOf(DEPRIVATION_CONTEXT_TEXT, strings);
  const layout: ContextViewLayout = {
    ...layoutDeprivationContext(
      context,
      { width },
      { mode: 'full', orientation: options.orientation, ...layoutOptions(w) },
    ),
    kind: 'context',
  };
  const caption = options.heading || w.t('deprivationLsoaCaption', { in: inArea(w, options.name) });
  const view: ChartView<ContextViewLayout> = {
    layout,
    height: layout.height,
    navigation: [contextNavigation(context, options.name, layout.bars, 0, w)],
    table: contextTable(context, caption, options.name, w),
    summary: summariseDeprivationContext(context, { ...strings, name: options.name }),
  };
  if (context.total === 0) view.state = 'empty';
  return view;
}

/** The share of the local pupils who live in deciles 1 and 2, when every decile's pupils can be shown. */
export function pupilsMostDeprived(model: DeprivationModel): number | undefined {
  const deciles = model.local.sen_support.deciles;
  let total = 0;
  for (const d of deciles) {
    if (d.status === 'no-data') continue;
    if (d.pupils === undefined) return undefined;
    total += d.pupils;
  }
  if (total === 0) return undefined;
  return ((deciles[0]!.pupils ?? 0) + (deciles[1]!.pupils ?? 0)) / total;
}

/**
 * The chart by decile with the neighbourhoods under it, decile under decile: the strip's layout
 * (lined up with the panels' deciles when they are columns), its keyboard series after the
 * panels', its two columns and note in the table, and its sentence after the summary.
 *
 * @param view the chart by decile's view
 * @param context the area's neighbourhoods by decile
 * @param name the area's name (or code), for words
 * @param model the rates, for the share of pupils in the most deprived deciles
 * @param strings the element's overrides, locale and formatters
 */
export function withContextStrip(
  view: DeprivationView,
  context: DeprivationContext,
  name: string | undefined,
  model: DeprivationModel,
  strings: TextOptions,
): ChartView<DecileStripLayout> {
  const w = wordingOf(DEPRIVATION_CONTEXT_TEXT, strings);
  const under = view.layout;
  const align =
    under.orientation === 'vertical'
      ? { centres: under.decileTicks.map((t) => t.pos), band: under.decileBand }
      : undefined;
  const strip = layoutDeprivationContext(
    context,
    { width: under.width },
    { mode: 'compact', align, ...layoutOptions(w) },
  );
  const table = view.table;
  const lsoas = w.plural('deprivationLsoaCount', context.total);
  const sentence = deprivationContextSentence(context, {
    ...strings,
    name,
    pupilsMostDeprived: pupilsMostDeprived(model),
  });
  return {
    ...view,
    layout: { ...under, strip },
    height: view.height + strip.height,
    navigation: [...view.navigation, contextNavigation(context, name, strip.bars, view.height, w)],
    table: {
      ...table,
      columns: [
        ...table.columns,
        { key: 'lsoas', label: w.t('deprivationLsoas'), numeric: true },
        { key: 'share', label: w.t('deprivationLsoaShare'), numeric: true },
      ],
      rows: table.rows.map((row, i) => ({ ...row, ...contextCells(context, i, w.locale) })),
      notes: [
        ...(table.notes ?? []),
        `${w.t('deprivationNoteLsoas', { lsoas, in: inArea(w, name) })} ${w.t('deprivationNoteNotPeople')}`,
      ],
    },
    summary: sentence ? `${view.summary} ${sentence}` : view.summary,
    ...(view.summaryParts && sentence
      ? {
          summaryParts: {
            lead: view.summaryParts.lead,
            more: view.summaryParts.more ? `${view.summaryParts.more} ${sentence}` : sentence,
          },
        }
      : {}),
  };
}
