import { expect, waitUntil } from '@open-wc/testing';
import { formatCsv } from '@send-insight/data';
import { demoOutcomesSuppressedRows } from '@send-insight/data/demo';
import { openCspFrame } from '../../../core/src/test/csp-frame.js';
import type { SendOutcomesRadar } from './outcomes-radar.js';

/**
 * Council and NHS pages send a strict Content-Security-Policy. This loads the element in a frame
 * whose policy allows only same-origin scripts and styles (no eval, no Function, no inline
 * script or style attributes) and checks it draws, switches to its table and exports without a violation.
 */
describe('<send-outcomes-radar> under a strict CSP', () => {
  it("draws, shows its table and exports with script-src 'self'; style-src 'self'", async () => {
    const rows = demoOutcomesSuppressedRows();
    const csv = formatCsv(
      ['outcome', 'group', 'period', 'respondents', 'agree'],
      rows.map((r) => [r.outcome, r.group, r.period, String(r.respondents), String(r.agree)]),
    );
    const frame = await openCspFrame(
      `<send-outcomes-radar heading="Outcomes under CSP" loading-delay="0"><script type="text/csv">${csv}</script></send-outcomes-radar>`,
      new URL('./define.ts', import.meta.url).pathname,
      'send-outcomes-radar',
      { width: 760, height: 900 },
    );
    try {
      const { doc, violations } = frame;
      const el = doc.querySelector('send-outcomes-radar') as SendOutcomesRadar;
      await waitUntil(() => (el as Partial<SendOutcomesRadar>).state === 'ready', 'the element never became ready', {
        timeout: 10_000,
      });
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('.axis-label')).to.have.length(8);
      expect(root.textContent).to.contain('fewer than 10 responses');

      root.querySelectorAll<HTMLButtonElement>('.form-switch button')[1]!.click();
      await el.updateComplete;
      expect(root.querySelector('svg.outcomes')!.getAttribute('data-view')).to.equal('bars');

      el.view = 'table';
      await el.updateComplete;
      expect(root.querySelectorAll('tbody tr')).to.have.length(24);
      el.view = 'chart';
      await el.updateComplete;

      expect(el.toCsv().split('\r\n').filter(Boolean)).to.have.length(25);
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
