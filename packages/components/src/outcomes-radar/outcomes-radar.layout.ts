import type { OutcomesModel } from '@send-insight/data';
import { layoutBars } from './outcomes-radar.bars-layout.js';
import { layoutRadar } from './outcomes-radar.radar-layout.js';

export { RADAR_MIN_RADIUS } from './outcomes-radar.radar-layout.js';
import { outcomesSeries } from './outcomes-radar.series.js';
import type {
  OutcomesFmt,
  OutcomesLayout,
  OutcomesLayoutInput,
  OutcomesLayoutOptions,
  OutcomesView,
} from './outcomes-radar.types.js';

export type {
  OutcomesWording,
  OutcomesView,
  OutcomesSeriesBy,
  OutcomesFormat,
  OutcomesLayoutOptions,
  OutcomesFmt,
  OutcomesLayoutInput,
  LabelLine,
  TextBlock,
  SeriesInfo,
  ValueMark,
  LegendItem,
  PlacedValue,
  RadarLayout,
  BarsLayout,
  OutcomesLayout,
} from './outcomes-radar.types.js';

/**
 * Which chart form to draw: `view` wins when it names one (`radar`, `bars`); otherwise
 * the `layout` attribute (`radar`, `bars`); otherwise bars on narrow screens (≤ 400 px), radar elsewhere.
 *
 * @example chooseOutcomesView('chart', 'auto', 320) // "bars"
 */
export function chooseOutcomesView(view: string | undefined, layout: string | undefined, width: number): OutcomesView {
  if (view === 'radar' || view === 'bars') return view;
  if (layout === 'radar' || layout === 'bars') return layout;
  return width <= 400 ? 'bars' : 'radar';
}

/**
 * Lays out the outcomes chart: a radar of % agreeing on the outcomes' axes (fixed order, clockwise
 * from the top), or a dot plot per outcome (`view: 'bars'`). Pure: no DOM. Suppressed and missing
 * results are gaps with words ("fewer than 10 responses"), never 0.
 *
 * @param model the outcomes view model
 * @param size the width available (height is worked out and returned)
 * @param options view, series, period or group, target, font size, formatters and wording
 * @returns geometry for the element to render
 * @example layoutOutcomesRadar(model, { width: 640 }, { view: 'radar', series: 'group', format, text }).axes[0].label.lines[0].text // 'Voice heard'
 */
export function layoutOutcomesRadar(
  model: OutcomesModel,
  size: { width: number },
  options: OutcomesLayoutOptions,
): OutcomesLayout {
  const fmt: OutcomesFmt = { ...options.format, w: options.text };
  const by = options.series ?? 'group';
  const period =
    options.period && model.periods.includes(options.period)
      ? options.period
      : (model.periods[model.periods.length - 1] ?? '');
  const group = options.group && model.groups.includes(options.group) ? options.group : (model.groups[0] ?? '');
  const specs = outcomesSeries(model, by, period, group);
  const width = Math.max(0, Math.floor(size.width));
  const target =
    options.target !== undefined && Number.isFinite(options.target) && options.target >= 0 && options.target <= 100
      ? options.target
      : undefined;
  const common: OutcomesLayoutInput = {
    model,
    specs,
    width,
    by,
    about: by === 'group' ? period : group,
    target,
    fontSize: options.fontSize ?? 16,
    fmt,
  };
  return options.view === 'bars' ? layoutBars(common) : layoutRadar(common);
}
