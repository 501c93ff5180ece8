import { Wording, type DeprivationMeasure } from '@send-insight/data';
import { formatNumber, formatRate, formatShare } from '@send-insight/core/layout';
import { DEPRIVATION_CHART_TEXT, type DeprivationChartTextKey } from './deprivation-chart.strings.js';

/*
 * What the deprivation chart's three views (by decile, by area, the neighbourhood context) name
 * alike: the measures and their colours, deciles, the area's name in a sentence, and how rates,
 * counts and shares are written. Shared, so no view reaches into another for a word.
 */

/** The wording the chart by decile writes with: its text with the element's `strings` overrides, locale and formatters. */
export type DeprivationWording = Wording<DeprivationChartTextKey>;

/** The en-GB wording, when a layout is given none. */
export const DEFAULT_WORDING: DeprivationWording = new Wording(DEPRIVATION_CHART_TEXT);

/** Which rates the chart draws: one measure, or SEN support and EHC plans, a panel each. */
export type DeprivationMeasureOption = DeprivationMeasure | 'both';

/** `vertical`: deciles along the bottom (columns). `horizontal`: deciles down the side (rows), for narrow screens. */
export type DeprivationOrientation = 'vertical' | 'horizontal';

/** The measure options, for attribute checking. */
export const MEASURE_OPTIONS: readonly DeprivationMeasureOption[] = ['both', 'sen_support', 'ehc_plan', 'all_sen'];

/** Each measure's series colour: an index into the theme's `--send-color-<n + 1>`. */
export const MEASURE_COLOR: Readonly<Record<DeprivationMeasure, number>> = { sen_support: 0, ehc_plan: 1, all_sen: 2 };

/** The measures drawn for an option. */
export function measuresFor(option: DeprivationMeasureOption): DeprivationMeasure[] {
  return option === 'both' ? ['sen_support', 'ehc_plan'] : [option];
}

/** "SEN support", "EHC plans", … in the wording's strings. */
export function measureName(m: DeprivationMeasure, w: DeprivationWording = DEFAULT_WORDING): string {
  return w.t(`deprivationMeasure.${m}`);
}

/** "Decile 1 (most deprived)", "Decile 5", "Decile 10 (least deprived)". */
export function decileName(d: number, w: DeprivationWording = DEFAULT_WORDING): string {
  return w.t(d === 1 ? 'deprivationDecileMost' : d === 10 ? 'deprivationDecileLeast' : 'deprivationDecileName', {
    decile: d,
  });
}

/** Where the area's name goes in words: " in Wolverhampton", or nothing. */
export function inArea(w: DeprivationWording, name: string | undefined): string {
  return name ? w.t('deprivationInArea', { name }) : '';
}

/** How the views write figures, in the wording's locale. */
export interface DeprivationFormat {
  /** A rate per 100, one decimal place: 16.5 */
  rate(value: number): string;
  /** A whole count: 1,829 */
  count(value: number): string;
  /** A share (0–1) as a percentage, `digits` decimal places (default 1): 20.9% */
  share(fraction: number, digits?: number): string;
}

/** The formats for a wording's locale. */
export function deprivationFormat(w: DeprivationWording = DEFAULT_WORDING): DeprivationFormat {
  const locale = w.locale;
  return {
    rate: (v) => formatRate(v, locale, 1),
    count: (v) => formatNumber(v, locale, 0),
    share: (f, digits = 1) => formatShare(f, locale, digits),
  };
}
