import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { demoActions, DEMO_ACTIONS_AS_OF } from '@send-insight/data/demo';
import { HOSTILE_STRINGS } from '../../../core/src/test/hostile.js';
import { runChartBaseTests } from '../../../core/src/test/chart-base-tests.js';
import { pseudoStrings, shadowText, untranslated } from '../../../core/src/test/wording-check.js';
import { atZoom400, reflowProblems } from '../../../core/src/test/reflow-check.js';
import { labelProblems, type LabelRule } from '../../../core/src/test/label-check.js';
import { TRACKER_TEXT } from './priority-tracker.strings.js';
import './define.js';
import { exportFrame } from '../../../core/src/export/export-frame.js';
import { canvasMeasure } from '../../../core/src/export/svg-export.js';
import type { SendPriorityTracker } from './priority-tracker.js';

type Row = Record<string, unknown>;
const DEMO = demoActions as unknown as Row[];
const IMPROVEMENT = DEMO.filter((r) => r.plan === 'SEND and Inclusion Improvement Plan');

const base = { plan: 'Plan A', priority: 1, priority_title: 'First priority', owner: 'Owner A', status: 'on_track', progress: 50, updated: '2024-01-10' };
const one = (extra: Row = {}, i = 1): Row => ({ ...base, action_id: `1.${i}`, action: `Action ${i}`, due: '2024-06-30', ...extra });

async function mount(data: unknown, attrs: Record<string, string> = {}, width = 900): Promise<SendPriorityTracker> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('send-priority-tracker');
  el.setAttribute('heading', 'Improvement plan tracker');
  el.setAttribute('source', 'Illustrative data');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data as SendPriorityTracker['data'];
  wrapper.append(el);
  await waitUntil(() => ['ready', 'empty', 'error'].includes(el.state), 'never settled', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = (el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: HTMLElement, sel: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(sel));
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<send-priority-tracker>', () => {
  runChartBaseTests('send-priority-tracker', {
    valid: () => IMPROVEMENT,
    attributes: { 'as-of': DEMO_ACTIONS_AS_OF },
    bad: {
      csv: 'priority,priority_title,action_id,action,owner,due,status,progress,updated\n1,P,1.1,A,O,2025-03-31,on_track,40,2025-01-01\n1,P,1.2,B,O,2025-03-31,on_track,140,2025-01-01\n',
      row: 3,
      column: 'progress',
    },
    hostile: (t) => [
      one({ plan: t, priority_title: t, action_id: t, action: t, owner: t, outcome: t, evidence_url: t, measure: t, unit: t, baseline: 200, current: 40, target: 0, better: 'lower' }, 1),
      one({ plan: t, priority_title: t, action_id: `${t} 2`, action: t, owner: t, evidence_url: 'https://example.org/', evidence_label: t }, 2),
    ],
    small: {
      data: () => [
        ...IMPROVEMENT.filter((r) => r.measure === undefined),
        one({ plan: 'SEND and Inclusion Improvement Plan', priority: 9, priority_title: 'Reviews', action_id: '9.1', measure: 'Overdue annual reviews', unit: 'reviews', baseline: 200, current: 7, target: 0, better: 'lower' }),
      ],
      forbidden: [/annual reviews: 7\b/, /\b7 reviews/, /\b9[67](\.\d)?%/],
    },
  });

  describe('priorities', () => {
    it('renders each demo priority with its rating, progress, counts and overdue count read from the rows', async () => {
      const el = await mount(DEMO, { 'as-of': DEMO_ACTIONS_AS_OF });
      const sections = $$(el, '.priority');
      expect(sections.length).to.equal(5);
      expect(text(sections[0]!.querySelector('.priority-title'))).to.equal('1. Develop a System Underpinned by National Standards');
      for (const s of sections) {
        const n = Number(s.dataset.priority);
        const rows = IMPROVEMENT.filter((r) => r.priority === n);
        const overdue = rows.filter((r) => (r.due as string) < DEMO_ACTIONS_AS_OF && !['complete', 'no_longer_monitored'].includes(r.status as string)).length;
        expect(text(s.querySelector('.overdue-count'))).to.equal(`${overdue ? `${overdue} overdue` : 'None overdue'} as of 1 October 2025`);
        expect(text(s.querySelector('.counts'))).to.match(new RegExp(`^${rows.length} actions`));
        expect(text(s.querySelector('.badge'))).to.match(/^(Red|Amber|Green|Complete)$/);
        expect(text(s.querySelector('.weighted'))).to.match(/^Weighted progress \d+%/);
      }
      // the overview graphic draws a bar per priority, with its percentage in words
      expect($$(el, 'svg.tracker-overview rect.track').length).to.equal(5);
      expect(el.summary).to.match(/^As of 1 October 2025, the SEND and Inclusion Improvement Plan has 19 actions across 5 priorities/);
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
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF, strings: '{"onlyOverdue": "Overdue only", "noneOverdue": "Nothing late on {date}", "why": "Reason for {rating}"}' });
      expect(text($(el, 'label.check'))).to.equal('Overdue only');
      expect(text($$(el, '.overdue-count')[2]!)).to.equal('Nothing late on 1 October 2025');
      expect(text($(el, 'button.why'))).to.equal('Reason for amber');
    });

    it('opens a priority when it is chosen in the overview with Enter', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF });
      const plot = $(el, '[part~="plot"]')!;
      plot.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const selected = oneEvent(el, 'send-select');
      await sendKeys({ press: 'Enter' });
      const event = await selected;
      expect((event.detail.datum as { priority: number }).priority).to.equal(2);
      await el.updateComplete;
      expect($$(el, 'button.disclosure').map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'false', 'false', 'false']);
    });

    it('puts the keyboard focus marker on the bar of the priority, with or without a filter', async () => {
      for (const attrs of [{}, { 'filter-status': 'at_risk' }] as Record<string, string>[]) {
        const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF, ...attrs });
        const plot = $(el, '[part~="plot"]')!;
        plot.focus();
        await sendKeys({ press: 'ArrowRight' });
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        const marker = $(el, '.focus-marker')!.getBoundingClientRect();
        const bar = $$(el, 'svg.tracker-overview rect.track')[1]!.getBoundingClientRect();
        expect(Math.abs(marker.top + marker.height / 2 - (bar.top + bar.height / 2)), JSON.stringify(attrs)).to.be.below(2);
        expect(marker.left + marker.width / 2).to.be.within(bar.left, bar.right);
        el.parentElement!.remove();
      }
    });

    it('calls the groups areas when asked', async () => {
      const el = await mount(DEMO, { 'as-of': DEMO_ACTIONS_AS_OF, plan: 'Written Statement of Action', 'item-label': 'area' });
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
      const el = await mount([one({ status: 'complete', progress: 100 }, 1), one({ status: 'no_longer_monitored' }, 2), one({ status: 'at_risk' }, 3)], { 'as-of': '2025-01-01' });
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
      expect(text($(el, '[role="alert"]'))).to.contain('column "progress", row 3: the action is marked complete but its progress is 80');
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
      expect(el.summary).to.match(new RegExp(`^Showing only actions that are off track\\. As of 1 October 2025, the SEND and Inclusion Improvement Plan has ${offTrack.length} actions \\(of 19\\)`));
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
      const late = IMPROVEMENT.filter((r) => (r.due as string) < DEMO_ACTIONS_AS_OF && !['complete', 'no_longer_monitored'].includes(r.status as string));
      expect(el.summary).to.match(new RegExp(`^Showing only actions overdue as of 1 October 2025\\. As of 1 October 2025, .* has ${late.length} actions \\(of 19\\)`));
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
      expect(Array.from(select.options).map((o) => o.textContent!.trim())).to.deep.equal(['SEND and Inclusion Improvement Plan', 'Written Statement of Action']);
      select.value = 'Written Statement of Action';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.plan).to.equal('Written Statement of Action');
      const closed = $$(el, '.priority.r-closed');
      expect(closed.map((s) => text(s.querySelector('.priority-title')))).to.deep.equal(['6. Co-production at every level', '7. Transitions within school age, to 19 and to 25']);
      expect(closed.map((s) => text(s.querySelector('.badge')))).to.deep.equal(['No longer monitored since 12 July 2023', 'No longer monitored since 12 July 2023']);
      expect(el.summary).to.contain('Overdue annual reviews: 40, down from 200; target 0.');
      el.toggle(2, true);
      await el.updateComplete;
      const measure = $(el, '.action[data-action="W2.1"] .measure')!;
      expect(text(measure.querySelector('.measure-sentence'))).to.equal('Overdue annual reviews: 40, down from 200; target 0');
      expect(text(measure)).to.contain('80% of the way from baseline to target');
      expect(measure.querySelector('svg.bullet rect.bar')).to.exist;
    });
  });

  describe('timeline', () => {
    it('draws the six-monthly review points with status counts, and tables them', async () => {
      const el = await mount(DEMO, { 'as-of': DEMO_ACTIONS_AS_OF, plan: 'Written Statement of Action', mode: 'timeline' });
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
      expect(el.toCsv().split('\r\n')[0]).to.equal('Ref,Priority,Rating,Action,Owner,Due,Status,Progress,Last updated,Measure,Evidence');
      const late = rows.find((r) => text(r.querySelector('th')) === '1.3')!;
      const lateCells = [text(late.querySelector('th')), ...Array.from(late.querySelectorAll('td')).map(text)];
      expect(lateCells[headers.indexOf('Due')]).to.equal('30 June 2025 (overdue)');
      expect(lateCells[headers.indexOf('Measure')]).to.equal('EHC needs assessments completed within 20 weeks: 70%, up from 49%; target 90% (51% of the way from baseline to target)');
    });
  });

  describe('print', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
    });

    it('prints as a board paper: controls hidden, every priority open, a page break between priorities', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF });
      const panel = $(el, '.panel')!;
      expect(getComputedStyle(panel).display).to.equal('none');
      await emulateMedia({ media: 'print' });
      await aTimeout(50);
      expect(getComputedStyle($(el, '.toolbar')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.why')!).display).to.equal('none');
      for (const p of $$(el, '.panel')) expect(getComputedStyle(p).display).to.equal('block');
      for (const r of $$(el, '.rule')) expect(getComputedStyle(r).display).to.equal('block');
      // the rule itself is printed once; every priority keeps its reasons
      expect($$(el, '.rule-how').map((r) => getComputedStyle(r).display)).to.deep.equal(['block', 'none', 'none', 'none', 'none']);
      const sections = $$(el, '.priority');
      expect(getComputedStyle(sections[0]!).breakBefore).to.not.equal('page');
      for (const s of sections.slice(1)) expect(getComputedStyle(s).breakBefore).to.equal('page');
      expect(getComputedStyle($$(el, '.action')[0]!).breakInside).to.equal('avoid');
    });
  });

  describe('narrow and hostile', () => {
    it('fits 320 px with every priority open', async () => {
      const el = await mount(DEMO, { 'as-of': DEMO_ACTIONS_AS_OF, expanded: '' }, 320);
      await aTimeout(100);
      await el.updateComplete;
      const fig = $(el, '[part~="base"]')!;
      expect(fig.scrollWidth).to.be.at.most(322);
      expect(($(el, 'svg.tracker-overview') as unknown as SVGSVGElement).getBoundingClientRect().width).to.be.at.most(322);
      for (const card of $$(el, '.action')) expect(card.getBoundingClientRect().right).to.be.at.most(fig.getBoundingClientRect().right + 1);
    });

    it('escapes hostile text in every field, with everything open', async () => {
      const w = window as unknown as { __xss?: number };
      w.__xss = 0;
      for (const t of HOSTILE_STRINGS) {
        const rows = [
          one({ plan: t, priority_title: t, action_id: t, action: t, owner: t, outcome: t, evidence_url: t, measure: t, unit: t, baseline: 200, current: 40, target: 0, better: 'lower' }, 1),
          one({ plan: t, priority_title: t, action_id: `${t} 2`, action: t, owner: t, evidence_url: 'https://example.org/', evidence_label: t }, 2),
        ];
        const el = await mount(rows, { 'as-of': '2025-01-01', expanded: '', heading: t }).catch((e: Error) => {
          throw new Error(`${e.message} for ${JSON.stringify(t)}`);
        });
        expect(el.state, t).to.equal('ready');
        const root = el.shadowRoot!;
        expect(root.querySelector('script, img, iframe, object, embed, foreignObject, style, math, details[ontoggle], a[href^="javascript"], a[href^="data"]')).to.equal(null);
        expect(root.querySelector('[onerror], [onload], [onclick], [ontoggle]')).to.equal(null);
        expect(text(root.querySelector('.action-title'))).to.contain(t.replace(/\s+/g, ' ').trim().slice(0, 30));
        el.view = 'table';
        await el.updateComplete;
        expect(root.querySelector('table img, table script')).to.equal(null);
        el.parentElement!.remove();
      }
      await aTimeout(50);
      expect(w.__xss).to.equal(0);
    });
  });

  describe('wording', () => {
    it('rewords every text with a strings object: overview, actions, rules, measures, timeline, filters, table, live region and summary', async () => {
      const el = await mount(DEMO, { 'as-of': DEMO_ACTIONS_AS_OF, expanded: '' });
      el.locale = 'cy';
      el.strings = pseudoStrings(TRACKER_TEXT);
      await el.updateComplete;
      const fields = ['plan', 'priority_title', 'action_id', 'action', 'owner', 'outcome', 'evidence_label', 'evidence_url', 'measure', 'unit'];
      const data = [...new Set(DEMO.flatMap((r) => fields.map((f) => r[f]).filter((v): v is string => typeof v === 'string'))), 'Improvement plan tracker', 'Illustrative data'];
      const texts: string[] = [];
      const live = () => text($(el, '[aria-live="polite"]'));
      for (const plan of ['SEND and Inclusion Improvement Plan', 'Written Statement of Action']) {
        el.plan = plan;
        for (const filter of [{}, { filterStatus: 'at_risk,off_track', filterOverdue: true }]) {
          el.filterStatus = filter.filterStatus ?? '';
          el.filterOverdue = filter.filterOverdue ?? false;
          for (const mode of ['priorities', 'timeline'] as const) {
            el.mode = mode;
            await el.updateComplete;
            for (const b of $$(el, 'button.why')) b.click();
            await el.updateComplete;
            $(el, '[part~="plot"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
            await el.updateComplete;
            expect(live(), `${plan}, ${mode}: the announcement`).to.match(/^⟦announce⟧/);
            expect(el.summary).to.match(/^⟦/);
            texts.push(...shadowText(el), live(), el.summary);
            el.view = 'table';
            await el.updateComplete;
            expect(text($(el, 'caption'))).to.match(/^⟦(timelineCaption|actionsCaption)⟧/);
            texts.push(...shadowText(el));
            el.view = 'chart';
            await el.updateComplete;
            for (const b of $$(el, 'button.why')) if (b.getAttribute('aria-expanded') === 'true') b.click();
          }
        }
      }
      const all = texts.join(' ');
      for (const key of ['ragReasonOffTrack_one', 'ragReasonMostOverdue_other', 'ragRule.red', 'measureSentence', 'trackerSummaryClosed_other', 'closedBar', 'monthShort.9', 'filterShowing']) expect(all).to.contain(`⟦${key}⟧`);
      expect(untranslated(texts, data)).to.deep.equal([]);
    });

    it('takes real Welsh for a status and a control, and keeps the rest in English', async () => {
      const el = await mount(DEMO, { 'as-of': DEMO_ACTIONS_AS_OF, strings: JSON.stringify({ 'status.on_track': 'Ar y trywydd iawn', onlyOverdue: 'Dim ond y rhai sy’n hwyr' }) });
      expect(text($(el, 'label.check'))).to.equal('Dim ond y rhai sy’n hwyr');
      expect($$(el, '.filter-status-select option').map((o) => o.textContent)).to.contain('Ar y trywydd iawn');
      expect(el.summary).to.contain('ar y trywydd iawn');
      expect(el.summary).to.match(/^As of 1 October 2025/);
      // month names in Welsh from strings (Chrome has no Welsh date data of its own)
      el.locale = 'cy';
      el.strings = { ...el.strings, 'month.10': 'Hydref', 'month.3': 'Mawrth' };
      await el.updateComplete;
      expect(el.summary).to.match(/^As of 1 Hydref 2025/);
      expect(text($(el, '.overdue-count'))).to.contain('1 Hydref 2025');
    });
  });

  describe('PNG export', () => {
    /** The exported PNG's pixels, decoded (the test page has no CSP; the export itself loads no image). */
    async function pixels(png: Blob): Promise<ImageData> {
      const bitmap = await createImageBitmap(png);
      const c = document.createElement('canvas');
      c.width = bitmap.width;
      c.height = bitmap.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return ctx.getImageData(0, 0, c.width, c.height);
    }
    /** Where the export puts the plot, its heading and its source note (core's exportFrame). */
    const frameOf = (el: SendPriorityTracker, plot: HTMLElement) => {
      const r = plot.getBoundingClientRect();
      return exportFrame({ width: r.width, height: r.height }, { heading: el.heading, source: `Source: ${el.source}` }, canvasMeasure(), getComputedStyle(plot).fontFamily);
    };
    const dark = (img: ImageData, r: { x: number; y: number; w: number; h: number }) => {
      let n = 0;
      for (let y = Math.max(0, Math.floor(r.y)); y < Math.min(img.height, r.y + r.h); y++) {
        for (let x = Math.max(0, Math.floor(r.x)); x < Math.min(img.width, r.x + r.w); x++) {
          const i = (y * img.width + x) * 4;
          if (img.data[i]! + img.data[i + 1]! + img.data[i + 2]! < 200) n++;
        }
      }
      return n;
    };
    const near = (img: ImageData, r: { x: number; y: number; w: number; h: number }, rgb: [number, number, number]) => {
      let n = 0;
      for (let y = Math.floor(r.y); y < r.y + r.h; y++) {
        for (let x = Math.floor(r.x); x < r.x + r.w; x++) {
          const i = (y * img.width + x) * 4;
          if (Math.abs(img.data[i]! - rgb[0]) + Math.abs(img.data[i + 1]! - rgb[1]) + Math.abs(img.data[i + 2]! - rgb[2]) < 30) n++;
        }
      }
      return n;
    };

    it('paints the action lists (HTML): titles, fields, status badges and progress bars, without the buttons', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF, expanded: '' }, 900);
      const plot = $(el, '[part~="plot"]')!;
      const img = await pixels((await el.toPng(1))!);
      const origin = plot.getBoundingClientRect();
      // the image is the plot in a margin, with the heading above and the source note below
      const frame = frameOf(el, plot);
      expect(img.width).to.equal(Math.round(origin.width + 32));
      expect(img.height).to.equal(Math.round(frame.height));
      const where = (node: Element) => {
        const r = node.getBoundingClientRect();
        return { x: r.left - origin.left + frame.x, y: r.top - origin.top + frame.y, w: r.width, h: r.height };
      };
      const titles = $$(el, '.action-title');
      expect(titles.length).to.equal(IMPROVEMENT.length);
      for (const t of [titles[0]!, titles[titles.length - 1]!]) expect(dark(img, where(t)), text(t)).to.be.greaterThan(200);
      // a field's value, and the words of a status badge
      expect(dark(img, where($(el, '.action dd.owner')!))).to.be.greaterThan(50);
      const onTrack = $(el, '.action .status.s-on_track')!;
      expect(dark(img, where(onTrack))).to.be.greaterThan(50);
      // the badge's icon and a progress bar's fill in the status colour (on track: #00703c)
      expect(near(img, where(onTrack.querySelector('svg')!), [0, 112, 60])).to.be.greaterThan(40);
      const fill = $(el, '.action.s-on_track .progress rect.fill')!;
      expect(near(img, where(fill), [0, 112, 60])).to.be.greaterThan(0.8 * where(fill).w * where(fill).h);
      // the priority headings are disclosure buttons marked as content: painted
      expect(dark(img, where($(el, '.priority-title')!))).to.be.greaterThan(100);
      // the "Why amber?" buttons are controls: not painted
      for (const why of $$(el, 'button.why').slice(0, 3)) expect(dark(img, where(why)), text(why)).to.equal(0);
    });

    it('paints what is on screen: closed priorities export their headings and no action lists', async () => {
      const el = await mount(IMPROVEMENT, { 'as-of': DEMO_ACTIONS_AS_OF }, 900);
      const plot = $(el, '[part~="plot"]')!;
      const origin = plot.getBoundingClientRect();
      const img = await pixels((await el.toPng(1))!);
      const frame = frameOf(el, plot);
      expect(img.height).to.equal(Math.round(frame.height));
      const headings = $$(el, '.priority-title');
      expect(headings.length).to.equal(5);
      for (const h of headings) {
        const r = h.getBoundingClientRect();
        expect(dark(img, { x: r.left - origin.left + frame.x, y: r.top - origin.top + frame.y, w: r.width, h: r.height }), text(h)).to.be.greaterThan(100);
      }
    });
  });

  it('keeps each priority\'s progress label level with its own bar, and no text overlapping or outside the SVG, in both plans and the timeline at 1280, 720 and 320 px', async () => {
    const bars: LabelRule[] = [
      // beside the bar (wide): level with it; under it (narrow): inside its own priority's row
      { group: 'svg.tracker-overview g.row', mark: 'rect.track', label: 'text[text-anchor="end"]', axis: 'row', slack: 4 },
      { group: 'svg.tracker-overview g.row', label: 'text[text-anchor]', axis: 'row' },
    ];
    for (const width of [1280, 720, 320]) {
      const views: Record<string, string>[] = [{}, { plan: 'Written Statement of Action' }, { mode: 'timeline' }, { mode: 'timeline', plan: 'Written Statement of Action' }];
      for (const attributes of views) {
        const el = await mount(DEMO, { 'as-of': DEMO_ACTIONS_AS_OF, ...attributes }, width);
        const rows = $$(el, 'svg.tracker-overview g.row');
        if (!('mode' in attributes)) expect(rows.length, 'priority rows').to.be.greaterThan(4);
        if (width === 1280 && !('mode' in attributes)) expect($$(el, 'svg.tracker-overview g.row text[text-anchor="end"]').length, 'labels beside the bars').to.be.greaterThan(4);
        expect(labelProblems(el, bars), `${width}px ${JSON.stringify(attributes)}`).to.deep.equal([]);
        el.parentElement!.remove();
      }
    }
  });

  it('reflows at 400% zoom with every priority open, the rules shown and in the timeline: no sideways scrolling, no clipped or overlapping text', async () => {
    const views: Record<string, string>[] = [{ expanded: '' }, { expanded: '', plan: 'Written Statement of Action' }, { mode: 'timeline' }, { mode: 'timeline', plan: 'Written Statement of Action' }];
    for (const attributes of views) {
      await atZoom400('send-priority-tracker', DEMO, { 'as-of': DEMO_ACTIONS_AS_OF, ...attributes }, async (el) => {
        for (const why of $$(el, 'button.why')) why.click();
        await el.updateComplete;
        expect(reflowProblems(el), JSON.stringify(attributes)).to.deep.equal([]);
      });
    }
  });
});
