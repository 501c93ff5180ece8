/**
 * What `<send-deprivation-chart>` says about the gradient, in a real browser (issue 19): the rate
 * ratio of the most to the least deprived decile with its 95% interval and the Cochran–Armitage
 * test for trend (pupils as the denominator), worded once for the summary and the table's notes, so
 * the two never disagree, and "strong" only when both tests bear it out.
 */
import { expect } from '@open-wc/testing';
import './define.js';
import type { SendDeprivationChart } from './deprivation-chart.js';
import { mountChart } from '../../../core/src/test/mount.js';

type Row = Record<string, number>;

/** Ten deciles of 1,000 pupils: SEN support from `first` per 1,000 down by `step` a decile; EHC plans flat at 40. */
const line = (first: number, step: number): Row[] =>
  Array.from({ length: 10 }, (_, i) => ({
    imd_decile: i + 1,
    pupils: 1000,
    sen_support: first - step * i,
    ehc_plan: 40,
  }));

const mount = (rows: Row[], attributes: Record<string, string> = {}) =>
  mountChart<SendDeprivationChart>('send-deprivation-chart', {
    width: 800,
    attributes: { heading: 'SEN by deprivation', 'loading-delay': '0', ...attributes },
    setup: (e) => (e.data = rows),
  });

async function notes(el: SendDeprivationChart): Promise<string> {
  el.view = 'table';
  await el.updateComplete;
  const text = [...el.shadowRoot!.querySelectorAll('.table-notes li')].map((li) => li.textContent!.trim()).join(' ');
  el.view = 'chart';
  await el.updateComplete;
  return text;
}

describe('<send-deprivation-chart> statistics', () => {
  it('ten rates on a straight line (decile-level r = −1) are a clear gradient, not a "very strong relationship"', async () => {
    const el = await mount(line(200, 10));
    expect(el.summary).to.contain(
      '1.8 times as many (95% interval 1.5 to 2.3); rates rise with deprivation across the deciles (test for trend, adjusted p < 0.001)',
    );
    expect(el.summary).not.to.match(/strong|relationship|correlation/);
    const n = await notes(el);
    expect(n).to.contain(
      'SEN support: the rate in the most deprived tenth is 1.8 times that in the least, 95% interval 1.5 to 2.3; test for trend across the 10 deciles shown (Cochran–Armitage, every pupil counted): p < 0.001, adjusted for the 2 measures shown (Holm’s method); so a clear gradient',
    );
    expect(n).to.contain(
      'EHC plans: the rate in the most deprived tenth is 1.0 times that in the least, 95% interval 0.7 to 1.5; test for trend across the 10 deciles shown (Cochran–Armitage, every pupil counted): p = 1.000, adjusted for the 2 measures shown (Holm’s method); so no clear trend.',
    );
    expect(n).not.to.match(/strong|correlation/);
    expect(n).to.contain('“Methods”');
  });

  it('calls a gradient strong in the summary and the notes alike only when the whole interval of the rate ratio is at least 2', async () => {
    const el = await mount(line(300, 25), { measure: 'sen_support' });
    expect(el.summary).to.contain(
      '4.0 times as many (95% interval 3.2 to 5.1); a strong gradient: rates rise with deprivation across the deciles (test for trend, p < 0.001)',
    );
    expect(await notes(el)).to.contain(
      '; so a strong gradient (a significant trend, and the whole interval of the rate ratio at least 2).',
    );
  });
});
