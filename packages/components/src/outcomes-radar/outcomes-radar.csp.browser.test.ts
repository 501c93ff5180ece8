import { expect, waitUntil } from '@open-wc/testing';
import { formatCsv } from '@send-insight/data';
import { demoOutcomesSuppressedRows } from '@send-insight/data/demo';
import type { SendOutcomesRadar } from './outcomes-radar.js';

/**
 * Council and NHS pages send a strict Content-Security-Policy. This loads the element in a frame
 * whose policy allows only same-origin scripts and styles (no eval, no Function, no inline
 * script or style attributes) and checks it draws, switches to its table and exports without a violation.
 */
describe('<send-outcomes-radar> under a strict CSP', () => {
  // The keyboard tooltip and focus ring belong to the shared base element (packages/core) and are not
  // exercised here: Lit's styleMap writes a style attribute on its first render, which style-src
  // 'self' blocks (two violations seen on the first arrow key); reported to the core's owner.
  it("draws, shows its table and exports with script-src 'self'; style-src 'self'", async () => {
    const rows = demoOutcomesSuppressedRows();
    const csv = formatCsv(
      ['outcome', 'group', 'period', 'respondents', 'agree'],
      rows.map((r) => [r.outcome, r.group, r.period, String(r.respondents), String(r.agree)]),
    );
    const define = new URL('./define.ts', import.meta.url).pathname;
    const frame = document.createElement('iframe');
    frame.style.width = '760px';
    frame.style.height = '900px';
    frame.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:">
      <title>CSP</title></head><body>
      <send-outcomes-radar heading="Outcomes under CSP" loading-delay="0"><script type="text/csv">${csv}</script></send-outcomes-radar>
      <script type="module" src="${define}"></script></body></html>`;
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('send-outcomes-radar') !== null, 'frame never loaded', { timeout: 10_000 });
      const doc = frame.contentDocument!;
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
      const el = doc.querySelector('send-outcomes-radar') as SendOutcomesRadar;
      await waitUntil(() => (el as Partial<SendOutcomesRadar>).state === 'ready', 'the element never became ready', { timeout: 10_000 });
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
      expect(el.toSvg()).to.contain('<svg');
      const png = await el.toPng(1);
      expect(png?.type).to.equal('image/png');
      await new Promise((r) => setTimeout(r, 50));
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
