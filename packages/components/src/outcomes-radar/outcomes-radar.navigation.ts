import type { NavSeries } from '@send-insight/core/view';
import type { OutcomesFormat, OutcomesLayout, OutcomesWording } from './outcomes-radar.layout.js';
import { describeResult, resultDatum } from './outcomes-radar.words.js';

/**
 * The keyboard's order: a series per group (or period), in the legend's order; Left and Right
 * move round the outcomes, Up and Down between series. Each result is announced in words, a
 * result not shown only with its reason; the tooltip points at its marker (or its words).
 */
export function outcomesNavigation(
  layout: OutcomesLayout,
  w: OutcomesWording,
  f: OutcomesFormat,
  minCount: number,
): NavSeries[] {
  return layout.series.map((s, si) => ({
    label: s.label,
    points: layout.marks[si]!.map((m) => ({
      id: `${s.key}|${m.outcome}`,
      label: describeResult(m.cell, layout.seriesBy, w, f, minCount),
      x: m.x,
      y: m.y,
      datum: resultDatum(m.cell),
    })),
  }));
}
