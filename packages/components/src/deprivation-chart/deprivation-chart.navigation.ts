import type { NavPoint, NavSeries } from '@send-insight/core/view';
import type { DecileRate, DeprivationMeasure, DeprivationModel } from '@send-insight/data';
import type { DeprivationLayout } from './deprivation-chart.layout.js';
import { decileName, measureName, type DeprivationFormat, type DeprivationWording } from './deprivation-chart.words.js';

/** What `send-select` carries for a decile: its figures when shown, only its status when not. */
export interface DeprivationDecileDatum {
  kind: 'decile';
  measure: DeprivationMeasure;
  decile: number;
  status: DecileRate['status'];
  rate?: number;
  lower?: number;
  upper?: number;
  count?: number;
  pupils?: number;
  england?: number;
}

/** England's rate for a decile of a measure, when the chart shows England and the data has it. */
function englandRate(
  model: DeprivationModel,
  measure: DeprivationMeasure,
  decile: number,
  england: boolean,
): number | undefined {
  return england ? model.england?.[measure].deciles[decile - 1]?.rate : undefined;
}

/**
 * A decile in words, for the live region, the tooltip and `send-select`'s label: "Decile 1 (most
 * deprived): SEN support 16.5 per 100 pupils (95% interval 15.8 to 17.2; 1,829 of 11,078 pupils);
 * England 16.5", or why its figures are not shown.
 */
export function describeDecile(
  model: DeprivationModel,
  measure: DeprivationMeasure,
  d: DecileRate,
  england: boolean,
  w: DeprivationWording,
  f: DeprivationFormat,
): string {
  const head = { decile: decileName(d.decile, w), measure: measureName(measure, w) };
  if (d.status !== 'shown') {
    const reason = w.t(
      d.status === 'no-data'
        ? 'deprivationReasonNoData'
        : d.status === 'not-available'
          ? 'deprivationNotAvailable'
          : 'deprivationReasonSuppressed',
    );
    return w.t('deprivationDecileHidden', { ...head, reason });
  }
  let text = w.t('deprivationDecileWords', {
    ...head,
    rate: f.rate(d.rate!),
    lower: f.rate(d.lower!),
    upper: f.rate(d.upper!),
    count: f.count(d.count!),
    pupils: f.count(d.pupils!),
  });
  const e = englandRate(model, measure, d.decile, england);
  if (e !== undefined) text += w.t('deprivationDecileEnglandRate', { rate: f.rate(e) });
  return text;
}

/** The datum `send-select` carries for a decile: its figures only when they are shown. */
export function decileDatum(
  model: DeprivationModel,
  measure: DeprivationMeasure,
  d: DecileRate,
  england: boolean,
): DeprivationDecileDatum {
  const base: DeprivationDecileDatum = { kind: 'decile', measure, decile: d.decile, status: d.status };
  if (d.status !== 'shown') return base;
  const e = englandRate(model, measure, d.decile, england);
  return {
    ...base,
    rate: d.rate,
    lower: d.lower,
    upper: d.upper,
    count: d.count,
    pupils: d.pupils,
    ...(e !== undefined ? { england: e } : {}),
  };
}

/**
 * A series per panel (measure), a stop per decile: Left and Right move along the deciles, Up and
 * Down between the measures, each decile announced in words.
 */
export function decileNavigation(
  layout: DeprivationLayout,
  model: DeprivationModel,
  england: boolean,
  w: DeprivationWording,
  f: DeprivationFormat,
): NavSeries[] {
  return layout.panels.map((panel) => ({
    label: measureName(panel.measure, w),
    points: model.local[panel.measure].deciles.map((d, i): NavPoint => ({
      id: `${panel.measure}|${d.decile}`,
      label: describeDecile(model, panel.measure, d, england, w, f),
      datum: decileDatum(model, panel.measure, d, england),
      x: panel.marks[i]!.anchor.x,
      y: panel.marks[i]!.anchor.y,
    })),
  }));
}
