import { isValue, protectCounts, type Contract, type ValidatedData } from '@send-insight/data';
import { html, svg } from 'lit';
import { customElement } from 'lit/decorators.js';
import { SendElement } from '../base-element.js';
import type { ChartSize } from '../controllers/resize-controller.js';
import { formatNumber } from '../format.js';
import { seriesColor } from '../theme.js';
import type { ChartView } from '../view/chart-view.js';

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

/** The test chart's geometry: a bar per category. */
interface TestLayout {
  bars: { category: string; x: number; y: number; height: number; suppressed: boolean }[];
  height: number;
}

/**
 * The test chart's pure view, as every chart's: geometry, keyboard points, table and summary from
 * the model, its options (the heading), strings (the shell's `suppressedCell`) and width.
 */
export function testChartView(
  model: TestModel,
  options: { heading: string; locale: string; suppressed: string },
  width: number,
): ChartView<TestLayout> {
  const height = Math.round(Math.max(260, Math.min(440, width * 0.6)));
  const max = Math.max(1, ...model.bars.map((b) => b.count ?? 0));
  const bars = model.bars.map((b, i) => {
    const barHeight = ((b.count ?? 0) / max) * (height - 60);
    return {
      category: b.category,
      x: 40 + (i * (width - 60)) / Math.max(1, model.bars.length),
      y: height - 30 - barHeight,
      height: barHeight,
      suppressed: b.suppressed,
    };
  });
  const shown = model.bars.filter((b) => b.count !== undefined);
  const top = shown.reduce<(typeof shown)[number] | undefined>(
    (a, b) => (!a || b.count! > a.count! ? b : a),
    undefined,
  );
  const view: ChartView<TestLayout> = {
    layout: { bars, height },
    height,
    summary: top
      ? `${top.category} is the largest, with ${formatNumber(top.count!, options.locale)}.`
      : 'No figures can be shown.',
    navigation: [
      {
        label: 'Counts',
        points: model.bars.map((b, i) => ({
          id: b.category,
          label: `${b.category}: ${b.count === undefined ? 'suppressed' : formatNumber(b.count, options.locale)}`,
          x: bars[i]!.x + 10,
          y: bars[i]!.y,
          datum: { category: b.category, count: b.count },
        })),
      },
    ],
    table: {
      caption: options.heading || 'Counts',
      columns: [
        { key: 'category', label: 'Category' },
        { key: 'count', label: 'Count', numeric: true },
      ],
      rows: model.bars.map((b) => ({
        category: b.category,
        count:
          b.count === undefined
            ? { text: options.suppressed, sort: -1 }
            : { text: formatNumber(b.count, options.locale), sort: b.count },
      })),
    },
  };
  if (model.bars.length === 0) view.state = 'empty';
  else if (model.bars.every((b) => b.suppressed)) view.state = 'suppressed';
  return view;
}

/**
 * Internal test element: a bar per category. Not exported from the package; it exists so the
 * base element's behaviour is tested on its own, apart from any real chart, through the view
 * contract new charts are written to.
 */
@customElement('send-test-chart')
export class SendTestChart extends SendElement<TestModel, TestLayout> {
  protected get contract(): Contract {
    return testContract;
  }

  protected override get defaultName(): string {
    return 'Test chart';
  }

  protected buildModel(data: ValidatedData): TestModel {
    const categories = data.columns.get('category') as string[];
    const counts = protectCounts(data.columns.get('count') as (number | undefined)[], undefined, {
      minCount: this.minCount,
    });
    return {
      bars: categories.map((category, i) => {
        const v = counts.values[i];
        return { category, count: isValue(v) ? v : undefined, suppressed: !isValue(v) };
      }),
    };
  }

  protected chartView(model: TestModel, width: number): ChartView<TestLayout> {
    return testChartView(
      model,
      { heading: this.heading, locale: this.locale, suppressed: this.text.t('suppressedCell') },
      width,
    );
  }

  protected renderChart(_model: TestModel, size: ChartSize, { layout }: ChartView<TestLayout>): unknown {
    const h = layout.height;
    return html`<svg class="chart" width=${size.width} height=${h} viewBox="0 0 ${size.width} ${h}" role="presentation">
      ${layout.bars.map((b, i) => {
        const active = this.nav.active?.index === i;
        return svg`<g class="bar" @pointerenter=${() => this.nav.pointerEnter(0, i)} @click=${() => this.select({ series: 0, index: i })}>
          ${
            b.suppressed
              ? svg`<text x=${b.x} y=${h - 34}>suppressed</text>`
              : svg`<rect x=${b.x} y=${b.y} width="20" height=${b.height} fill=${seriesColor(0)} stroke-width=${active ? 3 : 0} stroke="black"></rect>`
          }
          <text x=${b.x} y=${h - 12}>${b.category}</text>
        </g>`;
      })}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'send-test-chart': SendTestChart;
  }
}
