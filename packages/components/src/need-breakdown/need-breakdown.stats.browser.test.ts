/**
 * What `<send-need-breakdown>` says about England, in a real browser (issue 19): shares on the
 * published base (the group's total row), each need tested against the rest of England with Holm's
 * adjustment over the needs shown, the adjusted p in the table, the method in the table's notes, and
 * a summary no stronger than the tests. Real figures are Department for Education, "Outcomes for
 * children in need" (sen_la.csv), from the committed extract and, when ../shared is present, the
 * whole file through `src`.
 */
import { expect } from '@open-wc/testing';
import { REAL_CIN_SEN_CSV } from '@send-insight/data/demo';
import './define.js';
import type { SendNeedBreakdown } from './need-breakdown.js';
import { mountChart } from '../../../core/src/test/mount.js';
import { realFile } from '../test/real-file.js';

const CPPO = 'CPPO at 31 March';

const mount = (setup: (el: SendNeedBreakdown) => void, attributes: Record<string, string>) =>
  mountChart<SendNeedBreakdown>('send-need-breakdown', {
    width: 900,
    attributes: { heading: 'Primary type of need', ...attributes },
    setup,
    until: 'settled',
  });

/** The data table as rows of cell texts keyed by column heading, and its notes. */
async function table(el: SendNeedBreakdown): Promise<{ rows: Record<string, string>[]; notes: string[] }> {
  el.view = 'table';
  await el.updateComplete;
  const root = el.shadowRoot!;
  const heads = [...root.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim());
  const rows = [...root.querySelectorAll('tbody tr')].map((tr) =>
    Object.fromEntries([...tr.children].map((c, i) => [heads[i]!, c.textContent!.trim()])),
  );
  const notes = [...root.querySelectorAll('.table-notes li')].map((li) => li.textContent!.trim());
  el.view = 'chart';
  await el.updateComplete;
  return { rows, notes };
}

/** England 9,000 and an area of 900 with exactly England's profile, one need suppressed at source, with total rows. */
const PROFILE = `geography,phase,provision,need,pupils
local,all,all,SLCN,400
local,all,all,SLD,c
local,all,all,SEMH,300
local,all,all,ALL,900
england,all,all,SLCN,4000
england,all,all,SLD,2000
england,all,all,SEMH,3000
england,all,all,ALL,9000`;

describe('<send-need-breakdown> statistics', () => {
  it('Wolverhampton 2021/22, child protection plans: MLD 27.3% (DfE’s figure), 9.7 points above England, not significant after Holm', async () => {
    const el = await mount((e) => (e.data = REAL_CIN_SEN_CSV), {
      preset: 'ees-cin-sen-la',
      area: 'E08000031',
      period: '2021/22',
      phase: CPPO,
    });
    const { rows, notes } = await table(el);
    const mld = rows.find((r) => r['Primary type of need']!.includes('(MLD)'))!;
    expect(mld['Share (Wolverhampton)']).to.equal('27.3%');
    expect(mld['Share (England)']).to.equal('17.6%');
    expect(mld['Difference from England']).to.equal('+9.7 pts');
    // raw p 0.025 against the rest of England; four needs are compared, so Holm's p is 0.101
    expect(mld['p (Holm-adjusted)']).to.equal('0.101');
    expect(mld['Compared with England']).to.equal('similar to England (no significant difference)');
    expect(el.summary).to.contain('No need’s share differs significantly from England’s.');
    expect(el.summary).not.to.match(/31\.3%|13\.8/);
    expect(notes.join(' ')).to.contain(
      'including pupils whose need is not published at source (ASD, SLD, PMLD, VI, PD, OTH and NSA in Wolverhampton)',
    );
    expect(notes.join(' ')).to.contain('compared with the rest of England (England without Wolverhampton');
    expect(notes.join(' ')).to.contain('“Methods”');
  });

  it('an area with England’s profile and one need suppressed is similar to England, in the chart, table and summary', async () => {
    const el = await mount((e) => (e.data = PROFILE), {});
    const { rows } = await table(el);
    const slcn = rows.find((r) => r['Primary type of need']!.includes('(SLCN)'))!;
    expect(slcn['Share (this area)']).to.equal('44.4%');
    expect(slcn['Share (England)']).to.equal('44.4%');
    expect(slcn['Compared with England']).to.equal('similar to England (no significant difference)');
    expect(el.summary).to.contain('No need’s share differs significantly from England’s.');
    expect(el.summary).not.to.contain('57.1%');
    // the SLD hidden at source is not given away by the total minus the needs shown
    expect(rows.filter((r) => r['Pupils (this area)'] === 'suppressed').length).to.be.at.least(2);
  });

  it('compare-with="england" tests against England as it is, and the note says so', async () => {
    const el = await mount((e) => (e.data = PROFILE), { 'compare-with': 'england' });
    const { notes } = await table(el);
    expect(notes.join(' ')).to.contain('Each need is compared with England by a two-proportion z-test');
  });

  describe('the whole published file through src', () => {
    const file = realFile('cin_outcomes_sen_la.csv');
    it('gives the same 27.3% and 9.7 points for Wolverhampton from every row of sen_la.csv', async () => {
      expect(file.text.length).to.be.greaterThan(100_000);
      const el = await mount(() => {}, {
        src: '/__real/cin_outcomes_sen_la.csv',
        preset: 'ees-cin-sen-la',
        area: 'Wolverhampton',
        period: '2021/22',
        phase: CPPO,
      });
      const { rows } = await table(el);
      const mld = rows.find((r) => r['Primary type of need']!.includes('(MLD)'))!;
      expect([mld['Share (Wolverhampton)'], mld['Difference from England']]).to.deep.equal(['27.3%', '+9.7 pts']);
    });
  });
});
