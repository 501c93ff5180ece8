import {
  isValue,
  protectCounts,
  type Contract,
  type ValidatedData,
} from '@send-insight/data';
import { html, svg } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { DataTableSpec } from '../a11y/data-table.js';
import type { NavSeries } from '../a11y/navigation.js';
import { SendElement } from '../base-element.js';
import type { ChartSize } from '../controllers/resize-controller.js';
import { formatNumber } from '../format.js';
import { seriesColor } from '../theme.js';

/** A minimal contract for exercising the base element: a count per category. */
export const testContract: Contract = {
  name: 'test',
  title: 'test',
  key: ['category'],
  columns: [
    { name: 'category', type: 'text', required: true, description: 'category label' },
    { name: 'count', type: 'count', required: true, description: 'a count' },
  ],
};

interface TestModel {
  bars: { category: string; count: number | undefined; suppressed: boolean }[];
}

/**
 * Internal test element: a bar per category. Not exported from the package; it exists so the
 * base element's behaviour is tested on its own, apart from any real chart.
 */
@customElement('send-test-chart')
export class SendTestChart extends SendElement<TestModel> {
  protected get contract(): Contract {
    return testContract;
  }

  protected override get defaultName(): string {
    return 'Test chart';
  }

  protected buildModel(data: ValidatedData): TestModel {
    const categories = data.columns.get('category') as string[];
    const counts = protectCounts(data.columns.get('count') as (number | undefined)[], undefined, { minCount: this.minCount });
    return {
      bars: categories.map((category, i) => {
        const v = counts.values[i];
        return { category, count: isValue(v) ? v : undefined, suppressed: !isValue(v) };
      }),
    };
  }

  protected isEmpty(model: TestModel): boolean {
    return model.bars.length === 0;
  }

  protected override isSuppressed(model: TestModel): boolean {
    return model.bars.every((b) => b.suppressed);
  }

  protected summarise(model: TestModel): string {
    const shown = model.bars.filter((b) => b.count !== undefined);
    const top = shown.reduce<(typeof shown)[number] | undefined>((a, b) => (!a || b.count! > a.count! ? b : a), undefined);
    return top ? `${top.category} is the largest, with ${formatNumber(top.count!, this.locale)}.` : 'No figures can be shown.';
  }

  private x(i: number, size: ChartSize): number {
    return 40 + (i * (size.width - 60)) / Math.max(1, this.model!.bars.length);
  }

  protected override navigation(model: TestModel, size: ChartSize): NavSeries[] {
    const max = Math.max(1, ...model.bars.map((b) => b.count ?? 0));
    return [
      {
        label: 'Counts',
        points: model.bars.map((b, i) => ({
          id: b.category,
          label: `${b.category}: ${b.count === undefined ? 'suppressed' : formatNumber(b.count, this.locale)}`,
          x: this.x(i, size) + 10,
          y: size.height - 30 - ((b.count ?? 0) / max) * (size.height - 60),
          datum: { category: b.category, count: b.count },
        })),
      },
    ];
  }

  protected renderChart(model: TestModel, size: ChartSize): unknown {
    const max = Math.max(1, ...model.bars.map((b) => b.count ?? 0));
    const h = size.height;
    return html`<svg class="chart" width=${size.width} height=${h} viewBox="0 0 ${size.width} ${h}" role="presentation">
      ${model.bars.map((b, i) => {
        const x = this.x(i, size);
        const barH = ((b.count ?? 0) / max) * (h - 60);
        const active = this.activePoint?.index === i;
        return svg`<g class="bar" @pointerenter=${() => this.pointerEnter(0, i)} @click=${() => this.select({ series: 0, index: i })}>
          ${b.suppressed
            ? svg`<text x=${x} y=${h - 34}>suppressed</text>`
            : svg`<rect x=${x} y=${h - 30 - barH} width="20" height=${barH} fill=${seriesColor(0)} stroke-width=${active ? 3 : 0} stroke="black"></rect>`}
          <text x=${x} y=${h - 12}>${b.category}</text>
        </g>`;
      })}
    </svg>`;
  }

  protected tableOf(model: TestModel): DataTableSpec {
    return {
      caption: this.heading || 'Counts',
      columns: [
        { key: 'category', label: 'Category' },
        { key: 'count', label: 'Count', numeric: true },
      ],
      rows: model.bars.map((b) => ({
        category: b.category,
        count: b.count === undefined ? { text: this.t('suppressedCell'), sort: -1 } : { text: formatNumber(b.count, this.locale), sort: b.count },
      })),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'send-test-chart': SendTestChart;
  }
}
