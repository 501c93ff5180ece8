import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './test/test-chart.js';
import type { SendTestChart } from './test/test-chart.js';
import { runChartBaseTests } from './test/chart-base-tests.js';

const rows = [
  { category: 'Alpha', count: 120 },
  { category: 'Beta', count: 45 },
  { category: 'Gamma', count: 300 },
];

const FIXTURES = '/packages/core/src/test/fixtures';

async function rendered(el: SendTestChart): Promise<void> {
  await waitUntil(() => ['ready', 'empty', 'suppressed', 'error'].includes(el.state), 'never settled', {
    timeout: 5000,
  });
  await el.updateComplete;
}

describe('SendElement (through <send-test-chart>)', () => {
  describe('data in', () => {
    it('takes rows through the data property', async () => {
      const el = await fixture<SendTestChart>(html`<send-test-chart heading="Counts" .data=${rows}></send-test-chart>`);
      await rendered(el);
      expect(el.state).to.equal('ready');
      expect(el.summary).to.equal('Gamma is the largest, with 300.');
    });

    it('takes an arquero-like Table by duck type', async () => {
      const table = {
        columnNames: () => ['category', 'count'],
        numRows: () => 2,
        array: (name: string) => (name === 'category' ? ['A', 'B'] : [20, 40]),
      };
      const el = await fixture<SendTestChart>(html`<send-test-chart .data=${table}></send-test-chart>`);
      await rendered(el);
      expect(el.summary).to.equal('B is the largest, with 40.');
    });

    it('reads a child CSV script and re-reads it when it changes', async () => {
      const el = await fixture<SendTestChart>(
        html`<send-test-chart><script type="text/csv">category,count
Alpha,"1,284"
Beta,20</script></send-test-chart>`,
      );
      await rendered(el);
      expect(el.summary).to.equal('Alpha is the largest, with 1,284.');
      const rerendered = oneEvent(el, 'send-render');
      el.querySelector('script')!.textContent = 'category,count\nZed,50';
      await rerendered;
      expect(el.summary).to.equal('Zed is the largest, with 50.');
    });

    it('reads a child JSON script', async () => {
      const el = await fixture<SendTestChart>(
        html`<send-test-chart><script type="application/json">[{"category":"J","count":33}]</script></send-test-chart>`,
      );
      await rendered(el);
      expect(el.summary).to.equal('J is the largest, with 33.');
    });

    it('loads CSV and JSON from src', async () => {
      const el = await fixture<SendTestChart>(html`<send-test-chart src="${FIXTURES}/counts.csv"></send-test-chart>`);
      await rendered(el);
      expect(el.summary).to.equal('Gamma is the largest, with 300.');
      el.src = `${FIXTURES}/counts.json`;
      await oneEvent(el, 'send-render');
      expect(el.summary).to.equal('Json is the largest, with 77.');
    });

    it('lets the latest src win when an older response arrives later', async () => {
      const el = await fixture<SendTestChart>(
        html`<send-test-chart src="/__test/delay/600${FIXTURES}/late.csv"></send-test-chart>`,
      );
      el.src = `${FIXTURES}/counts.csv`;
      await rendered(el);
      expect(el.summary).to.equal('Gamma is the largest, with 300.');
      await aTimeout(800);
      expect(el.summary).to.equal('Gamma is the largest, with 300.');
    });

    it('shows loading only after the delay, then the data', async () => {
      const el = await fixture<SendTestChart>(
        html`<send-test-chart loading-delay="50" src="/__test/delay/400${FIXTURES}/counts.csv"></send-test-chart>`,
      );
      expect(el.state).to.equal('loading');
      expect(el.shadowRoot!.querySelector('.loading')).to.equal(null);
      await aTimeout(150);
      expect(el.shadowRoot!.querySelector('.loading')!.textContent).to.contain('Loading');
      await rendered(el);
      expect(el.shadowRoot!.querySelector('.loading')).to.equal(null);
    });

    it('names the file and the status when src fails', async () => {
      const el = await fixture<SendTestChart>(html`<send-test-chart src="/__test/status/404"></send-test-chart>`);
      const event = await oneEvent(el, 'send-data-error');
      await el.updateComplete;
      expect(event.detail[0]!.code).to.equal('http');
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
      expect(alert).to.contain('/__test/status/404');
      expect(alert).to.contain('404');
    });

    it('says so when a web page comes back instead of data', async () => {
      const el = await fixture<SendTestChart>(html`<send-test-chart src="/__test/html"></send-test-chart>`);
      const event = await oneEvent(el, 'send-data-error');
      expect(event.detail[0]!.code).to.equal('html-not-data');
    });

    it('maps columns and reports a bad mapping attribute', async () => {
      const el = await fixture<SendTestChart>(
        html`<send-test-chart columns='{"count": "n", "category": "label"}' .data=${[{ label: 'Mapped', n: 12 }]}></send-test-chart>`,
      );
      await rendered(el);
      expect(el.summary).to.equal('Mapped is the largest, with 12.');
      el.setAttribute('columns', '{not json');
      await oneEvent(el, 'send-data-error');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('columns attribute');
    });

    it('suggests the right header for a misspelt one', async () => {
      const el = await fixture<SendTestChart>(
        html`<send-test-chart .data=${[{ category: 'A', cuont: 12 }]}></send-test-chart>`,
      );
      await rendered(el);
      expect(el.state).to.equal('error');
      expect(el.issues[0]!.message).to.contain('"cuont"');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('"cuont"');
    });

    it('words data problems through strings: where, and each kind of problem by its code', async () => {
      const bad = [
        { category: 'A', count: 12 },
        { category: 'B', count: 'many' },
      ];
      const el = await fixture<SendTestChart>(html`<send-test-chart .data=${bad}></send-test-chart>`);
      await rendered(el);
      const alert = () => el.shadowRoot!.querySelector('[role="alert"] li')!.textContent!.trim();
      const issue = el.issues.find((i) => i.severity === 'error')!;
      expect(alert()).to.equal(`column "count", row ${issue.row}: ${issue.message}`);
      el.strings = {
        issueColumnRow: 'colofn "{column}", rhes {row}',
        issueAt: '{where} — {message}',
        [`issue.${issue.code}`]: 'nid yw "{value}" yn rhif',
        errorTitle: 'Ni ellir llunio’r siart',
      };
      await el.updateComplete;
      expect(alert()).to.equal(`colofn "count", rhes ${issue.row} — nid yw "many" yn rhif`);
      expect(el.shadowRoot!.querySelector('[role="alert"] .error-title')!.textContent).to.equal(
        'Ni ellir llunio’r siart',
      );
    });

    it('stops loading when removed, and loads again when reconnected', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('send-test-chart') as SendTestChart;
      el.src = `/__test/delay/300${FIXTURES}/counts.csv`;
      wrapper.append(el);
      await el.updateComplete;
      el.remove();
      await aTimeout(400);
      expect(el.state).to.equal('loading');
      wrapper.append(el);
      await rendered(el);
      expect(el.state).to.equal('ready');
    });
  });

  describe('states', () => {
    it('says when there is no data', async () => {
      const el = await fixture<SendTestChart>(html`<send-test-chart .data=${[]}></send-test-chart>`);
      await rendered(el);
      expect(el.state).to.equal('empty');
      expect(el.shadowRoot!.textContent).to.contain('No data to show');
      await expect(el).to.be.accessible();
    });

    it('shows the suppressed state when every figure is small', async () => {
      const el = await fixture<SendTestChart>(
        html`<send-test-chart .data=${[
          { category: 'A', count: 3 },
          { category: 'B', count: 4 },
        ]}></send-test-chart>`,
      );
      await rendered(el);
      expect(el.state).to.equal('suppressed');
      expect(el.shadowRoot!.textContent).to.contain('fewer than 10');
      expect(el.shadowRoot!.textContent).not.to.match(/\b[34]\b/);
    });

    it('rewords any string through the strings property', async () => {
      const el = await fixture<SendTestChart>(
        html`<send-test-chart .strings=${{ showTable: 'Dangos tabl' }} .data=${rows}></send-test-chart>`,
      );
      await rendered(el);
      expect(el.shadowRoot!.querySelector('.toggle-table')!.textContent!.trim()).to.equal('Dangos tabl');
    });

    it('applies a built-in theme through the theme attribute', async () => {
      const el = await fixture<SendTestChart>(html`<send-test-chart theme="nhs" .data=${rows}></send-test-chart>`);
      await rendered(el);
      expect(getComputedStyle(el).getPropertyValue('--send-color-1').trim().toLowerCase()).to.equal('#005eb8');
      await expect(el).to.be.accessible();
    });

    for (const theme of ['council', 'nhs', 'high-contrast', 'dark']) {
      it(`passes axe in the ${theme} theme, in chart and table views`, async () => {
        const el = await fixture<SendTestChart>(
          html`<send-test-chart heading="Counts" source="Illustrative" theme=${theme} .data=${rows}></send-test-chart>`,
        );
        await rendered(el);
        await expect(el).to.be.accessible();
        el.view = 'table';
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe while loading and when suppressed', async () => {
      const loading = await fixture<SendTestChart>(
        html`<send-test-chart heading="Counts" loading-delay="0" src="/__test/delay/2000${FIXTURES}/counts.csv"></send-test-chart>`,
      );
      await waitUntil(() => loading.shadowRoot!.querySelector('.loading'), 'no loading message', { timeout: 3000 });
      await expect(loading).to.be.accessible();
      const suppressed = await fixture<SendTestChart>(
        html`<send-test-chart heading="Counts" .data=${[{ category: 'A', count: 3 }]}></send-test-chart>`,
      );
      await rendered(suppressed);
      expect(suppressed.state).to.equal('suppressed');
      await expect(suppressed).to.be.accessible();
    });

    it('moves the tooltip with the point when the chart is resized', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 720px"><send-test-chart .data=${rows}></send-test-chart></div>`,
      );
      const el = wrapper.querySelector('send-test-chart') as SendTestChart;
      await rendered(el);
      const plot = el.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!;
      plot.focus();
      plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
      await el.updateComplete;
      const left = () => parseFloat(el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]')!.style.left);
      const wide = left();
      wrapper.style.width = '360px';
      await waitUntil(() => left() < wide, 'tooltip did not follow the point', { timeout: 3000 });
      expect(left()).to.be.lessThan(360);
    });

    it('keeps the tooltip inside the plot at the first and last points, however long its words', async () => {
      const long = (c: string) => `${c} ${'with a very long name that goes on and on '.repeat(3)}`;
      const data = rows.map((r) => ({ ...r, category: long(r.category) }));
      for (const width of [720, 320]) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px"><send-test-chart .data=${data}></send-test-chart></div>`,
        );
        const el = wrapper.querySelector('send-test-chart') as SendTestChart;
        await rendered(el);
        const plot = el.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!;
        plot.focus();
        for (const key of ['Home', 'End']) {
          plot.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
          await el.updateComplete;
          const tip = el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]')!.getBoundingClientRect();
          const box = plot.getBoundingClientRect();
          const where = `${key} at ${width} px`;
          expect(tip.left, where).to.be.at.least(box.left - 0.5);
          expect(tip.right, where).to.be.at.most(box.right + 0.5);
          expect(tip.top, where).to.be.at.least(box.top - 0.5);
          expect(tip.bottom, where).to.be.at.most(box.bottom + 0.5);
          // it never squeezes to a sliver at an edge
          expect(tip.width, where).to.be.at.least(Math.min(200, box.width * 0.6));
        }
      }
    });

    it('sorts the data table by a column', async () => {
      const el = await fixture<SendTestChart>(html`<send-test-chart view="table" .data=${rows}></send-test-chart>`);
      await rendered(el);
      const headers = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('th .sort');
      headers[1]!.click();
      await el.updateComplete;
      const first = () => el.shadowRoot!.querySelector('tbody tr th')!.textContent!.trim();
      expect(first()).to.equal('Beta');
      expect(el.shadowRoot!.querySelectorAll('th[scope="col"]')[1]!.getAttribute('aria-sort')).to.equal('ascending');
      headers[1]!.click();
      await el.updateComplete;
      expect(first()).to.equal('Gamma');
    });
  });

  describe('dataAreas', () => {
    it('has the expected defaults: no areas before the data is read, nor for rows that name none', async () => {
      const el = document.createElement('send-test-chart') as SendTestChart;
      expect(el.dataAreas).to.deep.equal([]);
      el.data = rows;
      document.body.append(el);
      await rendered(el);
      expect(el.dataAreas).to.deep.equal([]);
      el.remove();
    });

    it('lists the authorities named by the rows, without England, sorted by name', async () => {
      const data = [
        { category: 'A', count: 20, area_code: 'E92000001', area_name: 'England' },
        { category: 'B', count: 30, area_code: 'E08000031', area_name: 'Wolverhampton' },
        { category: 'C', count: 40, area_code: 'E08000030', area_name: 'Walsall' },
      ];
      const el = await fixture<SendTestChart>(html`<send-test-chart .data=${data}></send-test-chart>`);
      await rendered(el);
      expect(el.dataAreas.map((a) => `${a.code} ${a.name}`)).to.deep.equal([
        'E08000030 Walsall',
        'E08000031 Wolverhampton',
      ]);
    });

    it('lists every authority of a published file read with a preset, even when the chart cannot show the area asked for', async () => {
      const el = await fixture<SendTestChart>(
        html`<send-test-chart preset="ees-ehc-plans-by-need" area="Atlantis" src="/examples/data/ehc-plans-by-need-2025.csv"></send-test-chart>`,
      );
      await rendered(el);
      expect(el.state).to.equal('empty');
      expect(el.dataAreas.map((a) => a.name)).to.deep.equal([
        'Bristol, City of',
        'Rutland',
        'Walsall',
        'Wolverhampton',
      ]);
    });
  });

  describe('an area the data does not hold', () => {
    it('is empty for that area, not an error: it says why, with no alert, and fires send-render, not send-data-error', async () => {
      const events: string[] = [];
      const el = document.createElement('send-test-chart') as SendTestChart;
      for (const type of ['send-render', 'send-data-error']) el.addEventListener(type, () => events.push(type));
      el.setAttribute('preset', 'ees-ehc-plans-by-need');
      el.setAttribute('area', 'Wolverhamton');
      el.setAttribute('src', '/examples/data/ehc-plans-by-need-2025.csv');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(el);
      await rendered(el);
      expect(el.state).to.equal('empty');
      const message = el.shadowRoot!.querySelector('.state.empty')!.textContent!.replace(/\s+/g, ' ');
      expect(message).to.contain('No data to show for Wolverhamton.');
      expect(message).to.contain(
        'The file has no local authority "Wolverhamton"; did you mean Wolverhampton (E08000031)?',
      );
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(events).to.deep.equal(['send-render']);
      await expect(el).to.be.accessible();
    });

    it('rewords the reason with issue.unknown-area, and is still an error when the file has other problems', async () => {
      const el = await fixture<SendTestChart>(
        html`<send-test-chart preset="ees-ehc-plans-by-need" area="Atlantis" src="/examples/data/ehc-plans-by-need-2025.csv" .strings=${{ 'issue.unknown-area': 'Dim data ar gyfer {value}.' }}></send-test-chart>`,
      );
      await rendered(el);
      expect(el.shadowRoot!.querySelector('.empty-reason')!.textContent).to.equal('Dim data ar gyfer Atlantis.');
      el.setAttribute('preset', 'ees-ehc-caseload');
      await waitUntil(() => el.state === 'error', "a file without the preset's columns is an error", { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('needs the column "ehcplans"');
    });
  });

  runChartBaseTests('send-test-chart', {
    valid: () => rows,
    bad: { csv: 'category,count\nA,10\nB,eleven\n', row: 3, column: 'count' },
    hostile: (text) => [
      { category: text, count: 120 },
      { category: 'Plain', count: 200 },
    ],
    small: {
      data: () => [
        { category: 'Big', count: 500 },
        { category: 'Tiny', count: 7 },
        { category: 'Other', count: 60 },
      ],
      forbidden: [/\b7\b/, /\b567\b/],
    },
  });
});
