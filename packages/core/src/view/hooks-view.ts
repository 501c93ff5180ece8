import type { NavSeries } from '../a11y/navigation.js';
import type { DataTableSpec } from '../a11y/table-spec.js';
import type { ChartSize } from '../controllers/resize-controller.js';
import { layoutFor } from '../controllers/resize-controller.js';
import type { ChartView } from './chart-view.js';

/** The hooks of a chart that has no pure view of its own yet: what the base element asked of every chart before views. */
export interface ViewHooks {
  height(width: number): number;
  summary(): string;
  table(): DataTableSpec;
  navigation(size: ChartSize): NavSeries[];
}

/**
 * A {@link ChartView} put together from a chart's hooks, each called only when the view's field is
 * first read (a table is not made until the table is shown), and at most once.
 */
export function hooksView<Layout>(hooks: ViewHooks, width: number): ChartView<Layout> {
  const once = <T>(make: () => T) => {
    let value: { v: T } | undefined;
    return () => (value ??= { v: make() }).v;
  };
  const height = once(() => hooks.height(width));
  const summary = once(() => hooks.summary());
  const table = once(() => hooks.table());
  const navigation = once(() => hooks.navigation({ width, height: height(), layout: layoutFor(width) }));
  return {
    layout: undefined as Layout,
    get height() {
      return height();
    },
    get summary() {
      return summary();
    },
    get table() {
      return table();
    },
    get navigation() {
      return navigation();
    },
  };
}
