import type { DataIssue, TextOptions, Wording } from '@send-insight/data';
import type { ActivePoint, NavPoint, NavSeries } from './a11y/navigation.js';
import type { DataTableSpec } from './a11y/table-spec.js';
import { SendElement } from './base-element.js';
import type { ChartSize } from './controllers/resize-controller.js';
import type { SendStrings } from './strings.js';
import type { ChartView } from './view/chart-view.js';
import { hooksView } from './view/hooks-view.js';

/**
 * A chart whose view is put together from hooks instead of a pure view function: the contract
 * every chart had before views (`summarise`, `tableOf`, `navigation`, `chartHeight`, `isEmpty`),
 * with the old names for navigation and words (`activePoint`, `pointerEnter`, `t`, `textOptions`…:
 * `nav` and `text` in {@link SendElement}),
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
  /** Whether everything in the model is suppressed (shows the suppressed state). */
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

  /** The point focused by keyboard or pointer. Subclasses draw its highlight. */
  protected get activePoint(): ActivePoint | undefined {
    return this.nav.active;
  }

  /** Whether the active point came from the pointer (no focus ring, no announcement). */
  protected get pointerActive(): boolean {
    return this.nav.pointer;
  }

  /** The point currently active, if any. */
  protected activeNavPoint(): NavPoint | undefined {
    return this.nav.point;
  }

  /** Call from a mark's pointerenter: shows the tooltip without moving keyboard focus. */
  protected pointerEnter(series: number, index: number): void {
    this.nav.pointerEnter(series, index);
  }

  /** Call from pointerleave. */
  protected pointerLeave(): void {
    this.nav.pointerLeave();
  }

  /** A user-facing string with overrides and `{placeholders}` filled. */
  protected t(key: keyof SendStrings, values?: Record<string, string | number>): string {
    return this.text.t(key, values);
  }

  /** Wording options for the data package's text: this element's `strings`, locale and formatters. */
  protected get textOptions(): TextOptions {
    return this.text.options;
  }

  /** A chart's table of text with this element's `strings`, locale and formatters (kept until those change). */
  protected wording<K extends string>(defaults: Readonly<Record<K, string>>): Wording<K> {
    return this.text.wording(defaults);
  }

  /** A data problem in this element's wording (see `ElementWording.issue`). */
  protected issueText(i: DataIssue): string {
    return this.text.issue(i);
  }

  /** An ISO date in words for this element (see `ElementWording.date`). */
  protected date(iso: string): string {
    return this.text.date(iso);
  }

  /** A difference in percentage points in this element's locale and wording: "+11.7 pts". */
  protected points(value: number, digits = 1): string {
    return this.text.points(value, digits);
  }
}
