import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_ACTIONS_AS_OF } from '@send-insight/data/demo';
import { runChartBaseTests } from '../../../core/src/test/chart-base-tests.js';
import { $, $$, DEMO, hostileRows, IMPROVEMENT, mount, one, text } from '../test/priority-tracker-fixture.js';
import './define.js';

describe('<send-priority-tracker>', () => {
  runChartBaseTests('send-priority-tracker', {
    valid: () => IMPROVEMENT,
    attributes: { 'as-of': DEMO_ACTIONS_AS_OF },
    bad: {
      csv: 'priority,priority_title,action_id,action,owner,due,status,progress,updated\n1,P,1.1,A,O,2025-03-31,on_track,40,2025-01-01\n1,P,1.2,B,O,2025-03-31,on_track,140,2025-01-01\n',
      row: 3,
      column: 'progress',
    },
    hostile: hostileRows,
    small: {
      data: () => [
        ...IMPROVEMENT.filter((r) => r.measure === undefined),
        one({
          plan: 'SEND and Inclusion Improvement Plan',
          priority: 9,
          priority_title: 'Reviews',
          action_id: '9.1',
          measure: 'Overdue annual reviews',
          unit: 'reviews',
          baseline: 200,
          current: 7,
          target: 0,
          better: 'lower',
        }),
      ],
      forbidden: [/annual reviews: 7\b/, /\b7 reviews/, /\b9[67](\.\d)?%/],
    },
  });

  describe('priorities', () => {
    it('renders each demo priority with its rating, progress, counts and overdue count read from the rows', async () => {
      const el = await mount(DEMO, { 'as-of': DEMO_ACTIONS_AS_OF });
      const sections = $$(el, '.priority');
      expect(sections.length).to.equal(5);
      expect(text(sections[0]!.querySelector('.priority-title'))).to.equal(
        '1. Develop a System Underpinned by National Standards',
      );
      for (const s of sections) {
        const n = Number(s.dataset.priority);
        const rows = IMPROVEMENT.filter((r) => r.priority === n);
        const overdue = rows.filter(
          (r) =>
            (r.due as string) < DEMO_ACTIONS_AS_OF && !['complete', 'no_longer_monitored'].includes(r.status as string),
        ).length;
        expect(text(s.querySelector('.overdue-count'))).to.equal(
          `${overdue ? `${overdue} overdue` : 'None overdue'} as of 1 October 2025`,
        );
        expect(text(s.querySelector('.counts'))).to.match(new RegExp(`^${rows.length} actions`));
        expect(text(s.querySelector('.badge'))).to.match(/^(Red|Amber|Green|Complete)$/);
        expect(text(s.querySelector('.weighted'))).to.match(/^Weighted progress \d+%/);
      }
      // each priority is one row: its bar is inside it, once
      for (const s of sections) expect(s.querySelectorAll('.figures .bar rect.track').length).to.equal(1);
      expect($$(el, '.bar rect.track').length).to.equal(5);
      expect(el.summary).to.match(
        /^As of 1 October 2025, the SEND and Inclusion Improvement Plan has 19 actions across 5 priorities/,
      );
    });

    it('opens and closes a priority with the keyboard, and arrow keys move between headings', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF });
      let selected = 0;
      el.addEventListener('send-select', () => selected++);
      const buttons = $$(el, 'button.disclosure');
      const panel = $(el, `#${buttons[0]!.getAttribute('aria-controls')}`)!;
      expect(buttons[0]!.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
      buttons[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(buttons[0]!.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.equal(false);
      expect(panel.querySelectorAll('.action').length).to.equal(IMPROVEMENT.filter((r) => r.priority === 1).length);
      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot!.activeElement).to.equal(buttons[1]);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(buttons[1]!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'End' });
      expect(el.shadowRoot!.activeElement).to.equal(buttons[4]);
      await sendKeys({ press: 'Home' });
      expect(el.shadowRoot!.activeElement).to.equal(buttons[0]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(buttons[0]!.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
      expect(selected, 'keys on headings never reach the overview navigation').to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('takes its own wording from the strings attribute', async () => {
      const el = await mount(IMPROVEMENT, {
        'as-of': DEMO_ACTIONS_AS_OF,
        strings:
          '{"onlyOverdue": "Overdue only", "noneOverdue": "Nothing late on {date}", "why": "Reason for {rating}"}',
      });
      expect(text($(el, 'label.check'))).to.equal('Overdue only');
      expect(text($$(el, '.overdue-count')[2]!)).to.equal('Nothing late on 1 October 2025');
      expect(text($(el, 'button.why'))).to.equal('Reason for amber');
    });

    it('opens a priority when it is chosen in the chart with Enter', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF });
      const plot = $(el, '[part~="plot"]')!;
      plot.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const selected = oneEvent(el, 'send-select');
      await sendKeys({ press: 'Enter' });
      const event = await selected;
      expect((event.detail.datum as { priority: number }).priority).to.equal(2);
      await el.updateComplete;
      expect($$(el, 'button.disclosure').map((b) => b.getAttribute('aria-expanded'))).to.deep.equal([
        'false',
        'true',
        'false',
        'false',
        'false',
      ]);
    });

    it('marks the keyboard’s priority on its own row, wherever the open panels have moved it', async () => {
      for (const attrs of [{}, { 'filter-status': 'at_risk' }, { expanded: '' }] as Record<string, string>[]) {
        const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF, ...attrs });
        const plot = $(el, '[part~="plot"]')!;
        plot.focus();
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        const rows = $$(el, '.priority');
        expect(
          rows.map((r) => r.classList.contains('active')),
          JSON.stringify(attrs),
        ).to.deep.equal([false, true, false, false, false]);
        const row = rows[1]!.querySelector('.row')!;
        expect(getComputedStyle(row).outlineStyle).to.equal('solid');
        // the shell's marker and tooltip would sit where the row was before a panel opened: the row carries the mark
        for (const sel of ['.focus-marker', '[part~="tooltip"]']) {
          const node = $(el, sel);
          if (node) expect(getComputedStyle(node).display).to.equal('none');
        }
        expect(text($(el, '[aria-live="polite"]'))).to.match(/^2\. Successful transition/);
        el.parentElement!.remove();
      }
    });

    it('opens a priority from anywhere on its row, but not from its "why" button', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF }, 760);
      const row = $$(el, '.priority')[2]!;
      const button = row.querySelector<HTMLButtonElement>('button.disclosure')!;
      row.scrollIntoView({ block: 'center' });
      const bar = row.querySelector('.bar')!.getBoundingClientRect();
      // (compared as booleans: chai would walk the whole element to print it)
      const name = (node: Element | null) =>
        node ? `${node.localName}.${node.getAttribute('class') ?? ''}` : 'nothing';
      const hit = el.shadowRoot!.elementFromPoint(bar.left + bar.width / 2, bar.top + bar.height / 2);
      expect(hit === button, name(hit)).to.equal(true);
      const why = row.querySelector<HTMLButtonElement>('button.why')!;
      const w = why.getBoundingClientRect();
      const whyHit = el.shadowRoot!.elementFromPoint(w.left + w.width / 2, w.top + w.height / 2);
      expect(whyHit === why, name(whyHit)).to.equal(true);
      hit!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      // the button is named by its title and described by the row's figures
      expect(text(button)).to.equal('3. A skilled workforce and excellent leadership');
      const figures = $(el, `#${button.getAttribute('aria-describedby')}`)!;
      expect(text(figures)).to.match(
        /^Weighted progress \d+% \(mean \d+%\) Green 3 actions: 2 on track and 1 complete None overdue as of 1 October 2025$/,
      );
    });

    it('calls the groups areas when asked', async () => {
      const el = await mount(DEMO, {
        'as-of': DEMO_ACTIONS_AS_OF,
        plan: 'Written Statement of Action',
        'item-label': 'area',
      });
      expect(el.summary).to.contain('13 actions across 7 areas:');
      expect(text($(el, 'button.expand-all'))).to.equal('Open all areas');
    });

    it('shows the rating rule and reasons on demand', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF });
      const why = $$(el, 'button.why')[1]!;
      const rule = $(el, `#${why.getAttribute('aria-controls')}`)!;
      expect(rule.hidden).to.equal(true);
      why.click();
      await el.updateComplete;
      expect(why.getAttribute('aria-expanded')).to.equal('true');
      expect(rule.hidden).to.equal(false);
      expect(text(rule)).to.contain('Rated Red because 1 action is off track');
      expect(rule.querySelectorAll('ol li').length).to.equal(5);
    });

    it('lists action details: en-GB dates, status in words with an icon, progress, evidence', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF, expanded: '' });
      const card = $(el, '.action[data-action="1.1"]')!;
      const row = IMPROVEMENT.find((r) => r.action_id === '1.1')!;
      expect(text(card.querySelector('.action-title'))).to.equal(`1.1${row.action}`);
      expect(text(card.querySelector('.owner'))).to.equal(row.owner);
      expect(text(card.querySelector('.due'))).to.equal('31 March 2025');
      expect(text(card.querySelector('.status'))).to.equal('Complete');
      expect(card.querySelector('.status svg')).to.exist;
      expect(text(card.querySelector('.progress'))).to.equal('100%');
      const link = card.querySelector<HTMLAnchorElement>('.evidence a')!;
      expect(link.href).to.equal(row.evidence_url);
      expect(text(link)).to.equal(row.evidence_label);
      const late = $(el, '.action[data-action="1.3"]')!;
      expect(text(late.querySelector('.due'))).to.equal('30 June 2025 Overdue');
    });
  });

  describe('overdue as of a date', () => {
    it('does not count an action due on the report date; counts it the day after (leap day)', async () => {
      const rows = [one({ due: '2024-02-29' })];
      const el = await mount(rows, { 'as-of': '2024-02-29' });
      expect(text($(el, '.overdue-count'))).to.equal('None overdue as of 29 February 2024');
      el.setAttribute('as-of', '2024-03-01');
      await el.updateComplete;
      expect(text($(el, '.overdue-count'))).to.equal('1 overdue as of 1 March 2024');
      expect(el.summary).to.contain('1 action is overdue.');
    });

    it('reads an en-GB as-of across the turn of the year', async () => {
      const el = await mount([one({ due: '31/12/2024' })], { 'as-of': '31/12/2024' });
      expect(text($(el, '.overdue-count'))).to.equal('None overdue as of 31 December 2024');
      el.setAttribute('as-of', '01/01/2025');
      await el.updateComplete;
      expect(text($(el, '.overdue-count'))).to.equal('1 overdue as of 1 January 2025');
    });

    it('never counts complete or no-longer-monitored actions as overdue', async () => {
      const el = await mount(
        [
          one({ status: 'complete', progress: 100 }, 1),
          one({ status: 'no_longer_monitored' }, 2),
          one({ status: 'at_risk' }, 3),
        ],
        { 'as-of': '2025-01-01' },
      );
      expect(text($(el, '.overdue-count'))).to.equal('1 overdue as of 1 January 2025');
    });

    it('defaults the report date to today', async () => {
      const el = await mount([one({ due: '2999-01-01' })]);
      const now = new Date();
      const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      expect(el.reportDate).to.equal(iso);
    });

    it('says what is wrong with a bad as-of date', async () => {
      const el = await mount([one()], { 'as-of': '31/02/2025' });
      expect(el.state).to.equal('error');
      expect(text($(el, '[role="alert"]'))).to.contain('as-of');
    });
  });

  describe('validation', () => {
    it('rejects a complete action with progress below 100, naming the row', async () => {
      const el = await mount([one(), one({ status: 'complete', progress: 80 }, 2)]);
      expect(el.state).to.equal('error');
      expect(text($(el, '[role="alert"]'))).to.contain(
        'column "progress", row 3: the action is marked complete but its progress is 80',
      );
    });

    it('names the row of an unknown status and an unparseable due date', async () => {
      const el = await mount([one({ status: 'finished' }), one({ due: 'soon' }, 2)]);
      const alert = text($(el, '[role="alert"]'));
      expect(alert).to.contain('column "status", row 2');
      expect(alert).to.contain('column "due", row 3');
    });
  });

  describe('evidence links', () => {
    it('links http(s) evidence and shows anything else as plain text', async () => {
      const rows = [
        one({ evidence_url: 'javascript:alert(1)' }, 1),
        one({ evidence_url: 'https://example.org/report', evidence_label: 'Board report' }, 2),
        one({ evidence_url: 'data:text/html,<b>x</b>' }, 3),
      ];
      const el = await mount(rows, { 'as-of': '2024-01-01', expanded: '' });
      const links = $$(el, '.evidence a');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/report']);
      expect(text($(el, '.action[data-action="1.1"] .evidence'))).to.equal('javascript:alert(1)');
      expect(text($(el, '.action[data-action="1.3"] .evidence'))).to.equal('data:text/html,<b>x</b>');
      expect(el.shadowRoot!.querySelector('a[href^="javascript"], a[href^="data"], b')).to.equal(null);
      expect(el.issues.filter((i) => i.code === 'evidence-not-http').map((i) => i.row)).to.deep.equal([2, 4]);
    });
  });

  describe('filters', () => {
    it('filters by status, owner and overdue; counts and summary follow', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF });
      const status = $(el, 'select.filter-status-select') as HTMLSelectElement;
      status.value = 'off_track';
      status.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const offTrack = IMPROVEMENT.filter((r) => r.status === 'off_track');
      expect(el.summary).to.match(
        new RegExp(
          `^Showing only actions that are off track\\. As of 1 October 2025, the SEND and Inclusion Improvement Plan has ${offTrack.length} actions \\(of 19\\)`,
        ),
      );
      expect(text($(el, '.filter-status'))).to.contain(`${offTrack.length} of 19 actions shown`);
      const counts = $$(el, '.counts').map(text);
      expect(counts[1]).to.equal('1 of 4 actions: 1 off track');
      expect(counts[0]).to.equal('0 of 4 actions');

      const owner = $(el, 'select.filter-owner-select') as HTMLSelectElement;
      owner.value = 'Head of SEND Commissioning';
      owner.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.summary).to.match(/^Showing only actions that are off track and owned by Head of SEND Commissioning\./);

      status.value = '';
      status.dispatchEvent(new Event('change'));
      owner.value = '';
      owner.dispatchEvent(new Event('change'));
      const overdue = $(el, 'input.filter-overdue-check') as HTMLInputElement;
      overdue.click();
      await el.updateComplete;
      const late = IMPROVEMENT.filter(
        (r) =>
          (r.due as string) < DEMO_ACTIONS_AS_OF && !['complete', 'no_longer_monitored'].includes(r.status as string),
      );
      expect(el.summary).to.match(
        new RegExp(
          `^Showing only actions overdue as of 1 October 2025\\. As of 1 October 2025, .* has ${late.length} actions \\(of 19\\)`,
        ),
      );
      // ratings describe the whole priority, whatever the filter
      expect($$(el, '.badge').map(text)).to.deep.equal(['Amber', 'Red', 'Green', 'Amber', 'Red']);
    });

    it('takes filters as attributes', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF, 'filter-status': 'at_risk,off_track' });
      expect(el.summary).to.match(/^Showing only actions that are at risk or off track\./);
    });
  });

  describe('plans', () => {
    it('offers a plan selector and shows areas no longer monitored as closed with their date', async () => {
      const el = await mount(DEMO, { 'as-of': DEMO_ACTIONS_AS_OF });
      const select = $(el, '.controls select') as HTMLSelectElement;
      expect(Array.from(select.options).map((o) => o.textContent!.trim())).to.deep.equal([
        'SEND and Inclusion Improvement Plan',
        'Written Statement of Action',
      ]);
      select.value = 'Written Statement of Action';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.plan).to.equal('Written Statement of Action');
      const closed = $$(el, '.priority.r-closed');
      expect(closed.map((s) => text(s.querySelector('.priority-title')))).to.deep.equal([
        '6. Co-production at every level',
        '7. Transitions within school age, to 19 and to 25',
      ]);
      expect(closed.map((s) => text(s.querySelector('.badge')))).to.deep.equal([
        'No longer monitored since 12 July 2023',
        'No longer monitored since 12 July 2023',
      ]);
      expect(el.summary).to.contain('Overdue annual reviews: 40, down from 200; target 0.');
      el.toggle(2, true);
      await el.updateComplete;
      const measure = $(el, '.action[data-action="W2.1"] .measure')!;
      expect(text(measure.querySelector('.measure-sentence'))).to.equal(
        'Overdue annual reviews: 40, down from 200; target 0',
      );
      expect(text(measure)).to.contain('80% of the way from baseline to target');
      expect(measure.querySelector('svg.bullet rect.bar')).to.exist;
    });
  });

  describe('timeline', () => {
    it('draws the six-monthly review points with status counts, and tables them', async () => {
      const el = await mount(DEMO, {
        'as-of': DEMO_ACTIONS_AS_OF,
        plan: 'Written Statement of Action',
        mode: 'timeline',
      });
      const svgEl = $(el, 'svg.tracker-timeline')!;
      expect(svgEl).to.exist;
      el.view = 'table';
      await el.updateComplete;
      const rows = $$(el, 'table tbody tr');
      expect(rows.map((r) => text(r.querySelector('th')))).to.deep.equal([
        '30 September 2022',
        '31 March 2023',
        '30 September 2023',
        '31 March 2024',
        '30 September 2024',
        '31 March 2025',
        '30 September 2025',
        '1 October 2025',
      ]);
      // 30 September 2023: the four actions closed on 12 July 2023 were reported in that half-year
      const sep23 = Array.from(rows[2]!.querySelectorAll('td')).map(text);
      const headers = $$(el, 'table thead th .sort span:first-child').map(text).slice(1);
      expect(sep23[headers.indexOf('Reported no longer monitored')]).to.equal('4');
      await expect(el).to.be.accessible();
    });

    it('switches view with the View buttons', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF });
      ($(el, 'button.mode[data-mode="timeline"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(el.mode).to.equal('timeline');
      expect($(el, 'svg.tracker-timeline')).to.exist;
      expect($(el, '.priorities')).to.equal(null);
    });
  });

  describe('table view', () => {
    it('tables every shown action with its figures', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF, view: 'table' });
      const rows = $$(el, 'table tbody tr');
      expect(rows.length).to.equal(IMPROVEMENT.length);
      const headers = $$(el, 'table thead th .sort span:first-child').map(text);
      const first = [text(rows[0]!.querySelector('th')), ...Array.from(rows[0]!.querySelectorAll('td')).map(text)];
      const cell = (name: string) => first[headers.indexOf(name)];
      expect(cell('Ref')).to.equal('1.1');
      expect(cell('Due')).to.equal('31 March 2025');
      expect(cell('Status')).to.equal('Complete');
      expect(cell('Progress')).to.equal('100%');
      expect(el.toCsv().split('\r\n')[0]).to.equal(
        'Ref,Priority,Rating,Action,Owner,Due,Status,Progress,Last updated,Measure,Evidence',
      );
      const late = rows.find((r) => text(r.querySelector('th')) === '1.3')!;
      const lateCells = [text(late.querySelector('th')), ...Array.from(late.querySelectorAll('td')).map(text)];
      expect(lateCells[headers.indexOf('Due')]).to.equal('30 June 2025 (overdue)');
      expect(lateCells[headers.indexOf('Measure')]).to.equal(
        'EHC needs assessments completed within 20 weeks: 70%, up from 49%; target 90% (51% of the way from baseline to target)',
      );
    });
  });
});
