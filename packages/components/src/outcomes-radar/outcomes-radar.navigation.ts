import type { NavSeries } from '@send-insight/core/view';
import type { OutcomesFormat, OutcomesLayout, OutcomesWording } from './outcomes-radar.layout.js';
import { describeResult, resultDatum } from './outcomes-radar.words.js';

/** Room a tooltip takes above its point, px: five lines of small text and its gap. */
const TIP_HEIGHT = 130;

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
  // the tooltip (about five lines) opens below a marker too close under the legend to open above it
  const legendBottom = Math.max(0, ...layout.legend.map((i) => i.text.box.y + i.text.box.height));
  const tipBelow = (y: number) => y - legendBottom < TIP_HEIGHT;
  return layout.series.map((s, si) => ({
    label: s.label,
    points: layout.marks[si]!.map((m) => ({
      id: `${s.key}|${m.outcome}`,
      label: describeResult(m.cell, layout.seriesBy, w, f, minCount),
      x: m.x,
      y: m.y,
      ...(tipBelow(m.y) ? { tipBelow: true } : {}),
      datum: resultDatum(m.cell),
    })),
  }));
}
