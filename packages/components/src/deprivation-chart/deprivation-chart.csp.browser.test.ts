import { expect, waitUntil } from '@open-wc/testing';
import { formatCsv } from '@send-insight/data';
import { deprivationDemo, deprivationLsoaDemo } from '@send-insight/data/demo';
import { openCspFrame } from '../../../core/src/test/csp-frame.js';
import type { SendDeprivationChart } from './deprivation-chart.js';

/**
 * Council and NHS pages send a strict Content-Security-Policy. This loads the element in a frame
 * whose policy allows only same-origin scripts and styles (no eval, no Function, no inline script
 * or style attributes) and checks that it draws its deciles, its canvas area view and its table,
 * and exports, without a single violation.
 */
describe('<send-deprivation-chart> under a strict CSP', () => {
  it("draws deciles, the canvas area view and the table, and exports, with script-src 'self'; style-src 'self'", async () => {
    const rows = [...deprivationLsoaDemo, ...deprivationDemo.filter((r) => r.geography === 'england')];
    const columns = [
      'time_period',
      'geography',
      'area_code',
      'area_name',
      'lsoa_code',
      'lsoa_name',
      'imd_rank',
      'imd_decile',
      'pupils',
      'sen_support',
      'ehc_plan',
    ];
    const csv = formatCsv(
      columns,
      rows.map((r) => columns.map((c) => (r[c] === undefined ? '' : String(r[c])))),
    );
    const frame = await openCspFrame(
      `<send-deprivation-chart heading="Deprivation under CSP" loading-delay="0"><script type="text/csv">${csv}</script></send-deprivation-chart>`,
      new URL('./define.ts', import.meta.url).pathname,
      'send-deprivation-chart',
    );
    try {
      const { doc, violations } = frame;
      const el = doc.querySelector('send-deprivation-chart') as SendDeprivationChart;
      await waitUntil(() => (el as Partial<SendDeprivationChart>).state === 'ready', 'the element never became ready', {
        timeout: 10_000,
      });
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('.series rect.bar').length).to.be.greaterThan(15);
      expect(root.querySelectorAll('.england-tick').length).to.be.greaterThan(10);

      // the area view (its code loaded on first use, from the same origin): canvas points, drawn under the policy
      root.querySelectorAll<HTMLButtonElement>('.views button')[1]!.click();
      await el.updateComplete;
      const canvas = root.querySelector<HTMLCanvasElement>('canvas.points')!;
      expect(canvas.dataset.drawn).to.equal('1');

      el.view = 'table';
      await el.updateComplete;
      expect(root.querySelectorAll('tbody tr')).to.have.length(158);
      el.view = 'chart';
      await el.updateComplete;

      expect(el.toCsv().split('\r\n').filter(Boolean)).to.have.length(11);
      expect(await el.toSvg()).to.contain('<svg');
      const png = await el.toPng(1);
      expect(png?.type).to.equal('image/png');
      await new Promise((r) => setTimeout(r, 50));
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
