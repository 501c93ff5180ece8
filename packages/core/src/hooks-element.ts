import type { NavSeries } from './a11y/navigation.js';
import type { DataTableSpec } from './a11y/table-spec.js';
import { SendElement } from './base-element.js';
import type { ChartSize } from './controllers/resize-controller.js';
import type { ChartView } from './view/chart-view.js';
import { hooksView } from './view/hooks-view.js';

/**
 * A chart whose view is put together from hooks instead of a pure view function: the contract
 * every chart had before views (`summarise`, `tableOf`, `navigation`, `chartHeight`, `isEmpty`),
 * kept for the charts not yet moved to a `<chart>.view.ts`. New charts extend {@link SendElement}
 * and give `chartView`.
 */
export abstract class SendHooksElement<Model = unknown> extends SendElement<Model> {
  /** The plain-English summary (never a suppressed figure). */
  protected abstract summarise(model: Model): string;
  /** The data table for the table view and CSV export. */
  protected abstract tableOf(model: Model): DataTableSpec;
  /** Whether the model has nothing to show. */
  protected abstract override isEmpty(model: Model): boolean;
  /** Whether every figure of the model is suppressed (the suppressed state). */
  protected override isSuppressed(_model: Model): boolean {
    return false;
  }
  /** Points for keyboard navigation. */
  protected navigation(_model: Model, _size: ChartSize): NavSeries[] {
    return [];
  }
  /** Chart height for a width. */
  protected chartHeight(_model: Model, width: number): number {
    return Math.round(Math.max(260, Math.min(440, width * 0.6)));
  }

  /** The view, each field from its hook, called when first read (a table only when it is shown). */
  protected chartView(model: Model, width: number): ChartView {
    return hooksView(
      {
        height: (w) => this.chartHeight(model, w),
        summary: () => this.summarise(model),
        table: () => this.tableOf(model),
        navigation: (size) => this.navigation(model, size),
      },
      width,
    );
  }
}
