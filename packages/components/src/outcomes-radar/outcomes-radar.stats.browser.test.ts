/**
 * What `<send-outcomes-radar>` says about change since the previous period, in a real browser
 * (issue 19): Holm's adjustment over the changes the view draws, the adjusted p in the table, the
 * method in the table's notes, and ▲ ▼ and the summary only for what survives.
 */
import { expect } from '@open-wc/testing';
import './define.js';
import type { SendOutcomesRadar } from './outcomes-radar.js';
import { mountChart } from '../../../core/src/test/mount.js';

/** Parents' "safe" rises 131/212 against 100/200 (p = 0.016 on its own); three other outcomes hardly move. */
const CSV = `outcome,group,period,respondents,agree
safe,Parents,2024,200,100
safe,Parents,2025,212,131
happy,Parents,2024,150,90
happy,Parents,2025,160,99
healthy,Parents,2024,200,120
healthy,Parents,2025,200,121
included,Parents,2024,200,80
included,Parents,2025,200,81`;

const mount = (csv: string) =>
  mountChart<SendOutcomesRadar>('send-outcomes-radar', {
    width: 900,
    attributes: { heading: 'Outcomes', layout: 'bars' },
    setup: (e) => (e.data = csv),
  });

describe('<send-outcomes-radar> statistics', () => {
  it('a change with p 0.016 among four changes shown is not significant after Holm (0.064): no ▲, and the summary says so', async () => {
    const el = await mount(CSV);
    const root = el.shadowRoot!;
    const changes = (r: ShadowRoot) =>
      [...r.querySelectorAll('svg text')].map((t) => t.textContent!.trim()).filter((t) => / pts$/.test(t));
    expect(changes(root)).to.deep.equal(['+1 pts', '+2 pts', '+12 pts', '+1 pts']);
    expect(el.summary).to.contain('No change since 2024 is statistically significant.');
    el.view = 'table';
    await el.updateComplete;
    const heads = [...root.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim());
    const safe = [...root.querySelectorAll('tbody tr')]
      .map((tr) => Object.fromEntries([...tr.children].map((c, i) => [heads[i]!, c.textContent!.trim()])))
      .find((r) => r['Outcome'] === 'Safe')!;
    expect(safe['p of the change (Holm-adjusted)']).to.equal('0.064');
    expect(safe['Change since 2024']).to.contain('not significant');
    const notes = [...root.querySelectorAll('.table-notes li')].map((li) => li.textContent!.trim()).join(' ');
    expect(notes).to.contain('the p-values are adjusted for the 4 changes shown (Holm’s method)');
    expect(notes).to.contain('“Methods”');
  });

  it('the same change alone is significant: ▲ and named in the summary', async () => {
    const el = await mount(CSV.split('\n').slice(0, 3).join('\n'));
    expect(
      [...el.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent!.trim()).filter((t) => / pts$/.test(t)),
    ).to.deep.equal(['▲ +12 pts']);
    expect(el.summary).to.contain('Significant changes since 2024');
  });
});
